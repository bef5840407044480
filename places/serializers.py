"""Input validation and output shapes (for the schema) of the places API."""

from rest_framework import serializers

from places.geo import EARTH_RADIUS_M

MAX_RADIUS_M = 100_000


class PlaceEvidenceOut(serializers.Serializer):
    source = serializers.ChoiceField(
        choices=["title", "description", "chapter", "transcript", "ocr", "asr", "llm"]
    )
    start_s = serializers.FloatField(allow_null=True)
    end_s = serializers.FloatField(allow_null=True)
    text = serializers.CharField()


class PlaceSummaryOut(serializers.Serializer):
    name = serializers.CharField()
    lat = serializers.FloatField(allow_null=True)
    lng = serializers.FloatField(allow_null=True)
    id = serializers.IntegerField()
    category = serializers.CharField()
    address = serializers.CharField()
    road_address = serializers.CharField()
    provider = serializers.CharField()
    provider_place_id = serializers.CharField()
    approximate = serializers.BooleanField()
    confidence = serializers.FloatField()
    mentions = PlaceEvidenceOut(many=True)


class PlaceVideoEvidenceOut(PlaceEvidenceOut):
    url = serializers.CharField(help_text="youtube_url with &t= at the moment of the mention")


class PlaceVideoOut(serializers.Serializer):
    video_id = serializers.CharField()
    title = serializers.CharField()
    youtube_url = serializers.CharField()
    thumbnail_url = serializers.CharField()
    mentions = PlaceVideoEvidenceOut(many=True)


class PlaceDetailOut(PlaceSummaryOut):
    aliases = serializers.ListField(child=serializers.CharField())
    verified = serializers.BooleanField()
    videos = PlaceVideoOut(many=True)


class UserPlaceEvidenceOut(PlaceEvidenceOut):
    video_id = serializers.CharField()


class UserPlaceOut(PlaceSummaryOut):
    mentions = UserPlaceEvidenceOut(many=True)
    videos = serializers.ListField(child=serializers.CharField())


def _floats(value: str, n: int, field: str) -> list[float]:
    parts = value.split(",")
    if len(parts) != n:
        raise serializers.ValidationError({field: [f"Expected {n} comma-separated numbers."]})
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        raise serializers.ValidationError({field: ["Not a number."]}) from None
    if any(x != x or x in (float("inf"), float("-inf")) for x in numbers):
        raise serializers.ValidationError({field: ["Not a finite number."]})
    return numbers


def _check_lat_lng(lat: float, lng: float, field: str) -> None:
    if not (-90 <= lat <= 90 and -180 <= lng <= 180):
        raise serializers.ValidationError({field: ["Latitude or longitude out of range."]})


class PlaceSearchIn(serializers.Serializer):
    q = serializers.CharField(required=False, allow_blank=True, max_length=200)
    near = serializers.CharField(required=False, help_text="lat,lng")
    radius = serializers.FloatField(
        required=False, min_value=1, max_value=MAX_RADIUS_M, help_text="metres (default 1000)"
    )
    bbox = serializers.CharField(
        required=False, help_text="min_lng,min_lat,max_lng,max_lat (RFC 7946 order)"
    )
    category = serializers.CharField(required=False, allow_blank=True, max_length=32)

    def validate_near(self, value):
        lat, lng = _floats(value, 2, "near")
        _check_lat_lng(lat, lng, "near")
        return (lat, lng)

    def validate_bbox(self, value):
        min_lng, min_lat, max_lng, max_lat = _floats(value, 4, "bbox")
        _check_lat_lng(min_lat, min_lng, "bbox")
        _check_lat_lng(max_lat, max_lng, "bbox")
        if min_lat > max_lat or min_lng > max_lng:
            raise serializers.ValidationError("min values must not exceed max values.")
        return (min_lng, min_lat, max_lng, max_lat)

    def validate(self, attrs):
        if "radius" in attrs and "near" not in attrs:
            raise serializers.ValidationError({"radius": ["radius needs near=lat,lng."]})
        attrs.setdefault("radius", 1000.0)
        assert attrs["radius"] < EARTH_RADIUS_M
        return attrs
