"""Videos and watch history. Thin: validate, call a selector or service, shape."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpResponse
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from pind.errors import ApiError, found_or_404
from places.read_cache import json_reply, plain_json_accepted, user_payload
from videos import selectors, services
from videos.serializers import (
    HistoryItemOutSerializer,
    PageIn,
    PlaceOutSerializer,
    VideoWithPlacesOutSerializer,
)
from videos.youtube import VIDEO_ID

PAGE_PARAM = PageIn


def page_number(request) -> int:
    raw = request.query_params.get("page", "1")
    try:
        page = int(raw)
    except (TypeError, ValueError):
        page = 0
    if page < 1 or page > 100_000:
        raise ApiError("page must be a positive integer", code="invalid_page")
    return page


def link_header(request, *, page: int, has_next: bool) -> str:
    """RFC 8288 `Link` with next/prev/first, keeping the other query parameters."""

    def url(n: int) -> str:
        params = request.query_params.copy()
        params["page"] = str(n)
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    links = [f'<{url(1)}>; rel="first"']
    if page > 1:
        links.append(f'<{url(page - 1)}>; rel="prev"')
    if has_next:
        links.append(f'<{url(page + 1)}>; rel="next"')
    return ", ".join(links)


def page_response(request, body: list, *, page: int, has_next: bool) -> Response:
    """One page of a list: the JSON array, with the `Link` header to its neighbours."""
    response = Response(body)
    response["Link"] = link_header(request, page=page, has_next=has_next)
    return response


def paged_reply(
    request,
    fetch: Callable[[int], tuple[list, bool]],
    render: Callable[[list], list],
    *,
    kept_as: str | None = None,
) -> HttpResponse:
    """One page of an array list: `fetch(page)` → (rows, has_next), `render(rows)` → the
    body, answered with its `Link` header. `kept_as`: a list of the user's own that
    places.read_cache keeps rendered (under this name and the page) until it changes."""
    page = page_number(request)

    def build() -> tuple[list, bool]:
        rows, has_next = fetch(page)
        return render(rows), has_next

    if kept_as is None or not plain_json_accepted(request):
        body, has_next = build()
        return page_response(request, body, page=page, has_next=has_next)
    payload = user_payload(request, kept_as, page, build)
    response = json_reply(request, payload)
    response["Link"] = link_header(request, page=page, has_next=payload.extra)
    return response


def page_schema(*, summary: str, description: str, item, tag: str):
    """The schema of a paged list: a JSON array of `item`, `?page=`, the `Link` header."""
    return extend_schema(
        summary=summary,
        description=description,
        parameters=[PAGE_PARAM],
        responses={200: item(many=True)},
        tags=[tag],
    )


def video_or_404(video_id: str):
    video = selectors.video_by_youtube_id(video_id) if VIDEO_ID.fullmatch(video_id) else None
    return found_or_404(video, "Video not found.", code="video_not_found")


class PagedListView(APIView):
    """One of the user's array lists, a page at a time (`paged_reply`): a subclass says
    which rows a page holds, how they render, and whether the rendering is kept."""

    permission_classes = [IsAuthenticated]
    kept_as: str | None = None

    def rows(self, page: int) -> tuple[list, bool]:
        raise NotImplementedError

    def render(self, rows: list) -> list:
        raise NotImplementedError

    def get(self, request):
        return paged_reply(request, self.rows, self.render, kept_as=self.kept_as)


@page_schema(
    summary="My history",
    description="A JSON array (the clients' contract), newest first, 50 per page; more "
    "pages via `?page=` and the RFC 8288 `Link` header. `id` and `video_id` are both the "
    "YouTube video id; `history_id` is the history row.",
    item=HistoryItemOutSerializer,
    tag="history",
)
class HistoryView(PagedListView):
    kept_as = "history"

    def rows(self, page: int) -> tuple[list, bool]:
        return selectors.history_page(user=self.request.user, page=page)

    def render(self, rows: list) -> list:
        return HistoryItemOutSerializer(rows, many=True).data


class HistoryItemView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="Remove a video from my history",
        responses={204: None, 404: OpenApiResponse(description="Not in my history")},
        tags=["history"],
    )
    def delete(self, request, video_id: str):
        if not services.history_delete(user=request.user, youtube_id=video_id):
            raise ApiError("Video not in your history.", code="not_found", status_code=404)
        return Response(status=204)


class VideoDetailView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        summary="A video with its places",
        responses={200: VideoWithPlacesOutSerializer},
        tags=["videos"],
    )
    def get(self, request, video_id: str):
        video = selectors.video_with_places(video_or_404(video_id))
        return Response(VideoWithPlacesOutSerializer(video).data)


class VideoPlacesView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        summary="A video's places",
        description="An array; `[]` when the video has none, 404 when the video is unknown.",
        responses={200: PlaceOutSerializer(many=True)},
        tags=["videos"],
    )
    def get(self, request, video_id: str):
        video = video_or_404(video_id)
        return Response(PlaceOutSerializer(selectors.places_of(video), many=True).data)
