"""Media steps benchmark: seconds per minute of video, frames sampled vs OCR'd, OCR recall.

    .venv/bin/python bench/media.py [BUNDLES] [--cases CASES.py] [--show]

BUNDLES defaults to PIND_BUNDLES_DIR. With --cases (a make_bundles cases file, e.g.
../shared/eval/cases_dev.py), it also measures OCR recall: a caption line counts as
recovered when an OCR line within ±1 s of its window reads it with ≥ 0.8 similarity.
This measures; it must never be used to tune to particular words.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import sys
import tempfile
import time
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pind.settings")
os.environ.setdefault("PIND_DEV", "1")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

from videos.pipeline import frames, transcripts  # noqa: E402
from videos.pipeline.sources import LocalBundleSource  # noqa: E402

# Characters a caption font cannot draw (emoji, symbols) are not expected back.
_DRAWABLE = re.compile(r"[^\w\s&%₩,.:()/+\-~!?']", re.UNICODE)


def norm(text: str) -> str:
    return "".join(_DRAWABLE.sub("", text).split()).lower()


def similarity(a: str, b: str) -> float:
    a, b = norm(a), norm(b)
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def load_cases(path: Path) -> dict[str, dict]:
    spec = importlib.util.spec_from_file_location("cases", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {case["id"]: case for case in module.CASES}


def recovered(caption: tuple, lines) -> tuple[bool, str]:
    """Recovered: an OCR line starting and ending within ±1 s of the caption's window."""
    start, end, text = caption[:3]
    best, best_text = 0.0, ""
    for line in lines:
        if abs(line.start_s - start) > 1 or abs((line.end_s or line.start_s) - end) > 1:
            continue
        score = similarity(text, line.text)
        if score > best:
            best, best_text = score, line.text
    return best >= 0.8, best_text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundles", nargs="?", default=str(settings.PIND_BUNDLES_DIR))
    parser.add_argument("--cases", help="cases file with the burned-in captions")
    parser.add_argument("--show", action="store_true", help="print every OCR line")
    args = parser.parse_args()

    source = LocalBundleSource(root=Path(args.bundles))
    cases = load_cases(Path(args.cases)) if args.cases else {}
    ids = sorted(p.parent.name for p in Path(args.bundles).glob("*/*.info.json"))
    total_video = total_secs = 0.0
    sampled = read = 0
    hits = captions = 0
    frames.get_detector()  # model load is once per worker, not per video
    print(f"OCR={settings.PIND_OCR} fps={settings.PIND_OCR_FPS} cpus={os.cpu_count()}")
    for video_id in ids:
        started = time.monotonic()
        info = source.fetch_info(video_id)
        transcripts.fetch_transcript(source, info)
        with tempfile.TemporaryDirectory() as tmp:
            result = frames.read_frames(source, info, workdir=Path(tmp))
        secs = time.monotonic() - started
        minutes = (info.duration_s or 0) / 60
        total_video += info.duration_s or 0
        total_secs += secs
        sampled += result.frames_sampled
        read += result.frames_read
        extra = result.extra
        line = (
            f"{video_id}: {info.duration_s:.0f}s video, {secs:.2f}s "
            f"({secs / minutes if minutes else 0:.2f} s/min), frames sampled "
            f"{result.frames_sampled}, detected {extra.get('frames_detected')}, "
            f"OCR'd {result.frames_read} ({extra.get('lines_read')} lines), "
            f"{len(result.lines)} OCR lines"
        )
        if video_id in cases:
            caps = cases[video_id]["captions"]
            ok = [recovered(c, result.lines) for c in caps]
            hits += sum(found for found, _ in ok)
            captions += len(caps)
            line += f", captions {sum(f for f, _ in ok)}/{len(caps)}"
            for cap, (found, got) in zip(caps, ok, strict=True):
                if not found:
                    line += f"\n    missed {cap[:3]} best={got!r}"
        print(line)
        if args.show:
            for t in result.lines:
                print(f"    {t.start_s:6.1f}-{t.end_s:6.1f} {t.confidence:.2f} {t.text}")
    per_min = total_secs / (total_video / 60) if total_video else 0
    print(
        f"TOTAL {total_video:.0f}s of video in {total_secs:.2f}s: {per_min:.2f} s per minute; "
        f"frames sampled {sampled}, OCR'd {read}"
    )
    if captions:
        print(f"OCR recall {hits}/{captions} = {hits / captions:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
