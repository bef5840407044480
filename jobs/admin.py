"""Jobs for operators: where each one is, why it failed, and django-q2's view of its task.

Also the jobs side of the Video admin: its jobs inline and the reprocess actions.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html

from jobs.models import Job, JobSubscriber
from jobs.operations import video_reprocess
from jobs.services import job_cancel, job_retry
from pind.errors import ApiError
from videos.admin import VideoAdmin
from videos.models import Video


class JobSubscriberInline(admin.TabularInline):
    model = JobSubscriber
    extra = 0
    fields = ("user", "created_at")
    readonly_fields = ("user", "created_at")
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Job | None = None) -> bool:
        return False  # a user joins a job by submitting its video, not through the admin


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = (
        "short_id",
        "video",
        "owner",
        "status",
        "step",
        "progress",
        "attempts",
        "error_code",
        "created_at",
        "finished_at",
    )
    list_filter = ("status", "step", "from_step", "error_code", "from_cache")
    search_fields = ("id", "video__youtube_id", "video__title", "owner__email")
    list_select_related = ("video", "owner")
    date_hierarchy = "created_at"
    actions = ("cancel_jobs", "retry_jobs")
    inlines = (JobSubscriberInline,)
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "id",
                    "video",
                    "owner",
                    "from_step",
                    "status",
                    "step",
                    "progress",
                    "queue_links",
                )
            },
        ),
        ("Failure", {"fields": ("error_code", "error_message", "attempts")}),
        (
            "Timing",
            {
                "fields": (
                    "created_at",
                    "enqueued_at",
                    "started_at",
                    "heartbeat_at",
                    "finished_at",
                    "updated_at",
                )
            },
        ),
        ("Flags", {"fields": ("from_cache", "guest_readable", "run_id")}),
    )

    def get_readonly_fields(self, request: HttpRequest, obj: Job | None = None) -> list[str]:
        # The row is written only by the job's own transitions; the admin watches.
        return [f.name for f in Job._meta.fields] + ["queue_links"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.display(description="job", ordering="id")
    def short_id(self, job: Job) -> str:
        return str(job.pk)[:8]

    @admin.display(description="django-q2")
    def queue_links(self, job: Job) -> str:
        query = "?" + urlencode({"q": str(job.pk)})
        return format_html(
            '<a href="{}">queued</a> · <a href="{}">successful tasks</a> · '
            '<a href="{}">failed tasks</a> · <a href="{}">schedules</a>',
            reverse("admin:django_q_ormq_changelist"),
            reverse("admin:django_q_success_changelist") + query,
            reverse("admin:django_q_failure_changelist") + query,
            reverse("admin:django_q_schedule_changelist"),
        )

    @admin.action(description="Cancel selected jobs", permissions=["change"])
    def cancel_jobs(self, request: HttpRequest, queryset: QuerySet[Job]) -> None:
        done = 0
        for job in queryset.filter(status__in=Job.ACTIVE):
            try:
                job_cancel(job=job)
                done += 1
            except ApiError:
                pass  # finished meanwhile
        self.message_user(request, f"{done} job(s) cancelled.", messages.SUCCESS)

    @admin.action(description="Retry selected failed or cancelled jobs", permissions=["change"])
    def retry_jobs(self, request: HttpRequest, queryset: QuerySet[Job]) -> None:
        done, refused = 0, []
        for job in queryset.filter(status__in=[Job.Status.FAILURE, Job.Status.REVOKED]):
            try:
                job_retry(job=job)
                done += 1
            except ApiError as exc:
                refused.append(f"{str(job.pk)[:8]}: {exc.detail}")
        self.message_user(request, f"{done} job(s) queued again.", messages.SUCCESS)
        for line in refused:
            self.message_user(request, line, messages.WARNING)


class VideoJobInline(admin.TabularInline):
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


# The Video admin with what only jobs knows about: the video's jobs, and reprocessing
# (which is a job). videos.admin registers the plain one; this replaces it.
admin.site.unregister(Video)


@admin.register(Video)
class VideoWithJobsAdmin(VideoAdmin):
    actions = ("reprocess", "reprocess_from_extraction")
    inlines = (VideoJobInline,)

    def _reprocess(
        self, request: HttpRequest, queryset: QuerySet[Video], from_step: str | None
    ) -> None:
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
    def reprocess(self, request: HttpRequest, queryset: QuerySet[Video]) -> None:
        self._reprocess(request, queryset, None)

    @admin.action(
        description="Reprocess from place extraction (reuse stored texts)", permissions=["change"]
    )
    def reprocess_from_extraction(self, request: HttpRequest, queryset: QuerySet[Video]) -> None:
        self._reprocess(request, queryset, "extracting_places")
