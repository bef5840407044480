"""A queued or running job's status kept per process until PostgreSQL NOTIFYs a change
(jobs/status_cache.py, migration jobs/0006): real commits, the real listener thread.

The tests wait for the listener and for a notification to arrive (it is asynchronous);
they assert what is answered, never how fast.
"""

from __future__ import annotations

import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from jobs import status_cache
from jobs.models import Job
from tests.api.test_reads import seed_history

pytestmark = pytest.mark.django_db(transaction=True)


def until(condition, *, limit_s: float = 20.0) -> bool:
    end = time.monotonic() + limit_s
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.fixture
def listener(settings):
    settings.PIND_STATUS_NOTIFY = True
    connection.ensure_connection()
    status_cache.mark()  # starts the listener
    assert until(status_cache.listening)
    yield
    status_cache.stop()


@pytest.fixture
def running(user):
    (video,) = seed_history(user, 1)
    return Job.objects.create(
        owner=user,
        video=video,
        status=Job.Status.PROGRESS,
        step="transcript",
        progress=30,
        started_at=timezone.now(),
        heartbeat_at=timezone.now(),
    )


def _poll(client, job_id) -> tuple[dict, int]:
    connection.ensure_connection()
    with CaptureQueriesContext(connection) as ctx:
        reply = client.get(f"/api/v1/jobs/{job_id}/status")
    assert reply.status_code in (200, 404)
    return (reply.json() if reply.status_code == 200 else {"status": 404}), len(
        ctx.captured_queries
    )


def test_a_running_job_is_kept_until_it_changes(listener, api_client, running):
    first, queries = _poll(api_client, running.pk)  # the job, and the run-time estimate
    assert first["progress"] == 30 and queries >= 1
    again, queries = _poll(api_client, running.pk)
    assert again == first and queries == 0

    Job.objects.filter(pk=running.pk).update(progress=60, step="ocr")
    assert until(lambda: status_cache.get(str(running.pk)) is None)
    after, queries = _poll(api_client, running.pk)
    assert (after["progress"], after["current_step"], queries) == (60, "ocr", 1)


def test_a_heartbeat_alone_does_not_forget_the_job(listener, api_client, running):
    _poll(api_client, running.pk)
    Job.objects.filter(pk=running.pk).update(heartbeat_at=timezone.now())
    # A change that is notified afterwards proves the heartbeat's turn has passed.
    other = Job.objects.create(owner=running.owner, video=running.video, status=Job.Status.FAILURE)
    heard = status_cache._state.heard
    Job.objects.filter(pk=other.pk).update(progress=5)
    assert until(lambda: status_cache._state.heard > heard)
    _, queries = _poll(api_client, running.pk)
    assert queries == 0


def test_a_finished_or_deleted_job_is_read_again(listener, api_client, running):
    _poll(api_client, running.pk)
    Job.objects.filter(pk=running.pk).update(
        status=Job.Status.SUCCESS, progress=100, finished_at=timezone.now()
    )
    assert until(lambda: status_cache.get(str(running.pk)) is None)
    done, _ = _poll(api_client, running.pk)
    assert done["status"] == "SUCCESS"

    queued = Job.objects.create(owner=running.owner, video=running.video)
    _poll(api_client, queued.pk)
    assert status_cache.get(str(queued.pk)) is not None
    Job.objects.filter(pk=queued.pk).delete()
    assert until(lambda: status_cache.get(str(queued.pk)) is None)
    gone, _ = _poll(api_client, queued.pk)
    assert gone == {"status": 404}


def test_a_change_heard_while_reading_is_not_kept(listener, running):
    before = status_cache.mark()
    stale = Job.objects.get(pk=running.pk)
    Job.objects.filter(pk=running.pk).update(progress=90)
    assert until(lambda: status_cache.mark() != before)
    status_cache.put(str(running.pk), stale, before)
    assert status_cache.get(str(running.pk)) is None


def test_nothing_is_kept_when_the_listener_is_off(api_client, running):
    status_cache.stop()
    _poll(api_client, running.pk)
    assert not status_cache.listening()
    _, queries = _poll(api_client, running.pk)
    assert queries == 1


def test_a_lost_listener_connection_forgets_everything_and_reconnects(
    listener, api_client, running
):
    _poll(api_client, running.pk)
    assert status_cache.get(str(running.pk)) is not None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE query LIKE 'LISTEN pind_job_status%%' AND pid <> pg_backend_pid()"
        )
    assert until(lambda: status_cache.get(str(running.pk)) is None)
    assert until(status_cache.listening)  # connected and listening again
    _, queries = _poll(api_client, running.pk)
    assert queries == 1
