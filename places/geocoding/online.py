"""Online geocoders: Kakao Local, Google (Places text search, Geocoding), Nominatim (geopy).

Each is skipped with a log line when its key is missing, and tested against a local stub
server that answers in the real response shape (base URLs are settings).
"""

from __future__ import annotations

import threading
import time

from django.conf import settings

from places.geocoding.base import Geocoder, GeocoderError, Hit, choose, http_get_json
from places.regions import Region
from places.types import PlaceCandidate


def _query(candidate: PlaceCandidate, region: Region | None) -> str:
    if region is not None and region.name.lower() not in candidate.name.lower():
        return f"{candidate.name} {region.name}"
    return candidate.name


class KakaoGeocoder(Geocoder):
    """Kakao Local: keyword search (shops, sights), then address search."""

    name = "kakao"

    def available(self) -> bool:
        return bool(settings.KAKAO_REST_API_KEY)

    def _get(self, path: str, params: dict) -> dict:
        return http_get_json(
            settings.KAKAO_BASE_URL.rstrip("/") + path,
            params=params,
            headers={"Authorization": f"KakaoAK {settings.KAKAO_REST_API_KEY}"},
        )

    def lookup(self, candidate: PlaceCandidate, region: Region | None) -> Hit | None:
        params = {"query": candidate.name, "size": 15}
        if region is not None and region.lat and region.country == "KR":
            params.update(x=f"{region.lng:.6f}", y=f"{region.lat:.6f}", sort="accuracy")
        docs = self._get("/v2/local/search/keyword.json", params).get("documents") or []
        hits = [
            Hit(
                name=d.get("place_name", ""),
                lat=float(d["y"]),
                lng=float(d["x"]),
                address=d.get("address_name", ""),
                road_address=d.get("road_address_name", ""),
                provider_place_id=str(d.get("id", "")),
                category=(d.get("category_name") or "").split(">")[-1].strip(),
            )
            for d in docs
            if d.get("x") and d.get("y")
        ]
        found = choose(candidate, hits, region)
        if found is not None or not candidate.address_hint:
            return found
        docs = self._get("/v2/local/search/address.json", {"query": candidate.address_hint})
        for d in docs.get("documents") or []:
            road = d.get("road_address") or {}
            return Hit(
                name=candidate.name,
                lat=float(d["y"]),
                lng=float(d["x"]),
                address=d.get("address_name", ""),
                road_address=road.get("address_name", "") if isinstance(road, dict) else "",
            )
        return None


class GoogleGeocoder(Geocoder):
    """Google Places text search for names, then the Geocoding API for the address."""

    name = "google"

    def available(self) -> bool:
        return bool(settings.GOOGLE_MAPS_API_KEY)

    def _get(self, path: str, params: dict) -> dict:
        data = http_get_json(
            settings.GOOGLE_MAPS_BASE_URL.rstrip("/") + path,
            params={**params, "key": settings.GOOGLE_MAPS_API_KEY},
        )
        status = data.get("status", "")
        if status in ("REQUEST_DENIED", "INVALID_REQUEST"):
            raise GeocoderError(
                f"google {path}: {status} {data.get('error_message', '')}",
                permanent=status == "REQUEST_DENIED",
            )
        if status == "OVER_QUERY_LIMIT":
            raise GeocoderError(f"google {path}: {status}")
        return data

    @staticmethod
    def _hit(r: dict, name: str) -> Hit:
        loc = r["geometry"]["location"]
        return Hit(
            name=name,
            lat=float(loc["lat"]),
            lng=float(loc["lng"]),
            address=r.get("formatted_address", ""),
            provider_place_id=r.get("place_id", ""),
            category=(r.get("types") or [""])[0],
        )

    def lookup(self, candidate: PlaceCandidate, region: Region | None) -> Hit | None:
        params = {"query": _query(candidate, region)}
        if region is not None and region.lat:
            params.update(location=f"{region.lat},{region.lng}", radius=50000)
        results = self._get("/maps/api/place/textsearch/json", params).get("results") or []
        hits = [self._hit(r, r.get("name", "")) for r in results if r.get("geometry")]
        found = choose(candidate, hits, region)
        if found is not None or not candidate.address_hint:
            return found
        results = self._get("/maps/api/geocode/json", {"address": candidate.address_hint})
        for r in results.get("results") or []:
            if r.get("geometry"):
                return self._hit(r, candidate.name)
        return None


class NominatimGeocoder(Geocoder):
    """OpenStreetMap Nominatim through geopy: one request a second, a real User-Agent."""

    name = "nominatim"
    _lock = threading.Lock()
    _last = 0.0
    min_interval_s = 1.0

    def available(self) -> bool:
        return bool(settings.NOMINATIM_DOMAIN)

    def _client(self):
        from geopy.geocoders import Nominatim

        return Nominatim(
            user_agent=settings.PIND_USER_AGENT,
            domain=settings.NOMINATIM_DOMAIN,
            scheme=settings.NOMINATIM_SCHEME,
            timeout=settings.PIND_HTTP_TIMEOUT,
        )

    def _search(self, query: str):
        from geopy.exc import GeopyError

        with NominatimGeocoder._lock:
            wait = NominatimGeocoder._last + self.min_interval_s - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                return self._client().geocode(query, exactly_one=False, limit=5) or []
            except GeopyError as exc:
                raise GeocoderError(f"nominatim: {exc}") from exc
            finally:
                NominatimGeocoder._last = time.monotonic()

    def lookup(self, candidate: PlaceCandidate, region: Region | None) -> Hit | None:
        hits = []
        for loc in self._search(_query(candidate, region)):
            raw = loc.raw or {}
            name = raw.get("name") or (raw.get("display_name") or "").split(",")[0]
            hits.append(
                Hit(
                    name=name,
                    lat=float(loc.latitude),
                    lng=float(loc.longitude),
                    address=raw.get("display_name", ""),
                    provider_place_id=f"{raw.get('osm_type', '')}/{raw.get('osm_id', '')}",
                    category=raw.get("type", "") or raw.get("category", ""),
                )
            )
        return choose(candidate, hits, region)
