"""Input and output shapes of the jobs API."""

from rest_framework import serializers

from jobs.models import Job
from videos.serializers import PlaceOutSerializer, VideoOutSerializer
from videos.youtube import MAX_URL_LENGTH, InvalidYouTubeURL, parse_video_id


class InvalidURLError(serializers.ValidationError):
    pass


class ProcessInSerializer(serializers.Serializer):
    url = serializers.CharField(trim_whitespace=False, allow_blank=True)

    def validate_url(self, value: str) -> str:
        # Length first, before any parsing (DoS by a 1 MB "URL").
        if len(value) > MAX_URL_LENGTH:
            raise serializers.ValidationError("Invalid YouTube URL", code="invalid_url")
        try:
            return parse_video_id(value)
        except InvalidYouTubeURL:
            raise serializers.ValidationError("Invalid YouTube URL", code="invalid_url") from None


class ProcessOutSerializer(serializers.Serializer):
    job_id = serializers.UUIDField()
    status = serializers.ChoiceField(choices=Job.Status.choices)
    mode = serializers.ChoiceField(choices=["db", "queued", "new"])
    estimated_time = serializers.IntegerField(allow_null=True, help_text="seconds")
    video_id = serializers.CharField()
    video = VideoOutSerializer(required=False)
    places = PlaceOutSerializer(many=True)


class JobStatusOutSerializer(serializers.Serializer):
    job_id = serializers.UUIDField()
    status = serializers.ChoiceField(choices=Job.Status.choices)
    progress = serializers.IntegerField(min_value=0, max_value=100)
    current_step = serializers.CharField(allow_null=True)
    estimated_remaining = serializers.IntegerField(allow_null=True, help_text="seconds")
    error_code = serializers.CharField(allow_null=True)
    error_message = serializers.CharField(allow_null=True)
    video_id = serializers.CharField()
    attempts = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)


class JobResultOutSerializer(serializers.Serializer):
    job_id = serializers.UUIDField()
    status = serializers.ChoiceField(choices=Job.Status.choices)
    video_title = serializers.CharField()
    video_thumbnail = serializers.CharField()
    video = VideoOutSerializer()
    places = PlaceOutSerializer(many=True)
    processing_time = serializers.FloatField(allow_null=True, help_text="seconds")
    error_code = serializers.CharField(allow_null=True)
    error_message = serializers.CharField(allow_null=True)
