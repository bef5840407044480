"""Places API: search, detail with every video moment, my map; GeoJSON/KML/GPX on lists."""

from django.db import connection
from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.generics import GenericAPIView
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.pagination import PageNumberPagination
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from pind.errors import found_or_404
from places import selectors
from places.exports import GeoJSONRenderer, GPXRenderer, KMLRenderer
from places.read_cache import (
    NEAR_ANSWERS,
    json_reply,
    places_version,
    plain_json_accepted,
    user_payload,
)
from places.serializers import PlaceDetailOut, PlaceOut, PlaceSearchIn, UserPlaceOut

EXPORT_LIMIT = 5000
MAX_PAGE = 1_000_000  # a page number beyond this is fetched as page 1, then refused
FORMAT_PARAM = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    enum=["json", "geojson", "kml", "gpx", ""],
    description="geojson (RFC 7946 FeatureCollection), kml or gpx download; json when absent "
    "or empty",
)


# What `?format=geojson` answers (RFC 7946): each place's fields are a feature's properties.
GEOJSON_SCHEMA = {
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"type": "string", "enum": ["FeatureCollection"]},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "geometry", "properties"],
                "properties": {
                    "type": {"type": "string", "enum": ["Feature"]},
                    "id": {"type": "integer", "nullable": True},
                    "geometry": {
                        "type": "object",
                        "nullable": True,
                        "properties": {
                            "type": {"type": "string", "enum": ["Point"]},
                            "coordinates": {
                                "type": "array",
                                "items": {"type": "number"},
                                "minItems": 2,
                                "maxItems": 2,
                            },
                        },
                    },
                    "properties": {"type": "object", "additionalProperties": True},
                },
            },
        },
    },
}


def export_responses(json_body) -> dict:
    """One 200 per format: JSON as the serializer says, GeoJSON, and the KML/GPX files."""
    return {
        (200, "application/json"): json_body,
        (200, GeoJSONRenderer.media_type): GEOJSON_SCHEMA,
        (200, KMLRenderer.media_type): OpenApiTypes.STR,
        (200, GPXRenderer.media_type): OpenApiTypes.STR,
    }


class PlacePagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


class FormatFirstNegotiation(DefaultContentNegotiation):
    """An explicit `?format=` wins over the Accept header: a script's HTTP client sends
    `Accept: application/json` whatever file it asks for."""

    def select_renderer(self, request, renderers, format_suffix=None):
        fmt = format_suffix or request.query_params.get(self.settings.URL_FORMAT_OVERRIDE)
        if not fmt:
            return super().select_renderer(request, renderers, format_suffix)
        for renderer in renderers:
            if renderer.format == fmt:
                return renderer, renderer.media_type
        raise Http404(f"Unknown format {fmt!r}.")


class ExportableView(GenericAPIView):
    renderer_classes = [JSONRenderer, GeoJSONRenderer, KMLRenderer, GPXRenderer]
    content_negotiation_class = FormatFirstNegotiation

    def handle_exception(self, exc):
        # Errors are always JSON, whatever export was asked for.
        response = super().handle_exception(exc)
        self.request.accepted_renderer = JSONRenderer()
        self.request.accepted_media_type = JSONRenderer.media_type
        return response

    def exporting(self) -> bool:
        return getattr(self.request.accepted_renderer, "format", "json") != "json"


class OnePageQuery:
    """The sequence Django's Paginator pages through, for a search that answers one page
    and the total in one query (`selectors.near_page`). The paginator asks for the count,
    then for one slice: the page the request names is fetched up front, once; any other
    slice (a `page=last`) or a page past the end costs one more query, as before."""

    def __init__(self, fetch, count, *, offset: int, limit: int):
        self._fetch, self._count = fetch, count
        self._offset, self._limit = offset, limit
        self._rows, self._total = fetch(offset=offset, limit=limit)
        if self._total is None:
            self._total = count()

    def count(self) -> int:
        return self._total

    def __len__(self) -> int:
        return self._total

    def __getitem__(self, where: slice) -> list:
        start, stop = where.start or 0, where.stop
        if start == self._offset and stop - start <= self._limit:
            return self._rows[: stop - start]
        return self._fetch(offset=start, limit=stop - start)[0]


def _requested_offset(request, paginator: PlacePagination) -> tuple[int, int]:
    """The (offset, page size) of the page DRF's paginator will ask for, when it names
    one; else the first page (the paginator then asks again, or refuses)."""
    size = paginator.get_page_size(request)
    try:
        number = int(request.query_params.get(paginator.page_query_param, 1))
    except (TypeError, ValueError):
        number = 1
    if not 1 <= number <= MAX_PAGE:  # past any end (the paginator answers 404), or absurd
        number = 1
    return (number - 1) * size, size


class PlaceListView(ExportableView):
    serializer_class = PlaceOut
    pagination_class = PlacePagination

    @extend_schema(
        operation_id="places_list",
        parameters=[PlaceSearchIn, FORMAT_PARAM],
        responses=export_responses(PlaceOut(many=True)),
        description="Search places by text, near a point (radius in metres), bounding box "
        "and category. JSON pages of 50; exports carry every match (up to 5000).",
    )
    def get(self, request):
        # A plain dict: `near=` (empty) is then an error, not "absent" as in an HTML form.
        params = PlaceSearchIn(data=request.query_params.dict())
        params.is_valid(raise_exception=True)
        data = params.validated_data

        def search():
            return selectors.place_search(
                q=data.get("q", ""),
                near=data.get("near"),
                radius_m=data["radius"],
                bbox=data.get("bbox"),
                category=data.get("category", ""),
            )

        if connection.vendor == "postgresql" and set(data) <= {"near", "radius", "category"}:
            if "near" in data and not self.exporting():  # what a map asks while panning
                return self._near(request, data, count=lambda: search().count())
        qs = search()
        if self.exporting():
            places = selectors.attach_evidence(qs[:EXPORT_LIMIT])
            return Response(PlaceOut(places, many=True).data)
        places = selectors.attach_evidence(self.paginate_queryset(qs))
        return self.get_paginated_response(PlaceOut(places, many=True).data)

    def _near(self, request, data, *, count) -> Response:
        """A page kept under its full URL and the places version (read_cache.NEAR_ANSWERS)
        answers with that one version query; else the one-query page, then kept."""
        version = places_version()
        key = (request.build_absolute_uri(), version)
        kept = NEAR_ANSWERS.get(key) if version is not None else None
        if kept is not None:
            body, headers = kept
            return Response(body, headers=headers)
        response = self._near_page(request, data, count=count)
        if version is not None:
            NEAR_ANSWERS.put(key, (response.data, dict(response.items())))
        return response

    def _near_page(self, request, data, *, count) -> Response:
        offset, limit = _requested_offset(request, self.paginator)

        def fetch(*, offset: int, limit: int):
            return selectors.near_page(
                near=data["near"],
                radius_m=data["radius"],
                category=data.get("category", ""),
                offset=offset,
                limit=limit,
            )

        matches = OnePageQuery(fetch, count, offset=offset, limit=limit)
        places = self.paginator.paginate_queryset(matches, request, view=self)
        return self.paginator.get_paginated_response(PlaceOut(places, many=True).data)


class PlaceDetailView(ExportableView):
    serializer_class = PlaceDetailOut
    renderer_classes = [JSONRenderer]

    @extend_schema(operation_id="places_retrieve", responses={200: PlaceDetailOut})
    def get(self, request, place_id: int):
        place = found_or_404(selectors.place_detail(place_id), "Place not found.", code="not_found")
        return Response(PlaceDetailOut(place).data)


class UserPlacesView(ExportableView):
    serializer_class = UserPlaceOut

    @extend_schema(
        operation_id="users_places_list",
        parameters=[FORMAT_PARAM],
        responses=export_responses(UserPlaceOut(many=True)),
        description="My map: every place from my history, once, by name, with the videos "
        "that show it. One JSON array (not paged: the map shows them all; up to 5000).",
    )
    def get(self, request):
        def build() -> tuple[list, None]:
            places = selectors.user_place_rows(request.user)[:EXPORT_LIMIT]
            return UserPlaceOut(places, many=True).data, None

        if self.exporting() or not plain_json_accepted(request):
            return Response(build()[0])
        # JSON: kept rendered until the user's history or its places change.
        return json_reply(request, user_payload(request, "map", None, build))
