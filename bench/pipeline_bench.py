"""Pipeline: seconds of work per minute of video, per step, on the dev bundles; frames
sampled vs OCR'd; and caption-line recall (all scenes, busy scenes), from the same run.

    .venv/bin/python bench/pipeline_bench.py [BUNDLES] [--cases CASES.py] [--repeat 1]

BUNDLES defaults to ../shared/eval/dev, CASES to the cases_dev.py beside it (the burned-in
captions: a caption counts as read when one OCR line within ±1 s of its window reads it
with ≥ 0.8 similarity, bench/media.py's rule). The Korean analyser, the region index and
the text detector are loaded first, as a warm worker has them; steps are timed from the
pipeline's own step boundaries (`progress`). Nothing is saved.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import setup_django  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundles", nargs="?", default=str(DEV))
    parser.add_argument("--cases", default=None)
    parser.add_argument("--only", help="comma-separated bundle ids")
    args = parser.parse_args(argv)
    setup_django()
    import os

    from django.conf import settings

    from bench.media import load_cases, recovered
    from places.extraction import warm_up
    from videos.pipeline import frames
    from videos.pipeline.run import STEP_NAMES, find_places, read_media
    from videos.pipeline.sources import LocalBundleSource

    bundles = Path(args.bundles)
    cases_path = Path(args.cases) if args.cases else bundles.parent / "cases_dev.py"
    cases = load_cases(cases_path) if cases_path.exists() else {}
    source = LocalBundleSource(root=bundles)
    ids = sorted(p.parent.name for p in bundles.glob("*/*.info.json"))
    if args.only:
        ids = [i for i in ids if i in args.only.split(",")]
    started = time.monotonic()
    warm_up()
    frames.get_detector()
    warm = time.monotonic() - started

    per_step: dict[str, float] = defaultdict(float)
    video_s = 0.0
    sampled = detected = read = lines_read = 0
    hits = {"all": [0, 0], "busy": [0, 0]}
    print(
        f"\nPipeline: dev bundles ({len(ids)}), OCR={settings.PIND_OCR} "
        f"fps={settings.PIND_OCR_FPS}, {os.cpu_count()} CPUs, warm-up {warm:.1f} s (once)"
    )
    for vid in ids:
        marks: list[tuple[str, float]] = []

        def progress(step: str, percent: int, marks=marks) -> None:
            if not marks or marks[-1][0] != step:
                marks.append((step, time.perf_counter()))

        t0 = time.perf_counter()
        media = read_media(vid, source=source, progress=progress)
        find_places(media.texts, progress=progress)
        marks.append(("end", time.perf_counter()))
        spent = {a: tb - ta for (a, ta), (_, tb) in zip(marks, marks[1:], strict=False)}
        for step, secs in spent.items():
            per_step[step] += secs
        duration = media.info.duration_s or 0
        video_s += duration
        ft = media.frame_text
        sampled += ft.frames_sampled
        read += ft.frames_read
        detected += ft.extra.get("frames_detected", 0)
        lines_read += ft.extra.get("lines_read", 0)
        note = ""
        if vid in cases and cases[vid].get("captions"):
            caps = cases[vid]["captions"]
            found = sum(recovered(c, ft.lines)[0] for c in caps)
            kinds = ["all", "busy"] if cases[vid].get("scene") == "busy" else ["all"]
            for kind in kinds:
                hits[kind][0] += found
                hits[kind][1] += len(caps)
            note = f", captions {found}/{len(caps)}" + (" (busy)" if "busy" in kinds else "")
        total = time.perf_counter() - t0
        print(
            f"  {vid}: {duration:.0f} s video in {total:.1f} s "
            f"({total / (duration / 60) if duration else 0:.1f} s/min); frames sampled "
            f"{ft.frames_sampled}, detected {ft.extra.get('frames_detected', 0)}, OCR'd "
            f"{ft.frames_read} ({ft.extra.get('lines_read', 0)} lines){note}"
        )
    minutes = video_s / 60
    total = sum(per_step.values())
    print(f"  per step, seconds per minute of video ({video_s:.0f} s of video):")
    for step in STEP_NAMES:
        if step in per_step:
            print(f"    {step:<22} {per_step[step] / minutes:6.2f}")
    print(
        f"  TOTAL {total / minutes:.2f} s per video minute ({total / video_s:.2f}× real time)"
        f"   reference #12: ~11 s quiet, 15 s busy; target ≤ 6 s on 2 cores"
    )
    print(f"  frames: sampled {sampled}, looked at {detected}, OCR'd {read} ({lines_read} lines)")
    recall = {k: (h / n if n else float("nan")) for k, (h, n) in hits.items()}
    print(
        f"  caption-line recall: busy scenes {hits['busy'][0]}/{hits['busy'][1]} = "
        f"{recall['busy']:.3f}, all {hits['all'][0]}/{hits['all'][1]} = {recall['all']:.3f}"
        f"   reference #12: 0.87 busy (unseen bundles); target ≥ 0.92"
    )
    return {"s_per_min": total / minutes, "recall": recall}


if __name__ == "__main__":
    main()
