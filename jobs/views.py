"""Submit a video, follow its job. Thin: validate, call a service or selector, shape."""

from __future__ import annotations

import re
import time
from datetime import timedelta

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from jobs import selectors, services, status_cache
from jobs.models import Job
from jobs.serializers import (
    JobResultOutSerializer,
    JobStatusOutSerializer,
    ProcessInSerializer,
    ProcessOutSerializer,
    ProcessQueryIn,
    job_status_body,
)
from jobs.throttles import SubmitGuestThrottle, SubmitUserThrottle
from pind.errors import ApiError, api_exception_handler, found_or_404
from pind.paging import page_of
from videos.selectors import video_by_youtube_id, video_with_places
from videos.views import PagedListView, page_schema

JOBS_PAGE_SIZE = 50
JSON = "application/json"
JSON_RENDERER = JSONRenderer()
WAIT_POLL_S = 0.25

_PREFER_WAIT = re.compile(r"(?:^|[,;\s])wait\s*=\s*\"?(\d+)\"?", re.IGNORECASE)
_PREFER_ASYNC = re.compile(r"(?:^|[,;\s])respond-async(?:$|[,;\s])", re.IGNORECASE)

ERROR_RESPONSES = {
    400: OpenApiResponse(description="Invalid input (JSON error body)"),
    429: OpenApiResponse(description="Throttled, or too many active jobs"),
}
NOT_FOUND = {404: OpenApiResponse(description="Unknown job, or not yours")}


PROCESS_SCHEMA = dict(
    summary="Process a YouTube video",
    description=(
        "200 `mode: db` at once when the video was processed before (`job_id` is "
        "`cached_<videoId>`). Otherwise a job is created (or the one already in flight for "
        "that video joined) and, by default, the request waits for it "
        "(`PIND_PROCESS_WAIT_SECONDS`, capped by `PIND_PROCESS_WAIT_MAX_SECONDS`): 200 "
        "`mode: new` with the places if it finishes in time, else 202 `mode: queued` with "
        "the job id to poll. `Prefer: wait=N` (RFC 7240) or `?wait=N` sets the wait; "
        "`Prefer: respond-async` or `?wait=0` asks for the 202 at once."
    ),
    parameters=[
        ProcessQueryIn,
        OpenApiParameter(
            "Prefer",
            OpenApiTypes.STR,
            OpenApiParameter.HEADER,
            required=False,
            description="`respond-async` or `wait=N` (RFC 7240)",
        ),
    ],
    # JSON is what the clients send (a form with `url` is read too).
    request={"application/json": ProcessInSerializer},
    responses={200: ProcessOutSerializer, 202: ProcessOutSerializer, **ERROR_RESPONSES},
    tags=["jobs"],
)


def requested_wait(request) -> float:
    """Seconds to wait for the result: `?wait=N`, else `Prefer: wait=N`, else none for
    `Prefer: respond-async`, else the default. Never more than the cap."""
    raw = request.query_params.get("wait")
    if raw is not None:
        try:
            wait = float(raw)
        except ValueError:
            wait = -1
        if not (0 <= wait < 1e6):
            raise ApiError("wait must be a number of seconds", code="invalid_wait")
    else:
        prefer = request.headers.get("Prefer", "")
        match = _PREFER_WAIT.search(prefer)
        # An unreadable preference is ignored, as RFC 7240 asks.
        if match:
            wait = float(match.group(1))
        elif _PREFER_ASYNC.search(prefer):
            wait = 0.0
        else:
            wait = settings.PIND_PROCESS_WAIT_SECONDS
    return max(0.0, min(wait, float(settings.PIND_PROCESS_WAIT_MAX_SECONDS)))


def wait_for_finish(job: Job, seconds: float) -> Job:
    """Poll the Job row outside any transaction until it finishes or time runs out.

    Each read is its own autocommit statement, so no transaction (and no connection
    idle in one) is held while the client waits. The web server serves each request on
    its own thread (gunicorn gthread, see gunicorn.conf.py), so a wait holds one thread.
    """
    deadline = time.monotonic() + seconds
    while True:
        job.refresh_from_db(fields=["status", "step", "progress", "error_code", "error_message"])
        left = deadline - time.monotonic()
        if job.is_finished or left <= 0:
            return job
        time.sleep(min(WAIT_POLL_S, left))


def url_from(request) -> str:
    data = request.data
    if not hasattr(data, "get"):
        raise ApiError("Request body must be an object with a url", code="invalid")
    serializer = ProcessInSerializer(data={"url": data.get("url")})
    if not serializer.is_valid():
        if data.get("url") is None:
            raise ApiError(
                "url is required",
                code="url_required",
                extra={"fields": {"url": ["This field is required."]}},
            )
        raise ApiError(
            "Invalid YouTube URL",
            code="invalid_url",
            extra={"fields": {"url": ["Invalid YouTube URL"]}},
        )
    return serializer.validated_data["url"]


def process_reply(*, video, job: Job | None, mode: str) -> tuple[dict, int]:
    """What `/process` answers, and its status code. `job` None: from stored results."""
    reply = {
        "job_id": str(job.pk) if job is not None else selectors.cached_job_id(video.youtube_id),
        "status": job.status if job is not None else Job.Status.SUCCESS,
        "mode": mode,
        "estimated_time": None,
        "video_id": video.youtube_id,
        "places": [],
    }
    if reply["status"] == Job.Status.SUCCESS:
        if job is not None:  # the run just wrote the video's title and places
            video = video_by_youtube_id(video.youtube_id)
        video = video_with_places(video)
        reply.update(video=video, places=video.places)
        code = 200
    elif mode == "queued" and not job.is_finished:
        reply["estimated_time"] = services.estimate_remaining(job)
        code = 202
    else:  # finished, but not with success (failed or cancelled while we waited)
        reply.update(error_code=job.error_code, error_message=job.error_message)
        code = 200
    reply.update(video_title=video.title, video_thumbnail=video.thumbnail)
    return ProcessOutSerializer(reply).data, code


class ProcessView(APIView):
    """POST a YouTube URL: stored places at once, or a job, waited for by default."""

    permission_classes = [AllowAny]
    throttle_classes = [SubmitUserThrottle, SubmitGuestThrottle]

    @extend_schema(**PROCESS_SCHEMA)
    def post(self, request):
        youtube_id = url_from(request)
        wait = requested_wait(request)
        user = request.user if request.user.is_authenticated else None
        submission = services.job_submit(youtube_id=youtube_id, user=user)
        job, mode = submission.job, submission.mode
        if job is not None and mode == "queued" and wait > 0:
            job = wait_for_finish(job, wait)
            if job.status == Job.Status.SUCCESS:
                mode = "new"
        body, code = process_reply(video=submission.video, job=job, mode=mode)
        return Response(body, status=code)


class GuestProcessView(ProcessView):
    """The same, for clients that never send a token (an expired one is ignored here)."""

    authentication_classes: list = []

    @extend_schema(**PROCESS_SCHEMA, operation_id="youtube_without_login_process")
    def post(self, request):
        return super().post(request)


def _reap_if_stale(job: Job | selectors.CachedJob) -> Job | selectors.CachedJob:
    # A client polling a job whose worker died should not wait for the scheduler.
    if not isinstance(job, Job) or job.status != Job.Status.PROGRESS:
        return job
    cutoff = timezone.now() - timedelta(seconds=settings.PIND_JOB_STALE_SECONDS)
    if job.heartbeat_at is None or job.heartbeat_at >= cutoff:
        return job
    if services.reap_stale_jobs(job_ids=[job.pk]) != {"requeued": [], "lost": []}:
        job.refresh_from_db()
    return job


def readable_job(job_id: str, *, status_only: bool = False) -> Job | selectors.CachedJob:
    """Any holder of the id may read the job (it is a random UUID about a public video).
    `status_only`: read just the columns the status shows."""
    read = selectors.job_status_by_id if status_only else selectors.job_by_id
    job = found_or_404(read(job_id), "Job not found.", code="job_not_found")
    return _reap_if_stale(job)


def submitted_job(request, job_id: str) -> Job:
    """Cancel and retry are for the users who submitted the job; others get the 404 an
    unknown id gets."""
    job = selectors.job_of_submitter(job_id, request.user)
    return found_or_404(job, "Job not found.", code="job_not_found")


@page_schema(
    summary="My jobs, newest first",
    description="A JSON array, 50 per page; more pages via `?page=` and the RFC 8288 "
    "`Link` header.",
    item=JobStatusOutSerializer,
    tag="jobs",
)
class JobListView(PagedListView):
    def rows(self, page: int) -> tuple[list, bool]:
        return page_of(selectors.jobs_of(self.request.user), page=page, size=JOBS_PAGE_SIZE)

    def render(self, rows: list) -> list:
        context = {"per_run": services.estimate_run_seconds()}
        return JobStatusOutSerializer(rows, many=True, context=context).data


class JobStatusView(APIView):
    """The path clients poll every second. Readable by whoever holds the id, so no token is
    read (a poll with an expired token is answered, not refused) and nothing is negotiated:
    at most one query for the job, rendered as JSON (`dispatch`)."""

    permission_classes = [AllowAny]
    authentication_classes: list = []
    ALLOW = "GET, HEAD, OPTIONS"

    def dispatch(self, request, *args, **kwargs):
        """GET answers without DRF's request wrapping, negotiation and response rendering
        (the other methods, and OPTIONS, go through DRF): the body is fixed JSON and no
        token is read, so those would do nothing but cost time on every poll. Errors are
        rendered by the API's exception handler, as DRF would."""
        if request.method != "GET":
            return super().dispatch(request, *args, **kwargs)
        self.args, self.kwargs, self.request, self.headers = args, kwargs, request, {}
        try:
            response = HttpResponse(_status_bytes(kwargs["job_id"]), content_type=JSON)
        except Exception as exc:  # what DRF's handle_exception would answer
            response = api_exception_handler(exc, {"view": self, "request": request})
            if response is None:
                raise
            response.accepted_renderer = JSON_RENDERER
            response.accepted_media_type = JSON
            response.renderer_context = {"view": self, "request": request}
            response.render()
        response["Allow"] = self.ALLOW  # as DRF's answers carry
        return response

    @extend_schema(
        summary="Where a job is",
        description="Readable by whoever holds the id, with or without a token.",
        responses={200: JobStatusOutSerializer, **NOT_FOUND},
        tags=["jobs"],
    )
    def get(self, request, job_id):  # the schema's view of GET (dispatch answers it)
        return Response(job_status_body(readable_job(job_id, status_only=True)))


# A succeeded job's status never changes (only failed or cancelled jobs are retried), so
# each web process keeps the rendered body of the succeeded jobs it was asked about, for
# FINISHED_TTL_S: a poll of one is answered with no query. The time bound covers what can
# still touch such a row (pruning, a video deleted, an edit in the admin). Other statuses
# are read every time. Bounded: emptied when it holds FINISHED_KEPT bodies.
FINISHED_TTL_S = 30.0
FINISHED_KEPT = 10_000
_finished: dict[str, tuple[float, bytes]] = {}


def _status_bytes(job_id: str) -> bytes:
    """The status body of `job_id`, rendered; kept when the job succeeded (above). Inside
    a transaction (whose reads may yet be rolled back) nothing is kept or read."""
    now = time.monotonic()
    kept = _finished.get(job_id)
    if kept is not None and kept[0] > now and not connection.in_atomic_block:
        return kept[1]
    job = _status_job(job_id)
    if isinstance(job, Job) and not job.is_finished:
        # A kept queued or running row (jobs.status_cache) renders the same body until the
        # run-time estimate behind `estimated_remaining` is read again.
        per_run = services.estimate_run_seconds()
        key = (per_run, job.status, job.step, job.progress, job.attempts)
        content = status_cache.body(job_id, key)
        if content is None:
            content = JSON_RENDERER.render(job_status_body(job, per_run=per_run))
            status_cache.keep_body(job_id, key, content)
        return content
    content = JSON_RENDERER.render(job_status_body(job))
    if isinstance(job, Job) and job.status == Job.Status.SUCCESS and not connection.in_atomic_block:
        if len(_finished) >= FINISHED_KEPT:
            _finished.clear()
        _finished[job_id] = (now + FINISHED_TTL_S, content)
    return content


def forget_finished() -> None:
    _finished.clear()


def _status_job(job_id: str) -> Job | selectors.CachedJob:
    """`readable_job(job_id, status_only=True)` without Django's per-request connection
    health check (`conn_health_checks`: a `SELECT 1` round trip before the first query of
    each request, half of a poll's database work). The status is one read-only query, so
    instead it is sent on the kept connection and, if that connection turns out dead (the
    database restarted, an idle connection cut), sent once more on a fresh one: the same
    guarantee, paid only on failure. Inside a transaction (tests) nothing changes."""
    if connection.in_atomic_block or connection.connection is None:
        return readable_job(job_id, status_only=True)
    kept = status_cache.get(job_id)
    if kept is not None:  # a queued or running job no notification has touched since
        return _reap_if_stale(kept)
    before = status_cache.mark()
    connection.health_check_done = True  # skip the SELECT 1; a dead link is retried below
    try:
        job = readable_job(job_id, status_only=True)
    except (OperationalError, InterfaceError):
        connection.close()  # the next query connects afresh
        job = readable_job(job_id, status_only=True)
    if isinstance(job, Job) and not job.is_finished:
        status_cache.put(job_id, job, before)
    return job


class JobResultView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="A finished job's result",
        description="200 when finished (a failed job says so); 202 with the status body "
        "while it is queued or running. Readable by whoever holds the id.",
        responses={200: JobResultOutSerializer, 202: JobStatusOutSerializer, **NOT_FOUND},
        tags=["jobs"],
    )
    def get(self, request, job_id):
        job = readable_job(job_id)
        if not job.is_finished:
            return Response(JobStatusOutSerializer(job).data, status=202)
        return Response(JobResultOutSerializer(selectors.with_result(job)).data)


def _submitter_action(*, summary: str, description: str, status: int, conflict: str):
    """The schema of a POST that the job's submitters make on it (cancel, retry)."""
    return extend_schema(
        summary=summary,
        description=description,
        request=None,
        responses={
            status: JobStatusOutSerializer,
            409: OpenApiResponse(description=conflict),
            **NOT_FOUND,
        },
        tags=["jobs"],
    )


class JobCancelView(APIView):
    permission_classes = [IsAuthenticated]

    @_submitter_action(
        summary="Cancel a job",
        description="Stops the job at its next step boundary; status becomes REVOKED. "
        "Only for the users who submitted it.",
        status=200,
        conflict="Already finished",
    )
    def post(self, request, job_id):
        job = services.job_cancel(job=submitted_job(request, job_id))
        return Response(JobStatusOutSerializer(job).data)


class JobRetryView(APIView):
    permission_classes = [IsAuthenticated]

    @_submitter_action(
        summary="Retry a failed or cancelled job",
        description="Only for the users who submitted it.",
        status=202,
        conflict="Not retryable, or another job is active",
    )
    def post(self, request, job_id):
        job = services.job_retry(job=submitted_job(request, job_id))
        job.refresh_from_db()
        return Response(JobStatusOutSerializer(job).data, status=202)
