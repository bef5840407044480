"""Fusion: raw claims from every extractor and source → one candidate per place.

Names are merged when their normalised forms are equal, one contains the other (the
shorter at least half the longer), or they are near-identical (OCR misreads). Each place
then gathers every line that names it ("echoes"), and its confidence grows with the number
of independent sources that agree. Cities and neighbourhoods stay context unless a line
pins them.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from places.extraction.base import ECHO, HEAD, STRONG, RawCandidate, Snippet
from places.extraction.heads import only_heads
from places.extraction.text import en_food, ko_food
from places.lexicon import EN_HEAD_SET, HASHTAG, KO_HEADS
from places.normalize import fold_accents, normalize_name
from places.regions import (
    Region,
    is_area_name,
    lookup_region,
    names_a_sight,
    namesakes,
    region_label,
)
from places.types import Evidence, PlaceCandidate

ACCEPT = 0.5
FUZZY = 88
# Whose spelling wins when claims are equally strong: OCR misreads letters, so it comes last.
_SOURCE_ORDER = {"description": 0, "chapter": 1, "transcript": 2, "asr": 3, "ocr": 4, "title": 5}


def same_name(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 2 and short in long_ and not is_area_name(short):
        if len(short) * 2 >= len(long_):
            return True
        if len(short) >= 3 and long_.startswith(short) and only_heads(long_[len(short) :]):
            return True
    if min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= FUZZY:
        return True
    return _same_stem(short, long_)


def _same_stem(short: str, long_: str) -> bool:
    """ "김광석길" and "김광석다시그리기길", "짜뚜짝시장" and "짜뚜짝주말시장": one name written
    short and long, the same place word after it; "미성당" and "미성당납작만두": the shop and the
    shop with its dish."""
    if long_.startswith(short) and len(short) >= 3 and not is_area_name(short):
        rest = long_[len(short) :]
        if ko_food(rest) or en_food(rest):
            return True
    heads, lengths = _heads()
    for n in lengths:
        head = short[-n:]
        if n <= len(short) and head in heads and long_.endswith(head):
            stem = short[:-n]
            return len(stem) >= 2 and long_.startswith(stem) and not is_area_name(stem)
    return False


@functools.cache
def _heads() -> tuple[frozenset[str], tuple[int, ...]]:
    """The place heads as keys, and their lengths, longest first."""
    from places.lexicon import EN_HEADS, KO_HEADS

    heads = frozenset(normalize_name(h) for h in (*KO_HEADS, *EN_HEADS))
    return heads, tuple(sorted({len(h) for h in heads if h}, reverse=True))


def _head_at_end(key: str) -> str:
    """The longest place head `key` ends with ("" for none): one set lookup per head length,
    not one test per head."""
    heads, lengths = _heads()
    return next((key[-n:] for n in lengths if n <= len(key) and key[-n:] in heads), "")


def ocr_variant(a: str, b: str) -> bool:
    """Two readings of one caption: same length class, one letter apart, not a number apart."""
    if min(len(a), len(b)) < 4 or re.sub(r"\D", "", a) != re.sub(r"\D", "", b):
        return False
    return Levenshtein.distance(a, b) <= 1


def _without_trailing_heads(key: str) -> str:
    """ "83타워전망대" → "83타워": place words after a name that already ends in one."""
    heads, lengths = _heads()
    for n in lengths:
        rest = key[:-n]
        if n <= len(key) and key[-n:] in heads and len(rest) >= 3 and _head_at_end(rest):
            return _without_trailing_heads(rest)
    return key


def independent_source(snippet: Snippet) -> str:
    # Timestamp lines in a description are the chapters; they are not a second witness.
    if snippet.source == "description" and snippet.start_s is not None:
        return "chapter"
    return snippet.source


@dataclass
class Cluster:
    raws: list[RawCandidate] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    echoes: list[tuple[Snippet, str]] = field(default_factory=list)

    def matches(self, key: str, raw: RawCandidate | None = None) -> bool:
        if any(same_name(key, k) for k in self.keys):
            return True
        if raw is not None and (raw.snippet.source == "ocr" or self.from_ocr()):
            # One misread letter in a caption ("구로몬 시장" beside "쿠로몬 시장").
            if any(ocr_variant(key, k) for k in self.keys):
                return True
            if raw.snippet.source == "ocr" and self.at_the_same_moment(raw.snippet):
                # On screen while the place is named: a misread digit is still that place,
                # and a place word after it ("… 전망대") is a part of it.
                core = _without_trailing_heads(key)
                return any(
                    min(len(core), len(k)) >= 3 and Levenshtein.distance(core, k) <= 1
                    for k in {*self.keys, *map(_without_trailing_heads, self.keys)}
                )
        return False

    def at_the_same_moment(self, snippet: Snippet) -> bool:
        if snippet.start_s is None:
            return False
        end = snippet.end_s if snippet.end_s is not None else snippet.start_s
        return any(
            r.snippet.start_s is not None
            and r.snippet.start_s <= end + 2
            and (r.snippet.end_s or r.snippet.start_s) >= snippet.start_s - 2
            for r in self.raws
            if r.snippet.source != "ocr"
        )

    def from_ocr(self) -> bool:
        return any(r.snippet.source == "ocr" for r in self.raws)

    def add(self, raw: RawCandidate) -> None:
        self.raws.append(raw)
        self.keys.add(normalize_name(raw.name))
        self.keys.update(normalize_name(a) for a in raw.aliases if normalize_name(a))

    @property
    def place_id(self) -> int | None:
        return next((r.place_id for r in self.raws if r.place_id), None)

    def name(self) -> str:
        counts = Counter(r.name for r in self.raws)

        names = {normalize_name(r.name) for r in self.raws}

        def rank(r: RawCandidate):
            # A line that gives the name with another spelling in brackets says which is which
            # (a sight's other names come from a table, and say nothing of the video's own).
            spelled = r.extractor != "sights" and sum(normalize_name(a) in names for a in r.aliases)
            return (
                -spelled,
                -round(r.strength, 2),
                _SOURCE_ORDER.get(r.snippet.source, 9),
                -counts[r.name],
                len(r.name),
            )

        return sorted(self.raws, key=rank)[0].name

    def score(self) -> float:
        best: dict[str, float] = {}
        for raw in self.raws:
            src = independent_source(raw.snippet)
            best[src] = max(best.get(src, 0.0), raw.strength)
        for snippet, _ in self.echoes:
            src = independent_source(snippet)
            best[src] = max(best.get(src, 0.0), ECHO)
        return 1.0 - math.prod(1.0 - s for s in best.values())

    def legacy_score(self) -> float:
        """The score from the precise rules alone, before the recall-first spans joined."""
        best: dict[str, float] = {}
        for raw in self.raws:
            if raw.extractor == "spans":
                continue
            src = independent_source(raw.snippet)
            best[src] = max(best.get(src, 0.0), raw.strength)
        if not best:
            return 0.0
        # A line only the spans read would have been an echo of the name.
        echoes = [r.snippet for r in self.raws if r.extractor == "spans"]
        for snippet in [*echoes, *(s for s, _ in self.echoes)]:
            if snippet.source == "tags":
                continue
            src = independent_source(snippet)
            best[src] = max(best.get(src, 0.0), ECHO)
        return 1.0 - math.prod(1.0 - s for s in best.values())

    def is_area(self, context: Region | None = None) -> bool:
        if self.named_with_article(context):
            return False
        # The rules extractor has judged each of its claims already ("아지모리 (あぢもり)" is no
        # Korean village); the others leave it to the name.
        return all(
            r.area or (not r.extractor.startswith("rules") and is_area_name(r.name))
            for r in self.raws
            if r.strength < STRONG
        ) and (not any(r.strength >= STRONG and not r.area for r in self.raws))

    def named_with_article(self, context: Region | None) -> bool:
        """ "the Pantheon is free", "we are at the Alhambra": English gives a landmark the
        article and a city none, so a name that GeoNames lists as a town or district elsewhere
        than the video's city is the sight. ("the Lisbon metro" in a Lisbon video stays the
        city, and "the Philippines" a country.)"""
        names = set()
        for r in self.raws:
            region = lookup_region(r.name)
            if not re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*", r.name) or region is None:
                continue
            if region.kind == "country" or (context is not None and _near(region, context)):
                continue
            names.add(r.name)
        texts = [r.snippet.text for r in self.raws] + [s.text for s, _ in self.echoes]
        return any(name in article_names(text) for text in texts for name in names)


# What may follow a name used as a noun of its own ("the Alhambra is", "at the Louvre and"),
# unlike a name used as an adjective ("the Lisbon metro", "the Granada city bus").
_AFTER_NOUN = frozenset(
    "is was are were has had and or but at in on with before after for from to it we i you "
    "they he she which that where who when while because so then again too today tonight "
    "itself first just really".split()
)


def article_names(text: str) -> set[str]:
    """Capitalised names that English gives the article to, standing as nouns."""
    out = set()
    for m in re.finditer(r"\b[Tt]he ((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+)*)(?=(\W+\w+)?)", text):
        following = (m.group(2) or "").strip(" ,.!?;:").lower()
        rest = text[m.end(1) :]
        if not rest.strip() or re.match(r"\s*[,.!?;:)]", rest) or following in _AFTER_NOUN:
            out.add(m.group(1))
    return out


def _near(a: Region, b: Region) -> bool:
    """Within a metropolitan area of each other (about 50 km)."""
    return math.hypot(a.lat - b.lat, (a.lng - b.lng) * math.cos(math.radians(a.lat))) < 0.45


def cluster(raws: list[RawCandidate]) -> list[Cluster]:
    clusters: list[Cluster] = []
    by_key: dict[str, Cluster] = {}
    inside = _Inside()
    # Captions last: a misread caption joins a place by being on screen while that place is
    # named, which needs every timed line of the place in its cluster first. The recall-first
    # spans come after the precise rules and join by name alone.
    for raw in sorted(
        raws, key=lambda r: (r.extractor == "spans", r.snippet.source == "ocr", -r.strength)
    ):
        key = normalize_name(raw.name)
        if not key:
            continue
        target = _target(clusters, by_key, inside, raw, key)
        if target is None:
            target = Cluster()
            clusters.append(target)
        known = set(target.keys)
        target.add(raw)
        for k in target.keys - known:
            by_key.setdefault(k, target)
            inside.add(target, k)
    return clusters


def _target(
    clusters: list[Cluster],
    by_key: dict[str, Cluster],
    inside: _Inside,
    raw: RawCandidate,
    key: str,
) -> Cluster | None:
    if raw.place_id is not None:
        found = next((c for c in clusters if c.place_id == raw.place_id), None)
        if found is not None:
            return found
    if key in by_key:
        return by_key[key]
    if raw.extractor == "spans":
        near = inside.near(key)
        return next(
            (
                c
                for c in clusters
                if id(c) in near
                and any(_contains(key, k) for k in c.keys)
                and not _other_qualifier(key, c.keys)
            ),
            None,
        )
    # "하노이 기찻길 (Train Street)" joins "Train Street" found on its own.
    alias_keys = [k for k in map(normalize_name, raw.aliases) if k]
    found = next(
        (c for c in clusters if c.matches(key) or any(c.matches(a) for a in alias_keys)),
        None,
    )
    return found or next((c for c in clusters if c.matches(key, raw)), None)


class _Inside:
    """Which clusters may hold a key inside which a key sits, or one inside it, by
    `_contains` (the shorter key, 3+ letters, inside the longer): the longer then holds the
    shorter's first three letters. A shortlist, so that each recall-first span does not
    test every key of every cluster."""

    def __init__(self) -> None:
        self.holding: dict[str, set[int]] = {}  # three letters → clusters with a key holding them
        self.starting: dict[str, set[int]] = {}  # three letters → clusters with a key so begun

    def add(self, cluster: Cluster, key: str) -> None:
        if len(key) < 3:
            return
        self.starting.setdefault(key[:3], set()).add(id(cluster))
        for i in range(len(key) - 2):
            self.holding.setdefault(key[i : i + 3], set()).add(id(cluster))

    def near(self, key: str) -> set[int]:
        if len(key) < 3:
            return set()
        out = set(self.holding.get(key[:3], ()))
        for i in range(len(key) - 2):
            out |= self.starting.get(key[i : i + 3], set())
        return out


def _other_qualifier(key: str, keys: set[str]) -> bool:
    """ "Ningxia Night Market" beside a cluster of "Shilin Night Market" and "Night Market":
    both put a name of their own before one shared tail, so they are two places, however
    much the bare tail matches both."""
    for tail in keys:
        if len(tail) < 3 or tail == key or not key.endswith(tail):
            continue
        if any(k != key and k != tail and k.endswith(tail) for k in keys):
            return True
    return False


def _contains(a: str, b: str) -> bool:
    """score.py's rule: one name inside the other, the shorter 3+ letters and half the longer."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and short in long_ and 2 * len(short) >= len(long_)


def _echo(clusters: list[Cluster], snippets: list[Snippet]) -> None:
    """Every line that names a place becomes evidence for it, with its time."""
    # Hashtags are tags, not mentions.
    lines = [
        (s, _line(s), fold_accents(normalize_name(HASHTAG.sub(" ", s.text)))) for s in snippets
    ]
    named_in: dict[tuple, set[str]] = {}
    for c in clusters:
        for r in c.raws:
            named_in.setdefault(_line(r.snippet), set()).add(normalize_name(r.name))
    find = _LineFinder([text for _, _, text in lines])
    for c in clusters:
        claimed = {_line(r.snippet) for r in c.raws}
        keys = [fold_accents(k) for k in c.keys if len(k) >= 2]
        stems = _said_stems(c)
        for i in find.lines_with(keys, stems):
            snippet, line, text = lines[i]
            if line in claimed:
                continue
            if text in stems and snippet.source == "ocr" and c.at_the_same_moment(snippet):
                c.echoes.append((snippet, text))
                continue
            present = [k for k in keys if k in text]
            if present:
                key = _echoed_key(c, snippet, text, present, named_in.get(line, ()))
                if key:
                    c.echoes.append((snippet, key))


class _LineFinder:
    """Which lines hold a key, found once per key in all the lines joined (a long video has
    hundreds of candidates and over a thousand lines: testing every pair is the slow way)."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.joined = "\0".join(texts)
        self.nul = any("\0" in text for text in texts)
        self.starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        self.by_text: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            self.by_text.setdefault(text, []).append(i)
        self.found: dict[str, set[int]] = {}

    def lines_with(self, keys: list[str], exact: set[str]) -> list[int]:
        """Indices, in order, of the lines that contain a key or are one of `exact`."""
        hits: set[int] = set()
        for key in keys:
            hits |= self._containing(key)
        for text in exact:
            hits.update(self.by_text.get(text, ()))
        return sorted(hits)

    def _containing(self, key: str) -> set[int]:
        if "\0" in key or self.nul:
            # The separator itself: scan line by line (no real text holds one).
            return {i for i, text in enumerate(self.texts) if key in text}
        if key not in self.found:
            hits, pos = set(), self.joined.find(key)
            while pos != -1:
                i = bisect.bisect_right(self.starts, pos) - 1
                hits.add(i)
                nxt = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.joined)
                pos = self.joined.find(key, nxt)
            self.found[key] = hits
        return self.found[key]


def _said_stems(c: Cluster) -> set[str]:
    """ "감자밭 카페" said while "감자밭" is on screen: the caption is its name alone."""
    stems = {
        normalize_name(r.name.rsplit(" ", 1)[0])
        for r in c.raws
        if " " in r.name and r.name.rsplit(" ", 1)[1] in KO_HEADS
    }
    return {k for k in stems if len(k) >= 3}


def _echoed_key(
    c: Cluster, snippet: Snippet, text: str, present: list[str], named: set[str] | tuple
) -> str:
    # "Night Market" inside "Temple Street Night Market": a line that names a longer
    # place names that place, not the shorter one within it.
    longer = [n for n in named if n not in c.keys]
    for key in present:
        if any(key in n and key != n for n in longer) and text.count(key) == sum(
            n.count(key) for n in longer if key in n
        ):
            continue
        if len(key) >= 3 or _word_in(snippet.text, key):
            return key
    return ""


def _line(snippet: Snippet) -> tuple:
    return (snippet.source, snippet.start_s, snippet.text)


def _word_in(text: str, key: str) -> bool:
    """`key` in `text` (spaces between its letters allowed, any case), not inside a word:
    not right after a Hangul syllable, a Latin letter or a digit."""
    text, pattern = text.lower(), _word_pattern(key.lower())
    m = pattern.search(text)
    while m:
        at = m.start()
        if at == 0 or not _in_word(text[at - 1]):
            return True
        m = pattern.search(text, at + 1)
    return False


def _in_word(ch: str) -> bool:
    return (ch.isascii() and ch.isalnum()) or "가" <= ch <= "힣"


@functools.lru_cache(maxsize=4096)
def _word_pattern(key: str) -> re.Pattern[str]:
    # No character class and no IGNORECASE (the text is lower-cased): a pattern with the
    # Hangul range in it costs milliseconds to compile, and a long video needs hundreds.
    return re.compile(r"\s*".join(re.escape(ch) for ch in key))


def _evidence(c: Cluster) -> tuple[Evidence, ...]:
    rules: dict[tuple, set[str]] = {}
    for r in c.raws:
        rules.setdefault(_line(r.snippet), set()).add(r.rule)
    for s, _ in c.echoes:
        rules.setdefault(_line(s), set()).add("echo")
    seen, out = set(), []
    items = [r.snippet for r in c.raws] + [s for s, _ in c.echoes]
    for s in sorted(items, key=lambda s: (s.start_s is None, s.start_s or 0.0, s.source)):
        key = _line(s)
        if key in seen or s.source in ("title", "tags"):
            continue
        seen.add(key)
        out.append(
            Evidence(
                source=s.source,
                text=s.text[:500],
                start_s=s.start_s,
                end_s=s.end_s,
                rules=tuple(sorted(r for r in rules.get(key, ()) if r)),
            )
        )
    return tuple(out)


def _when(c: Cluster, timed: list[Snippet]) -> tuple[Evidence, ...]:
    """A place known only from the description ("이치란 라멘 도톤보리점: address") is usually
    said or shown by its first word ("이치란 라멘이죠"): that line gives it a moment. It is
    kept as evidence of when, not counted as a second source. `timed`: the video's timed
    lines in order."""
    words = c.name().split()
    # "수원 통닭거리", "하노이 기찻길": after a city, the rest of the name is what is said.
    for word in (words[0], words[-1]) if len(words) > 1 else words:
        key = normalize_name(word)
        if len(key) < 2 or is_area_name(word) or only_heads(key):
            continue
        for s in timed:
            if _word_in(s.text, key):
                return (
                    Evidence(source=s.source, text=s.text[:500], start_s=s.start_s, end_s=s.end_s),
                )
    return ()


# Names GeoNames gives a town that are kinds of neighbourhood everywhere ("Chinatown").
_EVERY_CITY_HAS_ONE = frozenset(
    normalize_name(w)
    for w in "chinatown koreatown downtown midtown uptown centro central 차이나타운".split()
)
# After a Korean word, a unit says it was a number: "이천 원" is 2,000 won, not Icheon.
_UNIT_AFTER = re.compile(r"^\s?(?:원|엔|만|천|백|명|개|번|달러|위안|바트|동\b|불\b)")
_KO_PARTICLE = re.compile(r"(에서|에|으로|로|도|까지|부터)$")
_TAKING = re.compile(r"^[^.!?\n]{0,20}?타고")
_LATIN_SPAN = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")
_HASHTAG_AREA = re.compile(r"#([가-힣]{4,})")
_AWAY_FROM = re.compile(r"^\s?(?:근교|근처에서|외곽)")
_TRAVEL_TIME = re.compile(
    r"^\s?(?:(?:차|기차|버스|KTX|ktx)로\s?)?(?:약\s?)?(?:\d+|한|두|세|네)\s?(?:시간|분)"
)
_STREET_WORDS = frozenset("st street ave avenue rd road blvd boulevard ln lane dr drive".split())


def _ascii_key(name: str) -> str:
    return normalize_name(fold_accents(name))


def _regions_named(text: str, countries: bool = False) -> list[tuple[str, Region]]:
    """The cities and provinces a text names. Korean words by any name GeoNames knows; Latin
    words inside a longer name only by a town's own name ("Galata" is among Iași's other
    names, "Kong" among Bandar-e Kong's), the longest run of them first ("Hong Kong")."""
    return [(word, r) for word, r in _regions_in(text) if r.kind != "country" or countries]


@functools.lru_cache(maxsize=8192)
def _regions_in(text: str) -> tuple[tuple[str, Region], ...]:
    """Every region a text names, countries too (read once per line: the video's region and
    its countries both ask)."""
    found = [*_korean_regions(text), *_hashtag_regions(text), *_latin_regions(text)]
    return tuple((w, r) for w, r in found if normalize_name(w) not in _EVERY_CITY_HAS_ONE)


def _korean_regions(text: str) -> list[tuple[str, Region]]:
    found = []
    for m in re.finditer(r"[가-힣]{2,}", text):
        after = text[m.end() :]
        if _UNIT_AFTER.match(after):
            continue
        word = m.group(0)
        if _AWAY_FROM.match(after) or (
            word.endswith("에서") and (_TRAVEL_TIME.match(after) or _TAKING.match(after))
        ):
            # "서울에서 1시간", "서울 근교", "후쿠오카에서 소닉 특급 타고": where the trip starts,
            # not where it is.
            continue
        region = lookup_region(word) or lookup_region(_KO_PARTICLE.sub("", word))
        if region is not None:
            found.append((word, region))
    return found


def _hashtag_regions(text: str) -> list[tuple[str, Region]]:
    found = []
    for m in _HASHTAG_AREA.finditer(text):
        # "#서울데이트", "#부산맛집": a tag that starts with a city.
        tag = m.group(1)
        if re.search(r"근교|근처|출발", tag):
            continue  # "#서울근교": a day out from Seoul
        for k in (4, 3, 2):
            region = lookup_region(tag[:k]) if len(tag) - k >= 2 else None
            if region is not None:
                found.append((tag[:k], region))
                break
    return found


def _latin_regions(text: str) -> list[tuple[str, Region]]:
    found: list[tuple[str, Region]] = []
    for m in _LATIN_SPAN.finditer(text):
        words = re.split(r"[ -]", m.group(0))
        if words[-1].lower() in _STREET_WORDS:
            continue  # "Houston St" is a street in New York
        if names_a_sight(m.group(0)):
            continue  # "Niagara Falls" is the sight, whatever town shares its name or a part of it
        if len(words) > 1 and words[-1].lower() in EN_HEAD_SET:
            continue  # "Regina Pizzeria" in Boston: a business named after a city elsewhere
        found += _one_word_city(words[0]) if len(words) == 1 else _cities_in_run(words)
    return found


def _one_word_city(word: str) -> list[tuple[str, Region]]:
    """A word standing alone names a city of some size: by its own name ("Sunset" and
    "Granville" are suburbs somewhere too), or by another name a big one has ("Seville",
    "Manhattan")."""
    region = lookup_region(word) if len(word) >= 4 else None
    own = region is not None and _ascii_key(word) == _ascii_key(region.name)
    if region is not None and region.population >= (100_000 if own else 500_000):
        return [(word, region)]
    return []


def _cities_in_run(words: list[str]) -> list[tuple[str, Region]]:
    found = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + 3), i, -1):
            phrase = " ".join(words[i:j])
            region = lookup_region(phrase) if len(phrase) >= 4 else None
            whole = i == 0 and j == len(words) and j > i + 1  # "New York"
            own = region is not None and _ascii_key(phrase) == _ascii_key(region.name)
            # "Granville Island": a suburb called Granville somewhere is no clue.
            if region is not None and (whole or own) and region.population >= 100_000:
                found.append((phrase, region))
                i = j
                break
        else:
            i += 1
    return found


_TRANSIT = re.compile(r"(?:역|터미널|공항|Station|Airport|Terminal)$", re.IGNORECASE)
_ROUTE = re.compile(r"→|->|타고|에서\s*출발|출발|KTX|SRT|ITX|버스|bus|train|flight|✈|🚆|🚇", re.I)


def _listed_products(snippets: list[Snippet]) -> set[str]:
    from places.extraction.rules import listed_products

    return listed_products(snippets)


def _a_listed_product(c: Cluster, products: set[str]) -> bool:
    """ "파이크 플레이스" when the description lists "1. 스타벅스 파이크 플레이스 로스트" under
    "☕ 오늘의 원두": a thing the video is about, wherever else it is named, unless some text
    gives it an address."""
    if not products or any(r.address for r in c.raws):
        return False
    return any(
        k == p
        or (len(k) >= 4 and (p.startswith(k) or k.startswith(p) or (len(k) >= 5 and k in p)))
        or (len(p) >= 4 and p in k)
        for k in c.keys
        for p in products
    )


def _only_the_way_there(c: Cluster) -> bool:
    return bool(_TRANSIT.search(c.name().strip())) and all(
        _ROUTE.search(r.snippet.text) for r in c.raws
    )


def region_context(raws: list[RawCandidate], snippets: list[Snippet]) -> str:
    """The city or province the video is mostly about, as named in its texts."""
    votes = _address_votes(raws)
    named_countries = _countries_named(snippets)
    named = _towns_named(snippets, named_countries)
    # A name several towns share is the one in the country the other names point to
    # ("George Town" beside "Air Itam" and "Kuala Lumpur" is in Malaysia, not Guyana).
    countries: Counter[str] = Counter()
    for weight, word, region in named:
        if not namesakes(word):
            countries[region.country] += weight
    for weight, word, region in named:
        chosen = _which_namesake(word, region, named_countries, countries)
        if chosen is not None:
            votes[region_label(chosen)] += weight
    return votes.most_common(1)[0][0] if votes else ""


def _address_votes(raws: list[RawCandidate]) -> Counter[str]:
    votes: Counter[str] = Counter()
    for raw in raws:
        first = raw.address.replace(",", " ").split() if raw.address else []
        for part in (first[0], first[-1]) if first else ():
            region = lookup_region(part)
            if region is not None:
                votes[region_label(region)] += 3
                break
    return votes


def _weight(snippet: Snippet) -> int:
    return 2 if snippet.source in ("title", "description", "chapter") else 1


def _countries_named(snippets: list[Snippet]) -> Counter[str]:
    """ "Queenstown, New Zealand": a country named beside a town several countries have."""
    named: Counter[str] = Counter()
    for snippet in snippets:
        for _, region in _regions_named(snippet.text, countries=True)[:30]:
            if region.kind == "country":
                named[region.country] += _weight(snippet)
    return named


def _towns_named(
    snippets: list[Snippet], named_countries: Counter[str]
) -> list[tuple[int, str, Region]]:
    # "the Pantheon": a name said with the article is a sight, even where GeoNames has a
    # district of that name; it says nothing about which city the video is in.
    landmarks = {normalize_name(w) for s in snippets for w in article_names(s.text)}
    named = [
        (_weight(snippet), word, region)
        for snippet in snippets
        for word, region in _regions_named(snippet.text)[:30]
        if normalize_name(word) not in landmarks
    ]
    # A small foreign town by a Korean word counts only beside a big place or the name of
    # its country: "끄라비" beside "방콕" is Krabi; "캐스퍼" alone is a car, not Casper, Wyoming.
    big = {r.country for _, w, r in named if r.country == "KR" or r.population >= 100_000}
    return [
        (weight, word, r)
        for weight, word, r in named
        if r.country == "KR"
        or not 0 < r.population < 100_000
        or not re.search(r"[가-힣]", word)
        or r.country in big
        or named_countries[r.country]
    ]


def _which_namesake(
    word: str, region: Region, named_countries: Counter[str], countries: Counter[str]
) -> Region | None:
    # Only a namesake of comparable size: Rome, Georgia is no rival to Rome.
    biggest = max((r.population for r in namesakes(word)), default=0)
    same = [r for r in namesakes(word) if r.population * 5 >= biggest]
    explicit = [r for r in namesakes(word) if named_countries[r.country]]
    if explicit:
        return max(explicit, key=lambda r: (named_countries[r.country], r.population))
    if namesakes(word) and named_countries:
        # "Queenstown, New Zealand" when GeoNames' list has only the British and South
        # African ones: no pin is better than one on the wrong continent.
        return None
    if len(same) > 1 and countries:
        return max(same, key=lambda r: (countries[r.country], r.population))
    return region


@dataclass
class Fused:
    """One candidate place with every mention, and what fusion's own checks said of it."""

    candidate: PlaceCandidate
    cluster: Cluster
    order: tuple[float, int]
    checks: dict[str, bool]


@dataclass
class Grouped:
    """All candidates of one video, with the region the video is about."""

    fused: list[Fused]
    region: str
    context: Region | None
    snippets: list[Snippet]


def fuse(raws: list[RawCandidate], snippets: list[Snippet]) -> list[PlaceCandidate]:
    """The places the decision keeps, in video order."""
    from places.extraction.decision import decide

    return [f.candidate for f in decide(group(raws, snippets))]


def group(raws: list[RawCandidate], snippets: list[Snippet]) -> Grouped:
    """Every cluster of claims as a candidate, none dropped: the decision judges them."""
    clusters = cluster(raws)
    _echo(clusters, snippets)
    region = region_context(raws, snippets)
    context = lookup_region(region) if region else None
    products = _listed_products(snippets)
    checks = {id(c): _checks(c, context, products) for c in clusters}
    named = [(c, max(sorted(c.keys), key=len)) for c in clusters if checks[id(c)]["legacy_pass"]]
    all_keys = [(c, k) for c in clusters for k in c.keys]
    # Every key once in one string: a key found there only as itself sits inside no other.
    every_key = "\0".join(k for _, k in all_keys)
    timed = sorted(
        (s for s in snippets if s.start_s is not None), key=lambda s: (s.start_s, s.source)
    )
    fused = []
    for c in clusters:
        found = checks[id(c)]
        found["shorter_of_kept"] = _shorter_of(c, named)
        found["inside_longer"] = any(
            owner is not c and k in other and k != other
            for k in c.keys
            if len(k) >= 2 and every_key.count(k) > 1
            for owner, other in all_keys
        )
        evidence = _evidence(c)
        if all(e.start_s is None for e in evidence):
            evidence = (*evidence, *_when(c, timed))
        found["way_there"] = all(e.start_s is None for e in evidence) and _only_the_way_there(c)
        found["timed"] = any(e.start_s is not None for e in evidence)
        found["evidenced"] = bool(evidence)
        if not evidence:
            evidence = _untimed_evidence(c)
        fused.append(_fused(c, evidence, found, region, snippets))
    fused.sort(key=lambda f: f.order)
    return Grouped(fused=fused, region=region, context=context, snippets=snippets)


def ruled(grouped: Grouped) -> list[PlaceCandidate]:
    """What the precise hand rules alone would keep (before the decision): their own gate.
    Tests of each rule read this, and `shorter_of_kept` is measured against it; the decision
    does not read it (since v10)."""
    return [f.candidate for f in grouped.fused if rules_keep(f)]


def rules_keep(f: Fused) -> bool:
    checks = f.checks
    return (
        checks["legacy_pass"]
        and not checks["shorter_of_kept"]
        and checks["evidenced"]
        and not checks["way_there"]
    )


def _checks(c: Cluster, context: Region | None, products: set[str]) -> dict[str, bool]:
    legacy = c.legacy_score()
    area = c.is_area(context)
    product = _a_listed_product(c, products)
    return {
        "area": area,
        "listed_product": product,
        "legacy_pass": legacy >= ACCEPT and not area and not product,
    }


def _shorter_of(c: Cluster, named: list[tuple[Cluster, str]]) -> bool:
    """ "시부야" beside "시부야 스크램블 교차로": the area a named place is in; "월지" beside
    "동궁과 월지": the short form of a name given in full."""
    return max(r.strength for r in c.raws) < HEAD and any(
        (other.startswith(k) or (len(k) >= 2 and other.endswith(k))) and other != k
        for k in c.keys
        for owner, other in named
        if owner is not c
    )


# The one list being fused, held (so that no other list can reuse its id) with where each of
# its snippets sits in it.
_POSITIONS: list = [None, {}]


def _positions(snippets: list[Snippet]) -> dict[int, int]:
    """Where each snippet sits in the video's list (kept for the one list being fused)."""
    held, positions = _POSITIONS
    if held is not snippets:
        positions = {id(s): i for i, s in enumerate(snippets)}
        _POSITIONS[:] = [snippets, positions]
    return positions


def _untimed_evidence(c: Cluster) -> tuple[Evidence, ...]:
    """A name only in the title or the tags: the title line is its one mention."""
    s = c.raws[0].snippet
    rules = tuple(sorted({r.rule for r in c.raws if r.snippet is s and r.rule}))
    return (
        Evidence(
            source="title" if s.source == "tags" else s.source, text=s.text[:500], rules=rules
        ),
    )


def _fused(
    c: Cluster,
    evidence: tuple[Evidence, ...],
    checks: dict[str, bool],
    region: str,
    snippets: list[Snippet],
) -> Fused:
    name = c.name().strip(" .,!?;:")
    aliases = sorted(({r.name for r in c.raws} | {a for r in c.raws for a in r.aliases}) - {name})
    address = next((r.address for r in c.raws if r.address), "")
    category = next((r.category for r in c.raws if r.name == name and r.category), "") or next(
        (r.category for r in c.raws if r.category), ""
    )
    first = min((e.start_s for e in evidence if e.start_s is not None), default=math.inf)
    positions = _positions(snippets)
    order = min((positions[id(r.snippet)] for r in c.raws if id(r.snippet) in positions), default=0)
    return Fused(
        candidate=PlaceCandidate(
            name=name,
            category=category,
            address_hint=address,
            aliases=tuple(aliases),
            mentions=evidence,
            confidence=round(min(c.score(), 0.99), 3),
            region_hint=region,
            place_id=c.place_id,
            rules=tuple(sorted({r.rule for r in c.raws if r.rule})),
        ),
        cluster=c,
        order=(first, order),
        checks=checks,
    )
