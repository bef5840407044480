"""Input and output shapes of the jobs API. The views render through these."""

from django.conf import settings
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from jobs.models import Job
from places.serializers import PlaceOut, PlainOut
from videos.serializers import VideoOutSerializer
from videos.youtube import MAX_URL_LENGTH, InvalidYouTubeURL, parse_video_id

# `current_step` is a string in every status (the older clients print it): the pipeline
# step while a job runs, one of these words otherwise.
STEP_WORDS = {
    Job.Status.PENDING: "queued",
    Job.Status.PROGRESS: "starting",
    Job.Status.SUCCESS: "completed",
    Job.Status.FAILURE: "failed",
    Job.Status.REVOKED: "cancelled",
}
JOB_ID_HELP = "a UUID, or `cached_<videoId>` for an answer from stored results"


class InvalidURLError(serializers.ValidationError):
    pass


# The usual forms of a link to one video. The server accepts a few more (other YouTube
# hosts, `v=` among other parameters); the schema shows these so that every URL it calls
# valid is one the server takes.
YOUTUBE_URL_PATTERN = (
    r"^(https?://)?((www\.|m\.|music\.)?youtube\.com/(watch\?v=|shorts/|live/)"
    r"|(www\.)?youtu\.be/)[A-Za-z0-9_-]{11}$"
)


@extend_schema_field(
    {
        "type": "string",
        "pattern": YOUTUBE_URL_PATTERN,
        "maxLength": MAX_URL_LENGTH,
        "example": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    }
)
class YouTubeURLField(serializers.CharField):
    pass


class ProcessInSerializer(serializers.Serializer):
    url = YouTubeURLField(trim_whitespace=False, allow_blank=True)

    def validate_url(self, value: str) -> str:
        # Length first, before any parsing (DoS by a 1 MB "URL").
        if len(value) > MAX_URL_LENGTH:
            raise serializers.ValidationError("Invalid YouTube URL", code="invalid_url")
        try:
            return parse_video_id(value)
        except InvalidYouTubeURL:
            raise serializers.ValidationError("Invalid YouTube URL", code="invalid_url") from None


class ProcessQueryIn(serializers.Serializer):
    wait = serializers.FloatField(
        required=False,
        min_value=0,
        max_value=999_999,
        help_text="seconds to wait for the job (capped); 0 answers 202 at once",
    )


class BlankAsNullCharField(serializers.CharField):
    """A text column that is blank when unset, shown as null."""

    def __init__(self, **kwargs):
        super().__init__(allow_null=True, **kwargs)

    def to_representation(self, value):
        return value or None


class ProcessOutSerializer(PlainOut):
    job_id = serializers.CharField(help_text=JOB_ID_HELP)
    status = serializers.ChoiceField(choices=Job.Status.choices)
    mode = serializers.ChoiceField(choices=["db", "queued", "new"])
    estimated_time = serializers.IntegerField(allow_null=True, help_text="seconds")
    video_id = serializers.CharField()
    video_title = serializers.CharField(allow_blank=True)
    video_thumbnail = serializers.CharField()
    video = VideoOutSerializer(required=False, help_text="once the video is processed")
    places = PlaceOut(many=True)
    error_code = BlankAsNullCharField(required=False, help_text="a job that failed")
    error_message = BlankAsNullCharField(required=False)


class JobStatusOutSerializer(PlainOut):
    """Renders a `Job` (or a stored result, `jobs.selectors.CachedJob`)."""

    job_id = serializers.CharField(source="pk", help_text=JOB_ID_HELP)
    status = serializers.ChoiceField(choices=Job.Status.choices)
    progress = serializers.IntegerField(min_value=0, max_value=100)
    current_step = serializers.SerializerMethodField()
    estimated_remaining = serializers.SerializerMethodField(help_text="seconds")
    error_code = BlankAsNullCharField()
    error_message = BlankAsNullCharField()
    video_id = serializers.CharField(source="video.youtube_id")
    attempts = serializers.IntegerField()
    created_at = serializers.DateTimeField(allow_null=True)
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)

    @extend_schema_field(OpenApiTypes.STR)
    def get_current_step(self, job) -> str:
        if job.status == Job.Status.PROGRESS and job.step:
            return job.step
        return STEP_WORDS.get(job.status, job.status.lower())

    @extend_schema_field({"type": "integer", "nullable": True})
    def get_estimated_remaining(self, job) -> int | None:
        from jobs.services import estimate_remaining

        if job.is_finished:
            return None
        return estimate_remaining(job, per_run=self.context.get("per_run"))


class JobResultOutSerializer(PlainOut):
    """A finished job (or a stored result) with its video and places."""

    job_id = serializers.CharField(source="pk", help_text=JOB_ID_HELP)
    status = serializers.ChoiceField(choices=Job.Status.choices)
    video_title = serializers.CharField(source="video.title", allow_blank=True)
    video_thumbnail = serializers.CharField(source="video.thumbnail")
    video = VideoOutSerializer()
    places = PlaceOut(many=True)
    processing_time = serializers.FloatField(allow_null=True, help_text="seconds")
    error_code = BlankAsNullCharField()
    error_message = BlankAsNullCharField()


_WHEN = serializers.DateTimeField()


def job_status_body(job, *, per_run: int | None = None) -> dict:
    """What `JobStatusOutSerializer(job).data` renders, written out for the status clients
    poll every second (a serializer instance deep-copies its fields on every request).
    tests/api/test_reads.py pins the two equal, key for key, in every status."""
    from jobs.services import estimate_remaining

    finished = job.is_finished
    status = job.status
    return {
        "job_id": str(job.pk),
        "status": status,
        "progress": job.progress,
        "current_step": job.step
        if status == Job.Status.PROGRESS and job.step
        else STEP_WORDS.get(status, status.lower()),
        "estimated_remaining": None if finished else estimate_remaining(job, per_run=per_run),
        "error_code": job.error_code or None,
        "error_message": job.error_message or None,
        "video_id": job.video.youtube_id,
        "attempts": job.attempts,
        "created_at": _when(job.created_at),
        "started_at": _when(job.started_at),
        "finished_at": _when(job.finished_at),
    }


def _when(value):
    """`_WHEN.to_representation(value)` (DRF's ISO 8601 in the current time zone, `Z` for
    UTC) without the field machinery, for the aware datetimes the database returns."""
    if value is None:
        return None
    if value.tzinfo is None or not settings.USE_TZ:
        return _WHEN.to_representation(value)
    text = value.astimezone(timezone.get_current_timezone()).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text
