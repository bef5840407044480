"""Korean noun phrases that end in a place word, found with kiwipiepy.

The analyser takes about a second to load, so there is one per process, created on first
use; curated place names are added to its user dictionary so they are never split.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from pind.texts import VideoTexts
from places import lexicon
from places.extraction.base import HEAD, SPEECH, SPOKEN, Extractor, RawCandidate, Snippet
from places.extraction.heads import only_heads
from places.extraction.text import (
    KO_ADDRESS,
    PAREN,
    category_of,
    is_generic,
    is_noise,
    ko_food,
    latin_debris_spans,
    paren_address,
)
from places.normalize import normalize_name
from places.regions import is_area_name, lookup_region


class Tok(Protocol):
    """A token as kiwipiepy gives it (or our own `Word`): form, tag, offset, length."""

    form: str
    tag: str
    start: int
    len: int


_lock = threading.Lock()
_kiwi = None
_user_words: set[str] = set()

NOUN_TAGS = frozenset({"NNP", "NNG", "SL", "SH", "SN", "XSN", "NR"})
NAME_TAGS = frozenset({"NNP", "SL", "SH"})
_HANGUL = re.compile(r"[가-힣]")
# Words that open a noun run without being part of a name ("오늘 자갈치시장").
KO_LEADING = frozenset(
    "오늘 어제 내일 아침 점심 저녁 밤 새벽 다음 마지막 첫 처음 여기 거기 저기 이번 근처 유명 "
    "동네 로컬 현지 인기 단골 전통 재래 작은 큰 대형 야외 실내 진짜 완전 우리 제 저희 바로 "
    "일단 먼저 그리고 또 드디어 첫날 둘째 날 하루 당일 주말 평일 요즘 최고 핫플 핫플레이스".split()
)

# Latin words captions put before a name ("DAY 1 간사이공항", "VLOG 부산역").
_LATIN_LEADING = frozenset("day vlog ep episode part pt".split())


def kiwi():
    """The process's one Kiwi instance."""
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                _kiwi = Kiwi()
    return _kiwi


def add_user_words(names: Iterable[str]) -> None:
    """Teach the analyser curated names so "대림창고" stays one proper noun."""
    k = kiwi()
    with _lock:
        for name in names:
            word = name.strip()
            if word and word not in _user_words and " " not in word and _HANGUL.search(word):
                k.add_user_word(word, "NNP", 0.0)
                _user_words.add(word)


def tokens(texts: list[str], typed: list[bool] | None = None) -> list:
    """Kiwi tokens of each text (a list per text, in order). In typed text (not OCR, whose
    misreads are unknown words too) a noun the analyser's dictionary does not have
    ("우래옥", "만선호프") is a name it has never seen: a proper noun."""
    if not texts:
        return []
    oov = _unknown_noun_id()
    typed = typed or [False] * len(texts)
    return [
        [
            Word(t.form, "NNP", t.start, t.len)
            if names and t.tag == "NNG" and t.id == oov and len(t.form) >= 2
            else t
            for t in toks
        ]
        for toks, names in zip(kiwi().tokenize(texts), typed, strict=True)
    ]


@functools.cache
def _unknown_noun_id() -> int:
    """The id Kiwi gives every out-of-vocabulary noun, read off a word no language has."""
    probe = kiwi().tokenize("쀍뛝뺶")
    # A model that reads it otherwise turns the rule off rather than guess.
    return probe[0].id if len(probe) == 1 and probe[0].tag == "NNG" else -1


def _head_of(form: str, tag: str) -> str | None:
    """The place word `form` is or ends in, if any."""
    if form in lexicon.KO_HEADS:
        return form
    if tag == "NNP":
        for head in lexicon.KO_HEADS:
            if form.endswith(head) and len(form) > len(head):
                if head in lexicon.KO_SHORT_HEADS and len(form) < 3:
                    continue
                return head
    if tag == "NNG":
        return compound_head(form)
    return None


def _describes_next(toks: Sequence[Tok], last: int) -> bool:
    """ "X이었던 Y", "X였던 Y": X, said of Y, is what Y used to be."""
    after = [t for t in toks if t.start >= last.start + last.len][:4]
    if not after or after[0].tag != "VCP":
        return False
    for i, t in enumerate(after[1:], 1):
        if t.tag == "ETM":
            return i + 1 < len(after) and after[i + 1].tag in ("NNP", "NNG")
        if t.tag != "EP":
            return False
    return False


_ROAD_WORDS = tuple("고속도로 도로 국도 대로 휴게소 톨게이트 나들목 고속화도로 순환도로".split())

# Kinds of shop and stay, which a town's name before them does not make a name.
_BUSINESS_KINDS = frozenset(
    "카페 맛집 식당 빵집 베이커리 술집 포차 호텔 펜션 게스트하우스 숙소 민박 모텔 리조트 스테이 "
    "한옥스테이 찻집 책방 가게 횟집 고깃집 분식 반점 본점 분점 지점 맛집거리 제빵소 펍".split()
)


def compound_head(form: str) -> str | None:
    """ "경포해변", "신승반점": an unknown word the analyser kept whole, ending in a place word of
    two or more syllables after a stem of two or more that is not food or a common opener."""
    for head in lexicon.KO_HEADS:
        if len(head) >= 2 and form.endswith(head) and len(form) - len(head) >= 2:
            if ko_food(head):
                # "커피" is a drink before it is a café: "에그커피", "드립커피".
                return None
            stem = form[: -len(head)]
            if ko_food(stem) or stem in KO_LEADING or stem in lexicon.KO_HEADS:
                return None
            if is_area_name(stem) and (head in _BUSINESS_KINDS or lookup_region(stem) is None):
                # "제주카페": a kind of shop in a town; "완도타워" is the town's landmark.
                return None
            if any(stem.endswith(h) for h in lexicon.KO_HEADS if len(h) >= 2):
                return None  # "해수욕장거리": place words all the way down
            return head
    return None


@functools.lru_cache(maxsize=4096)
def analyser_agrees(stem: str, head: str, after: str) -> bool:
    """A one-syllable place word glued to a name ("부산역", "한라산") must still read as a noun
    when split off: "대구사는" is 대구 + 살다, "내돈내산" is a phrase, not a mountain."""
    toks = kiwi().tokenize(f"{stem} {head}{after}")
    stem_toks = [t for t in toks if t.start < len(stem)]
    head_tok = next((t for t in toks if t.start == len(stem) + 1), None)
    if head_tok is None or head_tok.form != head or head_tok.tag not in ("NNG", "NNP", "NNB"):
        return False
    return bool(stem_toks) and all(t.tag in NOUN_TAGS for t in stem_toks)


def noun_runs(text: str, toks: Sequence[Tok]) -> list[list]:
    runs, current = [], []
    for t in toks:
        if t.tag in NOUN_TAGS:
            if current and t.start - (current[-1].start + current[-1].len) > 1:
                runs.append(current)
                current = []
            current.append(t)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def head_phrases(text: str, toks: Sequence[Tok]) -> list[str]:
    """Proper noun phrases in `text` that end in a place word (the longest one per run)."""
    return [phrase for phrase, _ in head_phrases_with_context(text, toks)]


def head_phrases_with_context(text: str, toks: Sequence[Tok]) -> list[tuple[str, bool]]:
    """Each phrase, and whether it is only a compound word the analyser did not know (which
    needs the sentence to say someone went there, or another source, to count)."""
    found = []
    toks = list(toks)
    for run in noun_runs(text, toks):
        heads = [i for i, t in enumerate(run) if _head_of(t.form, t.tag)]
        for last in reversed(heads):
            end = run[last].start + run[last].len
            if text[end:].startswith(_ROAD_WORDS):
                break  # "서해안고속도로": a road named after the coast, not the coast
            if _describes_next(toks, run[last]):
                break  # "이태준 작가 고택이었던 수연산방": what the place was, not its name
            phrase = _name_before_head(text, run, last)
            if phrase:
                # Common words only ("솔밭가든", "경포해변"): no proper noun says it is a name.
                common = not any(
                    t.tag in NAME_TAGS and t.form not in lexicon.KO_HEADS for t in run[: last + 1]
                )
                found.append((phrase, common and not visited(toks, run[last])))
                break
    return found


# Verbs of going, arriving, eating and seeing that follow "X에/에서/으로" when X is a place.
_VISIT_VERBS = frozenset(
    "오 가 걷 걸어오 걸어가 넘어오 넘어가 들어오 들어가 올라오 올라가 내려오 내려가 들르 도착 "
    "방문 먹 마시 보 구경 타 찾 머물 묵".split()
)
_PLACE_NOUNS = frozenset("쪽 앞 근처 옆 안 밖 뒤 주변 입구 방향".split())


_EAT_VERBS = frozenset("먹 마시".split())


# Verbs that take the place itself as their object: "X을 걸었어요", "X를 둘러봤어요".
_ROAM_VERBS = frozenset("걷 걸 거닐 둘러보 돌아보 구경 산책 방문 찾 들르 돌".split())


def visited(toks: Sequence[Tok], last: int) -> bool:
    """ "경포해변으로 넘어와서", "동화가든에서 … 먹으러", "OO마을을 걸었어요": the phrase is where
    someone went."""
    after = [t for t in toks if t.start >= last.start + last.len]
    i = 0
    # "안목해변 커피거리 쪽으로": a part of the place or a side of it may come between.
    while i < min(len(after), 3) and (after[i].form in _PLACE_NOUNS or after[i].tag in NOUN_TAGS):
        i += 1
    if 0 < i < len(after) and after[i].tag.startswith("VV") and after[i].form in _EAT_VERBS:
        # "점심은 OO식당 해물찜 먹으러": the place, then what was eaten there.
        return True
    if 0 < i < len(after) and after[i].tag == "VCP" and ko_food(after[i - 1].form):
        # "점심은 OO식당 돼지불백이에요": the place, then the dish it was for.
        return True
    if i < len(after) and after[i].tag == "JKO":
        return any(
            t.tag.split("-")[0] in ("VV", "NNG") and t.form in _ROAM_VERBS
            for t in after[i + 1 : i + 3]
        )
    if i >= len(after) or not (
        (after[i].tag == "JKB" and after[i].form in ("에", "에서", "으로", "로"))
        # "경기전부터 들어왔어요", "해변까지 걸어갔어요"
        or (after[i].tag == "JX" and after[i].form in ("부터", "까지"))
    ):
        return False
    # Irregular verbs carry a suffix on their tag ("VV-I" for 걷다).
    return any(
        t.tag.split("-")[0] in ("VV", "NNG") and t.form in _VISIT_VERBS
        for t in after[i + 1 : i + 5]
    )


def _name_before_head(text: str, run: list, last: int) -> str:
    """The place name a run of tokens ending in a place word (run[last]) spells, or ""."""
    first = _first_name_token(run, last)
    name_part, head_tok = run[first:last], run[last]
    compound = _compound_word(text, run, first, last)
    if compound is not None:
        return compound
    whole_nnp = head_tok.tag == "NNP" and head_tok.form not in lexicon.KO_HEADS
    glued_common = (
        len(name_part) == 1
        and name_part[0].tag == "NNG"
        and len(name_part[0].form) >= 2
        and len(head_tok.form) >= 2
        and name_part[0].start + name_part[0].len == head_tok.start
    )
    if _not_a_name(text, name_part, head_tok, whole_nnp, glued_common):
        return ""
    return _assembled(text, run, first, head_tok)


def _first_name_token(run: list, last: int) -> int:
    first = 0
    while first < last and (
        run[first].form in KO_LEADING
        or run[first].form.lower() in _LATIN_LEADING
        or run[first].tag in ("SN", "NR", "XSN")
    ):
        first += 1
    return first


def _glued(tokens: list) -> bool:
    return all(a.start + a.len == b.start for a, b in zip(tokens, tokens[1:], strict=False))


def _compound_word(text: str, run: list, first: int, last: int) -> str | None:
    """Names written as one word of common nouns: the name ("" for none), or None when the
    run is not such a word."""
    name_part, head_tok = run[first:last], run[last]
    if (
        head_tok.tag == "NNG"
        and head_tok.form not in lexicon.KO_HEADS
        and not any(t.tag in NAME_TAGS for t in name_part)
    ):
        # "경포해변": one word the analyser did not know, ending in a place word.
        return head_tok.form if compound_head(head_tok.form) else ""
    if head_tok.form == "커피" and (
        not any(t.tag in NAME_TAGS for t in name_part) or any(ko_food(t.form) for t in name_part)
    ):
        return ""  # "코코넛 스무디 커피": a drink, not a café
    all_common = len(name_part) >= 2 and all(t.tag == "NNG" for t in name_part)
    is_head = head_tok.form in lexicon.KO_HEADS and len(head_tok.form) >= 2
    if all_common and is_head and _glued(run[first : last + 1]):
        # "솔바람기사식당" cut into 솔/바람/기사/식당: still one word, ending in a place word.
        word = text[name_part[0].start : head_tok.start + head_tok.len]
        return word if compound_head(word) else ""
    spaced = name_part and name_part[-1].start + name_part[-1].len < head_tok.start
    if all_common and is_head and _glued(name_part) and spaced:
        # "감자밭 카페": one written word of common nouns, then the kind of place it is.
        word = text[name_part[0].start : name_part[-1].start + name_part[-1].len]
        return "" if _not_a_name_word(word) else f"{word} {head_tok.form}"
    return None


def _not_a_name_word(word: str) -> bool:
    return (
        len(word) < 3
        or ko_food(word)
        or word in lexicon.KO_HEADS
        or is_area_name(word)
        or is_generic(word)
        or any(word.endswith(h) for h in lexicon.KO_HEADS if len(h) >= 2)
    )


def _not_a_name(
    text: str, name_part: list, head_tok: Tok, whole_nnp: bool, glued_common: bool
) -> bool:
    if not whole_nnp and not glued_common and not any(t.tag in NAME_TAGS for t in name_part):
        # "남부시장" is a name written as one word; "공장 카페" is a description.
        return True
    if not whole_nnp and head_tok.form in lexicon.KO_SHORT_HEADS:
        # "부산역", "서울숲": a one-syllable place word glued to a proper noun.
        prev = name_part[-1] if name_part else None
        if prev is None or prev.tag != "NNP" or prev.start + prev.len != head_tok.start:
            return True
    if name_part and not whole_nnp and _somewhere_in_an_area(text, name_part, head_tok):
        return True
    if whole_nnp and not name_part and _head_of(head_tok.form, "NNP") in lexicon.KO_SHORT_HEADS:
        end = head_tok.start + head_tok.len
        if not analyser_agrees(head_tok.form[:-1], head_tok.form[-1], text[end : end + 3]):
            return True
    if any(ko_food(t.form) or t.form in lexicon.KO_HEADS for t in name_part if t.tag == "NNG"):
        return True
    if name_part and all(_plain_dish(t.form) for t in name_part):
        return True  # "떡갈비 본점": the dish a place is known for, then "main branch"
    # "부여 시내 한옥스테이": a stay somewhere downtown, described, not named
    return any(t.form in _WHERE_IN_TOWN for t in name_part)


def _somewhere_in_an_area(text: str, name_part: list, head_tok: Tok) -> bool:
    name_text = text[name_part[0].start : name_part[-1].start + name_part[-1].len]
    glued = name_part[-1].start + name_part[-1].len == head_tok.start
    if not glued and is_area_name(name_text) and head_tok.form != "야시장":
        # "성수동 카페", "제주 맛집": a kind of place in an area, not a name ("달랏 야시장",
        # the town's night market, is one).
        return True
    before = None if glued else name_part
    if glued and text[name_part[-1].start : head_tok.start + head_tok.len] in lexicon.KO_HEADS:
        before = name_part[:-1]  # "게스트" + "하우스" is one place word
    # "순천 시내 게스트하우스": somewhere downtown, not a name
    return bool(before) and all(is_area_name(t.form) or t.form in _WHERE_IN for t in before)


def _assembled(text: str, run: list, first: int, head_tok: Tok) -> str:
    phrase = text[run[first].start : head_tok.start + head_tok.len].strip()
    if only_heads(normalize_name(phrase)):
        # "타워 전망대" is no name; "83 타워" is, the number being part of it.
        if first > 0 and run[first - 1].tag == "SN":
            phrase = text[run[first - 1].start : head_tok.start + head_tok.len].strip()
        else:
            return ""
    if len(phrase) < 2 or is_generic(phrase):
        return ""
    return phrase


@dataclass(frozen=True, slots=True)
class Word:
    """A token of our own, shaped like kiwipiepy's."""

    form: str
    tag: str
    start: int
    len: int


_SPLIT_TAGS = frozenset({"NNG", "NNP", "NNB", "IC", "MAG", "MM", "XPN", "XSN", "NR"})


def merge_unknown_words(text: str, toks: Sequence[Tok]) -> list:
    """ "오설록" → 오/IC 설/NNG 록/NNG: a word of three or more syllables that the analyser can
    only cut into single syllables is a name it does not know; it becomes one proper noun."""
    toks = list(toks)
    out, i = [], 0
    for m in re.finditer(r"\S+", text):
        inside = [t for t in toks if m.start() <= t.start < m.end()]
        word = m.group(0)
        if (
            len(inside) >= 2
            and re.fullmatch(r"[가-힣]{3,}", word)
            and all(t.len == 1 and t.tag.split("-")[0] in _SPLIT_TAGS for t in inside)
        ):
            out.append(Word(word, "NNP", m.start(), len(word)))
        else:
            out.extend(inside)
        i += len(inside)
    return out


def is_proper_phrase(text: str, toks: Sequence[Tok]) -> bool:
    """Only nouns, at least one of them proper, none of them food: a name, not a sentence.
    Two nouns joined by 과/와 may be one name ("동궁과 월지")."""
    toks = list(toks)
    if not toks or any(
        t.tag not in NOUN_TAGS and t.tag not in ("SW", "SP", "SO") and not _joins_two_nouns(toks, i)
        for i, t in enumerate(toks)
    ):
        return False
    if not any(t.tag in NAME_TAGS or (t.tag == "NNG" and compound_head(t.form)) for t in toks):
        return False
    if any(ko_food(t.form) for t in toks if t.tag in ("NNG", "NNP")):
        return False
    return len(text) >= 2


def _joins_two_nouns(toks: Sequence[Tok], i: int) -> bool:
    t = toks[i]
    return (
        t.tag == "JC"
        and t.form in ("과", "와")
        and 0 < i < len(toks) - 1
        and toks[i - 1].tag in NOUN_TAGS
        and toks[i + 1].tag in NOUN_TAGS
        and toks[i - 1].start + toks[i - 1].len == t.start
        # "선유도와 양화대교" are two places, each named in full.
        and not (_place_word(toks[i - 1]) and _place_word(toks[-1]))
        # "남산과 한강": two places in a town, not one name.
        and not is_area_name(toks[i - 1].form)
        and not is_area_name(toks[i + 1].form)
        and not any(_head_of(x.form, x.tag) for x in (toks[i - 1], toks[i + 1]))
    )


def _place_word(t: Tok) -> bool:
    return t.tag in NOUN_TAGS and (
        t.form in lexicon.KO_HEADS or bool(_head_of(t.form, t.tag)) or bool(compound_head(t.form))
    )


def _blank_ocr_debris(snippet: Snippet) -> str:
    """An OCR caption with the Latin debris around its Korean part blanked (offsets kept)."""
    text = snippet.text
    if snippet.source != "ocr":
        return text
    for start, end in latin_debris_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _plain_dish(word: str) -> bool:
    """ "떡갈비", "냉면": a dish by its common name; "황남빵" is a named one."""
    if not ko_food(word):
        return False
    dish = max((f for f in lexicon.KO_FOOD if word.endswith(f)), key=len)
    stem = word[: -len(dish)]
    return len(stem) < 2 or ko_food(stem)


def dish_named_places(toks: Sequence[Tok]) -> list[str]:
    """ "OO칼국수에서 … 먹을 거예요": a proper noun ending in a dish, where someone goes or
    eats, is a restaurant named after what it serves (Korean restaurants often are)."""
    out = []
    for t in toks:
        if t.tag not in ("NNP", "NNG") or not ko_food(t.form):
            continue
        dish = max((f for f in lexicon.KO_FOOD if t.form.endswith(f)), key=len)
        stem = t.form[: -len(dish)]
        if (
            len(dish) < 2
            or len(stem) < 2
            or ko_food(stem)
            or stem in KO_LEADING
            or is_area_name(stem)
        ):
            continue
        after = [a for a in toks if a.start >= t.start + t.len]
        if (
            after
            and after[0].tag == "JKB"
            and after[0].form in ("에서", "으로", "로")
            and visited(toks, t)
        ):
            # "진미통닭으로 왔어요", "OO칼국수에서 먹었어요"
            out.append(t.form)
    return out


# "저녁은 X이요", "숙소는 X예요": a meal or a kind of stop as the topic, then where it was.
_TOPICS = {
    **dict.fromkeys("아침 점심 저녁 브런치 야식 점저 아점 1차 2차 3차".split(), "restaurant"),
    **dict.fromkeys("카페 디저트 후식 커피".split(), "cafe"),
    **dict.fromkeys("숙소 호텔".split(), "stay"),
}

# "X이요", "X이고", "X인데": the copula closing the clause.
_COPULA_ENDINGS = frozenset("요 고 ᆫ데 는데 라서 어서 에요 예요 야".split())


def topic_places(text: str, toks: Sequence[Tok]) -> list[tuple[str, str]]:
    """ "저녁은 하연옥이요", "숙소는 OO호텔이에요": the place a meal or a stay was at."""
    out = []
    toks = list(toks)
    for i, t in enumerate(toks[:-2]):
        kind = _TOPICS.get(t.form)
        if kind is None or toks[i + 1].tag != "JX" or toks[i + 1].form not in ("은", "는"):
            continue
        j = i + 2
        while j < len(toks) and toks[j].tag in (*NOUN_TAGS, "SL", "SN"):
            j += 1
        if j == i + 2 or j + 1 >= len(toks) or toks[j].tag != "VCP":
            continue
        ending = toks[j + 1]
        if not (ending.tag in ("EF", "EP") or ending.form in _COPULA_ENDINGS):
            continue  # "아침은 츠키지 장외시장에서": 츠키/이/지 is the analyser's misreading
        run = toks[i + 2 : j]
        if not any(r.tag in NAME_TAGS for r in run):
            continue  # "점심은 냉면이에요": a dish, not where
        name = text[run[0].start : run[-1].start + run[-1].len].strip()
        if (
            len(name) < 2
            or any(ko_food(r.form) for r in run if r.tag == "NNG")
            or is_area_name(name)
            or is_generic(name)
            or name in KO_LEADING
        ):
            continue
        out.append((name, kind))
    return out


# Going and eating, not seeing: "유튜브에서 봤어요" names no place.
_GO_OR_EAT = frozenset(
    "오 가 걸어오 걸어가 넘어오 넘어가 들어오 들어가 올라오 올라가 내려오 내려가 들르 도착 "
    "방문 먹 마시 머물 묵".split()
)


def went_to_names(toks: Sequence[Tok]) -> list[str]:
    """ "가도야에서 도미밥 먹었어요", "광한루원으로 걸어왔어요": a name the analyser does not
    know as a word (a foreign or a shop's name), where someone went or ate."""
    out = []
    for i, t in enumerate(toks[:-1]):
        after = toks[i + 1]
        if (
            t.tag != "NNP"
            or len(t.form) < 3
            # "앤트러사이트 한남점에서", "후시미 이나리 타이샤에": the end of a longer name.
            or (i > 0 and toks[i - 1].tag in NOUN_TAGS)
            or after.tag != "JKB"
            or after.form not in ("에", "에서", "으로", "로")
            or after.start != t.start + t.len
        ):
            continue
        if not any(
            v.tag.split("-")[0] in ("VV", "NNG") and v.form in _GO_OR_EAT
            for v in toks[i + 2 : i + 7]
        ):
            continue
        if ko_food(t.form) or is_area_name(t.form) or is_generic(t.form) or t.form in KO_LEADING:
            continue
        out.append(t.form)
    return out


# "포토 스팟", "명소", "핫플": words for a good spot, which describe rather than name it.
_SPOT_WORDS = frozenset("스팟 포토스팟 포토존 포인트 명소 핫플 핫플레이스 장소 곳 뷰맛집".split())


def here_is(text: str, toks: Sequence[Tok]) -> list[str]:
    """ "여기가 (바로) 방화수류정인데", "여기는 OO이에요": the speaker names where they stand."""
    out = []
    for i, t in enumerate(toks[:-2]):
        if t.form != "여기" or toks[i + 1].tag not in ("JKS", "JX"):
            continue
        j = i + 2
        while j < len(toks) and toks[j].tag == "MAG":
            j += 1  # "바로"
        start = j
        while j < len(toks) and toks[j].tag in (*NOUN_TAGS, "XPN"):
            j += 1
        if j == start or j >= len(toks) or toks[j].tag != "VCP":
            continue
        run = toks[start:j]
        if run[-1].form in _SPOT_WORDS or (
            len(run) > 1 and not any(r.tag in NAME_TAGS for r in run)
        ):
            continue  # "여기가 목련 포토 스팟인데": a description of the spot, not its name
        name = text[toks[start].start : toks[j - 1].start + toks[j - 1].len].strip()
        if (
            len(name) >= 3
            and not ko_food(name)
            and not is_area_name(name)
            and not is_generic(name)
            and not only_heads(normalize_name(name))
            and name not in KO_LEADING
        ):
            out.append(name)
    return out


# Words that say where in a town, or what sort of place, not which one: "시내", "삼대".
_WHERE_IN = frozenset("시내 읍내 근처 주변 일대 외곽 도심 구도심 동네 삼대 3대 대표 유명".split())

# Of those, the ones that never stand inside a name ("삼대 국밥" may be one).
_WHERE_IN_TOWN = frozenset("시내 읍내 근처 주변 일대 외곽 도심 구도심".split())

# Words for "a place" that follow "X라는": "OO이라는 곳", "OO라는 가게".
_SOME_PLACE = frozenset("곳 가게 집 매장".split())


def called_places(text: str, toks: Iterable[Tok]) -> list[tuple[str, str]]:
    """ "수연산방이라는 한옥 찻집", "OO라고 하는 카페": a name the speaker introduces as a kind
    of place, and that kind."""
    out = []
    toks = list(toks)
    for i, t in enumerate(toks):
        if t.tag != "VCP" or i == 0 or toks[i - 1].tag not in NOUN_TAGS:
            continue
        kind = _kind_after_calling(toks[i + 1 : i + 7])
        if not kind:
            continue
        j = _called_name_start(toks, i)
        if toks[j].tag not in NOUN_TAGS:
            continue
        j, dish_named = _dish_named_start(text, toks, j)
        name = text[toks[j].start : toks[i - 1].start + toks[i - 1].len].strip()
        if not _called_name_ok(name, dish_named):
            continue
        out.append((name, kind))
    return out


def _kind_after_calling(rest: list) -> str:
    """The kind of place after "이라는" / "라고 하는" ("한옥 찻집" → "찻집"), or ""."""
    if rest and rest[0].tag == "ETM" and rest[0].form == "라는":
        rest = rest[1:]
    elif (
        len(rest) >= 3 and rest[0].form == "라고" and rest[1].form == "하" and rest[2].tag == "ETM"
    ):
        rest = rest[3:]
    else:
        return ""
    kinds = []
    for r in rest[:3]:
        if r.tag != "NNG":
            break
        if kinds and kinds[-1].start + kinds[-1].len == r.start:
            # "헌책방이라는 대오서점": nouns written together after it are a name of their own.
            return ""
        kinds.append(r)
    forms = [r.form for r in kinds]
    return next((k for k in reversed(forms) if k in lexicon.KO_HEADS or k in _SOME_PLACE), "")


def _called_name_start(toks: list, i: int) -> int:
    """The name: the nouns written together right before "이라는"."""
    j = i - 1
    while j > 0 and toks[j - 1].start + toks[j - 1].len == toks[j].start:
        if toks[j - 1].tag in NOUN_TAGS:
            j -= 1
        elif toks[j - 1].tag == "JKG" and j > 1 and toks[j - 2].tag in NOUN_TAGS:
            j -= 1  # "바람의숲": a name may hold a 의
        else:
            break
    return j


def _dish_named_start(text: str, toks: list, j: int) -> tuple[int, bool]:
    """ "언양 기와집 불고기라는 곳": a restaurant named after its dish, with the words before
    the dish written apart."""
    if not ko_food(toks[j].form):
        return j, False
    k = j
    while k > 0 and j - k < 3 and toks[k - 1].tag in ("NNG", "NNP"):
        k -= 1
    if k < j and not ko_food(text[toks[k].start : toks[j - 1].start + toks[j - 1].len]):
        return k, True
    return j, False


def _called_name_ok(name: str, dish_named: bool) -> bool:
    return not (
        len(name) < 2
        or (ko_food(name) and not dish_named)
        or is_area_name(name)
        or is_generic(name)
        or name in KO_LEADING
        or only_heads(normalize_name(name))
    )


class KoreanExtractor(Extractor):
    name = "korean"

    def extract(self, texts: VideoTexts, snippets: list[Snippet]) -> list[RawCandidate]:
        chosen = [s for s in snippets if _HANGUL.search(s.text) and not is_noise(s.text)]
        # Addresses are full of place words ("…로9길"); they are not names.
        blank = lambda m: " " * len(m.group(0))  # noqa: E731 - keeps offsets
        masked = [
            PAREN.sub(
                lambda m: blank(m) if paren_address(m.group(1)) else m.group(0),
                lexicon.HASHTAG.sub(blank, KO_ADDRESS.sub(blank, _blank_ocr_debris(s))),
            )
            for s in chosen
        ]
        out = []
        typed = [s.source != "ocr" for s in chosen]
        for snippet, text, toks in zip(chosen, masked, tokens(masked, typed), strict=True):
            # A chapter title is chosen words: a compound there is meant as a name.
            titled = snippet.source == "chapter" or (
                snippet.source == "description" and snippet.start_s is not None
            )
            toks = list(toks)
            # (name, strength, category): restaurants named after their dish, names introduced
            # as a kind of place, and noun phrases ending in a place word.
            found = [(p, HEAD, "restaurant") for p in dish_named_places(toks)]
            found += [
                (p, HEAD, category_of(p) or category_of(kind))
                for p, kind in called_places(text, toks)
            ]
            found += [(p, HEAD, category_of(p)) for p in here_is(text, toks)]
            found += [(p, HEAD, category_of(p) or kind) for p, kind in topic_places(text, toks)]
            if snippet.source in SPEECH:
                found += [(p, HEAD, category_of(p)) for p in went_to_names(toks)]
            found += [
                (p, SPOKEN if weak and not titled else HEAD, category_of(p))
                for p, weak in head_phrases_with_context(text, toks)
            ]
            out += [
                RawCandidate(
                    name=name,
                    snippet=snippet,
                    strength=strength,
                    extractor=self.name,
                    category=category,
                )
                for name, strength, category in found
            ]
            out += [
                RawCandidate(
                    name=name,
                    snippet=snippet,
                    strength=SPOKEN / 2,
                    extractor="spans",
                    category=category_of(name),
                    rule="ko.nnp",
                )
                for name in proper_noun_runs(text, toks)
            ]
        return out


def proper_noun_runs(text: str, toks: Sequence) -> list[str]:
    """Recall first: every run of proper nouns the analyser marks ("성수 연무장", "대림창고"),
    with the place word that follows it, as one candidate for the decision to judge."""
    runs: list[str] = []
    i = 0
    while i < len(toks):
        if toks[i].tag != "NNP" or not _HANGUL.search(toks[i].form):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and toks[j].tag == "NNP" and _gap(text, toks[j - 1], toks[j]) <= 1:
            j += 1
        if j < len(toks) and toks[j].tag == "NNG" and toks[j].form in lexicon.KO_HEADS:
            if _gap(text, toks[j - 1], toks[j]) <= 1:
                j += 1
        name = text[toks[i].start : toks[j - 1].start + toks[j - 1].len].strip()
        if len(name.replace(" ", "")) >= 2:
            runs.append(name)
        i = j
    return runs


def _gap(text: str, a, b) -> int:
    between = text[a.start + a.len : b.start]
    return len(between) if not between.strip() else 99
