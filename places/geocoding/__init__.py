"""Geocoding chain: PlaceCandidates → ResolvedPlaces.

Providers come from settings.PIND_GEOCODERS, in order. The first exact answer wins; an
approximate one (a city centre) is kept while later providers try for better. Online
answers are cached in GeocodeCache by provider and query; a provider that errs or times
out is logged and the next one is asked.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from django.conf import settings
from django.db import IntegrityError, transaction

from pind.backends import build_backend
from pind.texts import VideoTexts
from places.geocoding.base import Geocoder, GeocoderError, Hit
from places.models import GeocodeCache
from places.normalize import normalize_name
from places.regions import Region, lookup_region
from places.types import PlaceCandidate, ResolvedPlace

logger = logging.getLogger(__name__)

# The short names PIND_GEOCODERS may list; the chain asks them in the order listed there.
GEOCODERS: dict[str, str] = {
    "gazetteer": "places.geocoding.offline.GazetteerGeocoder",
    "kakao": "places.geocoding.online.KakaoGeocoder",
    "google": "places.geocoding.online.GoogleGeocoder",
    "nominatim": "places.geocoding.online.NominatimGeocoder",
}


def get_geocoder(name: str) -> Geocoder:
    """The geocoder `name` stands for, built now; an unknown name is a permanent error."""
    return build_backend(name, GEOCODERS, kind="geocoder", error=GeocoderError)


def chain() -> list[Geocoder]:
    out = []
    for name in settings.PIND_GEOCODERS:
        try:
            geocoder = get_geocoder(name)
        except (GeocoderError, ImportError) as exc:
            logger.warning("geocoder %s skipped: %s", name, exc)
            continue
        if not geocoder.available():
            logger.info("geocoder %s skipped: no key or endpoint configured", name)
            continue
        out.append(geocoder)
    return out


def cache_key(candidate: PlaceCandidate, region: Region | None) -> str:
    parts = (candidate.name, candidate.address_hint, region.name if region else "")
    return "|".join(normalize_name(p) for p in parts)[:500]


def cached_lookup(
    geocoder: Geocoder, candidate: PlaceCandidate, region: Region | None
) -> Hit | None:
    if not geocoder.cached:
        return geocoder.lookup(candidate, region)
    key = cache_key(candidate, region)
    row = GeocodeCache.objects.filter(provider=geocoder.name, query=key).first()
    if row is not None:
        return Hit.from_json(row.result) if row.result else None
    hit = geocoder.lookup(candidate, region)
    try:
        with transaction.atomic():
            GeocodeCache.objects.create(
                provider=geocoder.name, query=key, result=hit.to_json() if hit else None
            )
    except IntegrityError:
        pass  # another worker cached the same answer first
    return hit


def geocode_one(
    candidate: PlaceCandidate, geocoders: list[Geocoder], region: Region | None
) -> tuple[Geocoder, Hit] | None:
    fallback = None
    for geocoder in geocoders:
        try:
            hit = cached_lookup(geocoder, candidate, region)
        except GeocoderError as exc:
            logger.warning("geocoder %s failed for %r: %s", geocoder.name, candidate.name, exc)
            continue
        if hit is None:
            continue
        if not hit.approximate:
            return geocoder, hit
        fallback = fallback or (geocoder, hit)
    return fallback


def _resolved(
    c: PlaceCandidate, region: Region | None, found: tuple[Geocoder, Hit] | None
) -> ResolvedPlace:
    """The candidate as it stands, with what a geocoder found for it, if one did."""
    place = ResolvedPlace.of(
        c, address=c.address_hint, region=(region.city or region.name) if region else ""
    )
    if found is None:
        return place
    geocoder, hit = found
    place = replace(
        place,
        category=c.category or hit.category[:32],
        address=hit.address or c.address_hint,
        road_address=hit.road_address,
        lat=hit.lat,
        lng=hit.lng,
        provider=geocoder.name,
        provider_place_id=hit.provider_place_id,
        approximate=hit.approximate,
        region=hit.region or (region.name if region else ""),
    )
    if geocoder.name != "gazetteer" or hit.approximate:
        return place
    # A curated gazetteer place is that place: its own name and id, the video's name an alias.
    return replace(
        place,
        name=hit.name,
        aliases=tuple(dict.fromkeys(a for a in (*c.aliases, c.name) if a != hit.name)),
        place_id=int(hit.provider_place_id),
    )


def geocode_places(candidates: list[PlaceCandidate], *, texts: VideoTexts) -> list[ResolvedPlace]:
    """Coordinates for each candidate; lat/lng stay None when no provider knows it."""
    geocoders = chain()
    out = []
    for c in candidates:
        region = lookup_region(c.region_hint) if c.region_hint else None
        out.append(_resolved(c, region, geocode_one(c, geocoders, region)))
    return out
