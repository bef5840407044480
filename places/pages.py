"""My map: every place from my history on one map, with GeoJSON, KML and GPX downloads."""

from __future__ import annotations

import json
from xml.sax.saxutils import escape, quoteattr

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db.models import Min, QuerySet
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from places.models import Mention, Place


def map_tiles() -> dict:
    """Tile layer for every Leaflet map; an empty URL draws pins on a blank map (offline)."""
    return {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}


def user_places(user, *, category: str = "") -> QuerySet[Place]:
    """The places of every video in `user`'s history, each once."""
    places = Place.objects.filter(mentions__video__watchers__user=user)
    if category:
        places = places.filter(category=category)
    # Annotating collapses the join to one row per place.
    return places.annotate(first_seen=Min("mentions__video__watchers__created_at")).order_by(
        "name", "id"
    )


def _first_videos(places: list[Place]) -> dict[int, str]:
    """For each place, the youtube id of one video of mine that mentions it."""
    rows = (
        Mention.objects.filter(place__in=places)
        .order_by("place_id", "video_id")
        .values_list("place_id", "video__youtube_id")
    )
    out: dict[int, str] = {}
    for place_id, youtube_id in rows:
        out.setdefault(place_id, youtube_id)
    return out


@login_required
def my_map(request):
    category = request.GET.get("category", "").strip()
    all_places = user_places(request.user)
    categories = sorted({c for c in all_places.values_list("category", flat=True) if c})
    places = list(user_places(request.user, category=category))
    videos = _first_videos(places)
    pins = [
        {
            "name": p.name,
            "lat": p.lat,
            "lng": p.lng,
            "category": p.category,
            "address": p.address,
            "approximate": p.approximate,
            "link": reverse("video_detail", args=[videos[p.pk]]) if p.pk in videos else "",
            "link_text": "Open the video",
        }
        for p in places
        if p.lat is not None and p.lng is not None
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
    render_export = EXPORTS.get(fmt)
    if render_export is None:
        raise Http404("Unknown format")
    category = request.GET.get("category", "").strip()
    places = [
        p
        for p in user_places(request.user, category=category)
        if p.lat is not None and p.lng is not None
    ]
    content_type, body = render_export(places)
    response = HttpResponse(body, content_type=content_type)
    name = f"pind-places-{category}" if category else "pind-places"
    response["Content-Disposition"] = f'attachment; filename="{_safe(name)}.{fmt}"'
    return response


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name)


def _properties(p: Place) -> dict:
    return {
        "id": p.pk,
        "name": p.name,
        "category": p.category,
        "address": p.address,
        "road_address": p.road_address,
        "approximate": p.approximate,
        "verified": p.verified,
    }


def to_geojson(places: list[Place]) -> tuple[str, str]:
    """RFC 7946: a FeatureCollection of Points, coordinates [longitude, latitude]."""
    features = [
        {
            "type": "Feature",
            "id": p.pk,
            "geometry": {"type": "Point", "coordinates": [p.lng, p.lat]},
            "properties": _properties(p),
        }
        for p in places
    ]
    body = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
    return "application/geo+json", body


def _description(p: Place) -> str:
    parts = [p.category, p.address]
    if p.approximate:
        parts.append("approximate position")
    return " · ".join(x for x in parts if x)


def to_kml(places: list[Place]) -> tuple[str, str]:
    marks = "".join(
        "<Placemark>"
        f"<name>{escape(p.name)}</name>"
        f"<description>{escape(_description(p))}</description>"
        f"<Point><coordinates>{p.lng},{p.lat}</coordinates></Point>"
        "</Placemark>"
        for p in places
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>pind places</name>'
        f"{marks}</Document></kml>\n"
    )
    return "application/vnd.google-earth.kml+xml", body


def to_gpx(places: list[Place]) -> tuple[str, str]:
    points = "".join(
        f"<wpt lat={quoteattr(str(p.lat))} lon={quoteattr(str(p.lng))}>"
        f"<name>{escape(p.name)}</name>"
        f"<desc>{escape(_description(p))}</desc>"
        f"{f'<type>{escape(p.category)}</type>' if p.category else ''}"
        "</wpt>"
        for p in places
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx version="1.1" creator="pind" xmlns="http://www.topografix.com/GPX/1/1">'
        f"<metadata><name>pind places</name></metadata>{points}</gpx>\n"
    )
    return "application/gpx+xml", body


EXPORTS = {"geojson": to_geojson, "kml": to_kml, "gpx": to_gpx}
