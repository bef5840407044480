"""Reads for videos and watch history. Query counts do not grow with the rows returned."""

from __future__ import annotations

from places.selectors import video_places
from videos.models import Video, WatchHistory

HISTORY_PAGE_SIZE = 50


def video_by_youtube_id(youtube_id: str) -> Video | None:
    return Video.objects.filter(youtube_id=youtube_id).first()


def places_of(video: Video) -> list[dict]:
    return video_places([video.pk]).get(video.pk, [])


def video_dict(video: Video) -> dict:
    """The video as the API shows it (without places)."""
    return {
        "video_id": video.youtube_id,
        "title": video.title,
        "channel": video.channel,
        "description": video.description,
        "duration_s": video.duration_s,
        "published_on": video.published_on.isoformat() if video.published_on else None,
        "thumbnail_url": video.thumbnail,
        "youtube_url": video.youtube_url,
        "language": video.language,
        "state": video.state,
        "processed_at": video.processed_at,
    }


def history_page(*, user, page: int, size: int = HISTORY_PAGE_SIZE) -> tuple[list[dict], bool]:
    """One page of the user's history, newest first, with places. Returns (rows, has_next).

    Two queries whatever the page size: the rows (joined to their videos), and the
    places of those videos.
    """
    start = (page - 1) * size
    rows = list(
        WatchHistory.objects.filter(user=user)
        .select_related("video")
        .order_by("-last_viewed_at", "-id")[start : start + size + 1]
    )
    has_next = len(rows) > size
    rows = rows[:size]
    places = video_places([row.video_id for row in rows]) if rows else {}
    items = [
        {
            "id": row.pk,
            "video_id": row.video.youtube_id,
            "title": row.video.title,
            "created_at": row.created_at,
            "last_viewed_at": row.last_viewed_at,
            "thumbnail_url": row.video.thumbnail,
            "youtube_url": row.video.youtube_url,
            "places": places.get(row.video_id, []),
        }
        for row in rows
    ]
    return items, has_next
