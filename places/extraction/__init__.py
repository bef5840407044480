"""Place extraction: VideoTexts → fused PlaceCandidates.

Extractors are chosen by name in settings.PIND_EXTRACTORS and loaded lazily; one that
cannot run (a missing key, a broken reply) is skipped with a log line and the others stand.
"""

from __future__ import annotations

import importlib
import logging

from django.conf import settings

from pind.texts import VideoTexts
from places.extraction.base import Extractor, ExtractorError, RawCandidate, snippets_of
from places.types import PlaceCandidate

logger = logging.getLogger(__name__)

EXTRACTORS: dict[str, str] = {
    "rules": "places.extraction.rules.RulesExtractor",
    "korean": "places.extraction.korean.KoreanExtractor",
    "english": "places.extraction.english.EnglishExtractor",
    "gazetteer": "places.extraction.gazetteer.GazetteerExtractor",
    "gemini": "places.extraction.gemini.GeminiExtractor",
    "openai": "places.extraction.openai_compat.OpenAIExtractor",
}


def get_extractor(name: str) -> Extractor:
    path = EXTRACTORS.get(name, name if "." in name else "")
    if not path:
        raise ExtractorError(f"Unknown extractor {name!r}", permanent=True)
    module, _, cls = path.rpartition(".")
    return getattr(importlib.import_module(module), cls)()


def extract_places(texts: VideoTexts) -> list[PlaceCandidate]:
    """Every place the video names or shows, fused across sources, in video order."""
    from places.extraction.fusion import fuse

    snippets = snippets_of(texts)
    raws: list[RawCandidate] = []
    for name in settings.PIND_EXTRACTORS:
        try:
            raws.extend(get_extractor(name).extract(texts, snippets))
        except ExtractorError as exc:
            logger.warning("extractor %s skipped: %s", name, exc)
        except Exception:
            logger.exception("extractor %s failed; the others' results stand", name)
    return fuse(raws, snippets)


def warm_up() -> None:
    """Load the Korean analyser and the region index now rather than in the first job."""
    from places.extraction.korean import kiwi
    from places.regions import warm_up as regions_warm_up

    kiwi().tokenize("서울역 앞 시장에서 만나요")
    regions_warm_up()
