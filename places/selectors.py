"""Reads for places. Every function runs a fixed number of queries."""

from __future__ import annotations

from django.db.models import F

from places.models import Mention, Place


def mention_to_dict(m: Mention) -> dict:
    return {"source": m.source, "start_s": m.start_s, "end_s": m.end_s, "text": m.text}


def place_to_dict(place: Place, mentions: list[Mention] | None = None) -> dict:
    """A place in the DESIGN shape: `name, lat, lng` first, as the existing clients read them."""
    return {
        "name": place.name,
        "lat": place.lat,
        "lng": place.lng,
        "id": place.pk,
        "category": place.category,
        "address": place.address,
        "road_address": place.road_address,
        "provider": place.provider,
        "provider_place_id": place.provider_place_id,
        "approximate": place.approximate,
        "confidence": round(place.confidence, 3),
        "mentions": [mention_to_dict(m) for m in mentions or []],
    }


def video_places(video_ids: list[int]) -> dict[int, list[dict]]:
    """Places of each video, in the DESIGN shape, in video order: {video pk: [place dict]}.

    One query whatever the number of videos.
    """
    out: dict[int, dict[int, dict]] = {vid: {} for vid in video_ids}
    if not video_ids:
        return {}
    rows = (
        Mention.objects.filter(video_id__in=video_ids)
        .select_related("place")
        .order_by("video_id", "rank", F("start_s").asc(nulls_first=True), "id")
    )
    for m in rows:
        per_video = out[m.video_id]
        entry = per_video.get(m.place_id)
        if entry is None:
            entry = per_video[m.place_id] = place_to_dict(m.place)
        entry["mentions"].append(mention_to_dict(m))
    return {vid: list(places.values()) for vid, places in out.items()}
