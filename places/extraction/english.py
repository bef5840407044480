"""English names: capitalised spans that end in a place word ("N Seoul Tower")."""

from __future__ import annotations

import re

from pind.texts import VideoTexts
from places import lexicon
from places.extraction.base import HEAD, SPEECH, SPOKEN, Extractor, RawCandidate, Snippet
from places.extraction.text import DATE_JOIN, category_of, en_food, is_noise
from places.vocab import words

_WORD = r"(?:[A-Z][\w'’.&-]*|[A-Z])"
# "Los Tacos No. 1", "Pier 39": a number that belongs to the name.
_NUMBER = r"(?:\s+(?:No\.?\s?)?\d{1,4}\b)?"
_SPAN = re.compile(
    rf"{_WORD}(?:\s+(?:{DATE_JOIN}|(?:of|the|de|la|du|del|di|da|am|an|on)\s+)?{_WORD})*{_NUMBER}"
)
# "Joe's Pizza on Carmine Street": the place, then the street it is on.
_ON_STREET = re.compile(
    r"^(.+?)\s+(?:on|in|at|near|off)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+"
    r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Square)$"
)
# Speech: "we went to X", "walked the X", "grabbed lunch at X", "queued for X".
_VISIT_BEFORE = re.compile(
    r"\b(?:to|at|for|from|visit(?:ed|ing)?|walk(?:ed)?(?:\s+along)?|explor(?:e|ed|ing)|"
    r"stop(?:ped)?\s+(?:at|by)|inside|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
EN_LEADING = frozenset(
    "the a an we i our my this that these at to in on from visiting visit welcome day then "
    "today tonight finally next first last here there it's its let's lets so and but".split()
)


def capitalised_spans(text: str) -> list[str]:
    if text.isupper():
        text = text.title()
    return [m.group(0) for m in _SPAN.finditer(text)]


def _strip_street(span: str) -> str:
    m = _ON_STREET.match(span)
    return m.group(1) if m else span


# Where someone ate or stopped: "lunch was at", "we stopped by", "grabbed a coffee at".
_ATE_AT = re.compile(
    r"\b(?:stopped\s+(?:at|by)|ate\s+at|(?:breakfast|brunch|lunch|dinner|coffee|drinks?)"
    r"\s+(?:was\s+|is\s+)?at|grabbed\s+(?:\w+\s+){0,2}at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def eaten_at(text: str, name: str) -> bool:
    """ "we stopped by Hansen's Sno-Bliz", "lunch was at Tek Sen": the name is somewhere
    someone ate or stopped, which speech rarely says of a person or a thing."""
    at = text.find(name)
    return at > 0 and bool(_ATE_AT.search(text[:at]))


def visited_names(text: str) -> list[str]:
    """Multi-word proper names right after a visit word in speech ("walked the High Line")."""
    if text.isupper():
        return []
    names = []
    for m in _SPAN.finditer(text):
        if not _VISIT_BEFORE.search(text[: m.start()]):
            continue
        words = _strip_street(m.group(0)).split()
        while words and words[0].lower() in EN_LEADING:
            words = words[1:]
        if len(words) >= 3 or (
            len(words) == 2 and not all(w.lower() in lexicon.EN_HEAD_SET for w in words)
        ):
            names.append(" ".join(words))
        elif len(words) == 1 and (
            _landmark_word(words[0], text[: m.start()])
            or (
                len(words[0]) >= 3
                and _ATE_AT.search(text[: m.start()])
                and not re.match(r"\s*(?:&|and\b|[A-Z])", text[m.end() :])
            )
        ):
            # "dinner was at Miku": one word is a name where someone ate.
            names.append(words[0])
    return names


_VISIT_THE = re.compile(
    r"\b(?:to|at|visit(?:ed|ing)?|saw|see|seeing|explor(?:e|ed|ing)|inside|into)\s+the\s+$",
    re.IGNORECASE,
)
_NOT_LANDMARKS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december christmas easter airbnb metro "
    "subway uber grab mrt bts".split()
)


def _landmark_word(word: str, before: str) -> bool:
    """ "we visited the Alhambra": one capitalised word after a visit word and "the" may be a
    landmark known by one name; speech also says "the Uber", so it needs a second source."""
    return (
        bool(_VISIT_THE.search(before))
        and len(word) >= 4
        and word[0].isupper()
        and not word.isupper()
        and word.lower() not in EN_LEADING
        and word.lower() not in lexicon.EN_HEAD_SET
        and word.lower() not in _NOT_LANDMARKS
        and not en_food(word)
    )


DEMONYMS = words("demonyms")
_INGREDIENTS = frozenset("egg milk honey ginger matcha cinnamon mint coconut iced hot cold".split())


def _drink(words: list[str]) -> bool:
    """ "Vietnamese Egg Coffee", "Turkish Coffee", "Egg Coffee": a kind of coffee or tea."""
    if words[-1].lower() not in ("coffee", "tea", "latte"):
        return False
    before = [w.lower() for w in words[:-1]]
    return bool(before) and all(w in DEMONYMS or w in _INGREDIENTS for w in before)


def head_names(text: str) -> list[str]:
    names = []
    for span in capitalised_spans(text):
        span = _strip_street(span)
        words = span.split()
        while words and words[0].lower() in EN_LEADING:
            words = words[1:]
        if len(words) < 2 or words[-1].lower().strip(".") not in lexicon.EN_HEAD_SET:
            continue
        if _drink(words):
            continue  # "Vietnamese Egg Coffee", "Irish Coffee": a drink, not a café
        if len(words) < 3 and all(w.lower() in lexicon.EN_HEAD_SET for w in words):
            continue  # "Night Market"; three such words are a name ("Village Park Restaurant")
        names.append(" ".join(words))
    return names


class EnglishExtractor(Extractor):
    name = "english"

    def extract(self, texts: VideoTexts, snippets: list[Snippet]) -> list[RawCandidate]:
        out = []
        for snippet in snippets:
            if not re.search(r"[A-Z]", snippet.text) or is_noise(snippet.text):
                continue
            names = head_names(snippet.text)
            for name in names:
                out.append(self._raw(name, snippet, HEAD))
            if snippet.source in SPEECH:
                for name in visited_names(snippet.text):
                    if name not in names and not en_food(name):
                        # Needs another source to agree: speech names people and things too,
                        # though hardly where they ate.
                        strength = HEAD if eaten_at(snippet.text, name) else SPOKEN
                        out.append(self._raw(name, snippet, strength))
        return out

    def _raw(self, name: str, snippet: Snippet, strength: float) -> RawCandidate:
        return RawCandidate(
            name=name,
            snippet=snippet,
            strength=strength,
            extractor=self.name,
            category=category_of(name),
        )
