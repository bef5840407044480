"""Output shapes for videos and history. The views render through these; the schema shows them."""

from rest_framework import serializers

from places.serializers import PlaceOut, PlainOut

# Kept under its old name: the jobs API and older imports use it.
PlaceOutSerializer = PlaceOut


class PageIn(serializers.Serializer):
    """`?page=` of the array lists (history, jobs); the `Link` header names the others."""

    page = serializers.IntegerField(
        required=False, min_value=1, max_value=100_000, help_text="1-based"
    )


class VideoOutSerializer(PlainOut):
    video_id = serializers.CharField(source="youtube_id")
    title = serializers.CharField(allow_blank=True)
    channel = serializers.CharField(allow_blank=True)
    description = serializers.CharField(allow_blank=True)
    duration_s = serializers.IntegerField(allow_null=True)
    published_on = serializers.DateField(allow_null=True)
    thumbnail_url = serializers.CharField(source="thumbnail")
    youtube_url = serializers.CharField()
    language = serializers.CharField(allow_blank=True)
    state = serializers.CharField()
    processed_at = serializers.DateTimeField(allow_null=True)


class VideoWithPlacesOutSerializer(VideoOutSerializer):
    places = PlaceOut(many=True)


class HistoryItemOutSerializer(PlainOut):
    """One video in my history. `id` is the YouTube id: the clients key their lists on it."""

    id = serializers.CharField(source="video.youtube_id", help_text="the YouTube video id")
    video_id = serializers.CharField(source="video.youtube_id")
    history_id = serializers.IntegerField(source="pk", help_text="the history row's number")
    title = serializers.CharField(source="video.title", allow_blank=True)
    created_at = serializers.DateTimeField()
    last_viewed_at = serializers.DateTimeField()
    thumbnail_url = serializers.CharField(source="video.thumbnail")
    youtube_url = serializers.CharField(source="video.youtube_url")
    places = PlaceOut(many=True)
