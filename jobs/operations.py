"""Operators' work on jobs and videos: reprocess (all of it, or from a later step) and prune.

A reprocess is a Job like any other (visible in the admin, cancellable, requeued by the
reaper), run by `jobs.tasks.run_job` on a qcluster worker or by `job_execute` inline.
`Job.from_step` may start it at `extracting_places` or `geocoding` from the texts and
candidates kept on the Video row. A reprocess that finds nothing new rolls its writes
back, so the rows and their ids stay exactly as they were.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django_q.models import Task

from jobs.models import Job
from jobs.services import enqueue_on_commit, job_execute
from videos.models import Video

logger = logging.getLogger(__name__)

# Steps a reprocess can start from; earlier steps always rerun from the source.
FROM_STEPS = tuple(Job.FromStep.values)
_NEEDS_TEXTS = (Job.FromStep.EXTRACTING_PLACES, Job.FromStep.GEOCODING)

# job_execute's answer (its first word) → what a reprocess reports.
_RESULTS = {"success": "changed", "unchanged": "unchanged", "failed": "failed"}


@dataclass(frozen=True)
class ReprocessOutcome:
    video: Video
    job: Job | None
    result: str  # queued | changed | unchanged | failed | busy | no_texts | stopped


def video_reprocess(
    *, video: Video, from_step: str | None = None, sync: bool = False, owner=None
) -> ReprocessOutcome:
    """Queue (or, with `sync`, run here) a reprocess of one video, as a Job like any other."""
    if from_step is not None and from_step not in FROM_STEPS:
        raise ValueError(f"cannot start from {from_step!r}; choose one of {', '.join(FROM_STEPS)}")
    if from_step in _NEEDS_TEXTS and video.state != Video.State.PROCESSED:
        return ReprocessOutcome(video=video, job=None, result="no_texts")
    try:
        with transaction.atomic():
            job = Job.objects.create(
                owner=owner, video=video, from_step=from_step or "", enqueued_at=timezone.now()
            )
            if not sync:
                enqueue_on_commit(job)
    except IntegrityError:
        # One job per video at a time: the one in flight already does the work.
        active = Job.objects.filter(video=video, status__in=Job.ACTIVE).first()
        return ReprocessOutcome(video=video, job=active, result="busy")
    if not sync:
        return ReprocessOutcome(video=video, job=job, result="queued")
    answer = job_execute(str(job.pk))
    job.refresh_from_db()
    return ReprocessOutcome(video=video, job=job, result=_RESULTS.get(answer.split()[0], "stopped"))


# --- pruning ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PruneResult:
    jobs: int
    tasks: int


def jobs_prune(*, older_than: timedelta, dry_run: bool = False) -> PruneResult:
    """Delete jobs that finished before `older_than` ago, and django-q2's task records of
    the same age. Queued and running jobs always stay."""
    cutoff = timezone.now() - older_than
    jobs = Job.objects.filter(status__in=Job.FINISHED).filter(
        Q(finished_at__lt=cutoff) | Q(finished_at__isnull=True, created_at__lt=cutoff)
    )
    tasks = Task.objects.filter(stopped__lt=cutoff)
    if dry_run:
        return PruneResult(jobs=jobs.count(), tasks=tasks.count())
    with transaction.atomic():
        job_count = jobs.count()
        jobs.delete()  # subscribers go with their job
        task_count, _ = tasks.delete()
    return PruneResult(jobs=job_count, tasks=task_count)
