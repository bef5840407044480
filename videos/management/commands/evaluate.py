"""manage.py evaluate SET … [--cv]: extraction quality on labelled videos.

A SET is a folder of bundles (<dir>/<video_id>/<video_id>.info.json + expected.json) or an
eval/cases_*.py file of synthetic cases. Without --cv: the shipped decision on one set
(a training score when the decision was fitted on it, and it says so). With --cv: held-out
figures only: a bundle folder in 5 folds by video, each cases file left out as a whole,
the decision retrained on everything else each time.
"""

from __future__ import annotations

import json
import pickle
import statistics
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

DEFAULT_CORPUS = (
    "../shared/eval/real-dev",
    "../shared/eval/cases_dev.py",
    "eval/cases_holdout*.py",
)
TEXTS_DIR = Path("var/eval")


class Command(BaseCommand):
    help = (
        "Score place extraction on labelled sets (the rule of shared/eval/score.py). "
        "--cv reports held-out precision, recall and F1 per fold and per set."
    )

    def add_arguments(self, parser):
        parser.add_argument("sets", nargs="*", type=Path, help="bundle folders or cases .py")
        parser.add_argument("--cv", action="store_true", help="held-out figures (retrains)")
        parser.add_argument("--folds", type=int, default=5, help="folds by video for folders")
        parser.add_argument(
            "--repeats",
            type=int,
            default=1,
            help="fold a folder this many ways (the first in id order, then shuffled) and "
            "report each way and their mean: one split of 40 videos moves F1 by a few points",
        )
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

    def handle(self, *args, sets: list[Path], cv: bool, **options):
        if cv:
            paths = expand(sets or [Path(p) for p in DEFAULT_CORPUS])
            report = cross_validate(
                paths,
                folds=options["folds"],
                repeats=options["repeats"],
                progress=self.stderr.write,
            )
            self.stdout.write(_dumps(report) if options["json"] else "\n".join(report["lines"]))
            return
        if len(sets) != 1:
            raise CommandError("give one set (a bundle folder or a cases .py), or use --cv")
        self.score_one(sets[0], **options)

    def score_one(self, path: Path, *, json: bool, predictions, texts_cache, **options):
        if path.suffix == ".py":
            rows = run_cases(path)
            report = build_report_cases(path, rows)
        else:
            check_bundles(path)
            rows = run_bundles(
                path, progress=None if json else self.stderr.write, texts_cache=texts_cache
            )
            report = build_report(path, rows)
        report["training"] = trained_on(path)
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
        self.stdout.write(
            report["line"]
            + (
                "  (TRAINING score: the decision was fitted on this set)"
                if report["training"]
                else ""
            )
        )
        self.stdout.write(
            f"untimed places={report['untimed_places']} seconds per video (extract+decide+"
            f"geocode, warm): median {report['median_find_seconds']:.3f}, "
            f"max {report['max_find_seconds']:.3f}"
        )


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def expand(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if "*" in str(p):
            out += sorted(Path().glob(str(p)), key=lambda q: (len(q.stem), q.stem))
        else:
            out.append(p)
    return out


def check_bundles(path: Path) -> None:
    """A folder that holds no bundles must not score 1.000: say what is wrong."""
    if not path.is_dir():
        raise CommandError(f"{path} is not a directory (nor a cases .py file)")
    if any(path.glob("*/*.info.json")):
        return
    deeper = sorted({p.parent.parent for p in path.glob("*/*/*.info.json")})
    hint = f"; bundles one level down in: {', '.join(map(str, deeper[:3]))}" if deeper else ""
    raise CommandError(
        f"{path} holds no bundles (expected {path}/<video_id>/<video_id>.info.json){hint}"
    )


def trained_on(path: Path) -> bool:
    from places.extraction.decision import shipped_model

    return path.resolve().name.removesuffix(".py") in shipped_model().trained_on


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


def bundle_texts(bundles: Path, texts_cache: Path | None, progress=None) -> dict:
    """Every bundle's texts, read by the media steps (or from the cache)."""
    from videos.pipeline.run import read_media
    from videos.pipeline.sources import LocalBundleSource

    source = LocalBundleSource(bundles)
    cached = _load_texts(texts_cache)
    read = {}
    folders = sorted(p.parent for p in bundles.glob("*/*.info.json"))
    for i, folder in enumerate(folders, 1):
        if progress and folder.name not in cached:
            progress(f"[{i}/{len(folders)}] {folder.name}")
        read[folder.name] = cached.get(folder.name) or read_media(folder.name, source=source).texts
    if texts_cache is not None and set(read) != set(cached):
        _save_texts(texts_cache, read)
    return read


def run_bundles(bundles: Path, progress=None, texts_cache: Path | None = None) -> list[dict]:
    from places.extraction import warm_up
    from videos.pipeline.run import find_places

    warm_up()  # timings below are per video in a warm worker
    rows = []
    for video_id, texts in bundle_texts(bundles, texts_cache, progress).items():
        started = time.perf_counter()
        _, places = find_places(texts)
        rows.append(_row(video_id, time.perf_counter() - started, places))
    return rows


def run_cases(path: Path) -> list[dict]:
    from places.evaluation import case_texts, load_cases
    from places.extraction import warm_up
    from videos.pipeline.run import find_places

    warm_up()
    rows = []
    for case in load_cases(path):
        started = time.perf_counter()
        _, places = find_places(case_texts(case))
        rows.append(_row(case["id"], time.perf_counter() - started, places))
    return rows


def _row(video_id: str, seconds: float, places) -> dict:
    return {
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


def build_report_cases(path: Path, rows: list[dict]) -> dict:
    """The report of a cases file, scored as its bundles would be."""
    import tempfile

    from places.evaluation import case_expected, load_cases

    with tempfile.TemporaryDirectory() as tmp:
        for case in load_cases(path):
            folder = Path(tmp) / case["id"]
            folder.mkdir()
            (folder / "expected.json").write_text(_dumps(case_expected(case)), encoding="utf-8")
        return build_report(Path(tmp), rows)


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
        "median_find_seconds": statistics.median([r["seconds"] for r in rows] or [0.0]),
    }


# ---- cross-validation -------------------------------------------------------------------


def labelled_sets(paths: list[Path], progress=None) -> dict[str, list]:
    """{set name: [training.Video]} for bundle folders and cases files."""
    from places.extraction import warm_up

    warm_up()
    sets: dict[str, list] = {}
    for path in paths:
        name = path.name.removesuffix(".py")
        cache = TEXTS_DIR / f"{name}.features-{_code_stamp(path)}.pickle"
        if cache.exists():
            sets[name] = pickle.loads(cache.read_bytes())
            continue
        if progress:
            progress(f"reading {name}")
        _label_set(sets, path, name, progress)
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(sets[name]))
    return sets


def _code_stamp(path: Path) -> str:
    """Candidate features depend on the set and on the extraction code and data: a cached
    feature file is reused only while neither changed."""
    import hashlib

    import places

    digest = hashlib.sha1()
    root = Path(places.__file__).parent
    for f in sorted(root.rglob("*")):
        if f.suffix in (".py", ".txt", ".csv") and f.is_file():
            digest.update(f.read_bytes())
    sources = [path] if path.is_file() else sorted(path.glob("*/*"))
    for f in sources:
        digest.update(f"{f}:{f.stat().st_mtime_ns}".encode())
    return digest.hexdigest()[:12]


def _label_set(sets: dict, path: Path, name: str, progress) -> None:
    from places.evaluation import case_expected, case_texts, load_cases
    from places.extraction.training import labelled_video

    if path.suffix == ".py":
        sets[name] = [
            labelled_video(case_texts(c), case_expected(c), name) for c in load_cases(path)
        ]
        return
    check_bundles(path)
    texts = bundle_texts(path, TEXTS_DIR / f"{name}.texts.json", progress)
    sets[name] = [
        labelled_video(
            t, json.loads((path / vid / "expected.json").read_text(encoding="utf-8")), name
        )
        for vid, t in texts.items()
    ]


def cross_validate(paths: list[Path], *, folds: int = 5, repeats: int = 1, progress=None) -> dict:
    sets = labelled_sets(paths, progress)
    by_video = {p.name for p in paths if p.suffix != ".py"}
    rows = []
    for name, videos in sets.items():
        others = [v for n, vs in sets.items() if n != name for v in vs]
        splits = range(max(repeats, 1)) if name in by_video else [0]
        runs = [_held_out(videos, others, folds if name in by_video else 0, s) for s in splits]
        row = {"set": name, **runs[0]}
        if len(runs) > 1:
            f1s = [r["f1"] for r in runs]
            row["repeats"] = [
                {"split": i, **{k: r[k] for k in ("precision", "recall", "f1")}}
                for i, r in enumerate(runs)
            ]
            row["mean"] = {
                k: round(sum(r[k] for r in runs) / len(runs), 3)
                for k in ("precision", "recall", "f1")
            }
            row["mean"]["f1_range"] = [min(f1s), max(f1s)]
        rows.append(row)
        if progress:
            progress(f"{name}: F1 {rows[-1]['f1']:.3f}")
    return {"sets": rows, "lines": _cv_lines(rows)}


def _held_out(videos: list, others: list, folds: int, split: int) -> dict:
    """Fit without each part in turn and score that part: folds by video (`folds` > 0,
    dealt by `split`), or the whole set left out."""
    from places.extraction.training import counts, fit, folds_by_video, predict, prf

    parts = folds_by_video(videos, folds, split) if folds else [videos]
    totals, empty_places, empty_videos = [0, 0, 0, 0], 0, 0
    fold_rows = []
    for i, held in enumerate(parts, 1):
        held_ids = {v.video_id for v in held}
        model = fit(others + [v for v in videos if v.video_id not in held_ids])
        fold = [0, 0, 0, 0]
        for v in held:
            got = predict(model, v)
            for j, n in enumerate(counts(v, got)):
                fold[j] += n
            if not v.expected:
                empty_videos += 1
                empty_places += len(got)
        totals = [a + b for a, b in zip(totals, fold, strict=True)]
        if len(parts) > 1:
            fold_rows.append({"fold": i, "videos": len(held), **_figures(prf(tuple(fold)))})
    return {
        "split": f"{len(parts)} folds by video" if len(parts) > 1 else "left out",
        "videos": len(videos),
        "folds": fold_rows,
        "no_venue_videos": empty_videos,
        "places_on_no_venue_videos": empty_places,
        **_figures(prf(tuple(totals))),
    }


def _figures(p_r_f: tuple[float, float, float]) -> dict:
    p, r, f = p_r_f
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def _cv_lines(rows: list[dict]) -> list[str]:
    lines = [
        "HELD-OUT figures: the decision is retrained without the fold or set it is scored on.",
        f"{'set':<22}{'split':<20}{'videos':>7}{'P':>7}{'R':>7}{'F1':>7}  no-venue videos: places",
    ]
    for r in rows:
        lines.append(
            f"{r['set']:<22}{r['split']:<20}{r['videos']:>7}{r['precision']:>7.3f}"
            f"{r['recall']:>7.3f}{r['f1']:>7.3f}  "
            f"{r['no_venue_videos']}: {r['places_on_no_venue_videos']}"
        )
        for f in r["folds"]:
            lines.append(
                f"  fold {f['fold']:<36}{f['videos']:>7}{f['precision']:>7.3f}"
                f"{f['recall']:>7.3f}{f['f1']:>7.3f}"
            )
        if "mean" in r:
            for x in r["repeats"][1:]:
                lines.append(
                    f"  split {x['split']} (shuffled){'':<28}{x['precision']:>7.3f}"
                    f"{x['recall']:>7.3f}{x['f1']:>7.3f}"
                )
            m = r["mean"]
            lines.append(
                f"  mean of {len(r['repeats'])} splits{'':<28}{m['precision']:>7.3f}"
                f"{m['recall']:>7.3f}{m['f1']:>7.3f}  (F1 {m['f1_range'][0]:.3f}"
                f"–{m['f1_range'][1]:.3f})"
            )
    left_out = [r for r in rows if r["split"] == "left out"]
    if left_out:
        f1s = [r["f1"] for r in left_out]
        lines.append(
            f"leave-one-set-out over {len(f1s)} sets: mean F1 {sum(f1s) / len(f1s):.3f}, "
            f"lowest {min(f1s):.3f} ({min(left_out, key=lambda r: r['f1'])['set']})"
        )
    return lines
