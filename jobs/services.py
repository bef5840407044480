"""Writes for jobs: submit, run, cancel, retry, reap. The only module that talks to django-q2.

How a job flows: `job_submit` creates the Job (or joins the one in flight for that
video) and enqueues `jobs.tasks.run_job` after commit; a qcluster worker calls
`job_execute`, which claims the row, runs the pipeline (from `Job.from_step`) with a
`progress` callback that writes step + heartbeat (and stops the run if the row was
cancelled), and marks the job SUCCESS inside the pipeline's saving transaction. A run
over a processed video that finds nothing new rolls its writes back (rows and ids stay).
A worker that dies stops beating; `reap_stale_jobs` (on the scheduler once a minute, and
when a client reads a stale running job; never per job) requeues its job or fails it with
`worker_lost`, and sends again a queued job whose task never reached the queue.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import IntegrityError, close_old_connections, connection, transaction
from django.db.models import Q
from django.utils import timezone
from django_q.exceptions import TimeoutException
from django_q.tasks import async_task

from jobs import queue
from jobs.models import Job, JobSubscriber
from pind.errors import ApiError
from places.models import Mention
from videos.models import Video
from videos.pipeline.run import run_from
from videos.pipeline.types import PipelineError
from videos.selectors import video_by_youtube_id
from videos.services import history_record, video_get_or_create

logger = logging.getLogger(__name__)

DEFAULT_ESTIMATE_S = 60


class JobStopped(Exception):
    """The Job row no longer belongs to this run (cancelled, reaped): stop quietly."""


class NothingNew(Exception):
    """Raised inside the saving transaction to roll an identical result back."""


@dataclass(frozen=True)
class Submission:
    video: Video
    # None when answered from stored results: no job row is written for a cache hit.
    job: Job | None
    mode: str  # "db" (answered from stored results) | "queued"
    created: bool = False


# --- estimates ---------------------------------------------------------------------------


# Clients poll a running job's status every second or so; the mean of the last runs moves
# slowly, so each process reads it at most once per ESTIMATE_TTL_S.
ESTIMATE_TTL_S = 30.0
_estimate: tuple[float, int] | None = None  # (monotonic time read, seconds)


def estimate_run_seconds() -> int:
    """Mean wall time of the last 20 real runs (read again after ESTIMATE_TTL_S)."""
    global _estimate
    now = time.monotonic()
    if _estimate is None or now - _estimate[0] > ESTIMATE_TTL_S:
        _estimate = (now, _mean_run_seconds())
    return _estimate[1]


def forget_estimate() -> None:
    global _estimate
    _estimate = None


def _mean_run_seconds() -> int:
    """Mean wall time of the last 20 real runs; a fixed guess before there are any."""
    rows = (
        Job.objects.filter(status=Job.Status.SUCCESS, from_cache=False, started_at__isnull=False)
        .exclude(from_step__in=[Job.FromStep.EXTRACTING_PLACES, Job.FromStep.GEOCODING])
        .order_by("-finished_at")
        .values_list("started_at", "finished_at")[:20]
    )
    durations = [(end - start).total_seconds() for start, end in rows if end and start]
    if not durations:
        return DEFAULT_ESTIMATE_S
    return max(1, round(sum(durations) / len(durations)))


def estimate_remaining(job: Job, *, per_run: int | None = None) -> int | None:
    if job.is_finished:
        return None
    per_run = per_run if per_run is not None else estimate_run_seconds()
    return max(1, round(per_run * (100 - job.progress) / 100))


# --- queue glue --------------------------------------------------------------------------


def _enqueue_now(job_id) -> None:
    try:
        async_task(
            "jobs.tasks.run_job",
            str(job_id),
            hook="jobs.tasks.on_task_done",
            task_name=f"job-{job_id}",
            timeout=settings.PIND_JOB_TIMEOUT,
            **queue.batched(),
        )
    except Exception:  # broker unreachable: say so on the job instead of hanging
        logger.exception("could not enqueue job %s", job_id)
        Job.objects.filter(pk=job_id, status=Job.Status.PENDING).update(
            status=Job.Status.FAILURE,
            error_code="queue_unavailable",
            error_message="The job could not be queued. Try again in a moment.",
            finished_at=timezone.now(),
        )


def enqueue_on_commit(job: Job) -> None:
    """Hand the job to the queue once the row that describes it is committed."""
    transaction.on_commit(partial(_enqueue_now, job.pk))


# --- submit ------------------------------------------------------------------------------


def _active_job_ids(user_id: int) -> list[str]:
    return [
        str(pk)
        for pk in JobSubscriber.objects.filter(
            user_id=user_id, job__status__in=Job.ACTIVE
        ).values_list("job_id", flat=True)
    ]


def _check_active_cap(user_id: int) -> None:
    cap = settings.PIND_MAX_ACTIVE_JOBS_PER_USER
    if not cap:
        return
    active = _active_job_ids(user_id)
    if len(active) >= cap:
        raise ApiError(
            f"You already have {len(active)} jobs queued or running; wait for one to finish.",
            code="too_many_active_jobs",
            status_code=429,
            extra={"active_job_ids": active},
        )


def _subscribe(job: Job, user_id: int | None) -> None:
    if user_id is None:
        if job.owner_id is not None and not job.guest_readable:
            Job.objects.filter(pk=job.pk).update(guest_readable=True)
            job.guest_readable = True
        return
    JobSubscriber.objects.get_or_create(job=job, user_id=user_id)


def _answer_from_stored(youtube_id: str, user_id: int | None) -> Submission | None:
    """A processed video with no run in flight: answer from its rows, write at most the
    history touch. Two reads and no lock, so repeat submits stay cheap and grow no table."""
    video = video_by_youtube_id(youtube_id)
    if video is None or video.state != Video.State.PROCESSED:
        return None
    if Job.objects.filter(video=video, status__in=Job.ACTIVE).exists():
        return None  # a reprocess is running: join it like any other submit
    if user_id is not None:
        history_record(user_ids=[user_id], video=video)
    return Submission(video=video, job=None, mode="db")


def job_submit(*, youtube_id: str, user=None) -> Submission:
    """Answer from stored results, join the job in flight, or create and enqueue one."""
    user_id = user.pk if user is not None and user.is_authenticated else None
    stored = _answer_from_stored(youtube_id, user_id)
    if stored is not None:
        return stored
    for _ in range(5):
        with transaction.atomic():
            video = video_get_or_create(youtube_id=youtube_id)
            # Lock the job in flight so a finishing run cannot miss this subscriber.
            active = (
                Job.objects.select_for_update()
                .filter(video=video, status__in=Job.ACTIVE)
                .order_by()
                .first()
            )
            if active is not None:
                already = user_id is not None and (
                    active.owner_id == user_id
                    or JobSubscriber.objects.filter(job=active, user_id=user_id).exists()
                )
                if user_id is not None and not already:
                    _check_active_cap(user_id)
                _subscribe(active, user_id)
                return Submission(video=video, job=active, mode="queued")

            video.refresh_from_db(fields=["state"])
            if video.state == Video.State.PROCESSED:
                # Finished between the first read and the lock.
                if user_id is not None:
                    history_record(user_ids=[user_id], video=video)
                return Submission(video=video, job=None, mode="db")

            if user_id is not None:
                _check_active_cap(user_id)
            try:
                with transaction.atomic():
                    job = Job.objects.create(
                        owner_id=user_id, video=video, enqueued_at=timezone.now()
                    )
            except IntegrityError:
                # Another request created the job for this video a moment ago: join it.
                continue
            _subscribe(job, user_id)
            enqueue_on_commit(job)
            return Submission(video=video, job=job, mode="queued", created=True)
    raise ApiError("The video is busy; try again in a moment.", code="busy", status_code=409)


# --- run ---------------------------------------------------------------------------------


class _Heartbeat(threading.Thread):
    """Beats while the worker process lives, even inside one long step."""

    def __init__(self, job: Job, run_id):
        super().__init__(name=f"heartbeat-{job.pk}", daemon=True)
        self.job, self.run_id = job, run_id
        self.stopped = threading.Event()
        self.interval = max(0.5, min(30.0, settings.PIND_JOB_STALE_SECONDS / 4))

    def run(self) -> None:
        try:
            while not self.stopped.wait(self.interval):
                try:
                    if not self.job.beat(run_id=self.run_id):
                        return
                except Exception:  # a missed beat is retried; the reaper has slack
                    logger.warning("heartbeat for job %s failed", self.job.pk, exc_info=True)
                    close_old_connections()
        finally:
            connection.close()

    def stop(self) -> None:
        self.stopped.set()
        self.join(timeout=5)


def _video_failed(video_id: int) -> None:
    Video.objects.filter(pk=video_id).exclude(state=Video.State.PROCESSED).update(
        state=Video.State.FAILED
    )


def _signature(video_pk: int) -> tuple:
    """What a run could change: the video's texts and candidates, its places, its mentions."""
    video = Video.objects.filter(pk=video_pk).values("texts", "candidates", "title").first()
    mentions = tuple(
        Mention.objects.filter(video_id=video_pk)
        .order_by("place_id", "rank", "source", "start_s", "end_s", "text")
        .values_list(
            "place_id",
            "rank",
            "source",
            "start_s",
            "end_s",
            "text",
            "place__name",
            "place__lat",
            "place__lng",
            "place__address",
            "place__category",
        )
    )
    return (repr(video), mentions)


class _Run:
    """One claimed run of a job: its progress reports, its saving and its retries."""

    def __init__(self, job: Job):
        self.job, self.run_id = job, job.run_id
        # Only a video that was processed can come out the same; a new one always changes.
        processed = job.video.state == Video.State.PROCESSED
        self.before = _signature(job.video_id) if processed else None
        self.last = {"step": None, "percent": -1, "at": 0.0}

    def progress(self, step: str, percent: int) -> None:
        # Every step boundary is written (and checks for cancellation); progress inside
        # a step (frames read so far) at most twice a second.
        last, now = self.last, time.monotonic()
        if step == last["step"] and (percent == last["percent"] or now - last["at"] < 0.5):
            return
        last.update(step=step, percent=percent, at=now)
        if not self.job.report(run_id=self.run_id, step=step, progress=percent):
            raise JobStopped()

    def finish(self, video: Video) -> None:
        # Lock the job, so a submit joining it either commits its subscription first
        # (and gets history) or sees it finished.
        job = self.job
        Job.objects.select_for_update().filter(pk=job.pk).first()
        user_ids = list(JobSubscriber.objects.filter(job=job).values_list("user_id", flat=True))
        history_record(user_ids=user_ids, video=video)
        if not job.succeed(run_id=self.run_id):
            raise JobStopped()  # rolls the whole save back: a late run writes nothing

    def within(self, video: Video) -> None:
        # Inside the saving transaction.
        if self.before is not None and _signature(video.pk) == self.before:
            raise NothingNew()
        self.finish(video)

    def once(self) -> str:
        job = self.job
        try:
            run_from(job.video, job.from_step, progress=self.progress, within=self.within)
            return "success"
        except NothingNew:
            with transaction.atomic():
                self.finish(job.video)
            return "unchanged"

    def with_retries(self) -> str:
        """Run; an upstream failure that may pass is tried again after a backoff."""
        retries = settings.PIND_UPSTREAM_RETRIES
        for retry in range(retries + 1):
            try:
                return self.once()
            except PipelineError as exc:
                if not exc.retryable or retry == retries:
                    raise
                delay = retry_delay(retry + 1)
                logger.warning(
                    "job %s: %s (%s); retry %d of %d in %.1f s",
                    self.job.pk,
                    exc.code,
                    exc,
                    retry + 1,
                    retries,
                    delay,
                )
                percent = max(0, self.last["percent"])
                _wait_retrying(self.job, self.run_id, delay, percent=percent)
                self.last.update(step=None)
        raise AssertionError("unreachable")  # the loop returns or raises

    def fail(self, code: str) -> None:
        self.job.fail(code=code, message=failure_message(code), run_id=self.run_id)
        _video_failed(self.job.video_id)

    def ended(self, exc: Exception) -> str:
        """What a run that raised comes to: stopped, or failed with a stable code."""
        job = self.job
        if isinstance(exc, JobStopped):
            job.refresh_from_db()
            logger.info("job %s stopped: %s", job.pk, job.status)
            return f"stopped ({job.status})"
        if isinstance(exc, PipelineError):
            logger.warning("job %s failed: %s: %s", job.pk, exc.code, exc)
            self.fail(exc.code)
            return f"failed ({exc.code})"
        logger.error("job %s crashed", job.pk, exc_info=exc)
        self.fail("internal_error")
        return "failed (internal_error)"


def job_execute(job_id: str) -> str:
    """Run one job in this process (the qcluster task, or inline).

    Returns what happened, for the task's result: success | unchanged (a processed video
    came out the same; nothing was rewritten) | failed (code) | stopped (status) |
    skipped (status) | missing.
    """
    job = Job.objects.select_related("video").filter(pk=job_id).first()
    if job is None:
        return "missing"
    if not job.claim():
        return f"skipped ({job.status})"
    run = _Run(job)
    Video.objects.filter(pk=job.video_id).exclude(state=Video.State.PROCESSED).update(
        state=Video.State.PROCESSING
    )
    heartbeat = _Heartbeat(job, run.run_id)
    heartbeat.start()
    try:
        return run.with_retries()
    except TimeoutException:  # a SystemExit: django-q2 must still see it
        run.fail("timeout")
        raise
    except Exception as exc:
        return run.ended(exc)
    finally:
        heartbeat.stop()


# --- failing and retrying ------------------------------------------------------------------

# What a person reads when a job fails. Never the library's or the server's own text (it
# names paths and internals; it goes to the log): one plain sentence per stable code.
FAILURE_MESSAGES = {
    "video_unavailable": (
        "This video is not available: it may have been removed or made private, "
        "or the link is wrong."
    ),
    "private_video": "This video is private, so pind cannot read it.",
    "age_restricted": "This video is age-restricted, so pind cannot read it.",
    "invalid_video_id": "That is not a YouTube video id.",
    "video_too_long": "This video is longer than pind processes ({limit} minutes at most).",
    "live_not_supported": "Live streams and premieres can be processed once they have ended.",
    "bad_bundle": "This video's stored files are damaged; they have to be fetched again.",
    "blocked_by_youtube": ("YouTube is limiting requests from this server. Try again in a while."),
    "youtube_unreachable": "pind could not reach YouTube. Try again in a while.",
    "youtube_error": "YouTube did not answer as expected. Try again in a while.",
    "misconfigured": "pind is not set up to process videos right now.",
    "timeout": "Processing took longer than the time limit.",
    "internal_error": "Something went wrong while processing this video.",
}
# Failures that trying again cannot mend: no "Try again" is offered for them.
PERMANENT_FAILURES = frozenset(
    {
        "video_unavailable",
        "private_video",
        "age_restricted",
        "invalid_video_id",
        "video_too_long",
        "bad_bundle",
    }
)


def failure_message(code: str) -> str:
    message = FAILURE_MESSAGES.get(code, FAILURE_MESSAGES["internal_error"])
    return message.format(limit=settings.PIND_MAX_VIDEO_SECONDS // 60)


def job_can_retry(job: Job) -> bool:
    """Whether to offer a person "Try again": not for a failure that another run cannot
    mend. (`job_retry` still runs any failed job: an operator may have fixed the cause.)"""
    if job.status == Job.Status.REVOKED:
        return True
    return job.status == Job.Status.FAILURE and job.error_code not in PERMANENT_FAILURES


def retry_delay(retry: int) -> float:
    """Exponential backoff, capped, with jitter: half the step fixed, half random, so
    workers that failed together do not all come back together."""
    step = min(settings.PIND_RETRY_MAX_SECONDS, settings.PIND_RETRY_BASE_SECONDS * 2 ** (retry - 1))
    return step / 2 + random.uniform(0, step / 2)


def _wait_retrying(job: Job, run_id, delay: float, *, percent: int) -> None:
    """Show `retrying` as the step and wait, stopping at once if the job is cancelled."""
    deadline = time.monotonic() + delay
    while True:
        if not job.report(run_id=run_id, step="retrying", progress=percent):
            raise JobStopped()
        left = deadline - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(1.0, left))


def job_task_failed(*, job_id: str, message: str, stopped_at) -> None:
    """django-q2 says the task failed (timeout, crash outside our code)."""
    job = Job.objects.filter(pk=job_id).first()
    if job is None or job.is_finished:
        return
    code = "timeout" if "TimeoutException" in message or "timed out" in message else "task_failed"
    # Only a run that started before the task stopped: never a later, requeued run.
    started_before = Q(started_at__isnull=True)
    if stopped_at is not None:
        started_before |= Q(started_at__lte=stopped_at)
    if job.fail(code=code, message="The worker could not finish the job", match=started_before):
        _video_failed(job.video_id)


# --- cancel, retry, reap -----------------------------------------------------------------


def job_cancel(*, job: Job) -> Job:
    if not job.cancel():
        job.refresh_from_db()
        raise ApiError(
            f"Job is already finished ({job.status}).", code="job_finished", status_code=409
        )
    return job


def job_retry(*, job: Job) -> Job:
    """Re-enqueue a failed or cancelled job (a fresh run, attempts reset)."""
    try:
        with transaction.atomic():
            ok = job.requeue(
                from_statuses=[Job.Status.FAILURE, Job.Status.REVOKED], reset_attempts=True
            )
            if ok:
                enqueue_on_commit(job)
    except IntegrityError:
        active = Job.objects.filter(video_id=job.video_id, status__in=Job.ACTIVE).first()
        raise ApiError(
            "Another job for this video is already queued or running.",
            code="job_active",
            status_code=409,
            extra={"active_job_id": str(active.pk) if active else None},
        ) from None
    if not ok:
        job.refresh_from_db()
        raise ApiError(
            f"Only failed or cancelled jobs can be retried (this one is {job.status}).",
            code="not_retryable",
            status_code=409,
        )
    return job


def reap_stale_jobs(*, job_ids: list | None = None) -> dict[str, list[str]]:
    """Jobs whose worker stopped beating: requeue (attempts left) or fail with worker_lost.
    Queued jobs whose task may never have reached the queue: send again (`requeued` too)."""
    now = timezone.now()
    cutoff = now - timedelta(seconds=settings.PIND_JOB_STALE_SECONDS)
    stale = Job.objects.filter(status=Job.Status.PROGRESS, heartbeat_at__lt=cutoff)
    if job_ids is not None:
        stale = stale.filter(pk__in=job_ids)
    with queue.batch():  # every task sent below goes in one INSERT
        requeued, lost = _requeue_stale(stale, cutoff)
        resent = _resend_lost_pending(now, job_ids=job_ids)
    if requeued or resent or lost:
        logger.warning("reaper: requeued %s, sent again %s, worker_lost %s", requeued, resent, lost)
    return {"requeued": requeued + resent, "lost": lost}


def _requeue_stale(stale, cutoff) -> tuple[list[str], list[str]]:
    requeued, lost = [], []
    for job in stale.order_by("heartbeat_at")[:100]:
        still_stale = {"run_id": job.run_id, "heartbeat_at__lt": cutoff}
        if job.attempts >= settings.PIND_JOB_MAX_ATTEMPTS:
            if job.fail(
                code="worker_lost",
                message=f"The worker stopped responding ({job.attempts} attempts)",
                match=Q(**still_stale),
            ):
                _video_failed(job.video_id)
                lost.append(str(job.pk))
        else:
            with transaction.atomic():
                if job.requeue(from_statuses=[Job.Status.PROGRESS], **still_stale):
                    enqueue_on_commit(job)
                    requeued.append(str(job.pk))
    return requeued, lost


def _resend_lost_pending(now, *, job_ids: list | None = None) -> list[str]:
    """A process that died between a Job's commit and its on_commit enqueue leaves the job
    PENDING with no task, and its video blocked by single flight. Send every job queued
    longer than PIND_JOB_PENDING_STALE_SECONDS again, at most once per that period (its
    `enqueued_at` moves on). A job that was only waiting in a long queue gets a second
    task, which is harmless: whichever task comes second finds it claimed and skips it."""
    cutoff = now - timedelta(seconds=settings.PIND_JOB_PENDING_STALE_SECONDS)
    pending = Job.objects.filter(status=Job.Status.PENDING).filter(
        Q(enqueued_at__lt=cutoff) | Q(enqueued_at__isnull=True, created_at__lt=cutoff)
    )
    if job_ids is not None:
        pending = pending.filter(pk__in=job_ids)
    resent = []
    for job in pending.order_by("created_at")[:100]:
        with transaction.atomic():
            if job.resend():
                enqueue_on_commit(job)
                resent.append(str(job.pk))
    return resent


def prune_task_records(*, keep: int | None = None) -> int:
    """Delete django-q2's successful task records beyond the newest `keep` (one query; the
    cluster saves with save_limit 0, which never prunes on its own). Failures stay."""
    from django_q.models import Success

    keep = settings.PIND_TASKS_KEPT if keep is None else keep
    newest = Success.objects.order_by("-stopped").values("pk")[:keep]
    deleted, _ = Success.objects.exclude(pk__in=newest).delete()
    return deleted
