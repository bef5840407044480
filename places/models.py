"""Places, where videos mention them, and what geocoders answered."""

from django.db import models

from places.normalize import normalize_name


class Place(models.Model):
    """A real place. Curators mark the ones they checked `verified`; those feed the gazetteer."""

    name = models.CharField(max_length=255)
    normalized_name = models.CharField(max_length=255, db_index=True, editable=False)
    category = models.CharField(max_length=32, blank=True)
    address = models.CharField(max_length=500, blank=True)
    road_address = models.CharField(max_length=500, blank=True)
    lat = models.FloatField(null=True, blank=True)
    lng = models.FloatField(null=True, blank=True)
    provider = models.CharField(max_length=32, blank=True)
    provider_place_id = models.CharField(max_length=128, blank=True)
    confidence = models.FloatField(default=0.0)
    approximate = models.BooleanField(default=False)
    verified = models.BooleanField(default=False, db_index=True)
    # City or region the place lies in ("서울", "Tokyo"): identity for places without coordinates.
    region = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "provider_place_id"],
                condition=~models.Q(provider_place_id="") & models.Q(approximate=False),
                name="places_place_provider_id",
            ),
        ]
        indexes = [models.Index(fields=["lat", "lng"]), models.Index(fields=["category"])]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        # Kept in step with `name` here because the admin edits names too; identity uses it.
        self.normalized_name = normalize_name(self.name)
        if kwargs.get("update_fields") is not None and "name" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "normalized_name"}
        super().save(*args, **kwargs)


class PlaceAlias(models.Model):
    """Another name of a place (another language, a short form): the gazetteer matches these."""

    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=255)
    normalized_name = models.CharField(max_length=255, db_index=True, editable=False)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["place", "normalized_name"], name="places_alias_place_name"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.normalized_name = normalize_name(self.name)
        super().save(*args, **kwargs)


class Mention(models.Model):
    """One piece of evidence that a video mentions or shows a place."""

    class Source(models.TextChoices):
        # Labelled here only where Django's label from the name ("Title") would not do.
        TITLE = "title"
        DESCRIPTION = "description"
        CHAPTER = "chapter"
        TRANSCRIPT = "transcript"
        OCR = "ocr", "On-screen text"
        ASR = "asr", "Speech recognition"
        LLM = "llm", "Language model"

    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="mentions")
    video = models.ForeignKey("videos.Video", on_delete=models.CASCADE, related_name="mentions")
    # The place's position among the video's places, so they come back in video order.
    rank = models.PositiveIntegerField(default=0)
    source = models.CharField(max_length=16, choices=Source.choices)
    start_s = models.FloatField(null=True, blank=True)
    end_s = models.FloatField(null=True, blank=True)
    text = models.TextField(blank=True)
    # Ids of the extraction rules that read the place in this text, so a curator can see why
    # a pin exists ("en.speech.go_into", "desc.strong"; "echo": the name found again).
    rules = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["video_id", "rank", "start_s", "id"]
        indexes = [
            models.Index(fields=["video", "rank"]),
            models.Index(fields=["place", "video"]),
        ]

    def __str__(self) -> str:
        return f"{self.place_id} in {self.video_id} ({self.source} @ {self.start_s})"


class GeocodeCache(models.Model):
    """What a provider answered for a query; `result` is null when it found nothing."""

    provider = models.CharField(max_length=32)
    query = models.CharField(max_length=500)
    result = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["provider", "query"], name="places_geocache_key"),
        ]

    def __str__(self) -> str:
        return f"{self.provider}: {self.query}"
