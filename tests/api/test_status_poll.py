"""The status poll's own path (jobs/views.py JobStatusView.dispatch): a succeeded job's
body kept per process, no per-request connection health check (a dead connection is
retried once on a fresh one), and the same bytes, headers and errors DRF answered.

Transactional tests (real commits): nothing is kept or read inside a transaction.
"""

from __future__ import annotations

import psycopg
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from jobs import services, views
from jobs.models import Job
from jobs.serializers import JobStatusOutSerializer
from tests.api.test_reads import seed_history

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def nothing_kept():
    views.forget_finished()
    yield
    views.forget_finished()


def _poll(client, job_id) -> tuple[object, int]:
    with CaptureQueriesContext(connection) as ctx:
        reply = client.get(f"/api/v1/jobs/{job_id}/status")
    return reply, len(ctx.captured_queries)


def test_a_succeeded_job_is_answered_from_the_kept_body(api_client, user):
    (video,) = seed_history(user, 1)
    job = Job.objects.create(owner=user, video=video, status=Job.Status.SUCCESS, progress=100)
    first, queries = _poll(api_client, job.pk)
    assert first.status_code == 200 and queries == 1
    again, queries = _poll(api_client, job.pk)
    assert again.status_code == 200 and queries == 0
    assert again.content == first.content and again["Allow"] == first["Allow"]
    expected = JobStatusOutSerializer(Job.objects.select_related("video").get(pk=job.pk)).data
    assert again.json() == dict(expected)


def test_other_statuses_are_read_on_every_poll(api_client, user):
    (video,) = seed_history(user, 1)
    job = Job.objects.create(
        owner=user, video=video, status=Job.Status.FAILURE, error_code="boom", progress=40
    )
    assert _poll(api_client, job.pk)[0].json()["status"] == "FAILURE"
    services.job_retry(job=Job.objects.get(pk=job.pk))
    reply, queries = _poll(api_client, job.pk)
    assert reply.json()["status"] == "PENDING" and queries >= 1
    Job.objects.filter(pk=job.pk).update(status=Job.Status.PROGRESS, progress=55)
    assert _poll(api_client, job.pk)[0].json()["progress"] == 55


def test_a_kept_body_is_dropped_after_its_time(api_client, user, monkeypatch):
    (video,) = seed_history(user, 1)
    job = Job.objects.create(owner=user, video=video, status=Job.Status.SUCCESS)
    monkeypatch.setattr(views, "FINISHED_TTL_S", -1.0)  # every kept body already old
    job_id = job.pk
    assert _poll(api_client, job_id)[0].status_code == 200
    job.delete()
    reply, queries = _poll(api_client, job_id)
    assert reply.status_code == 404 and queries == 1
    assert reply.json()["detail"] == "Job not found." and reply.json()["code"] == "job_not_found"


def test_bad_ids_are_clear_404s_and_other_methods_go_through_drf(api_client, user):
    for job_id in ("not-a-uuid", "00000000-0000-0000-0000-000000000001", "cached_zzzzzzzzzzz"):
        reply, _ = _poll(api_client, job_id)
        assert reply.status_code == 404 and reply["Content-Type"] == "application/json"
        assert reply.json()["code"] == "job_not_found" and reply["Allow"] == "GET, HEAD, OPTIONS"
    (video,) = seed_history(user, 1)
    job = Job.objects.create(owner=user, video=video)
    posted = api_client.post(f"/api/v1/jobs/{job.pk}/status")
    assert posted.status_code == 405 and posted.json()["code"] == "method_not_allowed"
    head = api_client.head(f"/api/v1/jobs/{job.pk}/status")
    assert head.status_code == 200 and head.content == b""


def test_a_dead_connection_is_retried_not_a_500(api_client, user):
    """No health check runs before the status query: when the kept connection has died
    (here: its backend terminated), the query is sent once more on a fresh connection."""
    (video,) = seed_history(user, 1)
    job = Job.objects.create(owner=user, video=video, status=Job.Status.PROGRESS, progress=10)
    assert _poll(api_client, job.pk)[0].status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    s = connection.settings_dict
    dsn = f"host={s['HOST']} port={s['PORT'] or 5432} user={s['USER']} dbname={s['NAME']}"
    with psycopg.connect(dsn, password=s["PASSWORD"] or None, autocommit=True) as other:
        assert other.execute("SELECT pg_terminate_backend(%s)", [pid]).fetchone()[0]
    reply, _ = _poll(api_client, job.pk)
    assert reply.status_code == 200 and reply.json()["progress"] == 10
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        assert cursor.fetchone()[0] != pid


@pytest.mark.parametrize("zone", ["UTC", "Asia/Seoul"])
def test_timestamps_are_drfs_in_any_time_zone(api_client, user, settings, zone):
    settings.TIME_ZONE = zone
    (video,) = seed_history(user, 1)
    job = Job.objects.create(owner=user, video=video, status=Job.Status.FAILURE)
    expected = JobStatusOutSerializer(Job.objects.select_related("video").get(pk=job.pk)).data
    body = _poll(api_client, job.pk)[0].json()
    assert body == dict(expected)
    assert body["created_at"].endswith("Z" if zone == "UTC" else "+09:00")
