"""Input validation and output shapes of the places API: views render through these."""

from collections.abc import Mapping

from django.core.exceptions import ObjectDoesNotExist
from rest_framework import serializers

from places.geo import EARTH_RADIUS_M
from places.models import Mention

MAX_RADIUS_M = 100_000


# Fields whose DRF `to_representation` is exactly this builtin: called directly.
_BUILTIN_REPRESENTATION = {
    serializers.CharField: str,
    serializers.IntegerField: int,
    serializers.FloatField: float,
}
_IS_MAPPING: dict[type, bool] = {}
_MISSING = object()


class _Fallback(Exception):
    """The quick read cannot say what DRF's would: ask the field."""


def _read(instance, attrs):
    """DRF's `fields.get_attribute` for the common case (dicts and plain attributes)."""
    for attr in attrs:
        kind = type(instance)
        mapping = _IS_MAPPING.get(kind)
        if mapping is None:
            mapping = _IS_MAPPING[kind] = isinstance(instance, Mapping)
        try:
            instance = instance[attr] if mapping else getattr(instance, attr)
        except (KeyError, AttributeError, ObjectDoesNotExist) as exc:
            raise _Fallback from exc
        if callable(instance):
            raise _Fallback
    return instance


class PlainOut(serializers.Serializer):
    """An output serializer that renders what DRF's `Serializer.to_representation` renders,
    at a fraction of its cost per row: the fields are looked up once per serializer, each
    value is read directly (dict key or attribute) and converted by the field's own
    `to_representation` (or the builtin it amounts to). Anything unusual (a missing value,
    a callable, a field with its own `get_attribute`) goes through DRF's path unchanged.
    Lists of thousands of places are mostly this loop."""

    def _plan(self) -> list:
        plan = self.__dict__.get("_plain_plan")
        if plan is None:
            plan = []
            for field in self._readable_fields:
                own_get = type(field).get_attribute is not serializers.Field.get_attribute
                attrs = field.source_attrs
                # A dict row's key, when one plain lookup is all DRF would do.
                key = attrs[0] if len(attrs) == 1 and not own_get else None
                convert = _BUILTIN_REPRESENTATION.get(type(field), field.to_representation)
                plan.append((field.field_name, key, attrs, convert, field, own_get))
            self._plain_plan = plan
        return plan

    def to_representation(self, instance):
        ret = {}
        row = instance if type(instance) is dict else None
        for name, key, attrs, convert, field, own_get in self._plan():
            if row is not None and key is not None:
                value = row.get(key, _MISSING)
                if value is not _MISSING and not callable(value):
                    ret[name] = None if value is None else convert(value)
                    continue
            try:
                if own_get:
                    raise _Fallback
                value = _read(instance, attrs)
            except _Fallback:
                try:
                    value = field.get_attribute(instance)
                except serializers.SkipField:
                    continue
                if isinstance(value, serializers.PKOnlyObject) and value.pk is None:
                    value = None
                if value is not None:
                    value = field.to_representation(value)
                ret[name] = value
                continue
            ret[name] = None if value is None else convert(value)
        return ret


class RoundedFloatField(serializers.FloatField):
    """A float rounded for display (a confidence of 0.873 reads better than 0.87299999)."""

    def __init__(self, *, digits: int = 3, **kwargs):
        self.digits = digits
        super().__init__(**kwargs)

    def to_representation(self, value):
        return round(float(value), self.digits)


class PlaceEvidenceOut(PlainOut):
    """One mention: where in the video the place is named or shown."""

    source = serializers.ChoiceField(choices=Mention.Source.choices)
    start_s = serializers.FloatField(allow_null=True)
    end_s = serializers.FloatField(allow_null=True)
    text = serializers.CharField()


class PlaceOut(PlainOut):
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


class PlaceVideoOut(PlainOut):
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


# Coordinates in decimal degrees, in range. The schema shows these patterns and the
# validation is the same regex, so what the schema calls valid is what the API accepts.
_LAT = r"-?(?:90(?:\.0+)?|[1-8]?[0-9](?:\.[0-9]+)?)"
_LNG = r"-?(?:180(?:\.0+)?|(?:1[0-7][0-9]|[1-9]?[0-9])(?:\.[0-9]+)?)"
NEAR_PATTERN = rf"^{_LAT},{_LNG}$"
BBOX_PATTERN = rf"^{_LNG},{_LAT},{_LNG},{_LAT}$"


class PlaceSearchIn(serializers.Serializer):
    q = serializers.CharField(required=False, allow_blank=True, max_length=200)
    near = serializers.RegexField(
        NEAR_PATTERN,
        required=False,
        help_text="lat,lng in decimal degrees",
        error_messages={"invalid": "Expected lat,lng in decimal degrees, e.g. 37.5665,126.978."},
    )
    radius = serializers.FloatField(
        required=False,
        min_value=1,
        max_value=MAX_RADIUS_M,
        help_text="metres around `near` (default 1000; ignored without `near`)",
    )
    bbox = serializers.RegexField(
        BBOX_PATTERN,
        required=False,
        help_text="west,south,east,north in decimal degrees (RFC 7946 order); west > east "
        "crosses the antimeridian; the two latitudes may come in either order",
        error_messages={"invalid": "Expected west,south,east,north in decimal degrees."},
    )
    category = serializers.CharField(required=False, allow_blank=True, max_length=32)

    def validate_near(self, value: str) -> tuple[float, float]:
        lat, lng = (float(x) for x in value.split(","))
        return (lat, lng)

    def validate_bbox(self, value: str) -> tuple[float, float, float, float]:
        west, south, east, north = (float(x) for x in value.split(","))
        return (west, min(south, north), east, max(south, north))

    def validate(self, attrs):
        radius = attrs.get("radius", 1000.0)
        attrs["radius"] = radius
        assert radius < EARTH_RADIUS_M
        return attrs
