"""`pind_read_change` is compacted (places.read_cache.compact_read_changes): its rows are
folded into per-user base counters. A user's read version must not move when that
happens, must never go back, and must still count every write, including one in flight
while the compaction runs; kept entries stay valid across it and a later write still
invalidates them.

Transactional tests (real commits, a second connection in a thread).
"""

from __future__ import annotations

import threading

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from places.models import Place
from places.read_cache import PAYLOADS, compact_read_changes, read_version
from tests.api.test_reads import seed_history
from videos.models import Video

pytestmark = pytest.mark.django_db(transaction=True)

MAP = "/api/v1/users/places"
WAIT_S = 30  # a guard against a hung thread, not a timing under test


@pytest.fixture(autouse=True)
def empty_cache():
    PAYLOADS.clear()
    yield
    PAYLOADS.clear()


def _rows(user_id: int) -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pind_read_change WHERE user_id = %s", [user_id])
        return cursor.fetchone()[0]


def _base(user_id: int) -> int | None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT base FROM pind_read_base WHERE user_id = %s", [user_id])
        row = cursor.fetchone()
        return row and row[0]


def _get(client, path: str):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200
    return response, len(ctx.captured_queries)


def _in_thread(target) -> threading.Thread:
    """`target` on its own thread, with its own database connection (closed after)."""
    errors: list[BaseException] = []

    def run():
        try:
            target()
        except BaseException as exc:  # reported by join() below
            errors.append(exc)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.errors = errors
    thread.start()
    return thread


def _join(thread: threading.Thread) -> None:
    thread.join(WAIT_S)
    assert not thread.is_alive()
    if thread.errors:
        raise thread.errors[0]


def test_compaction_keeps_versions_and_kept_entries(auth_client, user, other_user):
    videos = seed_history(user, 2, places_per_video=1)
    seed_history(other_user, 1, prefix="bob")
    Video.objects.filter(pk=videos[0].pk).update(title="Renamed once")
    first, cold = _get(auth_client, MAP)
    mine, theirs = read_version(user), read_version(other_user)
    assert _rows(user.pk) == mine >= 2

    rows, users = compact_read_changes()
    assert rows >= mine + theirs and users >= 2
    assert _rows(user.pk) == 0 and _base(user.pk) == mine
    assert (read_version(user), read_version(other_user)) == (mine, theirs)

    # The entry kept before the compaction still answers: the version and the token's user.
    kept, warm = _get(auth_client, MAP)
    assert kept.content == first.content and warm == 2 < cold

    # A write after it moves the version past the base, and the next read shows it.
    Place.objects.filter(name="Shared Market").update(name="Market After")
    assert read_version(user) == mine + 1
    changed, _ = _get(auth_client, MAP)
    assert "Market After" in [p["name"] for p in changed.json()]

    # Compacting again (and again with nothing to fold) keeps it there.
    assert compact_read_changes()[0] >= 1
    assert compact_read_changes() == (0, 0)
    assert read_version(user) == mine + 1 and _base(user.pk) == mine + 1
    again, warm = _get(auth_client, MAP)
    assert again.content == changed.content and warm == 2


def test_a_write_in_flight_during_compaction_counts_once(auth_client, user):
    seed_history(user, 1, places_per_video=1)
    before, _ = _get(auth_client, MAP)
    version = read_version(user)
    written, release = threading.Event(), threading.Event()

    def writer():
        with transaction.atomic():
            Place.objects.filter(name="Shared Market").update(name="Market In Flight")
            written.set()
            assert release.wait(WAIT_S)

    thread = _in_thread(writer)
    assert written.wait(WAIT_S)
    # The writer's row is not committed: the compaction leaves it, the version is unmoved.
    compact_read_changes()
    assert read_version(user) == version and _rows(user.pk) == 0
    kept, warm = _get(auth_client, MAP)
    assert kept.content == before.content and warm == 2

    release.set()
    _join(thread)
    assert _rows(user.pk) == 1 and read_version(user) == version + 1
    after, _ = _get(auth_client, MAP)
    assert "Market In Flight" in [p["name"] for p in after.json()]

    compact_read_changes()
    assert read_version(user) == version + 1 and _rows(user.pk) == 0
    kept, warm = _get(auth_client, MAP)
    assert kept.content == after.content and warm == 2


def test_versions_never_go_back_under_concurrent_writes_and_compactions(user):
    (video,) = seed_history(user, 1, places_per_video=1)
    start = read_version(user)
    writes = 40
    done = threading.Event()

    def writer():
        for i in range(writes):
            with transaction.atomic():  # one transaction: one version step
                Video.objects.filter(pk=video.pk).update(title=f"Title {i}")
                Video.objects.filter(pk=video.pk).update(title=f"Title {i} again")
        done.set()

    def compactor():
        folded = 0
        while not done.is_set():
            folded += compact_read_changes()[0]
        folded += compact_read_changes()[0]
        assert folded >= writes

    threads = [_in_thread(writer), _in_thread(compactor)]
    seen = [start]
    while not done.is_set():
        seen.append(read_version(user))
    for thread in threads:
        _join(thread)
    seen.append(read_version(user))
    assert seen == sorted(seen), "a version went back"
    assert seen[-1] == start + writes
    assert _rows(user.pk) == 0 and _base(user.pk) == start + writes


def test_a_deleted_user_leaves_no_base_row(user):
    seed_history(user, 1)
    compact_read_changes()
    user_id = user.pk
    assert _base(user_id) >= 1
    user.delete()
    assert _base(user_id) is None and _rows(user_id) == 0


def test_the_command_compacts(user, capsys):
    seed_history(user, 2)
    version = read_version(user)
    call_command("compact_read_changes")
    out = capsys.readouterr().out
    assert out.startswith("Folded ") and "read-change row(s)" in out
    assert _rows(user.pk) == 0 and read_version(user) == version
