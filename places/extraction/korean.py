"""Korean noun phrases that end in a place word, found with kiwipiepy.

The analyser takes about a second to load, so there is one per process, created on first
use; curated place names are added to its user dictionary so they are never split.
"""

from __future__ import annotations

import re
import threading

from pind.texts import VideoTexts
from places.extraction import lexicon as lx
from places.extraction.base import HEAD, Extractor, RawCandidate, Snippet
from places.extraction.text import KO_ADDRESS, category_of, is_generic, is_noise, ko_food
from places.regions import is_area_name

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


def kiwi():
    """The process's one Kiwi instance."""
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                _kiwi = Kiwi()
    return _kiwi


def add_user_words(names) -> None:
    """Teach the analyser curated names so "대림창고" stays one proper noun."""
    k = kiwi()
    with _lock:
        for name in names:
            word = name.strip()
            if word and word not in _user_words and " " not in word and _HANGUL.search(word):
                k.add_user_word(word, "NNP", 0.0)
                _user_words.add(word)


def tokens(texts: list[str]):
    return kiwi().tokenize(texts) if texts else []


def _head_of(form: str, tag: str) -> str | None:
    """The place word `form` is or ends in, if any."""
    if form in lx.KO_HEADS:
        return form
    if tag == "NNP":
        for head in lx.KO_HEADS:
            if form.endswith(head) and len(form) > len(head):
                if head in lx.KO_SHORT_HEADS and len(form) < 3:
                    continue
                return head
    return None


def noun_runs(text: str, toks) -> list[list]:
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


def head_phrases(text: str, toks) -> list[str]:
    """Proper noun phrases in `text` that end in a place word (the longest one per run)."""
    found = []
    for run in noun_runs(text, toks):
        heads = [i for i, t in enumerate(run) if _head_of(t.form, t.tag)]
        for last in reversed(heads):
            phrase = _phrase(text, run, last)
            if phrase:
                found.append(phrase)
                break
    return found


def _phrase(text: str, run: list, last: int) -> str:
    first = 0
    while first < last and (run[first].form in KO_LEADING or run[first].tag in ("SN", "NR", "XSN")):
        first += 1
    name_part = run[first:last]
    head_tok = run[last]
    whole_nnp = head_tok.tag == "NNP" and head_tok.form not in lx.KO_HEADS
    glued_common = (
        len(name_part) == 1
        and name_part[0].tag == "NNG"
        and len(name_part[0].form) >= 2
        and len(head_tok.form) >= 2
        and name_part[0].start + name_part[0].len == head_tok.start
    )
    if not whole_nnp and not glued_common and not any(t.tag in NAME_TAGS for t in name_part):
        # "남부시장" is a name written as one word; "공장 카페" is a description.
        return ""
    if not whole_nnp and head_tok.form in lx.KO_SHORT_HEADS:
        # "부산역", "서울숲": a one-syllable place word glued to a proper noun.
        prev = name_part[-1] if name_part else None
        if prev is None or prev.tag != "NNP" or prev.start + prev.len != head_tok.start:
            return ""
    if name_part and not whole_nnp:
        name_text = text[name_part[0].start : name_part[-1].start + name_part[-1].len]
        glued = name_part[-1].start + name_part[-1].len == head_tok.start
        if not glued and is_area_name(name_text):
            # "성수동 카페", "제주 맛집": a kind of place in an area, not a name.
            return ""
    if any(ko_food(t.form) or t.form in lx.KO_HEADS for t in name_part if t.tag == "NNG"):
        return ""
    phrase = text[run[first].start : head_tok.start + head_tok.len].strip()
    if len(phrase) < 2 or is_generic(phrase):
        return ""
    return phrase


def is_proper_phrase(text: str, toks) -> bool:
    """Only nouns, at least one of them proper, none of them food: a name, not a sentence."""
    if not toks or any(t.tag not in NOUN_TAGS and t.tag not in ("SW", "SP", "SO") for t in toks):
        return False
    if not any(t.tag in NAME_TAGS for t in toks):
        return False
    if any(ko_food(t.form) for t in toks if t.tag in ("NNG", "NNP")):
        return False
    return len(text) >= 2


class KoreanExtractor(Extractor):
    name = "korean"

    def extract(self, texts: VideoTexts, snippets: list[Snippet]) -> list[RawCandidate]:
        chosen = [s for s in snippets if _HANGUL.search(s.text) and not is_noise(s.text)]
        # Addresses are full of place words ("…로9길"); they are not names.
        blank = lambda m: " " * len(m.group(0))  # noqa: E731 - keeps offsets
        masked = [lx.HASHTAG.sub(blank, KO_ADDRESS.sub(blank, s.text)) for s in chosen]
        out = []
        for snippet, text, toks in zip(chosen, masked, tokens(masked), strict=True):
            for phrase in head_phrases(text, toks):
                out.append(
                    RawCandidate(
                        name=phrase,
                        snippet=snippet,
                        strength=HEAD,
                        extractor=self.name,
                        category=category_of(phrase),
                    )
                )
        return out
