"""Input validation and output shapes of the places API: views render through these."""

from rest_framework import serializers

from places.geo import EARTH_RADIUS_M
from places.models import Mention

MAX_RADIUS_M = 100_000


class RoundedFloatField(serializers.FloatField):
    """A float rounded for display (a confidence of 0.873 reads better than 0.87299999)."""

    def __init__(self, *, digits: int = 3, **kwargs):
        self.digits = digits
        super().__init__(**kwargs)

    def to_representation(self, value):
        return round(float(value), self.digits)


class PlaceEvidenceOut(serializers.Serializer):
    """One mention: where in the video the place is named or shown."""

    source = serializers.ChoiceField(choices=Mention.Source.choices)
    start_s = serializers.FloatField(allow_null=True)
    end_s = serializers.FloatField(allow_null=True)
    text = serializers.CharField()


class PlaceOut(serializers.Serializer):
    """A place as every API answer shows it. `name, lat, lng` first: what the clients read.

    Renders a `Place` whose `evidence` (its mentions, in video order) the selector attached.
    """

    name = serializers.CharField()
    lat = serializers.FloatField(allow_null=True)
    lng = serializers.FloatField(allow_null=True)
    id = serializers.IntegerField()
    category = serializers.CharField(allow_blank=True)
    address = serializers.CharField(allow_blank=True)
    road_address = serializers.CharField(allow_blank=True)
    provider = serializers.CharField(allow_blank=True)
    provider_place_id = serializers.CharField(allow_blank=True)
    approximate = serializers.BooleanField()
    confidence = RoundedFloatField()
    mentions = PlaceEvidenceOut(many=True, source="evidence")


# The search results' items are the same shape.
PlaceSummaryOut = PlaceOut


class PlaceVideoEvidenceOut(PlaceEvidenceOut):
    url = serializers.CharField(help_text="youtube_url with &t= at the moment of the mention")


class PlaceVideoOut(serializers.Serializer):
    video_id = serializers.CharField()
    title = serializers.CharField(allow_blank=True)
    youtube_url = serializers.CharField()
    thumbnail_url = serializers.CharField()
    mentions = PlaceVideoEvidenceOut(many=True)


class PlaceDetailOut(PlaceOut):
    aliases = serializers.ListField(child=serializers.CharField(), source="alias_names")
    verified = serializers.BooleanField()
    videos = PlaceVideoOut(many=True, source="video_entries")


class UserPlaceEvidenceOut(PlaceEvidenceOut):
    video_id = serializers.CharField(source="youtube_id")


class UserPlaceOut(PlaceOut):
    mentions = UserPlaceEvidenceOut(many=True, source="evidence")
    videos = serializers.ListField(
        child=serializers.CharField(), source="youtube_ids", help_text="YouTube ids"
    )


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
