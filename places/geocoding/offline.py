"""The offline geocoder: curated places exactly, then the city or region approximately."""

from __future__ import annotations

import re

from django.db.models import Q

from places.extraction.heads import only_heads
from places.geo import distance_m
from places.geocoding.base import Geocoder, Hit
from places.models import Place
from places.normalize import normalize_name
from places.regions import Region, lookup_region
from places.types import PlaceCandidate


def region_of_address(address: str) -> Region | None:
    """ "서울 성동구 …" → Seoul; "…, Jung-gu, Seoul" → Seoul; "…, Taito City, Tokyo" → Tokyo."""
    if not address:
        return None
    parts = [p.strip() for p in address.split(",") if p.strip()]
    words = address.replace(",", " ").split()
    for piece in (words[0] if words else "", parts[-1] if parts else "", *reversed(parts)):
        piece = re.sub(r"\b(?:City|Prefecture|Province|Metropolis)\b", "", piece).strip()
        region = lookup_region(piece)
        if region is not None and region.kind != "country":
            return region
    return None


def region_of_name(name: str) -> Region | None:
    """ "인천공항", "부산역": a city glued to a place word names a place in that city."""
    compact = normalize_name(name)
    for k in range(2, min(len(compact), 5)):
        if only_heads(compact[k:]):
            region = lookup_region(compact[:k])
            if region is not None and region.kind != "country":
                return region
    return None


class GazetteerGeocoder(Geocoder):
    """Curated Place rows (exact) and GeoNames cities and Korean provinces (approximate)."""

    name = "gazetteer"
    cached = False

    def lookup(self, candidate: PlaceCandidate, region: Region | None) -> Hit | None:
        place = self._curated(candidate, region)
        if place is not None:
            return Hit(
                name=place.name,
                lat=place.lat,
                lng=place.lng,
                address=place.address,
                road_address=place.road_address,
                provider_place_id=str(place.pk),
                category=place.category,
                region=place.region,
            )
        area = region_of_address(candidate.address_hint) or region_of_name(candidate.name) or region
        if area is None or not area.lat:
            return None
        return Hit(
            name=candidate.name,
            lat=area.lat,
            lng=area.lng,
            address=candidate.address_hint or area.name,
            provider_place_id=area.geonameid,
            approximate=True,
            region=area.name,
        )

    def _curated(self, candidate: PlaceCandidate, region: Region | None) -> Place | None:
        located = Place.objects.filter(verified=True, lat__isnull=False, lng__isnull=False)
        if candidate.place_id is not None:
            found = located.filter(pk=candidate.place_id).first()
            if found is not None:
                return found
        keys = {normalize_name(n) for n in (candidate.name, *candidate.aliases)} - {""}
        matches = list(
            located.filter(Q(normalized_name__in=keys) | Q(aliases__normalized_name__in=keys))
            .distinct()
            .order_by("id")[:20]
        )
        if not matches:
            return None
        if region is None or not region.lat:
            return matches[0] if len(matches) == 1 else None
        # Same name in several cities: the one in the video's region.
        nearest = min(matches, key=lambda p: distance_m(region.lat, region.lng, p.lat, p.lng))
        if distance_m(region.lat, region.lng, nearest.lat, nearest.lng) > 80_000:
            return None
        return nearest
