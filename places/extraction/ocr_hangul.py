"""One-letter OCR misreads in Korean captions, put right with the analyser's dictionary.

Tesseract often reads one jamo of a caption for its neighbour in shape: a plain consonant
as its tense or aspirated twin ("국립현때미술관", "경뽁궁"), a vowel with one short stroke
too many or too few. The caption's name then matches nothing said elsewhere in the video.

A word the analyser cannot read (an unknown noun, or single syllables where a word should be)
is tried with each one-jamo swap from a small table of such confusions; a swap stands only
when it turns the word into a noun the analyser knows, scores clearly better, and is the
only swap that does. Words it already reads, Latin, numbers and single syllables are left as
they are: a real name bent into a dictionary word is worse than a misread left alone.
"""

from __future__ import annotations

import functools
import itertools
import re

_WORD = re.compile(r"[가-힣]{2,}")
_FIRST, _LAST = 0xAC00, 0xD7A3

# Choseong indices: ㄱ0 ㄲ1 ㄷ3 ㄸ4 ㅂ7 ㅃ8 ㅅ9 ㅆ10 ㅈ12 ㅉ13 ㅊ14 ㅋ15 ㅌ16.
# A tense consonant is its plain one drawn twice, an aspirated one its plain one plus a stroke:
# OCR adds or drops that stroke. (ㅂ/ㅍ, ㄲ/ㅋ and the like differ in shape, not by a stroke.)
_INITIAL: dict[int, tuple[int, ...]] = {
    0: (1, 15),  # ㄱ → ㄲ ㅋ
    1: (0,),
    15: (0,),
    3: (4, 16),  # ㄷ → ㄸ ㅌ
    4: (3,),
    16: (3,),
    7: (8,),  # ㅂ → ㅃ
    8: (7,),
    9: (10,),  # ㅅ → ㅆ
    10: (9,),
    12: (13, 14),  # ㅈ → ㅉ ㅊ
    13: (12,),
    14: (12,),
}
# Jungseong: ㅏ0 ㅑ2 ㅓ4 ㅕ6 ㅗ8 ㅛ12 ㅜ13 ㅠ17, each pair one short stroke apart ("덕슈궁").
# ㅐ/ㅔ is left out: that is a spelling slip, not a stroke the OCR loses, and both spellings
# are often real words.
_VOWEL: dict[int, tuple[int, ...]] = {0: (2,), 2: (0,), 4: (6,), 6: (4,), 8: (12,), 12: (8,)}
_VOWEL |= {13: (17,), 17: (13,)}
# Jongseong: ㄱ1 ㄲ2 ㅅ19 ㅆ20 doubled like initials; ㄴ4 ㅁ16, the box with its top and
# right side lost ("은" for "음").
_FINAL: dict[int, tuple[int, ...]] = {1: (2,), 2: (1,), 19: (20,), 20: (19,), 4: (16,), 16: (4,)}

# Tags of the pieces the analyser cuts an unknown word into ("현때" → 현/MM 때/NNG).
_FRAGMENT_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "MM", "MAG", "IC", "XPN", "XSN", "XR"})
_NOUN_TAGS = frozenset({"NNG", "NNP"})
# How much better (in log-probability) the corrected word must read than the misread one.
# Tried on Wikipedia names the analyser's base model lacks: at 6, 8 in 4000 were bent (most
# of them people's names); at 5, 13; misreads of known names are fixed about half the time.
ONE_NOUN_MARGIN = 6.0
COMPOUND_MARGIN = 10.0


def correct(text: str) -> str:
    """`text` with each Hangul word that reads as a one-jamo OCR misread of a known noun
    replaced by that noun; everything else, spacing included, as it was. One syllable stands
    for one, so offsets into the line still hold."""
    if not _WORD.search(text):
        return text
    generation = _dictionary_generation()
    return _WORD.sub(lambda m: _correct_word(m.group(0), generation), text)


def _dictionary_generation() -> int:
    """Curated names join the analyser's dictionary as they are curated; a word read before
    that must be read again, so the cache is keyed by how many there are."""
    from places.extraction import korean

    return len(getattr(korean, "_user_words", ()))


@functools.lru_cache(maxsize=8192)
def _correct_word(word: str, generation: int) -> str:
    before = _reading(word)
    suspects = _suspect_syllables(before[0])
    if not suspects:
        return word
    variants = list(_variants(word, suspects))
    readings = _readings([v for v, _ in variants])
    winners = [
        variant
        for (variant, at), after in zip(variants, readings, strict=True)
        if _reads_better(before, after, at)
    ]
    return winners[0] if len(winners) == 1 else word


def _reading(word: str) -> tuple[list, float]:
    from places.extraction.korean import kiwi

    tokens, score = kiwi().analyze(word, top_n=1)[0]
    return list(tokens), score


def _readings(words: list[str]) -> list[tuple[list, float]]:
    """The analyser's best reading of each word, (tokens, score), in one call."""
    from places.extraction.korean import kiwi

    if not words:
        return []
    return [(list(r[0][0]), r[0][1]) for r in kiwi().analyze(words, top_n=1)]


def _suspect_syllables(tokens) -> set[int]:
    """Where the analyser gave up: in an unknown word, or in a run of lone syllables."""
    out: set[int] = set()
    for t in tokens:
        if t.oov or (t.len == 1 and t.tag.split("-")[0] in _FRAGMENT_TAGS):
            out.update(range(t.start, t.start + t.len))
    return out


def _variants(word: str, positions: set[int]):
    """Each spelling of `word` with one jamo of one syllable at `positions` swapped."""
    for i in sorted(positions):
        code = ord(word[i]) - _FIRST
        if not 0 <= code <= _LAST - _FIRST:
            continue
        initial, vowel, final = code // 588, (code % 588) // 28, code % 28
        swaps = [(o, vowel, final) for o in _INITIAL.get(initial, ())]
        swaps += [(initial, v, final) for v in _VOWEL.get(vowel, ())]
        swaps += [(initial, vowel, f) for f in _FINAL.get(final, ())]
        for o, v, f in swaps:
            yield word[:i] + chr(_FIRST + o * 588 + v * 28 + f) + word[i + 1 :], i


def _reads_better(before, after, at: int) -> bool:
    """The variant is known nouns (then particles or endings), the swapped syllable inside a
    noun of two or more syllables, and the whole reads clearly better than the misread."""
    tokens, score = after
    nouns = list(itertools.takewhile(lambda t: t.tag in _NOUN_TAGS, tokens))
    if not nouns or any(t.oov or t.len < 2 for t in nouns):
        return False
    if any(t.tag[0] not in "JE" and t.tag != "VCP" for t in tokens[len(nouns) :]):
        return False
    if any(a.start + a.len != b.start for a, b in zip(nouns, nouns[1:], strict=False)):
        return False
    hit = next((t for t in nouns if t.start <= at < t.start + t.len), None)
    if hit is None:
        return False
    if hit.len == 2 and hit.tag != "NNP":
        # Two-syllable common nouns are so many that an unknown name one letter from one is
        # common ("쥬시" → "주시", "북항" → "북향"); a place name of two is a proper noun.
        return False
    if len(nouns) == 1:
        return score - before[1] >= ONE_NOUN_MARGIN
    # A compound: the swap must make a proper noun ("을지로" in "을찌로맛집"), since a common
    # word is too easily made from a name the analyser does not know ("깐부치킨" → "간부 치킨").
    return hit.tag == "NNP" and score - before[1] >= COMPOUND_MARGIN
