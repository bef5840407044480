"""`manage.py extract URL_OR_ID … [--bundles DIR] [--json]`: run the media steps and place
finding inline (no queue, no database writes) and print what each video says and shows."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pind.texts import TimedText
from videos.pipeline.types import PipelineError

_BARE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")


def video_id_from(arg: str) -> str:
    if _BARE_ID.match(arg):
        return arg
    from videos.youtube import InvalidYouTubeURL, parse_video_id

    try:
        return parse_video_id(arg)
    except InvalidYouTubeURL as exc:
        raise CommandError(f"{arg}: {exc}") from exc


def _timed(items) -> list[dict]:
    return [
        {"start_s": t.start_s, "end_s": t.end_s, "text": t.text}
        for t in items
        if isinstance(t, TimedText)
    ]


# What --json prints of a ResolvedPlace, besides its mentions.
PLACE_KEYS = ("name", "category", "address", "lat", "lng", "approximate", "confidence")


def place_json(place) -> dict:
    shown = {key: getattr(place, key) for key in PLACE_KEYS}
    return shown | {"mentions": [m.to_dict() for m in place.mentions]}


class ProgressBar:
    def __init__(self, stream, video_id: str):
        self.stream, self.video_id = stream, video_id

    def __call__(self, step: str, percent: int) -> None:
        filled = percent // 5
        self.stream.write(
            f"\r{self.video_id} [{'#' * filled}{'.' * (20 - filled)}] {percent:3d}% {step:<22}"
        )
        self.stream.flush()

    def done(self) -> None:
        self(" done", 100)
        self.stream.write("\n")


class Command(BaseCommand):
    help = "Read videos (local bundles or YouTube) and print their texts and places."

    def add_arguments(self, parser):
        parser.add_argument("videos", nargs="+", metavar="URL_OR_ID")
        parser.add_argument("--bundles", help="read local bundles from this folder")
        parser.add_argument("--json", action="store_true", help="one JSON line per video")
        parser.add_argument(
            "--explain",
            action="store_true",
            help="print every candidate with its rule ids, features, score and why it was "
            "kept or dropped",
        )

    def handle(self, *args, **options):
        source = self.source(options["bundles"])
        failed = 0
        for arg in options["videos"]:
            try:
                if options["explain"]:
                    result = self.explain(video_id_from(arg), source)
                else:
                    result = self.extract(video_id_from(arg), source, as_json=options["json"])
            except PipelineError as exc:
                failed += 1
                self.stderr.write(f"{arg}: {exc.code}: {exc}")
                continue
            self.stdout.write(result)
        if failed:
            raise CommandError(f"{failed} of {len(options['videos'])} videos failed")

    def source(self, bundles: str | None):
        from videos.pipeline.sources import LocalBundleSource, get_source

        if bundles:
            if not Path(bundles).is_dir():
                raise CommandError(f"--bundles {bundles}: not a folder")
            return LocalBundleSource(root=Path(bundles))
        return get_source()

    def explain(self, video_id: str, source) -> str:
        from places.extraction.decision import explain_video
        from videos.pipeline.run import read_media

        media = read_media(video_id, source=source)
        return f"{video_id}  {media.texts.title}\n" + explain_video(media.texts)

    def extract(self, video_id: str, source, *, as_json: bool) -> str:
        from videos.pipeline.run import find_places, read_media

        bar = ProgressBar(sys.stderr if as_json else self.stdout, video_id)
        media = read_media(video_id, source=source, progress=bar)
        _, places = find_places(media.texts, progress=bar)
        bar.done()
        texts = media.texts
        if as_json:
            return json.dumps(
                {
                    "video_id": video_id,
                    "title": texts.title,
                    "transcript": _timed(texts.transcript),
                    "ocr": _timed(texts.ocr),
                    "asr": _timed(texts.asr),
                    "places": [place_json(p) for p in places],
                },
                ensure_ascii=False,
            )
        frames = media.frame_text
        lines = [
            f"{video_id}  {texts.title}",
            f"  transcript: {len(texts.transcript)} segments"
            + (
                f" ({media.transcript.language}, {media.transcript.kind})"
                if media.transcript
                else ""
            ),
            f"  ocr: {len(texts.ocr)} lines from {frames.frames_read}/{frames.frames_sampled} "
            f"frames read ({frames.seconds:.1f}s)",
            f"  asr: {len(texts.asr)} segments",
            f"  places: {len(places)}",
        ]
        lines += [
            f"    - {p.name}  {p.address or ''}  "
            + (f"({p.lat:.4f}, {p.lng:.4f})" if p.lat is not None else "(no coordinates)")
            for p in places
        ]
        return "\n".join(lines)
