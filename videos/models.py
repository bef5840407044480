from django.conf import settings
from django.db import models
from django.db.models.functions import Now


class Video(models.Model):
    """A YouTube video, its texts from the pipeline and where its processing stands."""

    class State(models.TextChoices):
        NEW = "new"
        PROCESSING = "processing"
        PROCESSED = "processed"
        FAILED = "failed"

    youtube_id = models.CharField(max_length=11, unique=True)
    title = models.CharField(max_length=500, blank=True)
    channel = models.CharField(max_length=255, blank=True)
    channel_id = models.CharField(max_length=64, blank=True)
    description = models.TextField(blank=True)
    duration_s = models.PositiveIntegerField(null=True, blank=True)
    published_on = models.DateField(null=True, blank=True)
    thumbnail_url = models.URLField(max_length=500, blank=True)
    language = models.CharField(max_length=16, blank=True)
    chapters = models.JSONField(default=list, blank=True)
    tags = models.JSONField(default=list, blank=True)
    # The texts read from the video, kept so reprocessing can start at extraction:
    # {"transcript": {...}, "ocr": {...}, "asr": {...}} (see videos.pipeline.types).
    texts = models.JSONField(default=dict, blank=True)
    # Fused candidates before geocoding, kept for reprocessing from `geocoding`.
    candidates = models.JSONField(default=list, blank=True)
    state = models.CharField(max_length=16, choices=State.choices, default=State.NEW)
    processed_at = models.DateTimeField(null=True, blank=True)
    pipeline_version = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["state", "processed_at"])]

    def __str__(self) -> str:
        return f"{self.youtube_id} {self.title}".strip()

    @property
    def youtube_url(self) -> str:
        return f"https://www.youtube.com/watch?v={self.youtube_id}"

    @property
    def thumbnail(self) -> str:
        return self.thumbnail_url or f"https://i.ytimg.com/vi/{self.youtube_id}/hqdefault.jpg"


class WatchHistory(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="history"
    )
    video = models.ForeignKey(Video, on_delete=models.CASCADE, related_name="watchers")
    created_at = models.DateTimeField(db_default=Now())
    last_viewed_at = models.DateTimeField(db_default=Now())

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "video"], name="videos_history_user_video"),
        ]
        indexes = [models.Index(fields=["user", "-last_viewed_at"])]
        verbose_name_plural = "watch history"  # not Django's "watch historys"

    def __str__(self) -> str:
        return f"{self.user_id} → {self.video_id}"
