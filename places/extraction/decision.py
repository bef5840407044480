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

from pind.texts import VideoTexts
from places.extraction.base import SPEECH
from places.extraction.english import DEMONYMS
from places.extraction.fusion import Fused, Grouped
from places.extraction.spans import HAS_CAPITAL, patterns_around
from places.extraction.text import en_food, ko_food
from places.geo import distance_m
from places.lexicon import EN_HEAD_SET, KO_HEADS
from places.normalize import normalize_name
from places.regions import Region, lookup_region, names_a_sight
from places.sights import Sight, lookup_sight, lookup_sight_by_core
from places.vocab import words

MODEL_PATH = Path(__file__).with_name("decision.json")
SOURCES = ("title", "tags", "description", "chapter", "transcript", "ocr", "asr", "llm")
_HANGUL = re.compile(r"[가-힣]")
_VISIT_WORDS = re.compile(
    r"\b(?:we're at|we are at|let's go|welcome to|our first stop|we visited|we went to|"
    r"heading to|arrived)\b|왔어요|왔습니다|도착|방문|가볼게|갔어요|다녀왔",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Tree:
    """One regression tree of the boosted model, as parallel node arrays (leaf: left == -1)."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def path(self, x: list[float]) -> list[int]:
        node, out = 0, [0]
        while self.left[node] != -1:
            go_left = x[self.feature[node]] <= self.threshold[node]
            node = self.left[node] if go_left else self.right[node]
            out.append(node)
        return out

    def leaf_value(self, x: list[float]) -> float:
        node, left, right = 0, self.left, self.right
        feature, threshold = self.feature, self.threshold
        while left[node] != -1:
            node = left[node] if x[feature[node]] <= threshold[node] else right[node]
        return self.value[node]


def _depth(tree: Tree, node: int = 0) -> int:
    if tree.left[node] == -1:
        return 0
    return 1 + max(_depth(tree, tree.left[node]), _depth(tree, tree.right[node]))


@dataclass(frozen=True)
class Model:
    """Gradient-boosted trees over named features, plus fixed priors for untrained rules."""

    version: str
    names: tuple[str, ...]
    trees: tuple[Tree, ...]
    init: float
    learning_rate: float
    threshold: float
    priors: dict[str, float]
    trained_on: tuple[str, ...] = ()

    def vector(self, feats: dict[str, float]) -> list[float]:
        return [feats.get(n, 0.0) for n in self.names]

    def logit(self, feats: dict[str, float]) -> float:
        x = self.vector(feats)
        z = self.init + self.prior_logit(feats)
        for tree in self.trees:
            z += self.learning_rate * tree.leaf_value(x)
        return z

    def score(self, feats: dict[str, float]) -> float:
        z = self.logit(feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def scores(self, rows: list[dict[str, float]]) -> list[float]:
        """`score` of many candidates at once: every tree walked for all rows together
        (a long video has hundreds of candidates and the model hundreds of trees)."""
        if not rows:
            return []
        import numpy as np

        forest = self._arrays()
        x = np.array([self.vector(f) for f in rows], dtype=float)
        n, trees = len(rows), len(self.trees)
        node = np.zeros((n, trees), dtype=np.intp)
        tree_ix = np.arange(trees)
        for _ in range(forest["depth"]):
            feature = forest["feature"][tree_ix, node]
            left = (
                x[np.arange(n)[:, None], np.maximum(feature, 0)]
                <= forest["threshold"][tree_ix, node]
            )
            child = np.where(left, forest["left"][tree_ix, node], forest["right"][tree_ix, node])
            node = np.where(forest["left"][tree_ix, node] == -1, node, child)
        z = self.init + self.learning_rate * forest["value"][tree_ix, node].sum(axis=1)
        z += np.array([self.prior_logit(f) for f in rows])
        return [float(v) for v in 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))]

    def _arrays(self) -> dict:
        cached = self.__dict__.get("_forest")
        if cached is None:
            import numpy as np

            width = max(len(t.left) for t in self.trees)

            def table(attr: str, fill: float, dtype) -> np.ndarray:
                out = np.full((len(self.trees), width), fill, dtype=dtype)
                for i, t in enumerate(self.trees):
                    out[i, : len(t.left)] = getattr(t, attr)
                return out

            cached = {
                "feature": table("feature", -2, np.intp),
                "threshold": table("threshold", 0.0, float),
                "left": table("left", -1, np.intp),
                "right": table("right", -1, np.intp),
                "value": table("value", 0.0, float),
                "depth": max(_depth(t) for t in self.trees),
            }
            object.__setattr__(self, "_forest", cached)
        return cached

    def prior_logit(self, feats: dict[str, float]) -> float:
        """Rules absent from the training sets (the LLM path) add their documented prior."""
        return sum(w for n, w in self.priors.items() if feats.get(n) and n not in self.names)

    def contributions(self, feats: dict[str, float]) -> list[tuple[str, float]]:
        """Each feature's share of the logit, summed over the trees' decision paths."""
        x = self.vector(feats)
        parts: dict[str, float] = {}
        for tree in self.trees:
            path = tree.path(x)
            for parent, child in zip(path, path[1:], strict=False):
                name = self.names[tree.feature[parent]]
                delta = tree.value[child] - tree.value[parent]
                parts[name] = parts.get(name, 0.0) + self.learning_rate * delta
        for n, w in self.priors.items():
            if feats.get(n) and n not in self.names:
                parts[n] = w
        return sorted(parts.items(), key=lambda p: -abs(p[1]))

    def to_json(self) -> dict:
        return {
            "version": self.version,
            "kind": "gradient-boosted trees (sklearn GradientBoostingClassifier, exported)",
            "features": list(self.names),
            "init": self.init,
            "learning_rate": self.learning_rate,
            "threshold": self.threshold,
            "priors": self.priors,
            "trained_on": list(self.trained_on),
            "trees": [
                {
                    "feature": list(t.feature),
                    "threshold": list(t.threshold),
                    "left": list(t.left),
                    "right": list(t.right),
                    "value": list(t.value),
                }
                for t in self.trees
            ],
        }

    @classmethod
    def from_json(cls, data: dict) -> Model:
        return cls(
            version=str(data["version"]),
            names=tuple(data["features"]),
            trees=tuple(
                Tree(
                    feature=tuple(int(i) for i in t["feature"]),
                    threshold=tuple(float(v) for v in t["threshold"]),
                    left=tuple(int(i) for i in t["left"]),
                    right=tuple(int(i) for i in t["right"]),
                    value=tuple(float(v) for v in t["value"]),
                )
                for t in data["trees"]
            ),
            init=float(data["init"]),
            learning_rate=float(data["learning_rate"]),
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
    never: str
    model: Model

    @property
    def reason(self) -> str:
        """Why it was kept or dropped (worked out on demand: the pipeline never reads it)."""
        if self.never:
            return f"never a place: {self.never}"
        top = ", ".join(f"{n} {c:+.2f}" for n, c in self.model.contributions(self.features)[:3])
        verb = "kept" if self.kept else "dropped"
        return f"{verb}: score {self.score:.2f} vs {self.model.threshold:.2f} ({top})"


def decide(grouped: Grouped, model: Model | None = None) -> list[Fused]:
    return [v.fused for v in judge(grouped, model) if v.kept]


def judge(grouped: Grouped, model: Model | None = None) -> list[Verdict]:
    """Every candidate with its features, score and the reason it is kept or dropped."""
    model = model or shipped_model()
    out = []
    rows = video_features(grouped)
    for fused, feats, score in zip(grouped.fused, rows, model.scores(rows), strict=True):
        never = never_a_place(fused.candidate.name)
        kept = not never and score >= model.threshold
        out.append(Verdict(fused, feats, score, kept, never, model))
    return out


_PRICE_OR_DATE = re.compile(
    r"^[\d\s,.:/$€£¥₩%+-]+$|\d+\s?(?:원|엔|달러|usd|krw|won)\b|^@|^#|https?://", re.IGNORECASE
)


def never_a_place(name: str) -> str:
    """Hand filters only for things that are never places: prices, handles, dates, links,
    a people's adjective alone ("Japanese"), a continent or world region, a country, province
    or big city ("Montreal")."""
    if _PRICE_OR_DATE.search(name.strip()):
        return "a price, number, handle or link"
    if normalize_name(name) in _sentence_words():
        return "a sentence word"
    if name.strip().lower() in DEMONYMS:
        return "a people's adjective"
    if _world_region(name):
        return "a continent or world region"
    if _a_big_area(name):
        return "a country, province or city: the video's region, not a pin"
    return ""


@functools.cache
def _world_regions() -> frozenset[str]:
    return frozenset(normalize_name(w) for w in words("world_regions"))


def _world_region(name: str) -> bool:
    key = normalize_name(re.sub(r"^\s*the\s+", "", name, flags=re.IGNORECASE))
    return key in _world_regions()


# A city this big is where a video is, not a place in it: labelled sets count cities as
# context, and a vlog that visits nowhere must pin nothing. A smaller town's name is often
# a sight's too ("Castle Hill").
_CITY_PEOPLE = 100_000


def _a_big_area(name: str) -> bool:
    region = lookup_region(name)
    if region is None or lookup_sight(name) is not None:
        return False
    return region.kind in ("country", "province") or region.population >= _CITY_PEOPLE


@functools.cache
def _sentence_words() -> frozenset[str]:
    return frozenset(normalize_name(w) for w in words("en_not_names"))


def video_features(grouped: Grouped) -> list[dict[str, float]]:
    """The features of every candidate in one video."""
    said = [s for s in grouped.snippets if s.source in ("transcript", "asr", "description")]
    text = "\n".join(s.text for s in said)
    lower = text.lower()
    everything = "\n".join(s.text for s in grouped.snippets)
    cues = [s.text for s in grouped.snippets if s.source in SPEECH]
    cased = sum(1 for t in cues if HAS_CAPITAL.search(t)) / len(cues) if cues else 1.0
    video = {
        "video.cased_speech": cased,
        "video.korean": float(bool(_HANGUL.search(everything))),
        "video.candidates": math.log1p(len(grouped.fused)),
        "video.visit_words": math.log1p(len(_VISIT_WORDS.findall(everything))),
        "video.has_region": float(grouped.context is not None),
    }
    tags = _tags(grouped)
    title = next((s.text for s in grouped.snippets if s.source == "title"), "")
    lower_words = set(re.findall(r"\b[a-z][a-z'’-]+\b", text))
    out = []
    for f in grouped.fused:
        feats = {**video, **candidate_features(f, text, lower)}
        name = f.candidate.name
        # In lower-case auto-captions every name is written in lower case.
        feats["lowercase_elsewhere"] *= cased
        tokens = [t.lower().strip(".,!?") for t in name.split()]
        feats["words_said_lowercase"] = cased * (
            sum(t in lower_words for t in tokens) / len(tokens) if tokens else 0.0
        )
        key = normalize_name(name)
        feats["tag_exact"] = float(key in tags)
        feats["in_tag"] = float(any(key in t for t in tags if len(key) >= 4))
        feats["in_title"] = float(bool(title) and name.lower() in title.lower())
        feats.update(_word_rarity(tokens))
        feats.update(_spoken_context(f, name))
        # One count of the speech patterns that announce the name, in any case.
        feats["speech_patterns"] = max(
            feats["speech_patterns"], feats.pop("speech_patterns_lower", 0.0)
        )
        feats.update(_sight_features(f, grouped.context))
        if feats.get("known_sight_here"):
            # ... and surely so when the title or the tags name it.
            feats["known_sight_here_named"] = max(feats["in_title"], feats["in_tag"])
        if not any(r.extractor != "spans" for r in f.cluster.raws):
            feats["span_only"] = 1.0
            for k in _SPAN_CROSSED:
                feats[f"span_only*{k}"] = feats.get(k, 0.0)
        out.append(feats)
    return out


# Features whose weight differs for a name only the recall-first spans proposed.
_SPAN_CROSSED = (
    "tag_exact",
    "in_tag",
    "in_title",
    "mentions",
    "moments",
    "head.en",
    "head.first",
    "head.en_variant",
    "place_noun_before",
    "place_noun_after",
    "sight_word",
    "words",
    "lowercase_elsewhere",
    "words_said_lowercase",
    "region",
    "rarest_word",
    "mean_word",
    "midsentence",
    "after_preposition",
    "after_the",
)

# Words just before a name that make it the object of a visit, a stay or a naming.
_PLACE_LEAD = re.compile(
    r"\b(?:at|to|in|into|inside|outside|from|near|visit(?:ed|ing)?|called|named|toward|"
    r"towards|explor(?:e|ed|ing)|reach(?:ed)?|arrive[ds]? at|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _word_rarity(tokens: list[str]) -> dict[str, float]:
    """How common the name's words are in English at large (Zipf scale, 0 = unknown):
    "Market", "Ancient" are words; "Quellbrunn", "Marivo" are names."""
    from wordfreq import zipf_frequency

    zipfs = [zipf_frequency(t, "en") for t in tokens if t.isascii() and t.isalpha()]
    if not zipfs:
        return {"rarest_word": 0.0, "mean_word": 0.0}
    return {"rarest_word": min(zipfs), "mean_word": sum(zipfs) / len(zipfs)}


def _sight_features(fused: Fused, context: Region | None) -> dict[str, float]:
    """Whether the name is a well-known sight (places/sights.py), by a name of the table or
    by its core ("Schönbrunn Gardens"), and whether that sight lies elsewhere than the video's
    city (another country, or 150+ km away): "as tall as the Eiffel Tower" in a Seoul
    vlog."""
    near = (context.lat, context.lng) if context is not None and context.lat else None
    names = [fused.candidate.name, *(r.name for r in fused.cluster.raws)]
    sight = next((s for n in names if (s := lookup_sight(n, near)) is not None), None)
    if sight is None:
        # By its core, unless the name is a big area's ("Penang" is the city, not the Hill).
        sight = lookup_sight_by_core(fused.candidate.name)
        if sight is None or _a_big_area(fused.candidate.name):
            return {}
    elsewhere = _elsewhere(sight, context)
    # A sight of the video's own city (or of no known city) is most often one visited.
    return {
        "known_sight": 1.0,
        "known_sight_elsewhere": float(elsewhere),
        "known_sight_here": float(not elsewhere),
    }


# A sight further than this from the video's city is not in it ("the Statue of Liberty" in
# a Las Vegas vlog is the casino's copy, or a comparison).
_SIGHT_AWAY_M = 150_000


def _elsewhere(sight: Sight, context: Region | None) -> bool:
    if context is None or not context.country:
        return False
    if sight.country != context.country:
        return True
    if context.kind == "country" or not context.lat:
        return False
    return distance_m(context.lat, context.lng, sight.lat, sight.lng) > _SIGHT_AWAY_M


def _spoken_context(fused: Fused, name: str) -> dict[str, float]:
    """Where the name stands in the sentences that say it: mid-sentence capitals are names,
    and "at X", "into the X", "called X" make X the place someone is at."""
    lines = [r.snippet.text for r in fused.cluster.raws if r.snippet.source in SPEECH]
    lines += [s.text for s, _ in fused.cluster.echoes if s.source in SPEECH]
    seen = mid = lead = the = an = noun_before = noun_after = patterns = 0
    for line in lines:
        at = line.find(name)
        if at < 0 and line == line.lower():
            # A lower-case caption writes the name in lower case too, so no speech pattern
            # found it there: count the ones whose words stand around it.
            at = line.find(name.lower())
            if at >= 0:
                patterns = max(patterns, patterns_around(line[:at], line[at + len(name) :]))
        if at < 0:
            continue
        before = line[:at]
        seen += 1
        prev = _WORD.findall(before.lower())[-1:]
        nxt = _WORD.findall(line[at + len(name) :].lower())[:1]
        noun_before += bool(prev) and prev[0] in EN_HEAD_SET
        noun_after += bool(nxt) and nxt[0] in EN_HEAD_SET
        mid += bool(before.strip()) and not re.search(r"[.!?]\s*$", before)
        lead += bool(_PLACE_LEAD.search(before))
        the += bool(re.search(r"\b[Tt]he\s+$", before))
        an += bool(re.search(r"\b[Aa]n?\s+$", before))
    if not seen:
        return {}
    return {
        "speech_patterns_lower": float(patterns),
        "midsentence": mid / seen,
        "after_preposition": lead / seen,
        "after_the": the / seen,
        # "we tried a Marlow Bar": one of a kind (a product, a chain), not a place visited.
        "after_a": an / seen,
        "place_noun_before": noun_before / seen,
        "place_noun_after": noun_after / seen,
    }


_WORD = re.compile(r"[a-z][a-z'’]*")


def _tags(grouped: Grouped) -> set[str]:
    for f in grouped.fused:
        for r in f.cluster.raws:
            if r.snippet.source == "tags":
                return {normalize_name(t) for t in r.snippet.text.split(" | ") if t.strip()}
    return set()


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
            "max_strength": max(r.strength for r in c.raws),
            "speech_patterns": float(
                sum(r.startswith("en.speech.") or r == "en.lower.lead" for r in cand.rules)
            ),
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
            "head.first": float(len(tokens) > 1 and _leading_head(tokens[0])),
            "head.en_inside": float(any(t.lower().strip(".") in EN_HEAD_SET for t in tokens[1:-1])),
            "head.ko": float(name.replace(" ", "").endswith(KO_HEADS)),
            "head.en_variant": float(_longer_with_head(name, {r.name for r in c.raws})),
            "region": float(lookup_region(name) is not None),
            "sight_word": float(names_a_sight(name)),
            "food": float(en_food(name) or ko_food(name.replace(" ", ""))),
            "demonym_first": float(bool(tokens) and tokens[0].lower() in DEMONYMS),
            "lowercase_elsewhere": _lowercase_share(name, text, lower),
        }
    )
    return feats


def _leading_head(word: str) -> bool:
    """A place word that leads a name: "Museum" of X, "Cafe" X, "Rue" X, "Wat" X."""
    word = word.lower()
    return word in EN_HEAD_SET or word in words("heads_first")


def _longer_with_head(name: str, variants: set[str]) -> bool:
    """Another spelling in the cluster is this name plus a kind of place: "Jonker" beside
    "Jonker Street", "Saint Paul" beside "Saint Paul ruins"."""
    for v in variants:
        if v != name and v.startswith(name + " "):
            rest = v[len(name) :].split()
            if len(rest) == 1 and rest[0].lower().strip(".") in EN_HEAD_SET:
                return True
    return False


def _lowercase_share(name: str, text: str, lower: str) -> float:
    """How often the words of the name are written in lower case in the speech: "coffee" is
    a word, "Casa Oriel" a name. 0 for Hangul and for names never written in the speech."""
    if _HANGUL.search(name) or not name.strip():
        return 0.0
    needle = name.lower()
    total = lower.count(needle)
    if not total:
        return 0.0
    return max(0.0, total - text.count(name)) / total


def explain_video(texts: VideoTexts) -> str:
    """Every candidate of a video: rule ids, features, score, and why kept or dropped."""
    from places.extraction import propose
    from places.extraction.base import snippets_of
    from places.extraction.fusion import group

    snippets = snippets_of(texts)
    verdicts = judge(group(propose(texts, snippets), snippets))
    lines = [f"{sum(v.kept for v in verdicts)} kept of {len(verdicts)} candidates"]
    for v in sorted(verdicts, key=lambda v: (not v.kept, -v.score)):
        cand = v.fused.candidate
        lines.append(f"{'KEEP' if v.kept else 'drop'} {v.score:.3f}  {cand.name}")
        lines.append(f"    rules: {', '.join(cand.rules) or '-'}")
        lines.append(f"    why: {v.reason}")
        shown = {k: round(x, 3) for k, x in sorted(v.features.items()) if x}
        lines.append(f"    features: {shown}")
    return "\n".join(lines)
