"""My map: every place from my history on one map, with GeoJSON, KML and GPX downloads.

The downloads use the places API's renderers, so a file from this page and one from
`GET /api/v1/users/places?format=…` are the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from places.exports import GeoJSONRenderer, GPXRenderer, KMLRenderer
from places.selectors import user_places

RENDERERS = {r.format: r for r in (GeoJSONRenderer, KMLRenderer, GPXRenderer)}


def map_tiles() -> dict[str, str]:
    """Tile layer for every Leaflet map; an empty URL draws pins on a blank map (offline)."""
    return {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}


def map_pins(
    places: Iterable[Mapping[str, Any]],
    *,
    link: Callable[[Mapping[str, Any]], str] = lambda place: "",
    link_text: str = "",
) -> list[dict[str, Any]]:
    """The pins `static/js/map.js` draws: one per place that has coordinates.

    `link(place)` is where the pin's popup leads (empty: no link); `link_text` its words
    (empty: the map's default, "Watch this moment").
    """
    return [
        {
            "name": p["name"],
            "lat": p["lat"],
            "lng": p["lng"],
            "category": p["category"],
            "address": p["address"],
            "approximate": p["approximate"],
            "link": link(p),
            "link_text": link_text,
        }
        for p in places
        if p["lat"] is not None and p["lng"] is not None
    ]


def _first_video_page(place: Mapping[str, Any]) -> str:
    return reverse("video_detail", args=[place["videos"][0]]) if place["videos"] else ""


def _in_category(places: list[dict], category: str) -> list[dict]:
    return [p for p in places if p["category"] == category] if category else places


@login_required
def my_map(request: HttpRequest) -> HttpResponse:
    category = request.GET.get("category", "").strip()
    everything = user_places(request.user)
    places = _in_category(everything, category)
    pins = map_pins(places, link=_first_video_page, link_text="Open the video")
    return render(
        request,
        "places/my_map.html",
        {
            "places": places,
            "pins": pins,
            "categories": sorted({p["category"] for p in everything if p["category"]}),
            "category": category,
            "any_approximate": any(p["approximate"] for p in pins),
            "map_tiles": map_tiles(),
        },
    )


@login_required
def my_map_download(request: HttpRequest, fmt: str) -> HttpResponse:
    renderer = RENDERERS.get(fmt)
    if renderer is None:
        raise Http404("Unknown format")
    category = request.GET.get("category", "").strip()
    body = renderer().render(_in_category(user_places(request.user), category))
    content_type = renderer.media_type
    if renderer.charset:
        content_type += f"; charset={renderer.charset}"
    response = HttpResponse(body, content_type=content_type)
    name = f"pind-places-{_filename_safe(category)}" if category else "pind-places"
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


def _filename_safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name)
