"""Reads for places. Every function runs a fixed number of queries, whatever the rows.

Selectors return places (`Place` rows, or plain column values for the long lists) with
their mentions attached as `evidence` (in video order); the output serializers in
`places.serializers` shape them. Videos are reached
only through the ORM relations (`video__…`), so this module imports nothing from
`videos`, and no query here ever loads a video's transcript, OCR text or JSON columns.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable

from django.db import connection
from django.db.models import F, FloatField, Q, QuerySet, Value
from django.db.models.functions import ASin, Cos, Least, Power, Radians, Sin, Sqrt

from places.geo import EARTH_RADIUS_M, bbox_around
from places.models import Mention, Place, PlaceAlias
from places.normalize import normalize_name
from places.serializers import PlaceOut, UserPlaceOut

# What the API shows of a place: no other column is read for lists.
PLACE_FIELDS = (
    "id",
    "name",
    "lat",
    "lng",
    "category",
    "address",
    "road_address",
    "provider",
    "provider_place_id",
    "approximate",
    "confidence",
)
# A mention as the API shows it, with the YouTube id of its video.
MENTION_COLUMNS = ("source", "start_s", "end_s", "text", "video__youtube_id")
MENTION_KEYS = ("source", "start_s", "end_s", "text", "youtube_id")
# In each video's order; a mention without a time (description) before the timed ones.
IN_VIDEO_ORDER = ("rank", F("start_s").asc(nulls_first=True), "id")


def _place_mention_rows(mentions: QuerySet):
    """(video pk, place pk, place columns, mention) per mention row, as plain values: lists
    of thousands of mentions cost what the data costs, not a model instance per row."""
    columns = ("video_id", "place_id", *MENTION_COLUMNS, *(f"place__{f}" for f in PLACE_FIELDS))
    split = 2 + len(MENTION_COLUMNS)
    for row in mentions.values_list(*columns):
        yield row[0], row[1], row[split:], dict(zip(MENTION_KEYS, row[2:split], strict=True))


def _place(columns: tuple) -> dict:
    place = dict(zip(PLACE_FIELDS, columns, strict=True))
    place["evidence"] = []
    return place


def video_place_rows(video_ids: Iterable[int]) -> dict[int, list[dict]]:
    """Places of each video, in the video's order, each with `evidence` (its mentions there).

    One query whatever the number of videos: {video pk: [place]}; [] for a video without any.
    """
    video_ids = list(video_ids)
    out: dict[int, dict[int, dict]] = {vid: {} for vid in video_ids}
    if not video_ids:
        return {}
    mentions = Mention.objects.filter(video_id__in=video_ids).order_by("video_id", *IN_VIDEO_ORDER)
    for video_id, place_id, columns, mention in _place_mention_rows(mentions):
        per_video = out[video_id]
        place = per_video.get(place_id)
        if place is None:
            place = per_video[place_id] = _place(columns)
        place["evidence"].append(mention)
    return {vid: list(places.values()) for vid, places in out.items()}


def video_places(video_ids: Iterable[int]) -> dict[int, list[dict]]:
    """`video_place_rows` rendered by the API's place serializer (for the pages)."""
    return {
        vid: PlaceOut(places, many=True).data for vid, places in video_place_rows(video_ids).items()
    }


def attach_evidence(places: Iterable[Place]) -> list[Place]:
    """Each place with all its mentions (every video) as `evidence`: one query."""
    places = list(places)
    by_id = {p.pk: p for p in places}
    for place in places:
        place.evidence = []
    if not by_id:
        return places
    mentions = (
        Mention.objects.filter(place_id__in=by_id)
        .order_by("video_id", F("start_s").asc(nulls_first=True), "id")
        .values_list("place_id", *MENTION_COLUMNS)
    )
    for place_id, *values in mentions:
        by_id[place_id].evidence.append(dict(zip(MENTION_KEYS, values, strict=True)))
    return places


def _distance_m(lat: float, lng: float):
    """Great-circle distance from (lat, lng) to each row, in SQL (haversine, as places.geo)."""
    dlat = Radians(F("lat") - Value(lat, output_field=FloatField()))
    dlng = Radians(F("lng") - Value(lng, output_field=FloatField()))
    here = Value(math.cos(math.radians(lat)))
    a = Power(Sin(dlat / 2), 2) + Cos(Radians(F("lat"))) * here * Power(Sin(dlng / 2), 2)
    return Value(2 * EARTH_RADIUS_M) * ASin(Sqrt(Least(a, Value(1.0))))


def place_search(
    *,
    q: str = "",
    near: tuple[float, float] | None = None,
    radius_m: float = 1000.0,
    bbox: tuple[float, float, float, float] | None = None,
    category: str = "",
) -> QuerySet:
    """Places matching the filters, nearest first when `near` is given, else by name.

    Filtering, distance and order all happen in SQL, so a page costs the same whatever the
    number of matches.
    """
    qs = Place.objects.only(*PLACE_FIELDS)
    if q:
        key = normalize_name(q)
        aliased = PlaceAlias.objects.filter(normalized_name__contains=key).values("place_id")
        qs = qs.filter(
            Q(name__icontains=q)
            | Q(normalized_name__contains=key)
            | Q(pk__in=aliased)
            | Q(address__icontains=q)
            | Q(road_address__icontains=q)
        )
    if category:
        qs = qs.filter(category__iexact=category)
    if bbox is not None:
        west, south, east, north = bbox
        qs = qs.filter(lat__gte=south, lat__lte=north)
        if west <= east:
            qs = qs.filter(lng__gte=west, lng__lte=east)
        else:  # across the antimeridian (RFC 7946, 5.2)
            qs = qs.filter(Q(lng__gte=west) | Q(lng__lte=east))
    if near is None:
        return qs.order_by("name", "id")
    lat, lng = near
    s, w, n, e = bbox_around(lat, lng, radius_m)
    return (
        qs.filter(lat__gte=s, lat__lte=n, lng__gte=w, lng__lte=e)
        .annotate(distance_m=_distance_m(lat, lng))
        .filter(distance_m__lte=radius_m)
        .order_by("distance_m", "id")
    )


# `place_search(near=…)` written out for PostgreSQL: the page of places, the number of
# matches and each place's mentions in one statement. Building the ORM's version of it
# (the distance expression, the count, the mentions) costs several times what PostgreSQL
# takes to answer; the search clients make while panning a map is this one.
# tests/api/test_reads.py pins it to the ORM query: same places, same order, same count.
_NEAR_SQL = """
WITH matches AS (
    SELECT {place_columns}, 2 * %(r)s * asin(sqrt(least(
        power(sin(radians(lat - %(lat)s) / 2), 2)
        + cos(radians(lat)) * %(cos_here)s * power(sin(radians(lng - %(lng)s) / 2), 2),
        1.0))) AS distance_m
    FROM places_place
    WHERE lat >= %(s)s AND lat <= %(n)s AND lng >= %(w)s AND lng <= %(e)s {category}
), page AS (
    SELECT *, count(*) OVER () AS total FROM matches WHERE distance_m <= %(radius)s
    ORDER BY distance_m, id LIMIT %(limit)s OFFSET %(offset)s
)
SELECT page.*, (
    SELECT json_agg(json_build_array(m.source, m.start_s, m.end_s, m.text, v.youtube_id)
                    ORDER BY m.video_id, m.start_s NULLS FIRST, m.id)
    FROM places_mention m JOIN videos_video v ON v.id = m.video_id
    WHERE m.place_id = page.id
) AS evidence
FROM page ORDER BY distance_m, id
"""
_NEAR_CATEGORY = "AND upper(category::text) = upper(%(category)s)"


def near_page(
    *, near: tuple[float, float], radius_m: float, category: str = "", offset: int, limit: int
) -> tuple[list[dict], int | None]:
    """One page of `place_search(near=near, radius_m=radius_m, category=category)` as
    place dicts with `evidence` and `distance_m`, and the number of matches (None when a
    page after the first is past the last one: ask `place_search(...).count()`). One
    query."""
    lat, lng = near
    s, w, n, e = bbox_around(lat, lng, radius_m)
    sql = _NEAR_SQL.format(
        place_columns=", ".join(PLACE_FIELDS), category=_NEAR_CATEGORY if category else ""
    )
    params = {
        "r": EARTH_RADIUS_M,
        "lat": lat,
        "lng": lng,
        "cos_here": math.cos(math.radians(lat)),
        "s": s,
        "n": n,
        "w": w,
        "e": e,
        "category": category,
        "radius": radius_m,
        "limit": limit,
        "offset": offset,
    }
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    places, total = [], None
    width = len(PLACE_FIELDS)
    for row in rows:
        place = _place(row[:width])
        place["distance_m"], total, evidence = row[width:]
        if isinstance(evidence, str):  # a driver that leaves json as text
            evidence = json.loads(evidence)
        place["evidence"] = [dict(zip(MENTION_KEYS, m, strict=True)) for m in evidence or ()]
        places.append(place)
    if not places and offset == 0:
        total = 0
    return places, total


def place_detail(place_id: int) -> Place | None:
    """A place with its aliases (`alias_names`) and every video and moment that mentions it
    (`video_entries`, each with its mentions and a deep link). Three queries."""
    place = Place.objects.only(*PLACE_FIELDS, "verified").filter(pk=place_id).first()
    if place is None:
        return None
    place.alias_names = list(place.aliases.values_list("name", flat=True))
    rows = (
        Mention.objects.filter(place=place)
        .only("id", "place_id", "video_id", "source", "start_s", "end_s", "text")
        .annotate(
            youtube_id=F("video__youtube_id"),
            video_title=F("video__title"),
            video_thumbnail_url=F("video__thumbnail_url"),
        )
        .order_by("video_id", F("start_s").asc(nulls_first=True), "id")
    )
    place.evidence = []
    videos: dict[int, dict] = {}
    for mention in rows:
        place.evidence.append(mention)
        youtube_url = f"https://www.youtube.com/watch?v={mention.youtube_id}"
        entry = videos.setdefault(
            mention.video_id,
            {
                "video_id": mention.youtube_id,
                "title": mention.video_title,
                "youtube_url": youtube_url,
                "thumbnail_url": mention.video_thumbnail_url
                or f"https://i.ytimg.com/vi/{mention.youtube_id}/hqdefault.jpg",
                "mentions": [],
            },
        )
        at = f"&t={int(mention.start_s)}s" if mention.start_s is not None else ""
        mention.url = youtube_url + at
        entry["mentions"].append(mention)
    place.video_entries = list(videos.values())
    return place


def user_place_rows(user) -> list[dict]:
    """ "My map": every place from the user's history, once, by name, with `evidence` (its
    mentions in those videos) and `youtube_ids` (the videos that show it). One query."""
    mentions = Mention.objects.filter(video__watchers__user=user).order_by(
        "place__name", "place_id", "video_id", *IN_VIDEO_ORDER
    )
    out: dict[int, dict] = {}
    for _, place_id, columns, mention in _place_mention_rows(mentions):
        place = out.get(place_id)
        if place is None:
            place = out[place_id] = _place(columns)
            place["youtube_ids"] = []
        place["evidence"].append(mention)
        if not place["youtube_ids"] or place["youtube_ids"][-1] != mention["youtube_id"]:
            place["youtube_ids"].append(mention["youtube_id"])
    return list(out.values())


def user_places(user) -> list[dict]:
    """`user_place_rows` rendered by the API's serializer (for the my-map page)."""
    return UserPlaceOut(user_place_rows(user), many=True).data
