"""Reprocess videos: queue a job per video, or run them here with --sync."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from tqdm import tqdm

from jobs import queue
from jobs.operations import FROM_STEPS, video_reprocess
from videos.models import Video
from videos.youtube import InvalidYouTubeURL, parse_video_id

RESULT_WORDS = {
    "queued": "queued",
    "changed": "updated",
    "unchanged": "unchanged (nothing new)",
    "failed": "failed",
    "busy": "skipped (a job is already queued or running)",
    "no_texts": "skipped (never processed: run without --from-step)",
    "stopped": "stopped",
}


class Command(BaseCommand):
    help = (
        "Reprocess videos by YouTube id or URL, or --all, --failed, --since DATE. Queues a "
        "job per video for the qcluster workers, or runs them one by one here with --sync. "
        "--from-step extracting_places (or geocoding) reuses the texts already read."
    )

    def add_arguments(self, parser):
        parser.add_argument("videos", nargs="*", metavar="VIDEO_ID", help="YouTube ids or URLs")
        parser.add_argument("--all", action="store_true", help="every video")
        parser.add_argument("--failed", action="store_true", help="videos whose processing failed")
        parser.add_argument(
            "--since",
            type=date.fromisoformat,
            metavar="DATE",
            help="videos added since (YYYY-MM-DD)",
        )
        parser.add_argument("--from-step", choices=FROM_STEPS, default=None)
        parser.add_argument("--sync", action="store_true", help="run here instead of queueing")

    def handle(self, *args, **options):
        videos = select_videos(
            options["videos"], all_=options["all"], failed=options["failed"], since=options["since"]
        )
        counts: Counter[str] = Counter()
        bar = tqdm(
            videos,
            desc="reprocess" if options["sync"] else "queue",
            unit="video",
            file=self.stderr,
            disable=options["verbosity"] == 0 or not videos,
        )
        # Queued jobs reach the broker a hundred at a time, each hundred in one INSERT.
        with queue.batch():
            for video in bar:
                outcome = video_reprocess(
                    video=video, from_step=options["from_step"], sync=options["sync"]
                )
                counts[outcome.result] += 1
                if outcome.result == "failed" and options["verbosity"] > 0:
                    bar.write(
                        f"{video.youtube_id}: {outcome.job.error_code} {outcome.job.error_message}"
                    )
        summary = ", ".join(f"{n} {RESULT_WORDS.get(k, k)}" for k, n in sorted(counts.items()))
        self.stdout.write(f"{len(videos)} video(s): {summary or 'nothing to do'}.")
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} video(s) failed")


def select_videos(ids: list[str], *, all_: bool, failed: bool, since: date | None) -> list[Video]:
    if not (ids or all_ or failed or since):
        raise CommandError("Name videos, or use --all, --failed or --since DATE")
    if ids and all_:
        raise CommandError("Give video ids or --all, not both")
    queryset = Video.objects.all()
    if ids:
        wanted = []
        for raw in ids:
            try:
                wanted.append(parse_video_id(raw) if "/" in raw or "." in raw else raw)
            except InvalidYouTubeURL:
                raise CommandError(f"Not a YouTube video: {raw}") from None
        queryset = queryset.filter(youtube_id__in=wanted)
        missing = sorted(set(wanted) - set(queryset.values_list("youtube_id", flat=True)))
        if missing:
            raise CommandError(f"Unknown video(s): {', '.join(missing)}")
    if failed:
        queryset = queryset.filter(state=Video.State.FAILED)
    if since:
        start = timezone.make_aware(datetime.combine(since, time.min))
        queryset = queryset.filter(created_at__gte=start)
    return list(queryset.order_by("created_at", "pk"))
