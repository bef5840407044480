"""Curated places everywhere: an Aho-Corasick automaton over verified Place names and aliases.

Rebuilt when curation changes: the automaton is keyed by a stamp (count and latest change of
verified places and aliases), read with one cheap query per video.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from django.db.models import Count, Max

from pind.texts import VideoTexts
from places.extraction.base import STRONG, Extractor, RawCandidate, Snippet
from places.normalize import normalize_name

_lock = threading.Lock()
_HANGUL_OR_LATIN = re.compile(r"[가-힣A-Za-z0-9]")
MIN_KEY_CHARS = 2


@dataclass(frozen=True)
class Entry:
    place_id: int
    name: str
    matched: str
    category: str


class Gazetteer:
    def __init__(self, stamp, automaton, names: list[str]):
        self.stamp = stamp
        self.automaton = automaton
        self.names = names

    def find(self, text: str) -> list[Entry]:
        """Curated names in `text`, matched on normalised text, whole words only."""
        if self.automaton is None:
            return []
        found: dict[int, Entry] = {}
        for _, entries in self.automaton.iter(normalize_name(text)):
            for entry in entries:
                found.setdefault(entry.place_id, entry)
        return [e for e in found.values() if _whole_word(text, e.matched)]


def _whole_word(text: str, name: str) -> bool:
    # A short curated name must not match inside a longer word ("우도" in "우도록").
    key = normalize_name(name)
    if len(key) >= 4:
        return True
    pattern = r"\s*".join(re.escape(ch) for ch in key)
    return bool(
        re.search(rf"(?<![가-힣A-Za-z0-9]){pattern}(?![A-Za-z0-9])", text, flags=re.IGNORECASE)
    )


_current: Gazetteer | None = None


def _stamp():
    from places.models import Place, PlaceAlias

    places = Place.objects.filter(verified=True).aggregate(n=Count("id"), t=Max("updated_at"))
    aliases = PlaceAlias.objects.filter(place__verified=True).aggregate(n=Count("id"), m=Max("id"))
    return (places["n"], places["t"], aliases["n"], aliases["m"])


def current() -> Gazetteer:
    """The gazetteer for the curated places as they are now."""
    global _current
    stamp = _stamp()
    if _current is not None and _current.stamp == stamp:
        return _current
    with _lock:
        if _current is None or _current.stamp != stamp:
            _current = _build(stamp)
    return _current


def _build(stamp) -> Gazetteer:
    import ahocorasick

    from places.models import Place

    automaton = ahocorasick.Automaton()
    names = []
    count = 0
    for place in Place.objects.filter(verified=True).prefetch_related("aliases"):
        for alias in (place.name, *(a.name for a in place.aliases.all())):
            key = normalize_name(alias)
            if len(key) < MIN_KEY_CHARS:
                continue
            names.append(alias)
            entry = Entry(place.pk, place.name, alias, place.category)
            held = automaton.get(key, ())
            automaton.add_word(key, (*held, entry))
            count += 1
    if not count:
        return Gazetteer(stamp, None, [])
    automaton.make_automaton()
    from places.extraction.korean import add_user_words

    add_user_words(names)
    return Gazetteer(stamp, automaton, names)


class GazetteerExtractor(Extractor):
    name = "gazetteer"

    def extract(self, texts: VideoTexts, snippets: list[Snippet]) -> list[RawCandidate]:
        gazetteer = current()
        if gazetteer.automaton is None:
            return []
        out = []
        for snippet in snippets:
            if not _HANGUL_OR_LATIN.search(snippet.text):
                continue
            for entry in gazetteer.find(snippet.text):
                out.append(
                    RawCandidate(
                        name=entry.name,
                        snippet=snippet,
                        strength=STRONG,
                        extractor=self.name,
                        category=entry.category,
                        aliases=(entry.matched,) if entry.matched != entry.name else (),
                        place_id=entry.place_id,
                    )
                )
        return out
