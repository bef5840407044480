"""Videos for operators: state, the texts read from them, their places, and reprocessing."""

from __future__ import annotations

import json

from django.contrib import admin, messages
from django.db import models
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from jobs.models import Job
from jobs.operations import video_reprocess
from videos.models import Video, WatchHistory


class JobInline(admin.TabularInline):
    model = Job
    extra = 0
    fields = ("job_link", "status", "step", "progress", "error_code", "created_at", "finished_at")
    readonly_fields = fields
    ordering = ("-created_at",)
    can_delete = False
    max_num = 0

    @admin.display(description="job")
    def job_link(self, job: Job) -> str:
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:jobs_job_change", args=[job.pk]), str(job.pk)[:8]
        )


@admin.register(Video)
class VideoAdmin(admin.ModelAdmin):
    list_display = (
        "youtube_id",
        "title",
        "channel",
        "state",
        "place_count",
        "processed_at",
        "pipeline_version",
    )
    list_filter = ("state", "pipeline_version", "language")
    search_fields = ("youtube_id", "title", "channel", "description")
    date_hierarchy = "created_at"
    actions = ("reprocess", "reprocess_from_extraction")
    inlines = (JobInline,)
    readonly_fields = (
        "youtube_id",
        "links",
        "state",
        "processed_at",
        "pipeline_version",
        "places",
        "texts_pretty",
        "candidates_pretty",
        "created_at",
        "updated_at",
    )
    fieldsets = (
        (None, {"fields": ("youtube_id", "links", "title", "channel", "state", "places")}),
        (
            "Details",
            {"fields": ("description", "duration_s", "published_on", "language", "thumbnail_url")},
        ),
        (
            "What the pipeline read",
            {"fields": ("texts_pretty", "candidates_pretty"), "classes": ("collapse",)},
        ),
        (
            "Processing",
            {"fields": ("processed_at", "pipeline_version", "created_at", "updated_at")},
        ),
    )

    def get_queryset(self, request):
        return (
            super().get_queryset(request).annotate(_places=Count("mentions__place", distinct=True))
        )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description="places", ordering="_places")
    def place_count(self, video: Video) -> int:
        return video._places

    @admin.display(description="links")
    def links(self, video: Video) -> str:
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">YouTube</a> · <a href="{}">page</a>',
            video.youtube_url,
            reverse("video_detail", args=[video.youtube_id]),
        )

    @admin.display(description="places")
    def places(self, video: Video) -> str:
        from places.models import Place

        rows = Place.objects.filter(mentions__video=video).distinct().order_by("name")
        if not rows:
            return "—"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a> {}</li>',
                (
                    (
                        reverse("admin:places_place_change", args=[p.pk]),
                        p.name,
                        "✓" if p.verified else "",
                    )
                    for p in rows
                ),
            ),
        )

    @admin.display(description="texts")
    def texts_pretty(self, video: Video) -> str:
        return format_html("<pre>{}</pre>", json.dumps(video.texts, ensure_ascii=False, indent=1))

    @admin.display(description="candidates")
    def candidates_pretty(self, video: Video) -> str:
        return format_html(
            "<pre>{}</pre>", json.dumps(video.candidates, ensure_ascii=False, indent=1)
        )

    def _reprocess(self, request, queryset, from_step: str | None) -> None:
        outcomes = [video_reprocess(video=v, from_step=from_step) for v in queryset]
        queued = [o for o in outcomes if o.result == "queued"]
        busy = [o for o in outcomes if o.result == "busy"]
        for outcome in queued:
            self.log_change(request, outcome.video, f"Reprocess queued (job {outcome.job.pk})")
        self.message_user(request, f"{len(queued)} reprocess job(s) queued.", messages.SUCCESS)
        if busy:
            names = ", ".join(o.video.youtube_id for o in busy)
            self.message_user(request, f"Already queued or running: {names}.", messages.WARNING)

    @admin.action(description="Reprocess selected videos (queue a job)", permissions=["change"])
    def reprocess(self, request, queryset):
        self._reprocess(request, queryset, None)

    @admin.action(
        description="Reprocess from place extraction (reuse stored texts)", permissions=["change"]
    )
    def reprocess_from_extraction(self, request, queryset):
        self._reprocess(request, queryset, "extracting_places")


@admin.register(WatchHistory)
class WatchHistoryAdmin(admin.ModelAdmin):
    list_display = ("user", "video", "created_at", "last_viewed_at")
    search_fields = ("user__email", "video__youtube_id", "video__title")
    raw_id_fields = ("user", "video")
    list_select_related = ("user", "video")
