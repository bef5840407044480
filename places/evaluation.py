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


def score_video(video_id: str, expected: dict, got: list[str] | None) -> VideoScore:
    """One video's row: each expected place (its name or an alias) found by some guess or
    missed; each guess matching an expected place, or false unless it names an optional one."""
    places = [[p["name"], *p.get("aliases", [])] for p in expected["places"]]
    guesses = got or []

    def names_a_place(guess: str) -> bool:
        return any(same(guess, name) for names in places for name in names)

    found = [any(same(g, name) for g in guesses for name in names) for names in places]
    matched = [g for g in guesses if names_a_place(g)]
    optional = expected.get("optional", [])
    return VideoScore(
        video_id=video_id,
        found=sum(found),
        expected=len(places),
        missed=[names[0] for names, hit in zip(places, found, strict=True) if not hit],
        false=[
            g for g in guesses if not names_a_place(g) and not any(same(g, o) for o in optional)
        ],
        matched=len(matched),
        predicted=got is not None,
    )


def score(bundles: Path, predictions: dict[str, list[str]]) -> Score:
    """Precision over the guesses that are not optional names, recall over the expected
    places, summed across every bundle's expected.json."""
    videos = [
        score_video(
            path.parent.name,
            json.loads(path.read_text(encoding="utf-8")),
            predictions.get(path.parent.name),
        )
        for path in sorted(Path(bundles).glob("*/expected.json"))
    ]
    guessed = sum(v.matched + len(v.false) for v in videos)
    expected = sum(v.expected for v in videos)
    precision = sum(v.matched for v in videos) / guessed if guessed else 1.0
    recall = sum(v.found for v in videos) / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(videos=videos, precision=precision, recall=recall, f1=f1)


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
