"""Places-near pages are kept per process under their full URL and the places version
(places.read_cache.places_version, moved by the triggers of migration places/0005): a kept
page is byte for byte what the query answers, and every change to what it shows (a place
added, moved, renamed or deleted, a mention added or removed, a video's YouTube id) shows
on the next request. Transactional tests (real commits).
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from places.models import Mention, Place
from places.read_cache import NEAR_ANSWERS, compact_read_changes, places_version
from tests.api.test_reads import seed_history
from videos.models import Video

pytestmark = pytest.mark.django_db(transaction=True)

NEAR = "/api/v1/places?near=37.5,127.0&radius=20000"


@pytest.fixture(autouse=True)
def empty_cache():
    NEAR_ANSWERS.clear()
    yield
    NEAR_ANSWERS.clear()


def _get(client, path: str = NEAR):
    with CaptureQueriesContext(connection) as ctx:
        reply = client.get(path)
    assert reply.status_code == 200, reply.content[:300]
    return reply, len(ctx.captured_queries)


def _fresh(client, path: str = NEAR):
    """What the query answers now, with nothing kept."""
    NEAR_ANSWERS.clear()
    return _get(client, path)[0]


def test_a_kept_page_is_what_the_query_answers(auth_client, user):
    seed_history(user, 30, places_per_video=2)
    for path in (NEAR, f"{NEAR}&page=2", f"{NEAR}&page_size=7&page=3", f"{NEAR}&category=cafe"):
        first, cold = _get(auth_client, path)
        again, warm = _get(auth_client, path)
        assert warm == 2 < cold  # the token's user, the places version
        assert again.content == first.content and again.get("Link") == first.get("Link")
        assert again.content == _fresh(auth_client, path).content
    assert _get(auth_client, f"{NEAR}&page=2")[0].json()["previous"]


def test_every_change_to_places_shows_on_the_next_request(auth_client, user):
    videos = seed_history(user, 3, places_per_video=1)

    def names() -> list[str]:
        reply, _ = _get(auth_client)
        assert reply.content == _fresh(auth_client).content
        _get(auth_client)  # kept again for the next change
        return [p["name"] for p in reply.json()["results"]]

    version = places_version()
    before = names()
    place = Place.objects.get(name="s place 0")
    Place.objects.filter(pk=place.pk).update(name="Renamed")
    assert "Renamed" in names() and places_version() > version
    Place.objects.filter(pk=place.pk).update(lat=10.0)  # moved out of the circle
    assert "Renamed" not in names()
    Place.objects.create(name="Newcomer", lat=37.5001, lng=127.0)
    assert "Newcomer" in names()
    Place.objects.filter(name="Newcomer").delete()
    assert "Newcomer" not in names()

    def evidence() -> list:
        return [m for p in _get(auth_client)[0].json()["results"] for m in p["mentions"]]

    count = len(evidence())
    Mention.objects.filter(video=videos[0]).delete()  # two of them of the shared place
    assert len(evidence()) == count - 2
    Mention.objects.create(
        place=Place.objects.get(name="Shared Market"), video=videos[0], rank=5, source="title"
    )
    assert len(evidence()) == count - 1
    version = places_version()
    Video.objects.filter(pk=videos[1].pk).update(youtube_id="zzzzzzzzzzz")
    assert places_version() == version + 1
    Video.objects.filter(pk=videos[1].pk).update(title="Only the title")
    assert places_version() == version + 1  # not shown near: nothing to drop
    assert "Shared Market" in before


def test_compaction_keeps_the_places_version(auth_client, user):
    seed_history(user, 2)
    first, _ = _get(auth_client)
    version = places_version()
    compact_read_changes()
    assert places_version() == version
    again, warm = _get(auth_client)
    assert warm == 2 and again.content == first.content
