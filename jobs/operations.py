"""Operators' work on jobs and videos: reprocess (all of it, or from a later step) and prune.

A reprocess is a Job like any other (visible in the admin, cancellable), run by a
qcluster worker or inline. It may start at `extracting_places` or `geocoding` from the
texts and candidates kept on the Video row. A reprocess that finds nothing new rolls
its writes back, so the rows and their ids stay exactly as they were.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django_q.models import Task
from django_q.tasks import async_task

from jobs.models import Job
from pind.texts import TimedText, VideoTexts
from places.models import Mention
from places.services import video_places_replace
from places.types import Evidence, PlaceCandidate, ResolvedPlace
from videos.models import Video
from videos.pipeline.run import find_places, run_video
from videos.pipeline.types import PipelineError

logger = logging.getLogger(__name__)

# Steps a reprocess can start from; earlier steps always rerun from the source.
FROM_STEPS = ("fetching_metadata", "extracting_places", "geocoding")


class _Stopped(Exception):
    """The Job row no longer belongs to this run (cancelled, reaped)."""


class _NothingNew(Exception):
    """Raised inside the saving transaction to roll an identical result back."""


@dataclass(frozen=True)
class ReprocessOutcome:
    video: Video
    job: Job | None
    result: str  # queued | changed | unchanged | failed | busy | no_texts | stopped


# --- texts and candidates kept on the Video row -------------------------------------------


def video_texts(video: Video) -> VideoTexts:
    """The VideoTexts the media steps produced, rebuilt from the row."""
    texts = video.texts or {}

    def timed(items, source: str) -> tuple[TimedText, ...]:
        return tuple(TimedText.from_dict(d, source=d.get("source") or source) for d in items or [])

    return VideoTexts(
        video_id=video.youtube_id,
        title=video.title,
        description=video.description,
        channel=video.channel,
        language=video.language,
        tags=tuple(video.tags or ()),
        chapters=timed(video.chapters, "chapter"),
        transcript=timed((texts.get("transcript") or {}).get("segments"), "transcript"),
        ocr=timed((texts.get("ocr") or {}).get("lines"), "ocr"),
        asr=timed((texts.get("asr") or {}).get("segments"), "asr"),
        duration_s=video.duration_s,
    )


def video_candidates(video: Video) -> list[PlaceCandidate]:
    return [
        PlaceCandidate(
            name=c["name"],
            category=c.get("category", ""),
            address_hint=c.get("address_hint", ""),
            aliases=tuple(c.get("aliases") or ()),
            confidence=c.get("confidence", 0.0),
            mentions=tuple(
                Evidence(
                    source=m.get("source", ""),
                    text=m.get("text", ""),
                    start_s=m.get("start_s"),
                    end_s=m.get("end_s"),
                )
                for m in c.get("mentions") or []
            ),
        )
        for c in video.candidates or []
    ]


def _candidates_json(candidates: list[PlaceCandidate]) -> list[dict]:
    return [
        {
            "name": c.name,
            "category": c.category,
            "address_hint": c.address_hint,
            "aliases": list(c.aliases),
            "confidence": c.confidence,
            "mentions": [m.to_dict() for m in c.mentions],
        }
        for c in candidates
    ]


def _signature(video_pk: int) -> tuple:
    """What a reprocess could change: the video's texts and candidates, its places, its mentions."""
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


def _save_places(
    video: Video, candidates: list[PlaceCandidate], places: list[ResolvedPlace], within
) -> None:
    with transaction.atomic():
        video = Video.objects.select_for_update().get(pk=video.pk)
        video.candidates = _candidates_json(candidates)
        video.state = Video.State.PROCESSED
        video.processed_at = timezone.now()
        video.pipeline_version = settings.PIND_PIPELINE_VERSION
        video.save(
            update_fields=["candidates", "state", "processed_at", "pipeline_version", "updated_at"]
        )
        video_places_replace(video=video, places=places)
        within(video)


def _run_steps(video: Video, from_step: str | None, *, progress, within) -> None:
    if from_step in (None, "fetching_metadata"):
        run_video(video.youtube_id, progress=progress, within=within)
        return
    texts = video_texts(video)
    if from_step == "extracting_places":
        candidates, places = find_places(texts, progress=progress)
    else:
        from places.geocoding import geocode_places

        candidates = video_candidates(video)
        progress("geocoding", 90)
        places = geocode_places(candidates, texts=texts)
    progress("saving", 96)
    _save_places(video, candidates, places, within)


# --- the task ---------------------------------------------------------------------------


def reprocess_execute(job_id: str, from_step: str | None = None) -> str:
    """Run one reprocess job in this process (the qcluster task, or `--sync`)."""
    job = Job.objects.select_related("video").filter(pk=job_id).first()
    if job is None:
        return "missing"
    if not job.claim():
        return "stopped"
    run_id = job.run_id
    before = _signature(job.video_id)

    def progress(step: str, percent: int) -> None:
        if not job.report(run_id=run_id, step=step, progress=percent):
            raise _Stopped()

    def within(video: Video) -> None:
        Job.objects.select_for_update().filter(pk=job.pk).first()
        if _signature(video.pk) == before:
            raise _NothingNew()
        if not job.succeed(run_id=run_id):
            raise _Stopped()

    try:
        _run_steps(job.video, from_step, progress=progress, within=within)
    except _NothingNew:
        job.succeed(run_id=run_id)
        return "unchanged"
    except _Stopped:
        return "stopped"
    except PipelineError as exc:
        job.fail(code=exc.code, message=str(exc), run_id=run_id)
        return "failed"
    except Exception as exc:
        logger.exception("reprocess job %s crashed", job.pk)
        job.fail(
            code="internal_error",
            message=f"Reprocessing failed ({exc.__class__.__name__})",
            run_id=run_id,
        )
        return "failed"
    return "changed"


def _enqueue(job_id, from_step: str | None) -> None:
    try:
        async_task(
            "jobs.operations.reprocess_execute",
            str(job_id),
            from_step,
            hook="jobs.tasks.on_task_done",
            task_name=f"reprocess-{job_id}",
            timeout=settings.PIND_JOB_TIMEOUT,
        )
    except Exception as exc:
        logger.exception("could not enqueue reprocess job %s", job_id)
        Job.objects.filter(pk=job_id, status=Job.Status.PENDING).update(
            status=Job.Status.FAILURE,
            error_code="queue_unavailable",
            error_message=f"Could not queue the job: {exc.__class__.__name__}",
            finished_at=timezone.now(),
        )


def video_reprocess(
    *, video: Video, from_step: str | None = None, sync: bool = False, owner=None
) -> ReprocessOutcome:
    """Queue (or, with `sync`, run here) a reprocess of one video."""
    if from_step is not None and from_step not in FROM_STEPS:
        raise ValueError(f"cannot start from {from_step!r}; choose one of {', '.join(FROM_STEPS)}")
    if from_step in ("extracting_places", "geocoding") and video.state != Video.State.PROCESSED:
        return ReprocessOutcome(video=video, job=None, result="no_texts")
    try:
        with transaction.atomic():
            job = Job.objects.create(owner=owner, video=video, enqueued_at=timezone.now())
            if not sync:
                transaction.on_commit(lambda: _enqueue(job.pk, from_step))
    except IntegrityError:
        # One job per video at a time: the one in flight already does the work.
        active = Job.objects.filter(video=video, status__in=Job.ACTIVE).first()
        return ReprocessOutcome(video=video, job=active, result="busy")
    if not sync:
        return ReprocessOutcome(video=video, job=job, result="queued")
    result = reprocess_execute(str(job.pk), from_step)
    job.refresh_from_db()
    return ReprocessOutcome(video=video, job=job, result=result)


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
