"""Reads for videos and watch history. Query counts do not grow with the rows returned,
and no list reads a video's texts (transcript, OCR, candidates: JSON that can be megabytes)."""

from __future__ import annotations

from pind.paging import page_of
from places.models import Place
from places.selectors import video_place_rows
from videos.models import Video, WatchHistory

HISTORY_PAGE_SIZE = 50
# What a list shows of a video.
VIDEO_LIST_FIELDS = ("id", "youtube_id", "title", "thumbnail_url")
# Kept for reprocessing, never shown by the API.
VIDEO_TEXT_FIELDS = ("texts", "candidates", "chapters", "tags")


def video_by_youtube_id(youtube_id: str) -> Video | None:
    """One video as the API shows it (its kept texts are not read)."""
    return Video.objects.defer(*VIDEO_TEXT_FIELDS).filter(youtube_id=youtube_id).first()


def places_of(video: Video) -> list[Place]:
    """The video's places in its order, each with `evidence`: one query."""
    return video_place_rows([video.pk]).get(video.pk, [])


def video_with_places(video: Video) -> Video:
    video.places = places_of(video)
    return video


def history_page(
    *, user, page: int, size: int = HISTORY_PAGE_SIZE
) -> tuple[list[WatchHistory], bool]:
    """One page of the user's history, newest first, each row with `places`.
    Returns (rows, has_next).

    Two queries whatever the page size: the rows (joined to the few video columns a list
    shows), and the places of those videos.
    """
    rows, has_next = page_of(
        WatchHistory.objects.filter(user=user)
        .select_related("video")
        .only(
            "id",
            "created_at",
            "last_viewed_at",
            "video_id",
            *(f"video__{f}" for f in VIDEO_LIST_FIELDS),
        )
        .order_by("-last_viewed_at", "-id"),
        page=page,
        size=size,
    )
    places = video_place_rows([row.video_id for row in rows]) if rows else {}
    for row in rows:
        row.places = places.get(row.video_id, [])
    return rows, has_next
