"""Place extraction: VideoTexts → fused PlaceCandidates.

Extractors are chosen by name in settings.PIND_EXTRACTORS and loaded lazily; one that
cannot run (a missing key, a broken reply) is skipped with a log line and the others stand.
"""

from __future__ import annotations

import gc
import logging
import re
from dataclasses import replace

from django.conf import settings

from pind.backends import build_backend
from pind.texts import TimedText, VideoTexts
from places.extraction.base import (
    HEAD,
    STRONG,
    TITLE_CARD,
    Extractor,
    ExtractorError,
    RawCandidate,
    Snippet,
    snippets_of,
)
from places.types import PlaceCandidate

logger = logging.getLogger(__name__)

EXTRACTORS: dict[str, str] = {
    "rules": "places.extraction.rules.RulesExtractor",
    "korean": "places.extraction.korean.KoreanExtractor",
    "english": "places.extraction.english.EnglishExtractor",
    "gazetteer": "places.extraction.gazetteer.GazetteerExtractor",
    "gemini": "places.extraction.gemini.GeminiExtractor",
    "openai": "places.extraction.openai_compat.OpenAIExtractor",
    "spans": "places.extraction.spans.SpansExtractor",
    "sights": "places.extraction.sights.SightsExtractor",
}
# Always run: the recall-first generator whose candidates the decision was trained on.
CORE = ("spans",)
# Rule ids for extractors that do not name their rules one by one: the kind of evidence,
# by the strength the extractor gave it.
_PREFIX = {"rules": "desc", "rules:card": "card", "korean": "ko", "english": "en"}
_SINGLE = {"gazetteer": "gazetteer", "gemini": "llm", "openai": "llm", "llm": "llm"}


# Every rule id a candidate can carry. tests/places/test_rule_ids.py proves each on an example
# of its own and fails on an id that is not listed here, so a new rule comes with both.
RULE_IDS: tuple[str, ...] = (
    # spans.py: the recall-first generator (its speech patterns are spans.SPEECH_PATTERNS)
    "en.caps_span",
    "en.caps_text",
    "en.caps_joined",
    "en.name_kind",
    "en.lower.head_phrase",
    "en.lower.lead",
    "title.segment",
    "title.at_place",
    "tags.segment",
    "en.speech.go_into",
    "en.speech.we_are_at",
    "en.speech.called",
    "en.speech.place_called",
    "en.speech.kind_before",
    "en.speech.behind_me",
    "en.speech.standing",
    "en.speech.welcome_to",
    "en.speech.visit",
    "en.speech.ate_at",
    "en.speech.arrive",
    "en.speech.stay",
    "en.speech.climb",
    "en.speech.in_front",
    "en.speech.eat_at",
    "en.speech.landmark_is",
    "en.speech.stop",
    # english.py, korean.py, rules.py: the precise rules, named by the strength they gave
    "en.head",
    "en.spoken",
    "ko.head",
    "ko.spoken",
    "ko.nnp",
    "desc.strong",
    "card.card",
    "card.card.area",
    # sights.py: a well-known sight of the world named anywhere (places/data/world_sights.csv)
    "sight.known",
    # curated places, and a language model where a deployment has one
    "gazetteer",
    "llm",
)


def get_extractor(name: str) -> Extractor:
    """The extractor `name` stands for (a short name or a dotted path), built now; an
    unknown name is a permanent `ExtractorError`, so `propose` skips it with a log line."""
    return build_backend(name, EXTRACTORS, kind="extractor", error=ExtractorError)


def extract_places(texts: VideoTexts) -> list[PlaceCandidate]:
    """Every place the video names or shows, fused across sources, in video order."""
    from places.extraction.fusion import fuse

    snippets = snippets_of(texts)
    return fuse(propose(texts, snippets), snippets)


def ruled_places(texts: VideoTexts) -> list[PlaceCandidate]:
    """The places the hand rules alone keep (their own gate, before the learned decision)."""
    from places.extraction.fusion import group, ruled

    snippets = snippets_of(texts)
    return ruled(group(propose(texts, snippets), snippets))


def propose(texts: VideoTexts, snippets: list[Snippet]) -> list[RawCandidate]:
    """Every extractor's claims, each tagged with the id of the rule that made it."""
    raws: list[RawCandidate] = []
    names = [*settings.PIND_EXTRACTORS, *(n for n in CORE if n not in settings.PIND_EXTRACTORS)]
    for name in names:
        try:
            raws.extend(get_extractor(name).extract(texts, snippets))
        except ExtractorError as exc:
            logger.warning("extractor %s skipped: %s", name, exc)
        except Exception:
            logger.exception("extractor %s failed; the others' results stand", name)
    out = []
    for raw in raws:
        name = tidy_name(raw.name)
        if name:
            out.append(replace(raw, name=name, rule=raw.rule or rule_id(raw)))
    return out


_SENTENCE_END = re.compile(r"(?<!\bSt)(?<!\bMt)(?<!\bDr)(?<!\bNo)[.!?]\s+(?=[A-Z])")


def tidy_name(name: str) -> str:
    """ "Lantern Room." → "Lantern Room"; "Soviet Union. And" → "Soviet Union": a caption's
    punctuation is no part of a name, and a sentence that ends inside it ends it."""
    name = _SENTENCE_END.split(name, maxsplit=1)[0].strip(" ,!?;:")
    if name.endswith(".") and not re.search(r"\b(?:St|Mt|Dr|No|[A-Z])\.$", name):
        name = name[:-1].rstrip()
    return name


def rule_id(raw: RawCandidate) -> str:
    if raw.extractor in _SINGLE:
        return _SINGLE[raw.extractor]
    prefix = _PREFIX.get(raw.extractor, raw.extractor)
    if raw.strength >= STRONG:
        tier = "strong"
    elif raw.strength >= HEAD:
        tier = "head"
    elif raw.strength >= TITLE_CARD:
        tier = "card"
    else:
        tier = "spoken"
    return f"{prefix}.{tier}" + (".area" if raw.area else "")


def warm_up() -> None:
    """Load the Korean analyser and the region index now rather than in the first job."""
    from wordfreq import zipf_frequency

    from places.extraction.korean import kiwi
    from places.regions import warm_up as regions_warm_up

    kiwi().tokenize("서울역 앞 시장에서 만나요")
    regions_warm_up()
    zipf_frequency("market", "en")  # loads the English word frequencies the decision reads
    _warm_text_extractors()
    # The tables just loaded (analyser, regions, sights, word frequencies, the decision) live
    # as long as the worker: keep them out of the garbage collector's full passes, which
    # otherwise walk all of them and stall a job for a tenth of a second now and then.
    gc.freeze()


# The extractors that read text alone (no database, no network): warmed on a made-up video.
_TEXT_ONLY = ("rules", "korean", "english", "spans", "sights")


def _warm_text_extractors() -> None:
    """Compile the generators' patterns, index the sights table and load the decision on a
    made-up video, so that the first real one pays none of it (0.2 s on a small machine)."""
    from places.extraction.decision import decide
    from places.extraction.fusion import group

    texts = VideoTexts(
        video_id="warmup00000",
        title="A day at Orrin Market | 오린시장",
        description="📍 Orrin Market, 12 Vessa Road",
        transcript=(
            TimedText("transcript", "so we walked over to the Orrin Gardens", 0.0, 3.0),
            TimedText("transcript", "오늘은 오린시장에 왔어요", 3.0, 6.0),
        ),
    )
    snippets = snippets_of(texts)
    raws = [r for name in _TEXT_ONLY for r in get_extractor(name).extract(texts, snippets)]
    decide(group(raws, snippets))
