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


def _with_mentions(places) -> list[dict]:
    return [place_to_dict(p, list(p.mentions.all())) for p in places]


def _mentions_prefetch():
    from django.db.models import Prefetch

    return Prefetch(
        "mentions",
        queryset=Mention.objects.select_related("video").order_by(
            "video_id", F("start_s").asc(nulls_first=True), "id"
        ),
    )


def place_search(
    *,
    q: str = "",
    near: tuple[float, float] | None = None,
    radius_m: float = 1000.0,
    bbox: tuple[float, float, float, float] | None = None,
    category: str = "",
):
    """Places matching the filters, nearest first when `near` is given, else by name."""
    from django.db.models import Q

    from places.geo import bbox_around, distance_m
    from places.normalize import normalize_name

    qs = Place.objects.all()
    if q:
        key = normalize_name(q)
        qs = qs.filter(
            Q(name__icontains=q)
            | Q(normalized_name__contains=key)
            | Q(aliases__normalized_name__contains=key)
            | Q(address__icontains=q)
            | Q(road_address__icontains=q)
        ).distinct()
    if category:
        qs = qs.filter(category__iexact=category)
    if bbox is not None:
        min_lng, min_lat, max_lng, max_lat = bbox
        qs = qs.filter(lat__gte=min_lat, lat__lte=max_lat, lng__gte=min_lng, lng__lte=max_lng)
    if near is None:
        return qs.order_by("name", "id")
    lat, lng = near
    s, w, n, e = bbox_around(lat, lng, radius_m)
    boxed = qs.filter(lat__gte=s, lat__lte=n, lng__gte=w, lng__lte=e)
    ids = [
        pk
        for pk, d in sorted(
            (
                (pk, distance_m(lat, lng, plat, plng))
                for pk, plat, plng in boxed.values_list("id", "lat", "lng")[:5000]
            ),
            key=lambda x: x[1],
        )
        if d <= radius_m
    ]
    from django.db.models import Case, IntegerField, Value, When

    order = Case(
        *[When(pk=pk, then=Value(i)) for i, pk in enumerate(ids)], output_field=IntegerField()
    )
    return Place.objects.filter(pk__in=ids).order_by(order) if ids else Place.objects.none()


def places_as_dicts(places) -> list[dict]:
    """Place rows in the DESIGN shape with all their mentions (two queries)."""
    from django.db.models.query import QuerySet

    if isinstance(places, QuerySet):
        places = places.prefetch_related(_mentions_prefetch())
    else:
        from django.db.models import prefetch_related_objects

        prefetch_related_objects(places, _mentions_prefetch())
    return _with_mentions(places)


def place_detail(place_id: int) -> dict | None:
    """A place with every video and moment that mentions it."""
    place = Place.objects.filter(pk=place_id).prefetch_related(_mentions_prefetch()).first()
    if place is None:
        return None
    mentions = list(place.mentions.all())
    data = place_to_dict(place, mentions)
    data["aliases"] = list(place.aliases.values_list("name", flat=True))
    data["verified"] = place.verified
    videos: dict[int, dict] = {}
    for m in mentions:
        v = m.video
        entry = videos.setdefault(
            v.pk,
            {
                "video_id": v.youtube_id,
                "title": v.title,
                "youtube_url": v.youtube_url,
                "thumbnail_url": v.thumbnail,
                "mentions": [],
            },
        )
        item = mention_to_dict(m)
        item["url"] = v.youtube_url + (f"&t={int(m.start_s)}s" if m.start_s is not None else "")
        entry["mentions"].append(item)
    data["videos"] = list(videos.values())
    return data


def user_places(user) -> list[dict]:
    """ "My map": every place from the user's history, once, with the videos that show it."""
    from videos.models import WatchHistory

    video_ids = list(WatchHistory.objects.filter(user=user).values_list("video_id", flat=True))
    if not video_ids:
        return []
    rows = (
        Mention.objects.filter(video_id__in=video_ids)
        .select_related("place", "video")
        .order_by("place__name", "place_id", "video_id", F("start_s").asc(nulls_first=True), "id")
    )
    out: dict[int, dict] = {}
    for m in rows:
        entry = out.get(m.place_id)
        if entry is None:
            entry = out[m.place_id] = place_to_dict(m.place)
            entry["videos"] = []
        item = mention_to_dict(m)
        item["video_id"] = m.video.youtube_id
        entry["mentions"].append(item)
        if m.video.youtube_id not in entry["videos"]:
            entry["videos"].append(m.video.youtube_id)
    return list(out.values())
