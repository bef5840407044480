"""Scoring extracted places against bundles' expected.json with exactly the rule of
shared/eval/score.py: normalised names; one containing the other counts when the shorter
has 3+ characters and at least half the longer's length; aliases count; optional names
are neither required nor false."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from places.normalize import names_match, normalize_name

norm = normalize_name
same = names_match


@dataclass
class VideoScore:
    video_id: str
    found: int
    expected: int
    missed: list[str]
    false: list[str]
    matched: int
    predicted: bool

    def line(self) -> str:
        return (
            f"{self.video_id}: found {self.found}/{self.expected} missed={self.missed} "
            f"false={self.false}" + ("" if self.predicted else " (no prediction)")
        )


@dataclass
class Score:
    videos: list[VideoScore] = field(default_factory=list)
    precision: float = 1.0
    recall: float = 1.0
    f1: float = 0.0

    def line(self) -> str:
        return f"precision={self.precision:.3f} recall={self.recall:.3f} f1={self.f1:.3f}"


def score(bundles: Path, predictions: dict[str, list[str]]) -> Score:
    tp_pred = n_pred = tp_exp = n_exp = 0
    result = Score()
    for exp_file in sorted(Path(bundles).glob("*/expected.json")):
        vid = exp_file.parent.name
        exp = json.loads(exp_file.read_text(encoding="utf-8"))
        names = [[p["name"], *p.get("aliases", [])] for p in exp["places"]]
        optional = exp.get("optional", [])
        got = predictions.get(vid, [])
        found = [any(same(g, n) for g in got for n in ns) for ns in names]
        fp = [
            g
            for g in got
            if not any(same(g, n) for ns in names for n in ns)
            and not any(same(g, o) for o in optional)
        ]
        matched = [g for g in got if any(same(g, n) for ns in names for n in ns)]
        n_exp += len(names)
        tp_exp += sum(found)
        n_pred += len(matched) + len(fp)
        tp_pred += len(matched)
        result.videos.append(
            VideoScore(
                video_id=vid,
                found=sum(found),
                expected=len(names),
                missed=[ns[0] for ns, f in zip(names, found, strict=True) if not f],
                false=fp,
                matched=len(matched),
                predicted=vid in predictions,
            )
        )
    result.precision = tp_pred / n_pred if n_pred else 1.0
    result.recall = tp_exp / n_exp if n_exp else 1.0
    p, r = result.precision, result.recall
    result.f1 = 2 * p * r / (p + r) if p + r else 0.0
    return result


def load_cases(path: Path) -> list[dict]:
    """The CASES list of an eval/cases_*.py file (plain data, no code run beyond it)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"cases_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise ValueError(f"{path}: not a Python file")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.CASES)


def case_texts(case: dict):
    """What the media steps would read from a synthetic case: its metadata, the transcript as
    spoken (one segment a cue) and its on-screen captions as OCR reads them when it reads
    them right. (Rendering and OCR-ing 200 videos costs hours on a small machine.)"""
    from pind.texts import TimedText, VideoTexts

    chapters = case.get("chapters") or []
    ends = [c[0] for c in chapters[1:]] + [case.get("duration")] if chapters else []
    return VideoTexts(
        video_id=case["id"],
        title=case.get("title", ""),
        description=case.get("description", ""),
        channel=case.get("channel", ""),
        language=case.get("lang", ""),
        tags=tuple(case.get("tags", ())),
        chapters=tuple(
            TimedText("chapter", t, float(s), float(e) if e is not None else None)
            for (s, t), e in zip(chapters, ends, strict=True)
        ),
        transcript=tuple(
            TimedText("transcript", text, float(s), float(s + d))
            for s, d, text in case.get("transcript", ())
        ),
        ocr=tuple(
            TimedText("ocr", cap[2], float(cap[0]), float(cap[1]))
            for cap in case.get("captions", ())
        ),
        duration_s=case.get("duration"),
    )


def case_expected(case: dict) -> dict:
    return {"places": case.get("places", []), "optional": case.get("optional", [])}
