"""Writes for videos and watch history."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models.functions import Now

from videos.models import Video, WatchHistory


def video_get_or_create(*, youtube_id: str) -> Video:
    """The Video row for an id, created empty (state NEW) on first sight. Race-safe."""
    video, _ = Video.objects.get_or_create(youtube_id=youtube_id)
    return video


def history_record(*, user_ids: list[int], video: Video) -> None:
    """One history row per (user, video): insert, or bump `last_viewed_at` on a repeat view."""
    user_ids = sorted({uid for uid in user_ids if uid is not None})
    if not user_ids:
        return
    existing = set(
        WatchHistory.objects.filter(video=video, user_id__in=user_ids).values_list(
            "user_id", flat=True
        )
    )
    if existing:
        WatchHistory.objects.filter(video=video, user_id__in=existing).update(last_viewed_at=Now())
    for uid in user_ids:
        if uid in existing:
            continue
        try:
            with transaction.atomic():
                WatchHistory.objects.create(user_id=uid, video=video)
        except IntegrityError:
            # Another request recorded the same view a moment ago.
            WatchHistory.objects.filter(video=video, user_id=uid).update(last_viewed_at=Now())


def history_delete(*, user, youtube_id: str) -> bool:
    deleted, _ = WatchHistory.objects.filter(user=user, video__youtube_id=youtube_id).delete()
    return deleted > 0
