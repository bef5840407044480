"""Well-known sights named anywhere in a video (places/sights.py's table): "Petra", "the
colosseum", "경복궁", with or without a place word, in any case. Only a proposal: a sight
named in passing or in comparison is for the decision to drop."""

from __future__ import annotations

import re

from pind.texts import VideoTexts
from places.extraction.base import HEAD, Extractor, RawCandidate, Snippet
from places.sights import Found, find_sights

_HANGUL = re.compile(r"[가-힣]")


class SightsExtractor(Extractor):
    name = "sights"

    def extract(self, texts: VideoTexts, snippets: list[Snippet]) -> list[RawCandidate]:
        out = []
        for snippet in snippets:
            for found in find_sights(snippet.text):
                out.append(
                    RawCandidate(
                        name=_as_named(found),
                        snippet=snippet,
                        strength=HEAD,
                        extractor=self.name,
                        category="market" if found.sight.kind == "market" else "sight",
                        rule="sight.known",
                    )
                )
        return out


def _as_named(found: Found) -> str:
    """The name as the video writes it ("the colosseum" stays as said), except in a script
    that is neither Latin nor Hangul ("पशुपतिनाथ", "浅草寺"): then the table's name."""
    written = found.text
    if written.isascii() or _HANGUL.search(written) or written[:1].isascii():
        return written
    return found.sight.name
