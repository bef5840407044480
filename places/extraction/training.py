"""Learning the decision from labelled videos (used by `manage.py train_decision` and
`manage.py evaluate --cv`; scikit-learn is imported here only, never at run time).

A fused candidate is a positive example when its name matches a required place of its
video by shared/eval/score.py's rule, a negative one when it matches nothing, and no
example at all when it matches only an optional name (neither required nor wrong).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from pind.texts import VideoTexts
from places.extraction.decision import Model, Tree, never_a_place, video_features
from places.normalize import names_match as same

VERSION = "25"
# The LLM path is absent from every training set, so its rule gets a prior instead of a
# learned weight: a grounded LLM claim (the name quoted from the video's own text) counts
# as much as the strongest learned rule, one line that pins a place ("desc.strong").
LLM_PRIOR_LIKE = "rule:desc.strong"


@dataclass
class Video:
    """One labelled video: its candidates' names, features and labels (None: optional)."""

    video_id: str
    group: str
    names: list[list[str]]
    features: list[dict[str, float]]
    labels: list[int | None]
    expected: list[list[str]] = field(default_factory=list)
    optional: list[str] = field(default_factory=list)
    never: list[bool] = field(default_factory=list)


def candidates_of(texts: VideoTexts):
    """The video's fused candidates (before the decision), with their features."""
    from places.extraction import propose
    from places.extraction.base import snippets_of
    from places.extraction.fusion import group

    snippets = snippets_of(texts)
    grouped = group(propose(texts, snippets), snippets)
    return grouped, video_features(grouped)


def labelled_video(texts: VideoTexts, expected: dict, group_name: str) -> Video:
    grouped, feats = candidates_of(texts)
    required = [[p["name"], *p.get("aliases", [])] for p in expected.get("places", [])]
    optional = list(expected.get("optional", []))
    names, labels = [], []
    for f in grouped.fused:
        own = [f.candidate.name]
        names.append(own)
        if any(same(own[0], n) for ns in required for n in ns):
            labels.append(1)
        elif any(same(own[0], o) for o in optional):
            labels.append(None)
        else:
            labels.append(0)
    never = [bool(never_a_place(n[0])) for n in names]
    return Video(texts.video_id, group_name, names, feats, labels, required, optional, never)


# Real videos count three times a synthetic one: they are what the product serves, and
# there are fewer of them (40 beside 190).
REAL_WEIGHT = 3.0
REAL_SETS = frozenset({"real-dev"})
THRESHOLD = 0.5
# Boosted trees fitted from this many seeds and averaged: one fit's F1 moves by about 0.005
# with any change to its rows (which rows each tree samples), the average much less.
SEEDS = 5


def fit(videos: list[Video]) -> Model:
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    rows = [
        (f, y, v.group)
        for v in videos
        for f, y in zip(v.features, v.labels, strict=True)
        if y is not None
    ]
    names = sorted({n for f, _, _ in rows for n in f})
    x = np.array([[f.get(n, 0.0) for n in names] for f, _, _ in rows], dtype=float)
    y = np.array([label for _, label, _ in rows])
    weight = np.array([REAL_WEIGHT if g in REAL_SETS else 1.0 for _, _, g in rows])
    # Shallow trees (each splits on two features at most) keep it readable and, measured
    # held-out, more precise than deeper ones at the same F1. Small leaves: a speech rule
    # seen on a handful of real videos must be able to move the score (leaves of 10 rows
    # cost real-dev held-out F1 0.02, of 20 rows 0.05-0.08; eval/README.md).
    trees = []
    for seed in range(SEEDS):
        clf = GradientBoostingClassifier(
            n_estimators=200,
            max_depth=2,
            learning_rate=0.1,
            subsample=0.8,
            min_samples_leaf=3,
            # Each split looks at a third of the features: rules seen on a few videos get
            # their turn beside the strong general ones (eval/README.md).
            max_features=0.3,
            random_state=seed,
        )
        clf.fit(x, y, sample_weight=weight)
        trees += [_tree(est[0].tree_) for est in clf.estimators_]
    base = float(np.average(y, weights=weight))
    model = Model(
        version=VERSION,
        names=tuple(names),
        # The seeds' boosted trees, averaged: every tree at a 1/SEEDS share of the rate.
        trees=tuple(trees),
        init=round(math.log(base / (1 - base)), 6),
        learning_rate=round(0.1 / SEEDS, 6),
        # Keep a candidate when it is more likely a place than not. A threshold tuned on the
        # training videos came out at 0.6-0.7 and cost held-out F1 (the trees are surer of
        # what they were fitted on); 0.5 is tuned on nothing.
        threshold=THRESHOLD,
        priors={"rule:llm": _llm_prior(rows)},
        trained_on=tuple(sorted({v.group for v in videos})),
    )
    return model


def _tree(t: Any) -> Tree:  # a fitted sklearn tree_
    return Tree(
        feature=tuple(int(i) for i in t.feature),
        threshold=tuple(round(float(v), 6) for v in t.threshold),
        left=tuple(int(i) for i in t.children_left),
        right=tuple(int(i) for i in t.children_right),
        value=tuple(round(float(v), 6) for v in t.value[:, 0, 0]),
    )


def _llm_prior(rows: list[tuple[dict, int, str]]) -> float:
    """How much a grounded LLM claim raises the odds that a candidate is a place: as much as
    the strongest rule it resembles, a line that lists a place ("desc.strong"), does on
    the training data (its log odds ratio against all candidates)."""

    def log_odds(ys: list[int]) -> float:
        p = (sum(ys) + 1) / (len(ys) + 2)
        return math.log(p / (1 - p))

    listed = [y for f, y, _ in rows if f.get(LLM_PRIOR_LIKE)]
    return round(log_odds(listed) - log_odds([y for _, y, _ in rows]), 4)


def predict(model: Model, video: Video, scores: list[float] | None = None) -> list[str]:
    scores = scores if scores is not None else model.scores(video.features)
    return [
        n[0]
        for n, s, never in zip(video.names, scores, video.never, strict=True)
        if s >= model.threshold and not never
    ]


def counts(video: Video, got: list[str]) -> tuple[int, int, int, int]:
    """(matched predictions, all counted predictions, found places, expected places)."""
    found = sum(any(same(g, n) for g in got for n in ns) for ns in video.expected)
    matched = [g for g in got if any(same(g, n) for ns in video.expected for n in ns)]
    false = [g for g in got if g not in matched and not any(same(g, o) for o in video.optional)]
    return len(matched), len(matched) + len(false), found, len(video.expected)


def prf(totals: tuple[int, int, int, int]) -> tuple[float, float, float]:
    tp_pred, n_pred, tp_exp, n_exp = totals
    p = tp_pred / n_pred if n_pred else 1.0
    r = tp_exp / n_exp if n_exp else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def folds_by_video(videos: list[Video], k: int, split: int = 0) -> list[list[Video]]:
    """k folds of whole videos: split 0 deals them in id order, split n > 0 after a shuffle
    seeded with n (deterministic either way)."""
    import random

    ordered = sorted(videos, key=lambda v: v.video_id)
    if split:
        random.Random(split).shuffle(ordered)
    return [ordered[i::k] for i in range(k)]


def log_loss(model: Model, videos: list[Video]) -> float:
    total, n = 0.0, 0
    for v in videos:
        for s, y in zip(model.scores(v.features), v.labels, strict=True):
            if y is None:
                continue
            p = min(max(s, 1e-9), 1 - 1e-9)
            total -= math.log(p if y else 1 - p)
            n += 1
    return total / max(n, 1)
