"""manage.py evaluate DIR [--json]: extraction quality on a folder of bundles."""

import json
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Run media reading + place extraction + geocoding on every bundle in DIR and print "
        "per-video found/missed/false and overall precision, recall and F1 "
        "(the rule of shared/eval/score.py)."
    )

    def add_arguments(self, parser):
        parser.add_argument("bundles", type=Path)
        parser.add_argument("--json", action="store_true", help="one JSON report on stdout")
        parser.add_argument(
            "--predictions", type=Path, help="also write score.py's PREDICTIONS.jsonl here"
        )
        parser.add_argument(
            "--texts-cache",
            type=Path,
            help="read the media steps' texts from this JSON file if it exists, else write "
            "them there (fast reruns of extraction alone; delete it when OCR changes)",
        )

    def handle(
        self,
        *args,
        bundles: Path,
        json: bool,
        predictions: Path | None,
        texts_cache: Path | None,
        **options,
    ):
        if not bundles.is_dir():
            raise CommandError(f"{bundles} is not a directory")
        rows = run_bundles(
            bundles, progress=None if json else self.stderr.write, texts_cache=texts_cache
        )
        report = build_report(bundles, rows)
        if predictions:
            predictions.write_text(
                "".join(
                    _dumps({"video_id": r["video_id"], "places": r["places"]}) + "\n" for r in rows
                ),
                encoding="utf-8",
            )
        if json:
            self.stdout.write(_dumps(report))
            return
        for v in report["videos"]:
            self.stdout.write(v["line"])
        self.stdout.write(report["line"])
        self.stdout.write(
            f"untimed places={report['untimed_places']} "
            f"max seconds (extract+geocode)={report['max_find_seconds']:.3f}"
        )


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _load_texts(path: Path | None) -> dict:
    from pind.texts import TimedText, VideoTexts

    if path is None or not path.exists():
        return {}
    out = {}
    for vid, data in json.loads(path.read_text(encoding="utf-8")).items():
        timed = {
            k: tuple(TimedText.from_dict(t) for t in data.pop(k, []))
            for k in ("chapters", "transcript", "ocr", "asr")
        }
        out[vid] = VideoTexts(**{**data, **timed, "tags": tuple(data.get("tags", ()))})
    return out


def _save_texts(path: Path, texts: dict) -> None:
    from dataclasses import asdict

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        _dumps(
            {vid: {k: v for k, v in asdict(t).items() if k != "extra"} for vid, t in texts.items()}
        ),
        encoding="utf-8",
    )


def run_bundles(bundles: Path, progress=None, texts_cache: Path | None = None) -> list[dict]:
    from places.extraction import warm_up
    from videos.pipeline.run import find_places, read_media
    from videos.pipeline.sources import LocalBundleSource

    warm_up()  # timings below are per video in a warm worker
    source = LocalBundleSource(bundles)
    cached = _load_texts(texts_cache)
    read = {}
    rows = []
    folders = sorted(p.parent for p in bundles.glob("*/*.info.json"))
    for i, folder in enumerate(folders, 1):
        video_id = folder.name
        if progress:
            progress(f"[{i}/{len(folders)}] {video_id}")
        texts = cached.get(video_id) or read_media(video_id, source=source).texts
        read[video_id] = texts
        started = time.perf_counter()
        _, places = find_places(texts)
        seconds = time.perf_counter() - started
        rows.append(
            {
                "video_id": video_id,
                "seconds": round(seconds, 4),
                "places": [
                    {
                        "name": p.name,
                        "category": p.category,
                        "address": p.address,
                        "lat": p.lat,
                        "lng": p.lng,
                        "approximate": p.approximate,
                        "confidence": p.confidence,
                        "mentions": [m.to_dict() for m in p.mentions],
                    }
                    for p in places
                ],
            }
        )
    if texts_cache is not None and set(read) != set(cached):
        _save_texts(texts_cache, read)
    return rows


def build_report(bundles: Path, rows: list[dict]) -> dict:
    from places.evaluation import score

    result = score(bundles, {r["video_id"]: [p["name"] for p in r["places"]] for r in rows})
    untimed = sum(
        1
        for r in rows
        for p in r["places"]
        if not any(m["source"] and m["start_s"] is not None for m in p["mentions"])
    )
    by_id = {r["video_id"]: r for r in rows}
    return {
        "videos": [
            {
                "video_id": v.video_id,
                "found": v.found,
                "expected": v.expected,
                "missed": v.missed,
                "false": v.false,
                "line": v.line(),
                "places": by_id.get(v.video_id, {}).get("places", []),
            }
            for v in result.videos
        ],
        "precision": round(result.precision, 4),
        "recall": round(result.recall, 4),
        "f1": round(result.f1, 4),
        "line": result.line(),
        "untimed_places": untimed,
        "max_find_seconds": max((r["seconds"] for r in rows), default=0.0),
    }
