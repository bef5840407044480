"""Curators' writes on places: merge duplicates, mark verified, re-geocode, import.

Verified places and every alias are what the extraction gazetteer matches, so each of
these changes reaches the next video processed without a restart.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from pind.texts import VideoTexts
from places.models import Mention, Place, PlaceAlias
from places.normalize import normalize_name
from places.services import place_find
from places.types import PlaceCandidate, ResolvedPlace

logger = logging.getLogger(__name__)

# Filled from a merged place when the kept one has nothing there.
_FILLABLE = ("category", "address", "road_address", "region")


@dataclass(frozen=True)
class MergeResult:
    place: Place
    merged_ids: list[int]
    merged_names: list[str]
    mentions_moved: int
    aliases_added: list[str]

    def summary(self) -> str:
        names = ", ".join(
            f"{n} (#{i})" for i, n in zip(self.merged_ids, self.merged_names, strict=True)
        )
        return (
            f"Merged {names} into {self.place.name} (#{self.place.pk}): "
            f"{self.mentions_moved} mentions moved, aliases added: "
            f"{', '.join(self.aliases_added) or 'none'}."
        )


def _alias_add(place: Place, name: str, known: set[str]) -> str | None:
    key = normalize_name(name)
    if not key or key in known:
        return None
    PlaceAlias.objects.create(place=place, name=name[:255])
    known.add(key)
    return name


def place_merge(*, target: Place, others: list[Place]) -> MergeResult:
    """Fold `others` into `target`: their mentions and aliases move, their names become
    aliases, empty fields of `target` are filled from them, and they are deleted."""
    others = [p for p in others if p.pk != target.pk]
    with transaction.atomic():
        target = Place.objects.select_for_update().get(pk=target.pk)
        others = list(
            Place.objects.select_for_update().filter(pk__in=[p.pk for p in others]).order_by("pk")
        )
        known = {target.normalized_name} | set(
            target.aliases.values_list("normalized_name", flat=True)
        )
        added: list[str] = []
        moved = 0
        seen = set(
            Mention.objects.filter(place=target).values_list(
                "video_id", "source", "start_s", "text"
            )
        )
        for other in others:
            for mention in Mention.objects.filter(place=other):
                key = (mention.video_id, mention.source, mention.start_s, mention.text)
                if key in seen:
                    mention.delete()  # the very same evidence is already on the target
                    continue
                seen.add(key)
                mention.place = target
                mention.save(update_fields=["place"])
                moved += 1
            for name in [other.name, *other.aliases.values_list("name", flat=True)]:
                if _alias_add(target, name, known):
                    added.append(name)
            for field in _FILLABLE:
                if not getattr(target, field) and getattr(other, field):
                    setattr(target, field, getattr(other, field))
            if target.lat is None and other.lat is not None:
                target.lat, target.lng = other.lat, other.lng
                target.approximate = other.approximate
            if not target.provider_place_id and other.provider_place_id:
                target.provider, target.provider_place_id = other.provider, other.provider_place_id
            target.verified = target.verified or other.verified
            target.confidence = max(target.confidence, other.confidence)
        merged = [(o.pk, o.name) for o in others]
        # Delete first: the provider id may move to the target under a unique constraint.
        Place.objects.filter(pk__in=[pk for pk, _ in merged]).delete()
        target.save()
    result = MergeResult(
        place=target,
        merged_ids=[pk for pk, _ in merged],
        merged_names=[name for _, name in merged],
        mentions_moved=moved,
        aliases_added=added,
    )
    logger.info("%s", result.summary())
    return result


def places_mark_verified(*, places) -> int:
    """Mark places checked by a curator; the gazetteer matches verified places."""
    # `updated_at` too: the gazetteer notices changes by it.
    return Place.objects.filter(pk__in=[p.pk for p in places], verified=False).update(
        verified=True, updated_at=timezone.now()
    )


@dataclass(frozen=True)
class RegeocodeResult:
    updated: list[Place]
    unchanged: list[Place]
    skipped_verified: list[Place]


def place_regeocode(*, places) -> RegeocodeResult:
    """Ask the geocoder chain again for each unverified place; keep what it finds.

    Verified places are curated: their coordinates are never overwritten here.
    """
    from places.geocoding import geocode_places

    updated, unchanged, verified = [], [], []
    for place in places:
        if place.verified:
            verified.append(place)
            continue
        candidate = PlaceCandidate(
            name=place.name,
            category=place.category,
            address_hint=place.address or place.road_address,
            aliases=tuple(place.aliases.values_list("name", flat=True)),
            confidence=place.confidence,
            region_hint=place.region,
        )
        found = geocode_places([candidate], texts=VideoTexts(video_id=""))
        best = found[0] if found else None
        if best is None or best.lat is None or best.lng is None:
            unchanged.append(place)
            continue
        if place.lat is not None and not place.approximate and best.approximate:
            unchanged.append(place)  # a city centre is no improvement on a real pin
            continue
        clash = (
            best.provider_place_id
            and not best.approximate
            and Place.objects.filter(
                provider=best.provider, provider_place_id=best.provider_place_id, approximate=False
            )
            .exclude(pk=place.pk)
            .exists()
        )
        if clash:
            unchanged.append(place)  # that provider place is another row: a merge, not this
            continue
        place.lat, place.lng = best.lat, best.lng
        place.approximate = best.approximate
        place.provider, place.provider_place_id = best.provider, best.provider_place_id
        place.address = best.address or place.address
        place.road_address = best.road_address or place.road_address
        place.region = best.region or place.region
        place.category = place.category or best.category
        place.save()
        updated.append(place)
    return RegeocodeResult(updated=updated, unchanged=unchanged, skipped_verified=verified)


# --- import -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceRow:
    """One curated place from an import file."""

    name: str
    aliases: tuple[str, ...] = ()
    category: str = ""
    address: str = ""
    lat: float | None = None
    lng: float | None = None
    region: str = ""


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def places_import(*, rows: list[PlaceRow]) -> ImportResult:
    """Seed the gazetteer: each row becomes a verified Place, or updates the one it is.

    Idempotent: identity is the same rule as saving (name or alias plus proximity, or
    plus region without coordinates), so importing a file twice changes nothing.
    """
    result = ImportResult()
    with transaction.atomic():
        for row in rows:
            found = place_find(
                resolved=ResolvedPlace(
                    name=row.name, aliases=row.aliases, lat=row.lat, lng=row.lng, region=row.region
                )
            )
            place = found or Place(name=row.name[:255], confidence=1.0)
            changed = found is None
            wanted = {
                "category": row.category,
                "address": row.address,
                "region": row.region,
                "lat": row.lat,
                "lng": row.lng,
            }
            for field, value in wanted.items():
                if value not in (None, "") and getattr(place, field) != value:
                    setattr(place, field, value)
                    changed = True
            if row.lat is not None and place.approximate:
                place.approximate = False
                changed = True
            if not place.verified:
                place.verified = True
                changed = True
            if changed:
                place.save()
            known = {place.normalized_name} | set(
                place.aliases.values_list("normalized_name", flat=True)
            )
            for alias in (row.name, *row.aliases):
                if _alias_add(place, alias, known):
                    changed = True
            if found is None:
                result.created += 1
            elif changed:
                result.updated += 1
            else:
                result.unchanged += 1
    return result
