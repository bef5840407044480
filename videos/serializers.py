"""Output shapes for videos and history (they document the API; selectors build the data)."""

from rest_framework import serializers


class MentionOutSerializer(serializers.Serializer):
    source = serializers.CharField()
    start_s = serializers.FloatField(allow_null=True)
    end_s = serializers.FloatField(allow_null=True)
    text = serializers.CharField()


class PlaceOutSerializer(serializers.Serializer):
    """What clients read: at least `name, lat, lng` (null when unknown)."""

    id = serializers.IntegerField(required=False)
    name = serializers.CharField()
    lat = serializers.FloatField(allow_null=True)
    lng = serializers.FloatField(allow_null=True)
    category = serializers.CharField(required=False, allow_blank=True)
    address = serializers.CharField(required=False, allow_blank=True)
    road_address = serializers.CharField(required=False, allow_blank=True)
    provider = serializers.CharField(required=False, allow_blank=True)
    provider_place_id = serializers.CharField(required=False, allow_blank=True)
    approximate = serializers.BooleanField(required=False)
    confidence = serializers.FloatField(required=False, allow_null=True)
    mentions = MentionOutSerializer(many=True, required=False)


class VideoOutSerializer(serializers.Serializer):
    video_id = serializers.CharField()
    title = serializers.CharField()
    channel = serializers.CharField()
    description = serializers.CharField()
    duration_s = serializers.IntegerField(allow_null=True)
    published_on = serializers.DateField(allow_null=True)
    thumbnail_url = serializers.CharField()
    youtube_url = serializers.CharField()
    language = serializers.CharField()
    state = serializers.CharField()
    processed_at = serializers.DateTimeField(allow_null=True)


class VideoWithPlacesOutSerializer(VideoOutSerializer):
    places = PlaceOutSerializer(many=True)


class HistoryItemOutSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    video_id = serializers.CharField()
    title = serializers.CharField()
    created_at = serializers.DateTimeField()
    last_viewed_at = serializers.DateTimeField()
    thumbnail_url = serializers.CharField()
    youtube_url = serializers.CharField()
    places = PlaceOutSerializer(many=True)
