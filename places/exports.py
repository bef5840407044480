"""Open exports of place lists: GeoJSON (RFC 7946), KML 2.2 and GPX 1.1, as DRF renderers.

`?format=geojson|kml|gpx` picks them (DRF's format override), so every place list gets them.
"""

from __future__ import annotations

import json
from xml.sax.saxutils import escape

from rest_framework.renderers import BaseRenderer


def _places(data) -> list[dict]:
    if isinstance(data, dict) and "results" in data:
        data = data["results"]
    return data if isinstance(data, list) else []


def _attach(renderer_context, fmt: str) -> None:
    """A successful export is a download named `places.<format>`."""
    response = (renderer_context or {}).get("response")
    if response is not None and response.status_code < 400:
        response["Content-Disposition"] = f'attachment; filename="places.{fmt}"'


def to_geojson(places: list[dict]) -> dict:
    features = []
    for p in places:
        has_point = p.get("lat") is not None and p.get("lng") is not None
        features.append(
            {
                "type": "Feature",
                "id": p.get("id"),
                "geometry": {"type": "Point", "coordinates": [p["lng"], p["lat"]]}
                if has_point
                else None,
                "properties": {k: v for k, v in p.items() if k not in ("lat", "lng")},
            }
        )
    return {"type": "FeatureCollection", "features": features}


class GeoJSONRenderer(BaseRenderer):
    media_type = "application/geo+json"
    format = "geojson"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        _attach(renderer_context, self.format)
        return json.dumps(to_geojson(_places(data)), ensure_ascii=False).encode()


def _describe(p: dict) -> str:
    lines = [p.get("road_address") or p.get("address") or ""]
    if p.get("category"):
        lines.append(p["category"])
    return "\n".join(x for x in lines if x)


class _PointsRenderer(BaseRenderer):
    """An XML document of one point per place that has coordinates: `head`, then `point`
    filled in for each place (its name and description escaped here, its lat and lng), then
    `tail`."""

    charset = "utf-8"
    head = tail = point = ""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        _attach(renderer_context, self.format)
        points = [
            self.point.format(
                name=escape(p.get("name") or ""),
                description=escape(_describe(p)),
                lat=p["lat"],
                lng=p["lng"],
            )
            for p in _places(data)
            if p.get("lat") is not None and p.get("lng") is not None
        ]
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n' + self.head + "".join(points) + self.tail
        ).encode()


class KMLRenderer(_PointsRenderer):
    media_type = "application/vnd.google-earth.kml+xml"
    format = "kml"
    head = '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>pind places</name>'
    tail = "</Document></kml>\n"
    point = (
        "<Placemark><name>{name}</name><description>{description}</description>"
        "<Point><coordinates>{lng},{lat}</coordinates></Point></Placemark>"
    )


class GPXRenderer(_PointsRenderer):
    media_type = "application/gpx+xml"
    format = "gpx"
    head = '<gpx version="1.1" creator="pind" xmlns="http://www.topografix.com/GPX/1/1">'
    tail = "</gpx>\n"
    point = '<wpt lat="{lat}" lon="{lng}"><name>{name}</name><desc>{description}</desc></wpt>'
