"""What a geocoder takes and gives, the one HTTP seam, and choosing among answers."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from rapidfuzz import fuzz

from pind.backends import BackendError
from places.geo import distance_m
from places.normalize import normalize_name
from places.regions import Region
from places.types import PlaceCandidate

logger = logging.getLogger(__name__)


class GeocoderError(BackendError):
    """A provider failed; `permanent` (a bad key) means retrying will not help."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One provider answer."""

    name: str
    lat: float
    lng: float
    address: str = ""
    road_address: str = ""
    provider_place_id: str = ""
    category: str = ""
    approximate: bool = False
    region: str = ""

    def to_json(self) -> dict:
        return {f: getattr(self, f) for f in self.__slots__}

    @classmethod
    def from_json(cls, data: dict) -> Hit:
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})


class Geocoder:
    """One provider. Subclasses implement `lookup`; the chain caches what they answer."""

    name = "base"
    cached = True

    def available(self) -> bool:
        return True

    def lookup(self, candidate: PlaceCandidate, region: Region | None) -> Hit | None:
        raise NotImplementedError


def http_get_json(url: str, *, params: dict, headers: dict | None = None) -> dict:
    """Every outbound geocoding request goes through here: one timeout, one User-Agent."""
    import requests

    try:
        resp = requests.get(
            url,
            params=params,
            headers={"User-Agent": settings.PIND_USER_AGENT, **(headers or {})},
            timeout=settings.PIND_HTTP_TIMEOUT,
        )
    except requests.RequestException as exc:
        raise GeocoderError(f"{url}: {exc.__class__.__name__}: {exc}") from exc
    if resp.status_code in (401, 403):
        raise GeocoderError(f"{url}: HTTP {resp.status_code} (check the API key)", permanent=True)
    if resp.status_code >= 400:
        raise GeocoderError(f"{url}: HTTP {resp.status_code}")
    try:
        return resp.json()
    except ValueError as exc:
        raise GeocoderError(f"{url}: not JSON") from exc


# A name this similar (0-100) is the same place; below it an answer is another place.
MIN_SIMILARITY = 60
# Answers further than this from the video's region are someone else's namesake.
MAX_REGION_KM = 80


def name_similarity(a: str, b: str) -> float:
    na, nb = normalize_name(a), normalize_name(b)
    if not na or not nb:
        return 0.0
    if na in nb or nb in na:
        return 100.0 * min(len(na), len(nb)) / max(len(na), len(nb)) * 0.3 + 70.0
    return fuzz.ratio(na, nb)


def choose(candidate: PlaceCandidate, hits: list[Hit], region: Region | None) -> Hit | None:
    """The answer that is this place: similar name, near the region; never blindly the first."""
    names = (candidate.name, *candidate.aliases)
    best, best_score = None, 0.0
    for hit in hits:
        similarity = max(name_similarity(n, hit.name) for n in names)
        if similarity < MIN_SIMILARITY:
            continue
        score = similarity
        if region is not None and region.lat:
            km = distance_m(region.lat, region.lng, hit.lat, hit.lng) / 1000
            if km > MAX_REGION_KM:
                continue
            score -= min(km, MAX_REGION_KM) / 4
        if score > best_score:
            best, best_score = hit, score
    return best
