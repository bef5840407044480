"""Writes for places: turning a video's resolved places into Place and Mention rows."""

from __future__ import annotations

from django.db.models import Q

from places.geo import distance_m
from places.models import Mention, Place, PlaceAlias
from places.normalize import normalize_name
from places.types import Evidence, ResolvedPlace

# Same name closer than this is the same place; a chain's branches are further apart.
SAME_PLACE_M = 250.0
# With an area's (approximate) coordinates on one side, only a region match is meaningful.
SAME_APPROX_PLACE_M = 3_000.0
# Both approximate: one pin at a district office, the other at the city centre, say.
SAME_APPROX_BOTH_M = 30_000.0


def video_places_replace(*, video, places: list[ResolvedPlace]) -> list[Place]:
    """Make the video's places and mentions exactly `places`. Call inside a transaction.

    Idempotent: the same input gives the same rows. A place seen in another video is
    reused (provider place id, else normalised name plus proximity or region), so one
    café from two videos is one Place and two branches of a chain stay two.
    """
    Mention.objects.filter(video=video).delete()
    rows: list[Place] = []
    mentions: list[Mention] = []
    seen_evidence: set[tuple] = set()
    for resolved in places:
        place = place_upsert(resolved=resolved)
        if place.pk not in {p.pk for p in rows}:
            rows.append(place)
        rank = next(i for i, p in enumerate(rows) if p.pk == place.pk)
        for ev in resolved.mentions:
            key = (place.pk, ev.source, ev.start_s, ev.text)
            if key in seen_evidence:
                continue
            seen_evidence.add(key)
            mentions.append(_mention(place, video, rank, ev))
    Mention.objects.bulk_create(mentions)
    return rows


def _mention(place: Place, video, rank: int, ev: Evidence) -> Mention:
    source = ev.source if ev.source in Mention.Source.values else Mention.Source.DESCRIPTION
    return Mention(
        place=place,
        video=video,
        rank=rank,
        source=source,
        start_s=ev.start_s,
        end_s=ev.end_s,
        text=(ev.text or "")[:2000],
        rules=list(ev.rules),
    )


def place_upsert(*, resolved: ResolvedPlace) -> Place:
    """Find the Place `resolved` is, or create it; improve an unverified one with better data."""
    place = place_find(resolved=resolved)
    if place is None:
        place = Place(name=resolved.name[:255])
        _fill(place, resolved)
        if resolved.provider_place_id and not resolved.approximate:
            # Another worker may be saving the same provider place right now.
            place, created = Place.objects.get_or_create(
                provider=place.provider,
                provider_place_id=place.provider_place_id,
                approximate=False,
                defaults=_field_values(place),
            )
        else:
            place.save()
    elif not place.verified and _better(resolved, place):
        _fill(place, resolved)
        place.save()
    _add_aliases(place, resolved)
    return place


def place_find(*, resolved: ResolvedPlace) -> Place | None:
    """The Place `resolved` is: by its known id, its provider id, else by name nearby."""
    return _by_id(resolved) or _by_provider_id(resolved) or _by_name_nearby(resolved)


def _by_id(resolved: ResolvedPlace) -> Place | None:
    if resolved.place_id is None:
        return None
    return Place.objects.filter(pk=resolved.place_id).first()


def _by_provider_id(resolved: ResolvedPlace) -> Place | None:
    if not (resolved.provider and resolved.provider_place_id and not resolved.approximate):
        return None
    return Place.objects.filter(
        provider=resolved.provider,
        provider_place_id=resolved.provider_place_id,
        approximate=False,
    ).first()


def _by_name_nearby(resolved: ResolvedPlace) -> Place | None:
    keys = {normalize_name(n) for n in (resolved.name, *resolved.aliases)} - {""}
    if not keys:
        return None
    same_name = Place.objects.filter(
        Q(normalized_name__in=keys) | Q(aliases__normalized_name__in=keys)
    ).distinct()
    best, best_d = None, None
    for place in same_name.order_by("-verified", "id"):
        d = _distance(place, resolved)
        if d is None:
            # Neither side can be placed: the region is all we have.
            if (place.lat is None or resolved.lat is None) and place.region == resolved.region:
                if best is None:
                    best = place
            continue
        if d <= _same_place_limit(place, resolved) and (best_d is None or d < best_d):
            best, best_d = place, d
    return best


def _same_place_limit(place: Place, resolved: ResolvedPlace) -> float:
    """How far apart two pins of one name may be and still be one place: farther when a pin
    is only approximate, and never across regions then (-1: no distance will do)."""
    either = place.approximate or resolved.approximate
    if either and place.region and resolved.region and place.region != resolved.region:
        return -1.0
    if place.approximate and resolved.approximate:
        return SAME_APPROX_BOTH_M
    return SAME_APPROX_PLACE_M if either else SAME_PLACE_M


def _distance(place: Place, resolved: ResolvedPlace) -> float | None:
    if None in (place.lat, place.lng, resolved.lat, resolved.lng):
        return None
    return distance_m(place.lat, place.lng, resolved.lat, resolved.lng)


def _better(resolved: ResolvedPlace, place: Place) -> bool:
    if resolved.lat is None:
        return False
    if place.lat is None:
        return True
    return place.approximate and not resolved.approximate


def _fill(place: Place, resolved: ResolvedPlace) -> None:
    place.category = resolved.category[:32] or place.category
    place.address = resolved.address[:500] or place.address
    place.road_address = resolved.road_address[:500] or place.road_address
    place.lat, place.lng = resolved.lat, resolved.lng
    place.provider = resolved.provider[:32]
    place.provider_place_id = resolved.provider_place_id[:128]
    place.approximate = resolved.approximate
    place.confidence = max(place.confidence or 0.0, resolved.confidence)
    place.region = resolved.region[:100] or place.region
    place.normalized_name = normalize_name(place.name)


def _field_values(place: Place) -> dict:
    return {
        f.attname: getattr(place, f.attname)
        for f in Place._meta.concrete_fields
        if not f.primary_key
        and f.attname not in ("provider", "provider_place_id", "approximate")
        and not getattr(f, "auto_now_add", False)
        and not getattr(f, "auto_now", False)
    }


def _add_aliases(place: Place, resolved: ResolvedPlace) -> None:
    names = {normalize_name(place.name)}
    existing = set(place.aliases.values_list("normalized_name", flat=True))
    new = []
    for alias in (resolved.name, *resolved.aliases):
        key = normalize_name(alias)
        if key and key not in names and key not in existing:
            existing.add(key)
            new.append(PlaceAlias(place=place, name=alias[:255], normalized_name=key))
    if new:
        PlaceAlias.objects.bulk_create(new, ignore_conflicts=True)
