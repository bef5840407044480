"""Well-known sights named anywhere in a video (places/sights.py's table): "Petra", "the
colosseum", "경복궁", with or without a place word, in any case. Only a proposal: a sight
named in passing or in comparison is for the decision to drop."""

from __future__ import annotations

import re

from pind.texts import VideoTexts
from places.extraction.base import HEAD, Extractor, RawCandidate, Snippet
from places.extraction.text import is_noise
from places.sights import Found, find_sights

_HANGUL = re.compile(r"[가-힣]")


class SightsExtractor(Extractor):
    name = "sights"

    def extract(self, texts: VideoTexts, snippets: list[Snippet]) -> list[RawCandidate]:
        out = []
        for snippet in snippets:
            if is_noise(snippet.text):  # channel lines, teasers for the next video
                continue
            for found in find_sights(snippet.text):
                out.append(
                    RawCandidate(
                        name=_as_named(found),
                        snippet=snippet,
                        strength=HEAD,
                        extractor=self.name,
                        category="market" if found.sight.kind == "market" else "sight",
                        # Every name the sight goes by, so that "Wat Arun" and "왓아룬" in one
                        # video fuse into one place.
                        aliases=_other_names(found),
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


def _other_names(found: Found) -> tuple[str, ...]:
    """The sight's names in other scripts: "왓아룬" beside "Wat Arun" is one place said
    twice; another name in the same script ("Basantapur") may be another place nearby."""
    named = _as_named(found)
    script = _script(named)
    return tuple(n for n in (found.sight.name, *found.sight.aliases) if _script(n) != script)


def _script(name: str) -> str:
    if _HANGUL.search(name):
        return "hangul"
    return "latin" if name[:1].isascii() else "other"
