"""The Job row is the truth about work in progress; the queue only executes.

Every state change is a conditional `UPDATE … WHERE status = …` (and, for a running
job, `WHERE run_id = …`), so a late writer — a worker the reaper gave up on, a
cancelled run reaching its next step — can never resurrect or overwrite a job.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone


class Job(models.Model):
    class Status(models.TextChoices):
        # The words the seed's API used and its clients test for.
        PENDING = "PENDING", "Queued"
        PROGRESS = "PROGRESS", "Running"
        SUCCESS = "SUCCESS", "Succeeded"
        FAILURE = "FAILURE", "Failed"
        REVOKED = "REVOKED", "Cancelled"

    class FromStep(models.TextChoices):
        # Blank: the whole pipeline. A later step reuses the texts (and, for geocoding,
        # the candidates) kept on the Video row; see videos.pipeline.run.run_from.
        FETCHING_METADATA = "fetching_metadata", "From the start"
        EXTRACTING_PLACES = "extracting_places", "From place extraction"
        GEOCODING = "geocoding", "From geocoding"

    ACTIVE = (Status.PENDING, Status.PROGRESS)
    FINISHED = (Status.SUCCESS, Status.FAILURE, Status.REVOKED)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="jobs",
    )
    video = models.ForeignKey("videos.Video", on_delete=models.CASCADE, related_name="jobs")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    step = models.CharField(max_length=32, blank=True)
    # Where the run starts (operators' reprocess); blank = the whole pipeline.
    from_step = models.CharField(max_length=32, choices=FromStep.choices, blank=True)
    progress = models.PositiveSmallIntegerField(default=0)
    error_code = models.CharField(max_length=64, blank=True)
    error_message = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    # Set when a worker claims the job; every write from that worker is conditional on it.
    run_id = models.UUIDField(null=True, blank=True, editable=False)
    # Answered from stored results, no pipeline run ("mode: db").
    from_cache = models.BooleanField(default=False)
    # A guest joined this job: whoever holds its id may read it.
    guest_readable = models.BooleanField(default=False)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # Single flight: at most one queued-or-running job per video.
            models.UniqueConstraint(
                fields=["video"],
                condition=Q(status__in=["PENDING", "PROGRESS"]),
                name="jobs_one_active_job_per_video",
            ),
            models.CheckConstraint(condition=Q(progress__lte=100), name="jobs_progress_0_100"),
            models.CheckConstraint(
                condition=Q(status__in=["PENDING", "PROGRESS", "SUCCESS", "FAILURE", "REVOKED"]),
                name="jobs_status_known",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "heartbeat_at"]),
            models.Index(fields=["owner", "-created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.id} {self.status} {self.step}".strip()

    @property
    def is_finished(self) -> bool:
        return self.status in self.FINISHED

    @property
    def is_guest(self) -> bool:
        return self.owner_id is None

    def _write(self, condition: Q, **changes) -> bool:
        """UPDATE this row only if `condition` still holds; refresh the instance on success."""
        changes.setdefault("updated_at", timezone.now())
        done = type(self).objects.filter(Q(pk=self.pk) & condition).update(**changes) == 1
        if done:
            self.refresh_from_db()
        return done

    # --- transitions -------------------------------------------------------------------

    @staticmethod
    def _no_run_left(*, progress: int) -> dict:
        """The columns a finished or requeued run leaves clear: no step, no error."""
        return {"step": "", "progress": progress, "error_code": "", "error_message": ""}

    def claim(self) -> bool:
        """PENDING → PROGRESS for one worker; False if someone else got it or it was cancelled."""
        now = timezone.now()
        return self._write(
            Q(status=self.Status.PENDING),
            status=self.Status.PROGRESS,
            run_id=uuid.uuid4(),
            attempts=F("attempts") + 1,
            started_at=now,
            heartbeat_at=now,
            step="",
            progress=0,
        )

    def report(self, *, run_id, step: str, progress: int) -> bool:
        """Step/progress/heartbeat from the worker holding `run_id`. False: stop working."""
        progress = max(0, min(100, int(progress)))
        updated = (
            type(self)
            .objects.filter(pk=self.pk, status=self.Status.PROGRESS, run_id=run_id)
            .update(
                step=step,
                progress=progress,
                heartbeat_at=timezone.now(),
                updated_at=timezone.now(),
            )
        )
        return updated == 1

    def beat(self, *, run_id) -> bool:
        updated = (
            type(self)
            .objects.filter(pk=self.pk, status=self.Status.PROGRESS, run_id=run_id)
            .update(heartbeat_at=timezone.now())
        )
        return updated == 1

    def succeed(self, *, run_id) -> bool:
        now = timezone.now()
        return self._write(
            Q(status=self.Status.PROGRESS, run_id=run_id),
            status=self.Status.SUCCESS,
            **self._no_run_left(progress=100),
            heartbeat_at=now,
            finished_at=now,
        )

    def fail(self, *, code: str, message: str, run_id=None, match: Q | None = None) -> bool:
        """Any active job → FAILURE. With `run_id`, only if that run still holds it."""
        condition = Q(status__in=self.ACTIVE)
        if run_id is not None:
            condition &= Q(run_id=run_id)
        if match is not None:
            condition &= match
        return self._write(
            condition,
            status=self.Status.FAILURE,
            error_code=code[:64],
            error_message=message[:2000],
            finished_at=timezone.now(),
        )

    def cancel(self) -> bool:
        """Any active job → REVOKED. A running worker notices at its next step boundary."""
        return self._write(
            Q(status__in=self.ACTIVE),
            status=self.Status.REVOKED,
            error_code="cancelled",
            error_message="Cancelled on request",
            finished_at=timezone.now(),
        )

    def resend(self) -> bool:
        """A PENDING job is sent to the queue again (its task may be lost). Conditional on
        the `enqueued_at` this instance read, so two reapers never both resend it."""
        return self._write(
            Q(status=self.Status.PENDING, enqueued_at=self.enqueued_at),
            enqueued_at=timezone.now(),
        )

    def requeue(self, *, from_statuses, reset_attempts: bool = False, **match) -> bool:
        """Back to PENDING (retry, or the reaper after a lost worker)."""
        changes = dict(
            status=self.Status.PENDING,
            run_id=None,
            **self._no_run_left(progress=0),
            started_at=None,
            finished_at=None,
            heartbeat_at=None,
            enqueued_at=timezone.now(),
        )
        if reset_attempts:
            changes["attempts"] = 0
        return self._write(Q(status__in=from_statuses, **match), **changes)


class JobSubscriber(models.Model):
    """A user who submitted the video while this job was queued or running.

    Everyone here may read the job and gets a history row when it succeeds.
    """

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="subscribers")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="job_subscriptions"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "user"], name="jobs_subscriber_job_user"),
        ]
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} ← {self.job_id}"
