"""Videos for operators: state, the texts read from them, and their places.

Reprocessing and the video's jobs are added by `jobs.admin`, which registers a subclass of
`VideoAdmin`: videos sit below jobs and do not import them.
"""

from __future__ import annotations

import json
from typing import Any

from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from places.models import Place
from videos.models import Video, WatchHistory


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

    def get_queryset(self, request: HttpRequest) -> QuerySet[Video]:
        return (
            super().get_queryset(request).annotate(_places=Count("mentions__place", distinct=True))
        )

    def formfield_for_dbfield(
        self, db_field: models.Field, request: HttpRequest, **kwargs: Any
    ) -> forms.Field | None:
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


@admin.register(WatchHistory)
class WatchHistoryAdmin(admin.ModelAdmin):
    list_display = ("user", "video", "created_at", "last_viewed_at")
    search_fields = ("user__email", "video__youtube_id", "video__title")
    raw_id_fields = ("user", "video")
    list_select_related = ("user", "video")
