"""History, video and video-places endpoints."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from videos.models import Video, WatchHistory
from videos.services import history_record

pytestmark = pytest.mark.django_db

HISTORY = "/api/v1/users/history"


def make_history(user, n: int, prefix: str = "hIsToRy") -> list[Video]:
    videos = Video.objects.bulk_create(
        [
            Video(youtube_id=f"{prefix[:7]}{i:04d}", title=f"Video {i}", state="processed")
            for i in range(n)
        ]
    )
    base = timezone.now() - timedelta(days=1)
    WatchHistory.objects.bulk_create(
        [
            WatchHistory(user=user, video=v, last_viewed_at=base + timedelta(minutes=i))
            for i, v in enumerate(videos)
        ]
    )
    return videos


def test_history_is_an_array_newest_first_with_the_client_fields(auth_client, user):
    videos = make_history(user, 3)
    resp = auth_client.get(HISTORY)
    assert resp.status_code == 200
    body = resp.json()
    assert isinstance(body, list)
    assert [row["video_id"] for row in body] == [v.youtube_id for v in reversed(videos)]
    row = body[0]
    assert set(row) >= {"id", "video_id", "title", "created_at", "thumbnail_url", "youtube_url"}
    assert row["places"] == []
    assert row["created_at"].endswith("Z") or "+" in row["created_at"]
    assert row["youtube_url"] == f"https://www.youtube.com/watch?v={row['video_id']}"
    assert auth_client.get("/api/v1/youtube/history").json() == body


def test_history_pages_by_50_with_a_link_header(auth_client, user):
    make_history(user, 51)
    first = auth_client.get(HISTORY)
    assert len(first.json()) == 50
    assert 'rel="next"' in first["Link"] and "page=2" in first["Link"]
    second = auth_client.get(HISTORY + "?page=2")
    assert len(second.json()) == 1
    assert 'rel="next"' not in second["Link"] and 'rel="prev"' in second["Link"]
    assert auth_client.get(HISTORY + "?page=0").status_code == 400
    assert auth_client.get(HISTORY + "?page=x").json()["code"] == "invalid_page"


def test_history_query_count_does_not_grow_with_rows(
    auth_client, user, django_assert_max_num_queries
):
    make_history(user, 2, prefix="fEwRoWs")
    with CaptureQueriesContext(connection) as few:
        auth_client.get(HISTORY)
    make_history(user, 48, prefix="mAnYrOwS")
    with CaptureQueriesContext(connection) as many:
        assert len(auth_client.get(HISTORY).json()) == 50
    assert len(many) == len(few)
    with django_assert_max_num_queries(len(few)):
        auth_client.get(HISTORY)


def test_history_needs_a_token(api_client):
    resp = api_client.get(HISTORY)
    assert resp.status_code == 401
    assert resp["WWW-Authenticate"].startswith("Bearer")


def test_repeat_view_bumps_last_viewed_and_keeps_one_row(user):
    video = Video.objects.create(youtube_id="rEpEaT00001")
    history_record(user_ids=[user.pk], video=video)
    row = WatchHistory.objects.get(user=user, video=video)
    assert row.created_at is not None
    history_record(user_ids=[user.pk], video=video)
    assert WatchHistory.objects.filter(user=user, video=video).count() == 1
    assert WatchHistory.objects.get(pk=row.pk).last_viewed_at >= row.last_viewed_at


def test_delete_from_history(auth_client, other_client, user, other_user):
    (video,) = make_history(user, 1)
    make_history(other_user, 0)
    WatchHistory.objects.create(user=other_user, video=video)
    assert auth_client.delete(f"{HISTORY}/{video.youtube_id}").status_code == 204
    assert auth_client.delete(f"{HISTORY}/{video.youtube_id}").status_code == 404
    assert WatchHistory.objects.filter(user=other_user).count() == 1


def test_video_and_its_places(api_client):
    Video.objects.create(youtube_id="vIdEo000001", title="Seoul food")
    resp = api_client.get("/api/v1/youtube/video/vIdEo000001")
    assert resp.status_code == 200
    body = resp.json()
    assert body["video_id"] == "vIdEo000001" and body["places"] == []
    assert api_client.get("/api/v1/youtube/places/vIdEo000001").json() == []
    for path in ("video", "places"):
        missing = api_client.get(f"/api/v1/youtube/{path}/uNkNoWn0001")
        assert missing.status_code == 404 and missing.json()["code"] == "video_not_found"
        assert api_client.get(f"/api/v1/youtube/{path}/bad%20id").status_code == 404
