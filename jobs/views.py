"""Submit a video, follow its job. Thin: validate, call a service or selector, shape."""

from __future__ import annotations

import re
import time

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from jobs import selectors, services
from jobs.models import Job
from jobs.serializers import (
    JobResultOutSerializer,
    JobStatusOutSerializer,
    ProcessInSerializer,
    ProcessOutSerializer,
)
from jobs.throttles import SubmitGuestThrottle, SubmitUserThrottle
from pind.errors import ApiError
from videos.selectors import places_of, video_dict
from videos.views import PAGE_PARAM, link_header, page_number

JOBS_PAGE_SIZE = 50
WAIT_POLL_S = 0.25

_PREFER_WAIT = re.compile(r"(?:^|[,;\s])wait\s*=\s*\"?(\d+)\"?", re.IGNORECASE)

ERROR_RESPONSES = {
    400: OpenApiResponse(description="Invalid input (JSON error body)"),
    429: OpenApiResponse(description="Throttled, or too many active jobs"),
}
NOT_FOUND = {404: OpenApiResponse(description="Unknown job, or not yours")}


PROCESS_SCHEMA = dict(
    summary="Process a YouTube video",
    description=(
        "200 `mode: db` when the video was processed before; 202 `mode: queued` with a "
        "job id otherwise (the job already in flight for that video, if any). "
        "`Prefer: wait=N` (RFC 7240) or `?wait=N` waits up to N seconds (capped) and "
        "answers 200 `mode: new` with the places if the job finishes in time."
    ),
    parameters=[
        OpenApiParameter("wait", OpenApiTypes.INT, OpenApiParameter.QUERY, required=False),
        OpenApiParameter("Prefer", OpenApiTypes.STR, OpenApiParameter.HEADER, required=False),
    ],
    request=ProcessInSerializer,
    responses={200: ProcessOutSerializer, 202: ProcessOutSerializer, **ERROR_RESPONSES},
    tags=["jobs"],
)


def requested_wait(request) -> float:
    """Seconds to wait for the result: `?wait=N`, else `Prefer: wait=N`, else the default."""
    raw = request.query_params.get("wait")
    if raw is not None:
        try:
            wait = float(raw)
        except ValueError:
            wait = -1
        if not (0 <= wait < 1e6):
            raise ApiError("wait must be a number of seconds", code="invalid_wait")
    else:
        match = _PREFER_WAIT.search(request.headers.get("Prefer", ""))
        # An unreadable preference is ignored, as RFC 7240 asks.
        wait = float(match.group(1)) if match else settings.PIND_PROCESS_WAIT_SECONDS
    return max(0.0, min(wait, float(settings.PIND_PROCESS_WAIT_MAX_SECONDS)))


def wait_for_finish(job: Job, seconds: float) -> Job:
    """Poll the Job row outside any transaction until it finishes or time runs out.

    Each read is its own autocommit statement, so no transaction (and no connection
    idle in one) is held while the client waits.
    """
    deadline = time.monotonic() + seconds
    while True:
        job.refresh_from_db(fields=["status", "step", "progress"])
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


class ProcessView(APIView):
    """POST a YouTube URL: stored places at once, or a job (optionally waited for)."""

    permission_classes = [AllowAny]
    throttle_classes = [SubmitUserThrottle, SubmitGuestThrottle]

    @extend_schema(**PROCESS_SCHEMA)
    def post(self, request):
        youtube_id = url_from(request)
        wait = requested_wait(request)
        user = request.user if request.user.is_authenticated else None
        submission = services.job_submit(youtube_id=youtube_id, user=user)
        job = submission.job
        mode = submission.mode
        if mode == "queued" and wait > 0:
            job = wait_for_finish(job, wait)
            if job.status == Job.Status.SUCCESS:
                mode = "new"
        return self.answer(job, mode)

    def answer(self, job: Job, mode: str) -> Response:
        video = job.video
        video.refresh_from_db()
        body = {
            "job_id": str(job.pk),
            "status": job.status,
            "mode": mode,
            "estimated_time": None,
            "video_id": video.youtube_id,
            "places": [],
        }
        if job.status == Job.Status.SUCCESS:
            body["video"] = video_dict(video)
            body["places"] = places_of(video)
            return Response(body, status=200)
        if mode == "queued" and not job.is_finished:
            body["estimated_time"] = services.estimate_remaining(job)
            return Response(body, status=202)
        # Finished but not with success (failed or cancelled while we waited).
        body["error_code"] = job.error_code or None
        body["error_message"] = job.error_message or None
        return Response(body, status=200)


class GuestProcessView(ProcessView):
    """The same, for clients that never send a token (an expired one is ignored here)."""

    authentication_classes: list = []

    @extend_schema(**PROCESS_SCHEMA, operation_id="youtube_without_login_process")
    def post(self, request):
        return super().post(request)


def readable_job(request, job_id) -> Job:
    job = selectors.job_for_reader(job_id, request.user)
    if job is None:
        raise ApiError("Job not found.", code="job_not_found", status_code=404)
    if job.status == Job.Status.PROGRESS:
        # A client polling a job whose worker died should not wait for the scheduler.
        if services.reap_stale_jobs(job_ids=[job.pk]) != {"requeued": [], "lost": []}:
            job.refresh_from_db()
    return job


class JobListView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="My jobs, newest first",
        parameters=[PAGE_PARAM],
        responses={200: JobStatusOutSerializer(many=True)},
        tags=["jobs"],
    )
    def get(self, request):
        page = page_number(request)
        start = (page - 1) * JOBS_PAGE_SIZE
        jobs = list(selectors.jobs_of(request.user)[start : start + JOBS_PAGE_SIZE + 1])
        has_next = len(jobs) > JOBS_PAGE_SIZE
        per_run = services.estimate_run_seconds()
        body = [selectors.status_body(j, per_run=per_run) for j in jobs[:JOBS_PAGE_SIZE]]
        response = Response(body)
        response["Link"] = link_header(request, page=page, has_next=has_next)
        return response


class JobStatusView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Where a job is",
        responses={200: JobStatusOutSerializer, **NOT_FOUND},
        tags=["jobs"],
    )
    def get(self, request, job_id):
        return Response(selectors.status_body(readable_job(request, job_id)))


class JobResultView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="A finished job's result",
        description="200 when finished (a failed job says so); 202 with the status body "
        "while it is queued or running.",
        responses={200: JobResultOutSerializer, 202: JobStatusOutSerializer, **NOT_FOUND},
        tags=["jobs"],
    )
    def get(self, request, job_id):
        job = readable_job(request, job_id)
        if not job.is_finished:
            return Response(selectors.status_body(job), status=202)
        return Response(selectors.result_body(job))


class JobCancelView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Cancel a job",
        description="Stops the job at its next step boundary; status becomes REVOKED.",
        request=None,
        responses={
            200: JobStatusOutSerializer,
            409: OpenApiResponse(description="Already finished"),
            **NOT_FOUND,
        },
        tags=["jobs"],
    )
    def post(self, request, job_id):
        job = services.job_cancel(job=readable_job(request, job_id))
        return Response(selectors.status_body(job))


class JobRetryView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Retry a failed or cancelled job",
        request=None,
        responses={
            202: JobStatusOutSerializer,
            409: OpenApiResponse(description="Not retryable, or another job is active"),
            **NOT_FOUND,
        },
        tags=["jobs"],
    )
    def post(self, request, job_id):
        job = services.job_retry(job=readable_job(request, job_id))
        job.refresh_from_db()
        return Response(selectors.status_body(job), status=202)
