"""Reads for jobs: who may see which job, and the bodies the API answers with."""

from __future__ import annotations

import uuid

from django.db.models import Exists, OuterRef, Q

from jobs.models import Job, JobSubscriber
from videos.selectors import places_of, video_dict


def job_for_reader(job_id, user) -> Job | None:
    """The job if this caller may read it, else None (unknown and foreign look the same).

    Guest jobs (and jobs a guest joined) are readable by whoever holds the id; a user's
    job by that user and by every user who submitted the same video while it ran.
    """
    try:
        pk = uuid.UUID(str(job_id))
    except ValueError:
        return None
    job = Job.objects.select_related("video").filter(pk=pk).first()
    if job is None:
        return None
    if job.owner_id is None or job.guest_readable:
        return job
    if user is None or not user.is_authenticated:
        return None
    if job.owner_id == user.pk or JobSubscriber.objects.filter(job=job, user=user).exists():
        return job
    return None


def jobs_of(user):
    """The user's jobs (submitted or joined), newest first."""
    subscribed = JobSubscriber.objects.filter(job=OuterRef("pk"), user=user)
    return (
        Job.objects.filter(Q(owner=user) | Exists(subscribed))
        .select_related("video")
        .order_by("-created_at", "-pk")
    )


def _none_if_blank(value: str) -> str | None:
    return value or None


def status_body(job: Job, *, per_run: int | None = None) -> dict:
    from jobs.services import estimate_remaining

    return {
        "job_id": str(job.pk),
        "status": job.status,
        "progress": job.progress,
        "current_step": _none_if_blank(job.step),
        "estimated_remaining": estimate_remaining(job, per_run=per_run),
        "error_code": _none_if_blank(job.error_code),
        "error_message": _none_if_blank(job.error_message),
        "video_id": job.video.youtube_id,
        "attempts": job.attempts,
        "created_at": job.created_at,
        "started_at": job.started_at,
        "finished_at": job.finished_at,
    }


def result_body(job: Job) -> dict:
    video = job.video
    processing_time = None
    if job.started_at and job.finished_at:
        processing_time = round((job.finished_at - job.started_at).total_seconds(), 3)
    succeeded = job.status == Job.Status.SUCCESS
    return {
        "job_id": str(job.pk),
        "status": job.status,
        "video_title": video.title,
        "video_thumbnail": video.thumbnail,
        "video": video_dict(video),
        "places": places_of(video) if succeeded else [],
        "processing_time": processing_time,
        "error_code": _none_if_blank(job.error_code),
        "error_message": _none_if_blank(job.error_message),
    }
