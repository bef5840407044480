"""History and video pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from places.pages import map_pins, map_tiles
from places.selectors import video_places
from videos.models import Video, WatchHistory

HISTORY_PAGE_SIZE = 20


def _seconds_link(youtube_url: str, start_s: float | None) -> str:
    if start_s is None:
        return youtube_url
    return f"{youtube_url}&t={int(start_s)}s"


def _clock(start_s: float | None) -> str:
    if start_s is None:
        return ""
    total = int(start_s)
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


@login_required
def history(request: HttpRequest) -> HttpResponse:
    rows = (
        WatchHistory.objects.filter(user=request.user)
        .select_related("video")
        .annotate(place_count=Count("video__mentions__place", distinct=True))
        .order_by("-last_viewed_at", "-id")
    )
    page = Paginator(rows, HISTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "videos/history.html", {"page": page})


def video_detail(request: HttpRequest, youtube_id: str) -> HttpResponse:
    video = get_object_or_404(Video, youtube_id=youtube_id)
    places = video_places([video.pk]).get(video.pk, [])
    for place in places:
        for mention in place["mentions"]:
            mention["link"] = _seconds_link(video.youtube_url, mention["start_s"])
            mention["clock"] = _clock(mention["start_s"])
        first = next((m for m in place["mentions"] if m["start_s"] is not None), None)
        place["link"] = first["link"] if first else video.youtube_url
    pins = map_pins(places, link=lambda place: place["link"])
    return render(
        request,
        "videos/video_detail.html",
        {
            "video": video,
            "places": places,
            "pins": pins,
            "any_approximate": any(p["approximate"] for p in pins),
            "map_tiles": map_tiles(),
        },
    )
