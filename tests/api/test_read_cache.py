"""My map and history are kept rendered per user (places/read_cache.py) and checked against
the user's read version on every request: each write path that changes what a list shows
must show on the next request, whichever process made it; ETags answer 304.

Transactional tests (real commits): web requests run in autocommit, and the cache is
neither read nor filled inside a transaction.
"""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from rest_framework.renderers import JSONRenderer

from places import selectors as place_selectors
from places.curation import place_merge
from places.models import Mention, Place
from places.read_cache import PAYLOADS, read_version
from places.serializers import UserPlaceOut
from tests.api.test_reads import seed_history
from videos import services as video_services
from videos.models import Video, WatchHistory
from videos.selectors import history_page
from videos.serializers import HistoryItemOutSerializer

pytestmark = pytest.mark.django_db(transaction=True)

MAP = "/api/v1/users/places"
HISTORY = "/api/v1/users/history"


@pytest.fixture(autouse=True)
def empty_cache():
    PAYLOADS.clear()
    yield
    PAYLOADS.clear()


def _get(client, path: str, **headers):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path, **headers)
    return response, len(ctx.captured_queries)


def _answers(client, path: str):
    """Two reads: the second must come from the cache (fewer queries, same bytes)."""
    first, cold = _get(client, path)
    second, warm = _get(client, path)
    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    assert warm < cold, (warm, cold)
    return second


def test_kept_bytes_are_what_the_serializers_render(auth_client, user):
    seed_history(user, 3)
    mine = _answers(auth_client, MAP)
    assert mine.content == JSONRenderer().render(
        UserPlaceOut(place_selectors.user_place_rows(user), many=True).data
    )
    assert mine["Content-Type"] == "application/json"
    rows, _ = history_page(user=user, page=1)
    page = _answers(auth_client, HISTORY)
    assert page.content == JSONRenderer().render(HistoryItemOutSerializer(rows, many=True).data)
    assert 'rel="first"' in page["Link"]


def _names(client) -> list[str]:
    return [p["name"] for p in client.get(MAP).json()]


def _titles(client) -> list[str]:
    return [v["title"] for v in client.get(HISTORY).json()]


def test_every_write_path_shows_on_the_next_request(auth_client, user, other_user):
    videos = seed_history(user, 2, places_per_video=1)
    _answers(auth_client, MAP)
    _answers(auth_client, HISTORY)

    # A place renamed by a queryset update (no model signal).
    place = Place.objects.exclude(name="Shared Market").order_by("pk").first()
    Place.objects.filter(pk=place.pk).update(name="Renamed Cafe")
    assert "Renamed Cafe" in _names(auth_client)

    # A video's title, by a queryset update.
    Video.objects.filter(pk=videos[0].pk).update(title="New title")
    assert "New title" in _titles(auth_client)

    # The pipeline's save: the video's mentions replaced (bulk delete + bulk create).
    with transaction.atomic():
        Mention.objects.filter(video=videos[1]).delete()
    assert len(_names(auth_client)) == 2  # the shared place and the renamed one remain

    # A mention added by hand to a watched video.
    extra = Place.objects.create(name="Added Later", lat=37.5, lng=127.0)
    Mention.objects.create(place=extra, video=videos[0], rank=9, source="description")
    assert "Added Later" in _names(auth_client)

    # Two places merged (curation: mentions moved, the others deleted).
    place_merge(target=Place.objects.get(name="Added Later"), others=[place])
    assert "Renamed Cafe" not in _names(auth_client)

    # A video watched again moves to the top of the history.
    video_services.history_record(user_ids=[user.pk], video=videos[0])
    video_services.history_record(user_ids=[user.pk], video=videos[1])
    assert _titles(auth_client)[0] == videos[1].title

    # Removed from history through the API.
    assert auth_client.delete(f"{HISTORY}/{videos[1].youtube_id}").status_code == 204
    assert videos[1].title not in _titles(auth_client)

    # A new video in the history.
    (added,) = seed_history(other_user, 1, prefix="new")
    WatchHistory.objects.create(user=user, video=added)
    assert added.title in _titles(auth_client)

    # The whole video deleted (its history rows and mentions go with it).
    added.delete()
    assert added.title not in _titles(auth_client)


def test_another_users_change_keeps_my_entry(auth_client, user, other_user):
    seed_history(user, 2)
    seed_history(other_user, 2, prefix="bob")
    _answers(auth_client, MAP)
    version = read_version(user)
    Place.objects.filter(name__startswith="bob").update(category="bar")
    WatchHistory.objects.filter(user=other_user).delete()
    assert read_version(user) == version
    _, queries = _get(auth_client, MAP)
    assert queries == 2  # the token's user, the version: no rows read


def test_etag_answers_304_until_the_list_changes(auth_client, user):
    seed_history(user, 2)
    for path in (MAP, HISTORY, f"{HISTORY}?page=1"):
        first = auth_client.get(path)
        etag = first["ETag"]
        assert etag.startswith('"') and first["Cache-Control"] == "private, no-cache"
        same = auth_client.get(path, HTTP_IF_NONE_MATCH=etag)
        assert same.status_code == 304 and same.content == b"" and same["ETag"] == etag
        weak = auth_client.get(path, HTTP_IF_NONE_MATCH=f'"other", W/{etag}')
        assert weak.status_code == 304
        other = auth_client.get(path, HTTP_IF_NONE_MATCH='"not-it"')
        assert other.status_code == 200 and other.content == first.content
    etag = auth_client.get(MAP)["ETag"]
    Place.objects.filter(name="Shared Market").update(lat=1.0)
    changed = auth_client.get(MAP, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_pages_and_users_are_kept_apart(auth_client, other_client, user, other_user):
    seed_history(user, 60)
    seed_history(other_user, 1, prefix="bob")
    page1 = _answers(auth_client, f"{HISTORY}?page=1")
    page2 = _answers(auth_client, f"{HISTORY}?page=2")
    assert len(page1.json()) == 50 and len(page2.json()) == 10
    assert 'rel="next"' in page1["Link"] and 'rel="next"' not in page2["Link"]
    assert 'rel="prev"' in page2["Link"]
    theirs = _answers(other_client, HISTORY).json()
    assert [v["title"] for v in theirs] == ["Video 0"] and len(theirs[0]["places"]) == 4


def test_an_indented_answer_is_rendered_not_kept(auth_client, user):
    seed_history(user, 1)
    _answers(auth_client, MAP)
    indented = auth_client.get(MAP, HTTP_ACCEPT="application/json; indent=2")
    assert indented.status_code == 200 and b'\n  {\n    "name"' in indented.content
    assert "ETag" not in indented


def test_inside_a_transaction_nothing_is_kept_or_read(auth_client, user):
    seed_history(user, 1, places_per_video=1)
    with transaction.atomic():
        before = _names(auth_client)
        Place.objects.filter(name="Shared Market").update(name="Market Renamed")
        assert _names(auth_client) == sorted([*set(before) - {"Shared Market"}, "Market Renamed"])
        assert len(PAYLOADS) == 0
    assert "Market Renamed" in _names(auth_client)


def test_a_deleted_user_leaves_no_version_rows(user):
    seed_history(user, 1)
    assert read_version(user) > 0
    user_id = user.pk
    user.delete()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pind_read_change WHERE user_id = %s", [user_id])
        assert cursor.fetchone()[0] == 0
