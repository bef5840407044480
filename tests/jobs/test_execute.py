"""One way to run a job: `job_execute` honours `Job.from_step`; lost queued jobs are sent
again; duplicate tasks run the pipeline once; workers warm up once, when spawned."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from jobs import services, tasks
from jobs.models import Job, JobSubscriber
from places.models import Mention
from tests.pages.factories import make_place, make_video, mention
from videos.models import Video, WatchHistory

pytestmark = pytest.mark.django_db

NOT_A_BUNDLE = "nObUnDlE001"  # a full run of this id fails: no media to read


@pytest.fixture
def sent(monkeypatch):
    """django-q2's async_task, recorded: each call is a task a worker would run."""
    calls = []
    monkeypatch.setattr(services, "async_task", lambda *a, **k: calls.append(a))
    return calls


@pytest.fixture
def runs(monkeypatch):
    """The pipeline, counted: each call reports a step and saves (the job succeeds)."""
    calls = []

    def run_from(video, from_step, *, progress, within):
        calls.append((video.youtube_id, from_step))
        progress("extracting_places", 80)
        with transaction.atomic():
            within(video)

    monkeypatch.setattr(services, "run_from", run_from)
    return calls


def _age(job: Job, seconds: int, *, field: str = "enqueued_at") -> None:
    Job.objects.filter(pk=job.pk).update(**{field: timezone.now() - timedelta(seconds=seconds)})


# --- from_step ---------------------------------------------------------------------------


def test_a_job_from_geocoding_reuses_the_stored_candidates_and_rewrites_the_places():
    video = make_video(NOT_A_BUNDLE, candidates=[])
    old = mention(make_place("Gone Cafe"), video)
    job = Job.objects.create(video=video, from_step=Job.FromStep.GEOCODING)
    assert services.job_execute(str(job.pk)) == "success"
    job.refresh_from_db()
    assert job.status == "SUCCESS" and job.attempts == 1
    assert not Mention.objects.filter(pk=old.pk).exists()
    # From the start, the same video cannot be read: proof the step above was skipped.
    again = Job.objects.create(video=video)
    assert services.job_execute(str(again.pk)).startswith("failed (")


def test_a_run_that_finds_nothing_new_changes_nothing_but_still_gives_history(user):
    video = make_video(NOT_A_BUNDLE, candidates=[])
    processed_at = video.processed_at
    job = Job.objects.create(video=video, from_step=Job.FromStep.GEOCODING)
    JobSubscriber.objects.create(job=job, user=user)
    assert services.job_execute(str(job.pk)) == "unchanged"
    job.refresh_from_db()
    assert job.status == "SUCCESS"
    assert Video.objects.get(pk=video.pk).processed_at == processed_at  # rolled back
    assert WatchHistory.objects.filter(user=user, video=video).exists()


def test_a_reaped_reprocess_is_requeued_from_the_same_step(
    sent, settings, django_capture_on_commit_callbacks
):
    job = Job.objects.create(video=make_video(), from_step=Job.FromStep.EXTRACTING_PLACES)
    job.claim()
    _age(job, 600, field="heartbeat_at")
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reap_stale_jobs()["requeued"] == [str(job.pk)]
    job.refresh_from_db()
    assert (job.status, job.from_step) == ("PENDING", "extracting_places")
    assert sent == [("jobs.tasks.run_job", str(job.pk))]


def test_the_task_runs_the_job_from_its_step(runs):
    job = Job.objects.create(video=make_video(), from_step=Job.FromStep.GEOCODING)
    assert tasks.run_job(str(job.pk)) in ("success", "unchanged")
    assert runs == [(job.video.youtube_id, "geocoding")]


# --- lost queued jobs --------------------------------------------------------------------


def test_a_queued_job_whose_task_was_lost_is_sent_again_once_per_period(
    sent, settings, django_capture_on_commit_callbacks
):
    settings.PIND_JOB_PENDING_STALE_SECONDS = 900
    lost = Job.objects.create(video=make_video(state=Video.State.NEW))
    _age(lost, 1000)
    never_stamped = Job.objects.create(video=make_video(state=Video.State.NEW))
    _age(never_stamped, 1000, field="created_at")
    fresh = Job.objects.create(video=make_video(state=Video.State.NEW))
    _age(fresh, 60)

    with django_capture_on_commit_callbacks(execute=True):
        report = services.reap_stale_jobs()
    assert sorted(report["requeued"]) == sorted([str(lost.pk), str(never_stamped.pk)])
    assert sorted(args[1] for args in sent) == sorted([str(lost.pk), str(never_stamped.pk)])
    lost.refresh_from_db()
    assert lost.status == "PENDING" and lost.enqueued_at > timezone.now() - timedelta(seconds=60)

    # Within the period nothing is sent again; after it, once more.
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reap_stale_jobs() == {"requeued": [], "lost": []}
    assert len(sent) == 2
    _age(lost, 1000)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reap_stale_jobs()["requeued"] == [str(lost.pk)]
    assert len(sent) == 3


def test_two_reapers_send_a_lost_job_once(sent, django_capture_on_commit_callbacks):
    job = Job.objects.create(video=make_video(state=Video.State.NEW))
    _age(job, 10_000)
    seen_by_both = Job.objects.get(pk=job.pk)
    with django_capture_on_commit_callbacks(execute=True):
        assert Job.objects.get(pk=job.pk).resend()
        assert not seen_by_both.resend()


def test_two_tasks_for_one_job_make_one_pipeline_run(
    sent, runs, user, django_capture_on_commit_callbacks
):
    # The submit's enqueue and the reaper's resend both reach the queue.
    with django_capture_on_commit_callbacks(execute=True):
        submission = services.job_submit(youtube_id="tWoTaSkS001", user=user)
    job = submission.job
    _age(job, 10_000)
    with django_capture_on_commit_callbacks(execute=True):
        services.reap_stale_jobs()
    assert sent == [("jobs.tasks.run_job", str(job.pk))] * 2

    answers = [tasks.run_job(*args[1:]) for args in sent]
    assert answers == ["success", "skipped (SUCCESS)"]
    assert len(runs) == 1
    job.refresh_from_db()
    assert job.status == "SUCCESS" and job.attempts == 1


# --- warm workers ------------------------------------------------------------------------


def test_a_spawned_worker_warms_up_once_and_nothing_else_does(monkeypatch):
    from django_q.signals import post_spawn

    import places.extraction

    warmed = []
    monkeypatch.setattr(places.extraction, "warm_up", lambda: warmed.append(1))
    job = Job.objects.create(video=make_video())
    monkeypatch.setattr(services, "run_from", lambda *a, **k: None)
    services.job_execute(str(job.pk))  # a job (here: inline) does not warm up
    assert warmed == []
    post_spawn.send(sender="django_q", proc_name="Process-1")  # what django_q.worker sends
    assert warmed == [1]


def test_a_worker_that_cannot_warm_up_still_starts(monkeypatch):
    from django_q.signals import post_spawn

    import places.extraction

    def broken():
        raise OSError("model missing")

    monkeypatch.setattr(places.extraction, "warm_up", broken)
    post_spawn.send(sender="django_q", proc_name="Process-1")


# --- what the progress page can show while a job runs -----------------------------------


def test_a_first_run_knows_the_title_before_the_long_steps(bundles):
    from videos.pipeline import run

    video_id = bundles("tItLeEaRlY1", title="Market morning in the old town")
    Video.objects.create(youtube_id=video_id)  # a first submit: nothing known yet
    seen = {}

    def progress(step: str, percent: int) -> None:
        seen.setdefault(step, Video.objects.get(youtube_id=video_id).title)

    run.run_video(video_id, progress=progress)
    assert seen["fetching_transcript"] == "Market morning in the old town"
    assert seen["extracting_places"] == "Market morning in the old town"
