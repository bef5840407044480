"""Korean speech and place kinds: names the analyser marks, place words, districts.

General rules about how people write about places, each shown on examples of our own
(cities and channels that neither evaluation set mentions). These pin what the hand rules
propose and keep by their own gate (`ruled_places`); the learned decision is tested in
test_decision.py."""

import pytest

from places.extraction.fusion import same_name
from places.normalize import normalize_name
from tests.places.rule_texts import names, tt, video

pytestmark = pytest.mark.django_db


# Korean speech ---------------------------------------------------------------------------


def test_unknown_compound_place_words_count_when_someone_goes_there():
    got = names(
        video(
            transcript=(
                tt("transcript", "점심은 솔밭가든에서 닭백숙 먹으러 왔어요", 5),
                tt("transcript", "오후에는 몽산포해변 쪽으로 걸어왔어요", 15),
            )
        )
    )
    assert got == ["솔밭가든", "몽산포해변"]


def test_a_compound_place_word_said_in_passing_needs_more_evidence():
    got = names(video(transcript=(tt("transcript", "여기는 원래 조용한 솔밭가든이래요", 5),)))
    assert got == []


def test_lives_in_a_city_is_not_a_temple():
    got = names(
        video(
            transcript=(
                tt("transcript", "안녕하세요 광주사는 지수입니다", 0),
                tt("transcript", "오늘은 통도사에 도착했어요", 5),
            )
        )
    )
    assert got == ["통도사"]


def test_a_chapter_title_keeps_the_place_before_what_was_done_there():
    got = names(
        video(
            chapters=(
                tt("chapter", "인트로 | 순천역 도착 🚄", 0, 10),
                tt("chapter", "순천만 갈대밭 걸어봄 🌾", 10, 30),
            )
        )
    )
    assert "순천역" in got
    assert any(normalize_name(n).startswith("순천만") for n in got)
    assert not any("걸어" in n for n in got)


def test_one_name_written_short_and_long_is_one_place():
    assert same_name(normalize_name("망원시장"), normalize_name("망원 전통시장"))
    assert same_name(normalize_name("할매집"), normalize_name("할매집 칼국수"))
    assert not same_name(normalize_name("부산역"), normalize_name("부산시민공원역"))


# Words that end like districts ------------------------------------------------------------


@pytest.mark.parametrize("name", ["국제전자상가", "전포카페거리", "모미지랑 갤러리"])
def test_place_kinds_ending_in_a_district_syllable_are_not_districts(name):
    from places.regions import is_area_name

    assert not is_area_name(name)


def test_numbered_lots_and_plain_districts_are_still_areas():
    from places.regions import is_area_name

    assert is_area_name("충무로2가") and is_area_name("해운대구") and is_area_name("월정리")


def test_a_pinned_name_that_ends_like_a_district_is_a_place():
    got = names(
        video(
            description="가마쿠라 당일치기\n📍 쓰루가오카 하치만구 (鶴岡八幡宮)\n📍 Kamakura",
            chapters=(tt("chapter", "쓰루가오카 하치만구", 20, 34),),
        )
    )
    assert got == ["쓰루가오카 하치만구"]


# Korean place kinds and speech -------------------------------------------------------------


@pytest.mark.parametrize("chapter", ["라온파크 산책", "바람뮤지엄", "하늘빌리지 구경"])
def test_borrowed_place_kind_words_end_names(chapter):
    got = names(video(chapters=(tt("chapter", chapter, 10, 30),)))
    assert len(got) == 1 and chapter.startswith(got[0])


def test_a_place_walked_through_as_an_object_was_visited():
    said = tt("transcript", "점심 먹고 벽화골목을 천천히 걸었어요", 20)
    assert names(video(transcript=(said,))) == ["벽화골목"]
    liked = tt("transcript", "저는 벽화골목을 좋아해요", 20)
    assert names(video(transcript=(liked,))) == []


def test_a_drink_compound_is_not_a_cafe():
    from places.extraction.korean import compound_head

    assert compound_head("드립커피") is None
    assert compound_head("바닷가갤러리") == "갤러리"
