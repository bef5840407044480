"""The offline geocoder: curated places exactly, then the district, city or region
approximately."""

from __future__ import annotations

import re

from django.db.models import Q

from places.extraction.heads import only_heads
from places.geo import distance_m
from places.geocoding.base import Geocoder, Hit
from places.models import Place
from places.normalize import normalize_name
from places.regions import Region, lookup_district, lookup_region
from places.sights import Sight, lookup_sight, lookup_sight_by_core
from places.types import PlaceCandidate

# Areas in a Korean address go from the largest down; one further than this from the area
# before it is no part of it ("경기 광주시" is not the metropolitan Gwangju, 250 km away).
_WITHIN_M = 150_000
_HANGUL = re.compile(r"[가-힣]")
# A bridge named for a district leads out of it.
_LEADS_OUT = ("대교", "다리")
# A curated place answers for itself: these Hit fields are its own, under the same names.
_CURATED_FIELDS = ("name", "lat", "lng", "address", "road_address", "category", "region")


def region_of_address(address: str, context: Region | None = None) -> Region | None:
    """The most specific area `address` names: "서울 종로구 효자로 33" → Jongno-gu, Seoul;
    "…, Jung-gu, Seoul" → Jung-gu, Seoul; "…, Taito City, Tokyo" → Tokyo.

    `context`, the video's city, only tells which "중구" an address naming no city means.
    """
    if not address:
        return None
    for part in address.split(","):
        area = _korean_area(part.split(), context)
        if area is not None:
            return area
    parts = [p.strip() for p in address.split(",") if p.strip()]
    words = address.replace(",", " ").split()
    for piece in (words[0] if words else "", parts[-1] if parts else "", *reversed(parts)):
        piece = re.sub(r"\b(?:City|Prefecture|Province|Metropolis)\b", "", piece).strip()
        region = lookup_region(piece)
        if region is not None and region.kind != "country":
            # "29 Myeongdong 10-gil, Jung-gu, Seoul": the district comes before its city.
            for part in parts:
                district = lookup_district(part, region)
                if district is not None:
                    return district
            return region
    return None


def _korean_area(words: list[str], context: Region | None) -> Region | None:
    """ "부산광역시 해운대구 우동 …" → Haeundae-gu: province, city, district, in that order,
    until a word (a street, a neighbourhood) is none of them."""
    found: Region | None = None
    for word in words:
        if not _HANGUL.search(word):
            break
        if found is None:
            area = lookup_district(word, context) or lookup_district(word) or _korean_city(word)
        else:
            area = lookup_district(word, found) or _korean_city(word)
        if area is None:
            break
        if found is not None and distance_m(found.lat, found.lng, area.lat, area.lng) > _WITHIN_M:
            break
        found = area
        if found.kind == "district":
            break
    return found


def _korean_city(word: str) -> Region | None:
    """ "서울", "경기도", "수원시", and "경주" (which GeoNames knows only as "경주시")."""
    region = lookup_region(word)
    if region is None and not word.endswith(("시", "도", "구", "군", "동", "읍", "면", "리")):
        region = lookup_region(word + "시")
    return region if region is not None and region.kind != "country" else None


def region_of_name(name: str, context: Region | None = None) -> Region | None:
    """ "인천공항", "부산역": a city glued to a place word names a place in that city;
    "해운대해수욕장", "강남역": so does a district of a metropolitan city, in `context`'s
    districts when it is one (Seoul and Busan both have a 강서구)."""
    compact = normalize_name(name)
    for k in range(2, min(len(compact), 5)):
        rest = compact[k:]
        if only_heads(rest):
            # Only 구: a county (군) is too big for its name to say where in it a place is.
            if not rest.endswith(_LEADS_OUT):
                district = lookup_district(compact[:k] + "구", context)
                if district is not None:
                    return district
            region = lookup_region(compact[:k])
            if region is not None and region.kind != "country":
                return region
    return None


def area_of(candidate: PlaceCandidate, region: Region | None) -> Region | None:
    """Where to pin a place no one has curated: the most specific area its address names,
    else its name, else the video's region. A district the name gives inside the city the
    address gives is more specific than that city."""
    by_address = region_of_address(candidate.address_hint, region)
    if by_address is not None and by_address.kind == "district":
        return by_address
    by_name = region_of_name(candidate.name, by_address or region)
    if by_name is not None and (by_address is None or _inside(by_name, by_address)):
        return by_name
    return by_address or region


def _inside(district: Region, city: Region) -> bool:
    return district.kind == "district" and district.city == city.name


class GazetteerGeocoder(Geocoder):
    """Curated Place rows (exact); Korean districts, GeoNames cities and Korean provinces
    (approximate)."""

    name = "gazetteer"
    cached = False

    def lookup(self, candidate: PlaceCandidate, region: Region | None) -> Hit | None:
        place = self._curated(candidate, region)
        if place is not None:
            own = {name: getattr(place, name) for name in _CURATED_FIELDS}
            return Hit(**own, provider_place_id=str(place.pk))
        sight = self._sight(candidate, region)
        if sight is not None:
            # A well-known sight's own position, from a table and so approximate: a later
            # provider in the chain may still answer better.
            return Hit(
                name=candidate.name,
                lat=sight.lat,
                lng=sight.lng,
                address=candidate.address_hint or sight.city,
                category=candidate.category or sight.kind[:32],
                approximate=True,
                region=sight.city,
            )
        area = area_of(candidate, region)
        if area is None or not area.lat:
            return None
        return Hit(
            name=candidate.name,
            lat=area.lat,
            lng=area.lng,
            address=candidate.address_hint or ", ".join(filter(None, (area.name, area.city))),
            provider_place_id=area.geonameid,
            approximate=True,
            # The city, even for a district: the region is what later lookups take as a hint.
            region=area.city or area.name,
        )

    def _sight(self, candidate: PlaceCandidate, region: Region | None) -> Sight | None:
        near = (region.lat, region.lng) if region is not None and region.lat else None
        for name in (candidate.name, *candidate.aliases):
            sight = lookup_sight(name, near)
            if sight is not None:
                return sight
        # "Schönbrunn Gardens": the sight by its own words; a city's name stays the city's.
        sight = lookup_sight_by_core(candidate.name)
        return sight if sight is not None and lookup_region(candidate.name) is None else None

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
