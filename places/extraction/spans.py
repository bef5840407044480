"""Recall-first candidates for English text: every capitalised span, title and tag segments,
and a few speech patterns that announce a place. These only propose; the decision
(places.extraction.decision) keeps or drops each fused candidate from its features.

Every candidate carries the id of the rule that proposed it, e.g. "en.speech.go_into".
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from pind.texts import VideoTexts
from places.extraction.base import SPEECH, SPOKEN, Extractor, RawCandidate, Snippet
from places.extraction.text import DATE_JOIN, category_of
from places.lexicon import EN_HEAD_SET
from places.vocab import words

# A capital of the Latin script, accented ones too ("Église", "Ölüdeniz", "Łódź").
_CAP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
HAS_CAPITAL = re.compile(f"[{_CAP}]")
# A name word: "Hagia", "McDonald's", "iPark", "St." ; joiners that may sit inside a name.
_WORD = rf"(?:[{_CAP}][\w'’&.-]*|[a-z]{{1,2}}[{_CAP}][\w'’-]*)"
_JOIN = r"(?:of|the|de|del|della|des|la|le|du|di|da|dos|das|van|von|y|and|&|on|at)"
_NAME = rf"{_WORD}(?:\s+(?:{DATE_JOIN}|{_JOIN}\s+)?{_WORD}){{0,5}}(?:\s+\d{{1,4}}\b)?"
CAPS_SPAN = re.compile(rf"(?<![\w'’]){_NAME}")
_TRAILING = " .,!?;:'\"’”)]}-–—…"
# A full stop that ends a sentence, not one that ends "St." or "Mt." inside a name.
_SENTENCE_END = re.compile(r"(?<!\bSt)(?<!\bMt)(?<!\bDr)(?<!\bNo)[.!?;:,]\s+")


# Kinds of place said in lower case before a name ("a café called", "our hostel"): the
# English place heads and a few words for a place in general.
_KINDS = "|".join(
    sorted({*(re.escape(h) for h in EN_HEAD_SET), "place", "spot", "shop", "stall", "guesthouse"})
)


@dataclass(frozen=True)
class Pattern:
    """One way English speech announces a place: the words before (or after) its name."""

    rule: str
    regex: re.Pattern[str]
    # The words alone, searched in the lower-cased line first: much cheaper than the whole
    # pattern (case-blind words, then a name), which runs only where they are.
    words: re.Pattern[str]
    # The words just before (or after) a name already found, in lower case: how a lower-case
    # caption track, where no name is capitalised, still says "let's go into X".
    around: re.Pattern[str]
    before: bool = True


def _before(rule: str, lead: str) -> Pattern:
    return Pattern(
        rule,
        re.compile(rf"\b(?i:{lead})\s+(?:[Tt]he\s+)?(?P<name>{_NAME})"),
        re.compile(rf"\b(?:{lead})\s"),
        re.compile(rf"\b(?:{lead})\s+(?:the\s+)?$"),
    )


def _after(rule: str, tail: str) -> Pattern:
    return Pattern(
        rule,
        re.compile(rf"(?P<name>{_NAME})\s+(?i:{tail})\b"),
        re.compile(rf"\s(?:{tail})\b"),
        re.compile(rf"^\s+(?:{tail})\b"),
        before=False,
    )


# Patterns of ordinary travel speech. Their examples live in tests/places/test_spans.py.
SPEECH_PATTERNS: tuple[Pattern, ...] = (
    _before(
        "en.speech.go_into",
        r"(?:let's|let us|we're going to|we are going to|we'll|gonna|going to|we)\s+"
        r"(?:go|head|pop|walk|step|check)\s+(?:in|into|inside|over to|to|out|up to|down to)",
    ),
    _before(
        "en.speech.we_are_at",
        r"(?:we're|we are|i'm|i am|we've arrived|we have arrived|we just arrived)\s+"
        r"(?:now\s+|here\s+|right\s+|currently\s+|finally\s+)*"
        r"(?:at|in front of|outside of|outside|inside|inside of|on top of|at the top of)",
    ),
    # "it's called X" names dishes as often as places; a kind of place before "called" does
    # not ("a little café called X", "looking for a place called X").
    _before("en.speech.called", r"(?:it's|it is|this is)\s+called"),
    _before("en.speech.place_called", rf"(?:{_KINDS})\s+(?:that's\s+|that is\s+)?called"),
    # The kind of place just before its name: "our hostel X", "our favourite restaurant X".
    _before("en.speech.kind_before", rf"(?:our|my|the|this|a)\s+(?:\w+\s+)?(?:{_KINDS})"),
    # What the camera shows: "behind me is X", "just behind us we have the X".
    _before(
        "en.speech.behind_me",
        r"(?:behind|in front of|next to|across from|beside)\s+(?:me|us)\s+"
        r"(?:is|we have|you have|you can see|you'll see|there's|there is|stands)",
    ),
    _before(
        "en.speech.standing",
        r"(?:we're|we are|i'm|i am)\s+(?:\w+\s+)?(?:standing|sitting|hanging out|walking)\s+"
        r"(?:on top of|in front of|outside of|outside|inside|on|at|in)",
    ),
    _before("en.speech.welcome_to", r"welcome\s+to"),
    _before(
        "en.speech.visit",
        r"(?:visit|visiting|visited|explore|exploring|explored|checking out|check out|"
        r"tour of|touring)",
    ),
    _before("en.speech.ate_at", r"(?:lunch|dinner|breakfast|brunch|coffee|drinks)\s+at"),
    _before(
        "en.speech.arrive",
        r"(?:made it|make it|arrived|arriving|arrive|got here|got|we're here|here)\s+"
        r"(?:to|at|in|inside)|(?:heading|headed|on our way|drove|driving|walking|walked|"
        r"hopped on a \w+|took a \w+)\s+(?:over\s+|back\s+|up\s+|down\s+)?(?:to|towards)",
    ),
    _before(
        "en.speech.stay",
        r"(?:stayed|staying|stay|checked in|checking in|check in|slept|sleeping)\s+"
        r"(?:at|in|into)",
    ),
    _before(
        "en.speech.climb",
        r"(?:climb|climbed|climbing|hike|hiked|hiking|stroll|strolled|strolling|wander|"
        r"wandered|wandering|walk|walked)\s+(?:up|up to|to|through|around|along|across|"
        r"into|over to|down)",
    ),
    _before(
        "en.speech.in_front",
        r"(?:in front of|right outside|the entrance to|the entrance of|the top of|"
        r"the inside of|the grounds of|the gates of)",
    ),
    _before(
        "en.speech.eat_at",
        r"(?:eat|ate|eating|grab|grabbed|grabbing|stopped|stopping|stop|pop|popped)\s+"
        r"(?:\w+\s+){0,3}?(?:at|by|into)",
    ),
    _after(
        "en.speech.landmark_is",
        r"(?:is|was)\s+(?:one of the|the most|the oldest|the biggest|the largest|"
        r"the best|the main|a famous|a popular|the famous|an iconic|the iconic|"
        r"built in|built by|located|famous for|known for|dates back)",
    ),
    _after(
        "en.speech.stop",
        r"(?:is|was|will be)\s+(?:our|my|the)\s+(?:first|next|last|final|second|third)\s+stop",
    ),
)

# A word every speech pattern above contains: a line without one is not read by them.
# Searched in the lower-cased line (several times faster than a case-blind search).
_ANY_LEAD = re.compile(
    r"\b(?:go|head\w*|pop\w*|walk\w*|step|check\w*|we|we're|i'm|i am|called|welcome|"
    r"visit\w*|explor\w*|tour\w*|lunch|dinner|breakfast|brunch|coffee|drinks|stop\w*|"
    r"made|make|arriv\w*|got|here|on our way|dr[io]ve|driving|hopped|took|stay\w*|slept|"
    r"sleeping|climb\w*|hik\w*|stroll\w*|wander\w*|in front|right outside|entrance|top|"
    r"inside|grounds|gates|eat\w*|ate|grab\w*|is|was|behind|next|across|beside|standing|"
    rf"sitting|hanging|{_KINDS})\b"
)

# Title and description separators: "Penang Travel Guide: Things to do | George Town".
_SEGMENT_SPLIT = re.compile(r"\s*(?:[|/:·•()\[\]{}!?]|\s[-–—]\s|,)\s*")
_NAME_THEN_WORD = re.compile(rf"(?<![\w'’])(?P<name>{_NAME})\s+(?P<kind>[a-z]+)\b")
_AT_PLACE = re.compile(rf"\b(?:at|in|inside|visiting)\s+(?:the\s+)?(?P<name>{_NAME})")


def clean_span(span: str) -> str:
    """Trim what a caption leaves around a name: punctuation and leading sentence words."""
    span = span.strip(_TRAILING)
    tokens = span.split()
    stop = words("en_not_names")
    while tokens and tokens[0].lower().strip(_TRAILING) in stop:
        tokens = tokens[1:]
    while tokens and tokens[-1].lower().strip(_TRAILING) in stop | {"of", "the", "and", "&"}:
        tokens = tokens[:-1]
    return " ".join(tokens).strip(_TRAILING)


def name_spans(text: str) -> Iterator[tuple[int, str]]:
    """Capitalised spans in a text, each with its offset, trimmed of sentence words."""
    if text.isupper():
        text = text.title()
    for m in CAPS_SPAN.finditer(text):
        offset = m.start()
        # "Soviet Union. And", "Fazer. From Fazer": a sentence ends inside the run of capitals.
        for part in _SENTENCE_END.split(m.group(0)):
            name = clean_span(part)
            if len(name) >= 3 and not name.isdigit():
                yield offset, name
            offset += len(part)


def named_kinds(text: str) -> Iterator[str]:
    """A name followed by the kind of place it is, in lower case: "the Rosemary restaurant",
    "Blue Lotus market": the kind word belongs to the name."""
    for m in _NAME_THEN_WORD.finditer(text):
        kind = m.group("kind")
        name = clean_span(m.group("name"))
        if kind in EN_HEAD_SET and len(name) >= 3 and not name.isdigit():
            yield f"{name} {kind}"


def spoken_places(text: str) -> Iterator[tuple[str, str]]:
    """(rule, name) for each speech pattern that introduces a capitalised name."""
    lower = text.lower()
    if not _ANY_LEAD.search(lower):
        return
    for pattern in SPEECH_PATTERNS:
        if not pattern.words.search(lower):
            continue
        for m in pattern.regex.finditer(text):
            name = clean_span(m.group("name"))
            if len(name) >= 3 and name[0].isupper():
                yield pattern.rule, name


def patterns_around(before: str, after: str) -> int:
    """How many speech patterns frame a name with these words before and after it (both in
    lower case): "so we went into" + name + "which is…"."""
    return sum(bool(p.around.search(before if p.before else after)) for p in SPEECH_PATTERNS)


def title_segments(title: str) -> Iterator[tuple[str, str]]:
    """(rule, name) for the parts of a title: each segment's capitalised spans, and the name
    after "at"/"in" ("Kids Playing at Maple Grove Park")."""
    for m in _AT_PLACE.finditer(title):
        name = clean_span(m.group("name"))
        if len(name) >= 3:
            yield "title.at_place", name
    for segment in _SEGMENT_SPLIT.split(title):
        for _, name in name_spans(segment):
            yield "title.segment", name


def tag_names(tags: tuple[str, ...]) -> Iterator[str]:
    """A tag written as words ("moss caves", "Tanner Street") is a name candidate."""
    for tag in tags:
        tag = tag.strip().lstrip("#")
        if 3 <= len(tag) <= 40 and re.search(r"[A-Za-z가-힣]", tag) and len(tag.split()) <= 5:
            yield tag if any(c.isupper() for c in tag) else tag.title()


# The name words that end a cue (it may end on a joining word: "Café du" / "Monde", "Museum
# of" / "Rain"), and those that start the next one.
_CUE_TAIL = re.compile(rf"{_WORD}(?:\s+{_WORD})?(?:\s+{_JOIN})?\W*$")
_CUE_HEAD = re.compile(rf"\s*{_WORD}(?:\s+{_WORD})*")
_CUE_END = re.compile(r"[.!?]\s*$")


def joined_cues(snippets: list[Snippet]) -> Iterator[tuple[Snippet, str]]:
    """A name split over two caption cues ("We're at Hagia" / "Sophia now"): the end of one
    cue joined with the start of the next, credited to the first."""
    timed = [s for s in snippets if s.source in SPEECH]
    for cue, nxt in zip(timed, timed[1:], strict=False):
        tail = _CUE_TAIL.search(cue.text)
        head = _CUE_HEAD.match(nxt.text)
        if tail and head and not _CUE_END.search(cue.text):
            yield cue, clean_span(f"{tail.group(0).strip(_TRAILING)} {head.group(0).strip()}")


# Lower-case caption tracks (auto-captions) write names like any other word, so the capitalised
# spans above see none. Two general patterns still find them there: words before a place
# word ("the great market hall", "matias church") and a few words after a verb of going or
# naming ("we went to roost worm which", "a bar called simpla cart").
_LOWER_LEAD = re.compile(
    r"\b(?:go|goes|going|went|gone|head|headed|heading|walk|walked|get|got|come|came)\s+"
    r"(?:over\s+|back\s+|down\s+|up\s+)?to|\bcalled|\bnamed|\bwelcome\s+to|"
    r"\b(?:we're|we are|i'm|i am)\s+(?:now\s+|here\s+)?at|\bstop\s+(?:is|was)|"
    r"\bnext\s+door\s+to|\bvisit(?:ed|ing)?"
)
_LOWER_TOKEN = re.compile(r"[^\W\d_][\w'’]*")
# A track is lower case when nearly no cue holds a capital.
_LOWER_TRACK_CAPS = 0.1


def lowercase_track(snippets: list[Snippet]) -> list[Snippet]:
    """The speech cues, when they are a lower-case track in a Latin script; else none."""
    timed = [s for s in snippets if s.source in SPEECH]
    if len(timed) < 8 or not all(s.text.isascii() or _latin(s.text) for s in timed):
        return []
    cased = sum(1 for s in timed if HAS_CAPITAL.search(s.text))
    return timed if cased <= _LOWER_TRACK_CAPS * len(timed) else []


def _latin(text: str) -> bool:
    return not re.search(r"[^\x00-\u024f\u2000-\u206f]", text)


def lowercase_names(cues: list[Snippet]) -> Iterator[tuple[Snippet, str, str]]:
    """(cue, rule, name) for the names in a lower-case track, read as one text so that a
    name split over two cues is whole; the name is credited to the cue it starts in."""
    tokens = [(m.group(0).lower(), cue) for cue in cues for m in _LOWER_TOKEN.finditer(cue.text)]
    said = [word for word, _ in tokens]
    found = [
        *(("en.lower.head_phrase", i, j) for i, j in _before_place_words(said)),
        *(("en.lower.lead", i, j) for i, j in _after_leads(said)),
    ]
    for rule, i, j in found:
        yield tokens[i][1], rule, " ".join(said[i:j]).title()


@functools.cache
def _name_breaks() -> frozenset[str]:
    return words("en_not_names") | words("en_lower_breaks")


def _before_place_words(said: list[str]) -> Iterator[tuple[int, int]]:
    """Up to three words before a place word, none of them a sentence word ("the great
    market hall"): the name's word span, place word included."""
    heads = EN_HEAD_SET  # lower case, as the track's words
    breaks = _name_breaks()
    for i, word in enumerate(said):
        if word not in heads or (i + 1 < len(said) and said[i + 1] in heads):
            continue  # the last of a run of place words ends the name ("market hall")
        start = i
        while start > 0 and i - start < 3 and said[start - 1] not in breaks:
            start -= 1
        if any(w not in heads for w in said[start:i]):
            yield start, i + 1


def _after_leads(said: list[str]) -> Iterator[tuple[int, int]]:
    """One to three words after a verb of going or naming, up to a sentence word, one of them
    rare enough to be a name rather than a thing ("caravan", not "the beach")."""
    from wordfreq import zipf_frequency

    breaks = _name_breaks()
    text = " ".join(said)
    offsets = [0]  # where each word starts in `text`
    for w in said[:-1]:
        offsets.append(offsets[-1] + len(w) + 1)
    for m in _LOWER_LEAD.finditer(text):
        i = bisect_left(offsets, m.end())
        if i < len(said) and said[i] == "the":
            i += 1
        end = i
        while end < len(said) and end - i < 3 and said[end] not in breaks:
            end += 1
        if end > i and min(zipf_frequency(w, "en") for w in said[i:end]) < _RARE_ZIPF:
            yield i, end


# Below this Zipf frequency a word is rare in English at large ("caravan" 3.5, "beach" 4.7).
_RARE_ZIPF = 4.0


class SpansExtractor(Extractor):
    """Proposes every capitalised name in English text, with the rule that saw it."""

    name = "spans"

    def extract(self, texts: VideoTexts, snippets: list[Snippet]) -> list[RawCandidate]:
        out: list[RawCandidate] = []
        for snippet in snippets:
            if snippet.source == "title":
                out += [self._raw(n, snippet, rule) for rule, n in title_segments(snippet.text)]
                continue
            if not HAS_CAPITAL.search(snippet.text):
                continue
            rule = "en.caps_span" if snippet.source in SPEECH else "en.caps_text"
            out += [self._raw(n, snippet, rule) for _, n in name_spans(snippet.text)]
            out += [self._raw(n, snippet, "en.name_kind") for n in named_kinds(snippet.text)]
            if snippet.source in SPEECH:
                out += [self._raw(n, snippet, rule) for rule, n in spoken_places(snippet.text)]
        for cue, name in joined_cues(snippets):
            if len(name.split()) >= 2:
                out.append(self._raw(name, cue, "en.caps_joined"))
        for cue, rule, name in lowercase_names(lowercase_track(snippets)):
            out.append(self._raw(name, cue, rule))
        if texts.tags:
            tag_line = Snippet("tags", " | ".join(texts.tags))
            out += [self._raw(n, tag_line, "tags.segment") for n in tag_names(texts.tags)]
        return out

    def _raw(self, name: str, snippet: Snippet, rule: str) -> RawCandidate:
        return RawCandidate(
            name=name,
            snippet=snippet,
            strength=SPOKEN / 2,
            extractor=self.name,
            category=category_of(name),
            rule=rule,
        )
