"""The one decision: keep or drop each fused candidate, from explicit features.

`features()` turns a candidate and its video into named numbers; a logistic model whose
weights come from `manage.py train_decision` (places/extraction/decision.json) scores them;
a candidate is kept when its score reaches the file's threshold. No scikit-learn at run
time: the model is a dot product. `explain()` says which features pushed the score.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from places.extraction.english import DEMONYMS
from places.extraction.fusion import Fused, Grouped
from places.extraction.lexicon import EN_HEAD_SET, KO_HEADS
from places.extraction.text import en_food, ko_food
from places.extraction.vocab import words
from places.normalize import normalize_name
from places.regions import lookup_region, names_a_sight

MODEL_PATH = Path(__file__).with_name("decision.json")
SOURCES = ("title", "tags", "description", "chapter", "transcript", "ocr", "asr", "llm")
_HANGUL = re.compile(r"[가-힣]")
_VISIT_WORDS = re.compile(
    r"\b(?:we're at|we are at|let's go|welcome to|our first stop|we visited|we went to|"
    r"heading to|arrived)\b|왔어요|왔습니다|도착|방문|가볼게|갔어요|다녀왔",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Model:
    version: str
    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float
    priors: dict[str, float]
    trained_on: tuple[str, ...] = ()

    def score(self, feats: dict[str, float]) -> float:
        z = self.bias + self.prior_logit(feats)
        for name, w, m, s in zip(self.names, self.weights, self.mean, self.scale, strict=True):
            z += w * (feats.get(name, 0.0) - m) / s
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def prior_logit(self, feats: dict[str, float]) -> float:
        """Rules absent from the training sets (the LLM path) add their documented prior."""
        return sum(
            w for name, w in self.priors.items() if feats.get(name) and name not in self.names
        )

    def contributions(self, feats: dict[str, float]) -> list[tuple[str, float]]:
        parts = [
            (name, w * (feats.get(name, 0.0) - m) / s)
            for name, w, m, s in zip(self.names, self.weights, self.mean, self.scale, strict=True)
        ]
        parts += [(n, w) for n, w in self.priors.items() if feats.get(n) and n not in self.names]
        return sorted(parts, key=lambda p: -abs(p[1]))

    def to_json(self) -> dict:
        return {
            "version": self.version,
            "features": list(self.names),
            "weights": list(self.weights),
            "bias": self.bias,
            "mean": list(self.mean),
            "scale": list(self.scale),
            "threshold": self.threshold,
            "priors": self.priors,
            "trained_on": list(self.trained_on),
        }

    @classmethod
    def from_json(cls, data: dict) -> Model:
        return cls(
            version=str(data["version"]),
            names=tuple(data["features"]),
            weights=tuple(float(w) for w in data["weights"]),
            bias=float(data["bias"]),
            mean=tuple(float(m) for m in data["mean"]),
            scale=tuple(float(s) or 1.0 for s in data["scale"]),
            threshold=float(data["threshold"]),
            priors={k: float(v) for k, v in data.get("priors", {}).items()},
            trained_on=tuple(data.get("trained_on", ())),
        )


@functools.cache
def shipped_model() -> Model:
    return Model.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Verdict:
    fused: Fused
    features: dict[str, float]
    score: float
    kept: bool
    reason: str


def decide(grouped: Grouped, model: Model | None = None) -> list[Fused]:
    return [v.fused for v in judge(grouped, model) if v.kept]


def judge(grouped: Grouped, model: Model | None = None) -> list[Verdict]:
    """Every candidate with its features, score and the reason it is kept or dropped."""
    model = model or shipped_model()
    out = []
    for fused, feats in zip(grouped.fused, video_features(grouped), strict=True):
        never = never_a_place(fused.candidate.name)
        score = model.score(feats)
        kept = not never and score >= model.threshold
        if never:
            reason = f"never a place: {never}"
        else:
            top = ", ".join(f"{n} {c:+.2f}" for n, c in model.contributions(feats)[:3])
            verb = "kept" if kept else "dropped"
            reason = f"{verb}: score {score:.2f} vs {model.threshold:.2f} ({top})"
        out.append(Verdict(fused, feats, score, kept, reason))
    return out


_PRICE_OR_DATE = re.compile(
    r"^[\d\s,.:/$€£¥₩%+-]+$|\d+\s?(?:원|엔|달러|usd|krw|won)\b|^@|^#|https?://", re.IGNORECASE
)


def never_a_place(name: str) -> str:
    """Hand filters only for things that are never places: prices, handles, dates, links."""
    if _PRICE_OR_DATE.search(name.strip()):
        return "a price, number, handle or link"
    if normalize_name(name) in _sentence_words():
        return "a sentence word"
    return ""


@functools.cache
def _sentence_words() -> frozenset[str]:
    return frozenset(normalize_name(w) for w in words("en_not_names"))


def video_features(grouped: Grouped) -> list[dict[str, float]]:
    """The features of every candidate in one video."""
    said = [s for s in grouped.snippets if s.source in ("transcript", "asr", "description")]
    text = "\n".join(s.text for s in said)
    lower = text.lower()
    everything = "\n".join(s.text for s in grouped.snippets)
    cues = [s.text for s in grouped.snippets if s.source in ("transcript", "asr")]
    cased = sum(1 for t in cues if re.search(r"[A-Z]", t)) / len(cues) if cues else 1.0
    video = {
        "video.cased_speech": cased,
        "video.korean": float(bool(_HANGUL.search(everything))),
        "video.legacy_places": math.log1p(sum(f.checks["legacy_pass"] for f in grouped.fused)),
        "video.candidates": math.log1p(len(grouped.fused)),
        "video.visit_words": math.log1p(len(_VISIT_WORDS.findall(everything))),
        "video.has_region": float(grouped.context is not None),
    }
    out = []
    for f in grouped.fused:
        feats = {**video, **candidate_features(f, text, lower)}
        # In lower-case auto-captions every name is written in lower case.
        feats["lowercase_elsewhere"] *= cased
        out.append(feats)
    return out


def candidate_features(fused: Fused, text: str, lower: str) -> dict[str, float]:
    c, cand = fused.cluster, fused.candidate
    name = cand.name
    feats: dict[str, float] = {f"rule:{r}": 1.0 for r in cand.rules}
    sources = {r.snippet.source for r in c.raws} | {s.source for s, _ in c.echoes}
    feats.update({f"src:{s}": 1.0 for s in sources if s in SOURCES})
    times = {r.snippet.start_s for r in c.raws} | {s.start_s for s, _ in c.echoes}
    tokens = name.split()
    feats.update(
        {
            "legacy.pass": float(
                fused.checks["legacy_pass"] and not fused.checks["shorter_of_kept"]
            ),
            "legacy.score": fused.legacy_score,
            "max_strength": max(r.strength for r in c.raws),
            "area": float(fused.checks["area"]),
            "listed_product": float(fused.checks["listed_product"]),
            "shorter_of_kept": float(fused.checks["shorter_of_kept"]),
            "inside_longer": float(fused.checks["inside_longer"]),
            "way_there": float(fused.checks["way_there"]),
            "timed": float(fused.checks["timed"]),
            "n_sources": float(len(sources)),
            "mentions": math.log1p(len(c.raws) + len(c.echoes)),
            "moments": math.log1p(len({t for t in times if t is not None})),
            "address": float(bool(cand.address_hint)),
            "words": float(min(len(tokens), 6)),
            "hangul": float(bool(_HANGUL.search(name))),
            "digit": float(any(ch.isdigit() for ch in name)),
            "head.en": float(bool(tokens) and tokens[-1].lower().strip(".") in EN_HEAD_SET),
            "head.ko": float(any(name.replace(" ", "").endswith(h) for h in KO_HEADS)),
            "region": float(lookup_region(name) is not None),
            "sight_word": float(names_a_sight(name)),
            "food": float(en_food(name) or ko_food(name.replace(" ", ""))),
            "demonym_first": float(bool(tokens) and tokens[0].lower() in DEMONYMS),
            "lowercase_elsewhere": _lowercase_share(name, text, lower),
        }
    )
    return feats


def _lowercase_share(name: str, text: str, lower: str) -> float:
    """How often the words of the name are written in lower case in the speech: "coffee" is
    a word, "Hagia Sophia" a name. 0 for Hangul and for names never written in the speech."""
    if _HANGUL.search(name) or not name.strip():
        return 0.0
    needle = name.lower()
    total = lower.count(needle)
    if not total:
        return 0.0
    return max(0.0, total - text.count(name)) / total
