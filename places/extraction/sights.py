"""Well-known sights named anywhere in a video (places/sights.py's table): "Petra", "the
colosseum", "경복궁", with or without a place word, in any case. Only a proposal: a sight
named in passing or in comparison is for the decision to drop."""

from __future__ import annotations

import bisect
import re

from pind.texts import VideoTexts
from places.extraction.base import HEAD, SPEECH, Extractor, RawCandidate, Snippet
from places.extraction.text import is_noise
from places.sights import Found, find_sights

_HANGUL = re.compile(r"[가-힣]")


class SightsExtractor(Extractor):
    name = "sights"

    def extract(self, texts: VideoTexts, snippets: list[Snippet]) -> list[RawCandidate]:
        out = []
        cues = [s for s in snippets if s.source in SPEECH]
        for snippet in snippets:
            if snippet.source in SPEECH or is_noise(snippet.text):
                continue  # cues are read below; channel lines and teasers not at all
            out += [self._raw(found, snippet) for found in find_sights(snippet.text)]
        out += [self._raw(found, cue) for found, cue in _in_cues(cues)]
        return out

    def _raw(self, found: Found, snippet: Snippet) -> RawCandidate:
        return RawCandidate(
            name=_as_named(found),
            snippet=snippet,
            strength=HEAD,
            extractor=self.name,
            category="market" if found.sight.kind == "market" else "sight",
            # Every name the sight goes by in other scripts, so that "Wat Arun" and "왓아룬"
            # in one video fuse into one place.
            aliases=_other_names(found),
            rule="sight.known",
        )


def _in_cues(cues: list[Snippet]) -> list[tuple[Found, Snippet]]:
    """Sights in the caption cues read as one text, so that a name split over two cues
    ("fishermans" / "bastion") is found; each credited to the cue it begins in."""
    starts, parts, at = [], [], 0
    for cue in cues:
        starts.append(at)
        parts.append(cue.text)
        at += len(cue.text) + 1
    found_in = []
    for found in find_sights(" ".join(parts)):
        i = bisect.bisect_right(starts, found.start) - 1
        if not is_noise(cues[i].text):
            found_in.append((found, cues[i]))
    return found_in


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
