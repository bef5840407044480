"""One-jamo OCR misreads are put right with the real analyser; real names are left alone."""

import pytest

from pind.texts import TimedText, VideoTexts
from places.extraction.base import snippets_of
from places.extraction.ocr_hangul import correct


@pytest.mark.parametrize(
    ("misread", "meant"),
    [
        ("국립현때미술관", "국립현대미술관"),  # ㄷ read as ㄸ between known words
        ("광장씨장", "광장시장"),  # ㅅ as ㅆ
        ("경뽁궁", "경복궁"),  # ㅂ as ㅃ in an unknown word
        ("해운때", "해운대"),
        ("덕쑤궁", "덕수궁"),
        ("똥대문시장", "동대문시장"),
        ("동태문시장", "동대문시장"),  # ㄷ as ㅌ: one stroke more
        ("덕슈궁", "덕수궁"),  # ㅜ as ㅠ
        ("임사동", "인사동"),  # final ㄴ as ㅁ
    ],
)
def test_a_one_letter_misread_of_a_known_name_is_put_right(misread, meant):
    assert correct(misread) == meant


def test_a_misread_name_keeps_its_particle_and_the_line_its_other_words():
    assert correct("덕쑤궁에서") == "덕수궁에서"
    assert correct("DAY 2 인싸동  3,000원") == "DAY 2 인사동  3,000원"
    assert correct("오늘은 국립현때미술관 청주") == "오늘은 국립현대미술관 청주"


def test_a_misread_proper_noun_inside_a_compound_is_put_right():
    assert correct("해운때맛집") == "해운대맛집"
    assert correct("인싸동맛집") == "인사동맛집"


@pytest.mark.parametrize(
    "word",
    ["빵집", "떡볶이", "쌈밥", "꼬치", "짬뽕", "쭈꾸미", "꿀떡", "쌍문동", "맛집", "오늘은"],
)
def test_words_the_analyser_knows_are_left_alone_tense_consonants_and_all(word):
    assert correct(word) == word


@pytest.mark.parametrize(
    "name",
    [
        "카페꼼마",  # unknown, and so is every one-letter variant
        "쪼끼쪼끼",
        "깐부치킨",  # "간부 치킨" reads better, but as two common words: a name stays a name
        "쥬시",  # "주시" is a word, but a two-syllable common one
        "산청동",  # "삼청동" and "산정동" both fit: no single winner, no change
    ],
)
def test_names_the_analyser_does_not_know_are_left_alone(name):
    assert correct(name) == name


@pytest.mark.parametrize(
    "text", ["Gwangjang Market", "COFFEE 3,000원", "2024.05.01", "때", "SALE 30%", ""]
)
def test_latin_numbers_and_single_syllables_are_left_alone(text):
    assert correct(text) == text


def test_snippets_correct_ocr_lines_only():
    texts = VideoTexts(
        video_id="v",
        title="서울 나들이",
        transcript=(TimedText("transcript", "경뽁궁 가는 길", 1.0, 2.0),),
        ocr=(TimedText("ocr", "경뽁궁 가는 길", 3.0, 4.0),),
    )
    by_source = {s.source: s.text for s in snippets_of(texts)}
    assert by_source["transcript"] == "경뽁궁 가는 길"
    assert by_source["ocr"] == "경복궁 가는 길"
