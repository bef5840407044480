"""Pipeline: seconds of work per minute of video, per step; frames sampled vs OCR'd; and
caption-line recall (all scenes, busy scenes), all from the same run.

    .venv/bin/python bench/pipeline_bench.py [--only ID,ID] [--no-unseen]

Two sets: the dev bundles (../shared/eval/dev, captions in cases_dev.py) and busy-scene
bundles the OCR was not developed on (bench/cases_busy.py, rendered once into
var/bench/busy with ../shared/eval/make_bundles.py). A caption counts as read when one OCR
line within ±1 s of its window reads it with ≥ 0.8 similarity (bench/media.py's rule).
The Korean analyser, the region index and the text detector are loaded first, as a warm
worker has them; steps are timed at the pipeline's own step boundaries (`progress`).
Nothing is saved.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import setup_django  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
BUSY = ROOT / "var" / "bench" / "busy"


def unseen_bundles() -> Path | None:
    """Render bench/cases_busy.py once (Pillow, ffmpeg, a Korean font); None when it can't."""
    if not any(BUSY.glob("*/*.mp4")):
        BUSY.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [sys.executable, str(EVAL / "make_bundles.py"), str(ROOT / "bench/cases_busy.py"),
             str(BUSY)],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        if done.returncode:
            print(f"  (unseen busy bundles not rendered: {done.stderr.strip()[-300:]})")
            return None
    return BUSY


def _cpu() -> float:
    """CPU seconds of this process and its finished children (Tesseract runs as those)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def measure(label: str, bundles: Path, cases_path: Path, only: list[str] | None) -> dict:
    from bench.media import load_cases, recovered
    from videos.pipeline.run import find_places, read_media
    from videos.pipeline.sources import LocalBundleSource

    cases = load_cases(cases_path) if cases_path.exists() else {}
    source = LocalBundleSource(root=bundles)
    ids = sorted(p.parent.name for p in bundles.glob("*/*.info.json"))
    if only:
        ids = [i for i in ids if i in only] or ids[:2]
    out = {"steps": defaultdict(float), "video_s": 0.0, "frames": [0, 0, 0, 0], "cpu": 0.0}
    out["hits"] = {"all": [0, 0], "busy": [0, 0]}
    print(f"  {label} ({len(ids)} videos):")
    for vid in ids:
        marks: list[tuple[str, float]] = []

        def progress(step: str, percent: int, marks=marks) -> None:
            if not marks or marks[-1][0] != step:
                marks.append((step, time.perf_counter()))

        t0, cpu0 = time.perf_counter(), _cpu()
        media = read_media(vid, source=source, progress=progress)
        find_places(media.texts, progress=progress)
        marks.append(("end", time.perf_counter()))
        out["cpu"] += _cpu() - cpu0
        for (step, ta), (_, tb) in zip(marks, marks[1:], strict=False):
            out["steps"][step] += tb - ta
        duration = media.info.duration_s or 0
        out["video_s"] += duration
        ft = media.frame_text
        counts = (
            ft.frames_sampled,
            ft.extra.get("frames_detected", 0),
            ft.frames_read,
            ft.extra.get("lines_read", 0),
        )
        out["frames"] = [a + b for a, b in zip(out["frames"], counts, strict=True)]
        note = ""
        if cases.get(vid, {}).get("captions"):
            caps = cases[vid]["captions"]
            found = sum(recovered(c, ft.lines)[0] for c in caps)
            kinds = ["all", "busy"] if cases[vid].get("scene") == "busy" else ["all"]
            for kind in kinds:
                out["hits"][kind][0] += found
                out["hits"][kind][1] += len(caps)
            note = f", captions {found}/{len(caps)}" + (" busy" if "busy" in kinds else "")
        total = time.perf_counter() - t0
        print(
            f"    {vid}: {duration:.0f} s video in {total:.1f} s "
            f"({total / (duration / 60) if duration else 0:.1f} s/min); frames sampled "
            f"{counts[0]}, looked at {counts[1]}, OCR'd {counts[2]} ({counts[3]} lines){note}"
        )
    return out


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", help="comma-separated bundle ids (dev set)")
    parser.add_argument("--no-unseen", action="store_true", help="dev bundles only")
    args = parser.parse_args(argv)
    setup_django()
    from django.conf import settings

    from places.extraction import warm_up
    from videos.pipeline import frames
    from videos.pipeline.run import STEP_NAMES

    started = time.monotonic()
    warm_up()
    frames.get_detector()
    warm = time.monotonic() - started
    print(
        f"\nPipeline: OCR={settings.PIND_OCR} fps={settings.PIND_OCR_FPS}, "
        f"{os.cpu_count()} CPUs, warm-up {warm:.1f} s (once per worker, not counted)"
    )
    only = args.only.split(",") if args.only else None
    sets = {"dev": measure("dev bundles", EVAL / "dev", EVAL / "cases_dev.py", only)}
    busy = None if args.no_unseen else unseen_bundles()
    if busy:
        sets["unseen busy"] = measure(
            "unseen busy bundles", busy, ROOT / "bench/cases_busy.py", only
        )
    print(f"  {'seconds per video minute':<26}" + "".join(f"{n:>14}" for n in sets))
    for step in STEP_NAMES:
        if any(step in s["steps"] for s in sets.values()):
            cells = "".join(
                f"{s['steps'].get(step, 0) / (s['video_s'] / 60):>14.2f}" for s in sets.values()
            )
            print(f"    {step:<24}{cells}")
    totals = {n: sum(s["steps"].values()) / (s["video_s"] / 60) for n, s in sets.items()}
    print(
        f"    {'TOTAL':<24}" + "".join(f"{t:>14.2f}" for t in totals.values())
        + "   reference #12: ~11 quiet, 15 busy machine; target ≤ 6"
    )  # fmt: skip
    cpu = {n: s["cpu"] / (s["video_s"] / 60) for n, s in sets.items()}
    print(
        f"    {'CPU s per video minute':<24}" + "".join(f"{c:>14.2f}" for c in cpu.values())
        + "   (wall on 2 idle cores: between this ÷ 2 and this; wall above moves with the load)"
    )  # fmt: skip
    print(
        f"    {'× real time':<24}"
        + "".join(f"{t / 60:>14.3f}" for t in totals.values())
    )  # fmt: skip
    for name, s in sets.items():
        sampled, looked, read, lines = s["frames"]
        print(
            f"  {name}: frames sampled {sampled}, looked at {looked}, OCR'd {read} ({lines} lines)"
        )
    recall = {}
    for name, s in sets.items():
        for kind, (hit, n) in s["hits"].items():
            if n:
                recall[f"{name} {kind}"] = hit / n
                print(f"  caption-line recall, {name}, {kind} scenes: {hit}/{n} = {hit / n:.3f}")
    print("  reference #12: 0.87 on busy scenes (unseen bundles); target ≥ 0.92")
    return {"s_per_min": totals, "cpu_per_min": cpu, "recall": recall}


if __name__ == "__main__":
    main()
