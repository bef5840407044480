"""English names: capitalised spans that end in a place word ("N Seoul Tower")."""

from __future__ import annotations

import re

from pind.texts import VideoTexts
from places.extraction import lexicon as lx
from places.extraction.base import HEAD, Extractor, RawCandidate, Snippet
from places.extraction.text import category_of, is_noise

_WORD = r"(?:[A-Z][\w'’.&-]*|[A-Z])"
_SPAN = re.compile(rf"{_WORD}(?:\s+(?:(?:of|the|de|la|du|del|di|da|am|an|on)\s+)?{_WORD})*")
EN_LEADING = frozenset(
    "the a an we i our my this that these at to in on from visiting visit welcome day then "
    "today tonight finally next first last here there it's its let's lets so and but".split()
)


def capitalised_spans(text: str) -> list[str]:
    if text.isupper():
        text = text.title()
    return [m.group(0) for m in _SPAN.finditer(text)]


def head_names(text: str) -> list[str]:
    names = []
    for span in capitalised_spans(text):
        words = span.split()
        while words and words[0].lower() in EN_LEADING:
            words = words[1:]
        if len(words) < 2 or words[-1].lower().strip(".") not in lx.EN_HEAD_SET:
            continue
        if all(w.lower() in lx.EN_HEAD_SET for w in words):
            continue
        names.append(" ".join(words))
    return names


class EnglishExtractor(Extractor):
    name = "english"

    def extract(self, texts: VideoTexts, snippets: list[Snippet]) -> list[RawCandidate]:
        out = []
        for snippet in snippets:
            if not re.search(r"[A-Z]", snippet.text) or is_noise(snippet.text):
                continue
            for name in head_names(snippet.text):
                out.append(
                    RawCandidate(
                        name=name,
                        snippet=snippet,
                        strength=HEAD,
                        extractor=self.name,
                        category=category_of(name),
                    )
                )
        return out
