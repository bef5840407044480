"""My map: every place from my history on one map, with GeoJSON, KML and GPX downloads.

The downloads use the places API's renderers, so a file from this page and one from
`GET /api/v1/users/places?format=…` are the same.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from places.exports import GeoJSONRenderer, GPXRenderer, KMLRenderer
from places.selectors import user_places

RENDERERS = {r.format: r for r in (GeoJSONRenderer, KMLRenderer, GPXRenderer)}


def map_tiles() -> dict:
    """Tile layer for every Leaflet map; an empty URL draws pins on a blank map (offline)."""
    return {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}


def _my_places(user, category: str) -> list[dict]:
    places = user_places(user)
    return [p for p in places if p["category"] == category] if category else places


@login_required
def my_map(request):
    category = request.GET.get("category", "").strip()
    everything = user_places(request.user)
    categories = sorted({p["category"] for p in everything if p["category"]})
    places = [p for p in everything if p["category"] == category] if category else everything
    pins = [
        {
            "name": p["name"],
            "lat": p["lat"],
            "lng": p["lng"],
            "category": p["category"],
            "address": p["address"],
            "approximate": p["approximate"],
            "link": reverse("video_detail", args=[p["videos"][0]]) if p["videos"] else "",
            "link_text": "Open the video",
        }
        for p in places
        if p["lat"] is not None and p["lng"] is not None
    ]
    return render(
        request,
        "places/my_map.html",
        {
            "places": places,
            "pins": pins,
            "categories": categories,
            "category": category,
            "any_approximate": any(p["approximate"] for p in pins),
            "map_tiles": map_tiles(),
        },
    )


@login_required
def my_map_download(request, fmt: str):
    renderer = RENDERERS.get(fmt)
    if renderer is None:
        raise Http404("Unknown format")
    category = request.GET.get("category", "").strip()
    body = renderer().render(_my_places(request.user, category))
    content_type = renderer.media_type
    if renderer.charset:
        content_type += f"; charset={renderer.charset}"
    response = HttpResponse(body, content_type=content_type)
    name = f"pind-places-{_safe(category)}" if category else "pind-places"
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name)
