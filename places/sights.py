"""Well-known sights of the world: the landmarks, squares, markets and natural wonders that
people name without a place word ("we finally made it to Petra") and that a geocoder
should find offline.

A table in places/data/world_sights.csv (name, aliases, country, city, kind, lat, lng),
loaded once per process; its header comment says where it comes from. Matching is on
`normalize_name` keys, whole words only, so "the colosseum" in a lower-case caption finds
"Colosseum" and "Parkview" is no "Park".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from places.geo import distance_m
from places.normalize import fold_accents, normalize_name
from places.vocab import table, words

# Keys this short are too often a word inside other names ("Bath", "Nara" read alone are
# kept: 4 characters); Hangul names carry more per character.
_MIN_LATIN_KEY = 4
_MIN_HANGUL_KEY = 2
_HANGUL = re.compile(r"[가-힣]")
# What may stand on either side of a matched name in the text.
_WORD_CHAR = re.compile(r"[\w'’]")
# What may follow a Korean name in the same word: particles and a few words said of a visit
# ("경복궁에서", "경복궁이랑", "경복궁투어"). Anything else makes another word: a road, a
# station or a branch named for the sight ("도산서원길", "경복궁역"), or a compound
# ("화산송이").
_KO_AFTER_NAME = re.compile(
    r"(?:(?:은|는|이|가|을|를|에|에서|에선|의|도|와|과|로|으로|랑|이랑|까지|부터|만|처럼|보다|"
    r"이에요|예요|이야|야|이죠|죠|이고|고|이라|라|이랑|하고|엔|에는|에도|이나|나|입니다|이다|"
    r"인데|이었|였|쪽|앞|근처|안|옆|투어|방문|구경|여행|산책|나들이)+)?(?![가-힣])"
)
# A romanised road or area after the name, a house number before it: an address line
# ("88 Changgyeonggung-ro", "1-1 Osakajo, Chuo Ward").
_ADDRESS_AFTER = re.compile(r"-(?:ro|gil|daero|dong|gu|si|eup|myeon|ri|ga)\b", re.IGNORECASE)
_HOUSE_NUMBER_BEFORE = re.compile(r"\b\d+(?:-\d+)*\s+$")
# What normalize_name keeps: letters and digits; and the words of a name, letters only.
_WORD_RUN = re.compile(r"[^\W_]+")
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Sight:
    name: str
    aliases: tuple[str, ...]
    country: str
    city: str
    kind: str
    lat: float
    lng: float


@dataclass(frozen=True, slots=True)
class Found:
    """A sight named in a text: the words as written there, and where."""

    sight: Sight
    text: str
    start: int


@functools.cache
def sights() -> tuple[Sight, ...]:
    return tuple(
        Sight(
            name=r["name"].strip(),
            aliases=tuple(a.strip() for a in r["aliases"].split("|") if a.strip()),
            country=r["country"].strip(),
            city=r["city"].strip(),
            kind=r["kind"].strip(),
            lat=float(r["lat"]),
            lng=float(r["lng"]),
        )
        for r in table("world_sights")
    )


def _usable(key: str) -> bool:
    if _HANGUL.search(key):
        return len(key) >= _MIN_HANGUL_KEY
    return len(key) >= _MIN_LATIN_KEY


@functools.cache
def _by_key() -> dict[str, tuple[Sight, ...]]:
    index: dict[str, list[Sight]] = {}
    for sight in sights():
        for name in (sight.name, *sight.aliases):
            key = key_of(name)
            if _usable(key) and sight not in index.get(key, ()):
                index.setdefault(key, []).append(sight)
    return {k: tuple(v) for k, v in index.items()}


def lookup_sight(name: str, near: tuple[float, float] | None = None) -> Sight | None:
    """The sight `name` is, by its name or another name it goes by. A name several sights
    share is the one nearest `near` (the video's city), and no answer without it."""
    found = _by_key().get(key_of(name), ())
    if len(found) == 1:
        return found[0]
    if not found or near is None:
        return None
    return min(found, key=lambda s: distance_m(near[0], near[1], s.lat, s.lng))


# A sight called by its own words with another kind word or none ("Schönbrunn Gardens",
# "Prambanan Temple", "the Neuschwanstein"): its core, the name without the words of
# places/data/sight_kind_words.txt. A core names one sight only when it is long enough
# and has a word that is rare in English: "Old Town" or "Royal" alone name nothing in
# particular.
_CORE_MIN_CHARS = 5
_RARE_ZIPF = 3.0


def core_of(name: str) -> tuple[str, ...]:
    kinds = words("sight_kind_words")
    return tuple(fold_accents(w) for w in _LETTERS.findall(name.lower()) if w not in kinds)


@functools.cache
def _by_core() -> dict[tuple[str, ...], Sight]:
    from wordfreq import zipf_frequency

    index: dict[tuple[str, ...], set[Sight]] = {}
    for sight in sights():
        for name in (sight.name, *sight.aliases):
            if _HANGUL.search(name) or not latin_start(name.strip()):
                continue
            core = core_of(name)
            if len("".join(core)) < _CORE_MIN_CHARS or all(
                zipf_frequency(w, "en") >= _RARE_ZIPF for w in core
            ):
                continue
            index.setdefault(core, set()).add(sight)
    # A core two sights share ("Gwanghwamun" Gate and Square) names neither.
    return {core: next(iter(found)) for core, found in index.items() if len(found) == 1}


def lookup_sight_by_core(name: str) -> Sight | None:
    """The sight `name` calls by its core, when no name of the table is written so
    ("Schönbrunn Gardens", "Neuschwanstein"). A caller rules out names that are areas first: a
    city's name is often a sight's core too ("Penang" Hill)."""
    return _by_core().get(core_of(name))


@functools.cache
def _automaton():
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for key in _by_key():
        automaton.add_word(key, key)
    automaton.make_automaton()
    return automaton


def key_of(name: str) -> str:
    """`normalize_name` without accents: captions often drop them ("szechenyi baths")."""
    return fold_accents(normalize_name(name))


# "é" → "e", one character at a time, so that a match maps back to the text it came from.
_bare = functools.lru_cache(maxsize=2048)(fold_accents)


def _keyed(text: str) -> tuple[str, list[int]]:
    """`text` as `key_of` writes it, and where each of its characters came from."""
    folded = unicodedata.normalize("NFKC", text).lower()
    out: list[str] = []
    origin: list[int] = []
    if len(folded) == len(text):  # nearly always: the same characters, one for one
        for m in _WORD_RUN.finditer(folded):
            run = m.group(0)
            if run.isascii():
                out.append(run)
                origin.extend(range(m.start(), m.end()))
                continue
            for i, ch in enumerate(run, m.start()):
                for c in _bare(ch):
                    out.append(c)
                    origin.append(i)
        return "".join(out), origin
    for i, ch in enumerate(text):
        for c in key_of(ch):
            out.append(c)
            origin.append(i)
    return "".join(out), origin


def latin_start(written: str) -> bool:
    return written[:1].isascii() and written[:1].isalpha()


# Zipf frequency from which an English word is an ordinary word ("memory", "lane").
_COMMON_ZIPF = 3.5


@functools.lru_cache(maxsize=4096)
def _plain_words(written: str) -> bool:
    """A name made only of ordinary English words ("memory lane", "dead sea") names a sight
    only when it is capitalised; "neuschwanstein castle" does in lower case too."""
    from wordfreq import zipf_frequency

    tokens = _LETTERS.findall(written.lower())
    return bool(tokens) and all(zipf_frequency(w, "en") >= _COMMON_ZIPF for w in tokens)


def find_sights(text: str) -> Iterator[Found]:
    """Every well-known sight named in `text`, as written, whole words only; where names
    overlap ("Central Park" in "Central Park Zoo"), the longest."""
    if not text or not _by_key():
        return
    keyed, origin = _keyed(text)
    spans = []
    for end, key in _automaton().iter(keyed):
        start = origin[end - len(key) + 1]
        stop = origin[end] + 1
        # Whole words: not inside a longer word ("Parkview"); Korean particles may follow.
        if start > 0 and _WORD_CHAR.match(text[start - 1]):
            continue
        if _HANGUL.search(key):
            if not _KO_AFTER_NAME.match(text, stop):
                continue
        elif (
            (stop < len(text) and _WORD_CHAR.match(text[stop]))
            or _ADDRESS_AFTER.match(text, stop)
            or _HOUSE_NUMBER_BEFORE.search(text, 0, start)
        ):
            continue
        written = text[start:stop]
        if latin_start(written) and not written[0].isupper():
            # "that Luang": a name begins with a capital, unless a caption is all lower case
            # ("hagia sophia"), and then only a name of no ordinary words.
            if not written.islower() or _plain_words(written):
                continue
        spans.append((start, stop, key))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    reached = -1
    for start, stop, key in spans:
        if start < reached:
            continue
        reached = stop
        yield Found(_by_key()[key][0], text[start:stop], start)
