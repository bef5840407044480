"""Small builders for pages, admin and command tests."""

from __future__ import annotations

import itertools

from places.models import Mention, Place, PlaceAlias
from places.services import video_places_replace
from places.types import Evidence, ResolvedPlace
from videos.models import Video, WatchHistory

_ids = itertools.count(1)


def make_video(youtube_id: str | None = None, **fields) -> Video:
    youtube_id = youtube_id or f"vid{next(_ids):08d}"[:11]
    fields.setdefault("title", f"Video {youtube_id}")
    fields.setdefault("state", Video.State.PROCESSED)
    return Video.objects.create(youtube_id=youtube_id, **fields)


def make_place(name: str, *, aliases=(), **fields) -> Place:
    place = Place.objects.create(name=name, **fields)
    for alias in aliases:
        PlaceAlias.objects.create(place=place, name=alias)
    return place


def mention(place: Place, video: Video, *, rank=0, source="transcript", start_s=12.0, text=""):
    return Mention.objects.create(
        place=place,
        video=video,
        rank=rank,
        source=source,
        start_s=start_s,
        text=text or f"{place.name} is here",
    )


def watched(user, video: Video) -> WatchHistory:
    return WatchHistory.objects.create(user=user, video=video)


def give_cafe(video: Video, *, said: str = "at Onion Seongsu") -> None:
    """Save one geocoded café on `video`, as the pipeline's last step does."""
    place = ResolvedPlace(
        name="Onion Seongsu",
        category="cafe",
        address="Seoul",
        lat=37.5447,
        lng=127.0586,
        provider="",
        provider_place_id="",
        confidence=0.9,
        mentions=(Evidence("transcript", said, 5.0, 8.0),),
    )
    video_places_replace(video=video, places=[place])
