"""Reads for jobs: who may see which job, and the rows the API renders.

A job's status and result are readable by whoever holds its id (a random UUID; the data
is about public videos, and the older extension polls without a token). Listing, cancel
and retry are for the users who submitted it (its owner, and those who joined it).
The old server answered processed videos with `cached_<videoId>` ids; those still read
as a finished job.
"""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection
from django.db.models import Exists, OuterRef, Q

from jobs.models import Job, JobSubscriber
from videos.models import Video
from videos.selectors import VIDEO_TEXT_FIELDS, places_of, video_by_youtube_id
from videos.youtube import VIDEO_ID

CACHED_PREFIX = "cached_"


@dataclass
class CachedJob:
    """A processed video answered from stored results: a finished job with no row."""

    video: Video
    status: str = Job.Status.SUCCESS
    progress: int = 100
    step: str = ""
    error_code: str = ""
    error_message: str = ""
    attempts: int = 0
    started_at: datetime | None = None
    places: list = field(default_factory=list)
    processing_time: float | None = None
    is_finished: bool = True

    @property
    def pk(self) -> str:
        return cached_job_id(self.video.youtube_id)

    @property
    def created_at(self) -> datetime | None:
        return self.video.processed_at

    @property
    def finished_at(self) -> datetime | None:
        return self.video.processed_at


def cached_job_id(youtube_id: str) -> str:
    return f"{CACHED_PREFIX}{youtube_id}"


def cached_job(job_id: str) -> CachedJob | None:
    """`cached_<videoId>` for a processed video, else None."""
    youtube_id = job_id[len(CACHED_PREFIX) :]
    if not job_id.startswith(CACHED_PREFIX) or not VIDEO_ID.fullmatch(youtube_id):
        return None
    video = video_by_youtube_id(youtube_id)
    if video is None or video.state != Video.State.PROCESSED:
        return None
    return CachedJob(video=video)


def _jobs_with_video():
    return Job.objects.select_related("video").defer(*(f"video__{f}" for f in VIDEO_TEXT_FIELDS))


def _uuid(job_id) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(job_id))
    except ValueError:
        return None


def job_by_id(job_id: str) -> Job | CachedJob | None:
    """The job for whoever holds its id; a `cached_` id reads as a finished job."""
    pk = _uuid(job_id)
    if pk is None:
        return cached_job(str(job_id))
    return _jobs_with_video().filter(pk=pk).first()


JOB_LIST_FIELDS = (
    "id",
    "video_id",
    "status",
    "step",
    "progress",
    "error_code",
    "error_message",
    "attempts",
    "created_at",
    "started_at",
    "finished_at",
)


def job_status_by_id(job_id: str) -> Job | CachedJob | None:
    """`job_by_id` reading only what the status shows (and the heartbeat the view checks):
    the path clients poll every second, so it joins the video for its YouTube id alone."""
    pk = _uuid(job_id)
    if pk is None:
        return cached_job(str(job_id))
    if connection.vendor != "postgresql":  # the SQLite of a dev checkout: the ORM's read
        columns = (*STATUS_COLUMNS, "video__youtube_id")
        return Job.objects.select_related("video").only(*columns).filter(pk=pk).first()
    with connection.cursor() as cursor:
        cursor.execute(_status_sql(), [pk])
        row = cursor.fetchone()
    if row is None:
        return None
    job = Job.from_db(connection.alias, STATUS_COLUMNS, row[:-1])
    job.video = Video.from_db(connection.alias, ("id", "youtube_id"), (job.video_id, row[-1]))
    return job


# What the status shows, and the heartbeat the view checks (stale jobs are reaped), in the
# model's column order (what `Model.from_db` expects).
STATUS_COLUMNS = tuple(
    f.attname for f in Job._meta.concrete_fields if f.attname in {*JOB_LIST_FIELDS, "heartbeat_at"}
)
_SENTINEL = uuid.UUID(int=0)


@functools.cache
def _status_sql() -> str:
    """The status query as the ORM writes it for PostgreSQL (which returns these columns
    as Python values, with no converter), compiled once: building the SQL of even a one-row
    read costs the ORM more than PostgreSQL takes to answer it, on every poll."""
    # No ORDER BY (the model's ordering): one row by its primary key.
    query = (
        Job.objects.filter(pk=_SENTINEL)
        .order_by()
        .values_list(*STATUS_COLUMNS, "video__youtube_id")
    )
    sql, params = query.query.sql_with_params()
    if list(params) != [_SENTINEL]:  # the one parameter is the job's id
        raise AssertionError(f"unexpected status query parameters {params!r}")
    return sql


def job_of_submitter(job_id, user) -> Job | None:
    """The job if this user submitted it (owner, or joined it while it ran), else None."""
    pk = _uuid(job_id)
    if pk is None or user is None or not user.is_authenticated:
        return None
    joined = JobSubscriber.objects.filter(job=OuterRef("pk"), user=user)
    return _jobs_with_video().filter(Q(owner=user) | Exists(joined), pk=pk).first()


def job_for_reader(job_id, user) -> Job | None:
    """The job if this caller may follow it on the pages, else None (unknown and foreign
    look the same). Guest jobs (and jobs a guest joined) are readable by whoever holds the
    id; a user's job by that user and by every user who submitted the same video."""
    pk = _uuid(job_id)
    if pk is None:
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
        .only(*JOB_LIST_FIELDS, "video__youtube_id", "video__title")
        .order_by("-created_at", "-pk")
    )


def with_result(job: Job | CachedJob) -> Job | CachedJob:
    """The job with `places` (when it succeeded) and `processing_time` for the result."""
    succeeded = job.status == Job.Status.SUCCESS
    job.places = places_of(job.video) if succeeded else []
    if isinstance(job, Job):
        job.processing_time = None
        if job.started_at and job.finished_at:
            seconds = (job.finished_at - job.started_at).total_seconds()
            job.processing_time = round(seconds, 3)
    return job
