"""Job state changes: conditional writes, single flight, the reaper and the task hook."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_q.models import OrmQ, Schedule

from jobs import services, tasks
from jobs.models import Job
from videos.models import Video

pytestmark = pytest.mark.django_db


@pytest.fixture
def video():
    return Video.objects.create(youtube_id="mOdElS00001")


def test_at_most_one_active_job_per_video(video):
    Job.objects.create(video=video)
    with pytest.raises(IntegrityError), transaction.atomic():
        Job.objects.create(video=video, status=Job.Status.PROGRESS)
    Job.objects.create(video=video, status=Job.Status.FAILURE)
    Job.objects.create(video=video, status=Job.Status.SUCCESS)


def test_a_late_writer_cannot_resurrect_a_finished_job(video):
    job = Job.objects.create(video=video)
    assert job.claim()
    run_id = job.run_id
    assert job.cancel()
    assert not job.report(run_id=run_id, step="geocoding", progress=90)
    assert not job.succeed(run_id=run_id)
    assert not job.fail(code="x", message="late", run_id=run_id)
    job.refresh_from_db()
    assert job.status == "REVOKED" and job.error_code == "cancelled"


def test_a_second_claim_loses(video):
    job = Job.objects.create(video=video)
    twin = Job.objects.get(pk=job.pk)
    assert job.claim()
    assert not twin.claim()
    assert Job.objects.get(pk=job.pk).attempts == 1


def test_an_old_run_cannot_write_over_a_new_one(video):
    job = Job.objects.create(video=video)
    job.claim()
    old_run = job.run_id
    job.requeue(from_statuses=[Job.Status.PROGRESS])
    job.claim()
    assert not job.report(run_id=old_run, step="saving", progress=96)
    assert job.report(run_id=job.run_id, step="saving", progress=96)
    assert not job.succeed(run_id=uuid.uuid4())


def _stale(job: Job, seconds: int = 600) -> None:
    Job.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now() - timedelta(seconds=seconds))


def test_reaper_requeues_then_gives_up_with_worker_lost(
    video, settings, django_capture_on_commit_callbacks
):
    settings.PIND_JOB_MAX_ATTEMPTS = 2
    job = Job.objects.create(video=video)
    job.claim()
    _stale(job)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reap_stale_jobs() == {"requeued": [str(job.pk)], "lost": []}
    job.refresh_from_db()
    assert job.status == "PENDING" and job.run_id is None
    assert OrmQ.objects.count() == 1
    job.claim()
    assert job.attempts == 2
    _stale(job)
    assert services.reap_stale_jobs() == {"requeued": [], "lost": [str(job.pk)]}
    job.refresh_from_db()
    assert job.status == "FAILURE" and job.error_code == "worker_lost"
    assert Video.objects.get(pk=video.pk).state == Video.State.FAILED


def test_reaper_leaves_beating_jobs_alone(video):
    job = Job.objects.create(video=video)
    job.claim()
    assert services.reap_stale_jobs() == {"requeued": [], "lost": []}


def test_reaper_is_scheduled(db):
    schedule = Schedule.objects.get(func="jobs.tasks.reap_stale_jobs")
    assert schedule.schedule_type == Schedule.MINUTES and schedule.minutes == 1


def test_read_change_compaction_is_scheduled(db):
    schedule = Schedule.objects.get(func="jobs.tasks.compact_read_changes")
    assert schedule.schedule_type == Schedule.MINUTES and schedule.minutes == 10


def test_task_hook_fails_the_job_on_timeout(video):
    job = Job.objects.create(video=video)
    job.claim()

    class FakeTask:
        success = False
        args = (str(job.pk),)
        result = "Task exceeded maximum timeout value : TimeoutException"
        stopped = timezone.now()

    tasks.on_task_done(FakeTask())
    job.refresh_from_db()
    assert job.status == "FAILURE" and job.error_code == "timeout"


def test_task_hook_leaves_a_later_run_alone(video):
    job = Job.objects.create(video=video)

    class FakeTask:
        success = False
        args = (str(job.pk),)
        result = "boom"
        stopped = timezone.now() - timedelta(minutes=5)

    job.claim()
    tasks.on_task_done(FakeTask())
    assert Job.objects.get(pk=job.pk).status == "PROGRESS"


def test_enqueue_failure_marks_the_job_failed(
    video, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(*args, **kwargs):
        raise ConnectionError("broker down")

    monkeypatch.setattr(services, "async_task", broken)
    job = Job.objects.create(video=video)
    with django_capture_on_commit_callbacks(execute=True):
        services.enqueue_on_commit(job)
    job.refresh_from_db()
    assert job.status == "FAILURE" and job.error_code == "queue_unavailable"


def test_an_unexpected_error_fails_the_job_without_a_traceback_leak(video, monkeypatch):
    from videos.pipeline import run

    def crash(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(services, "run_from", crash)
    job = Job.objects.create(video=video)
    assert services.job_execute(str(job.pk)) == "failed (internal_error)"
    job.refresh_from_db()
    assert job.status == "FAILURE" and "secret" not in job.error_message
    assert run  # the real orchestrator is untouched
