"""English speech and landmarks: place phrases, visit words, the article.

General rules about how people write about places, each shown on examples of our own
(cities and channels that neither evaluation set mentions). These pin what the hand rules
propose and keep by their own gate (`ruled_places`); the learned decision is tested in
test_decision.py."""

import pytest

from places.extraction.english import capitalised_spans, head_names, visited_names
from places.normalize import normalize_name
from tests.places.rule_texts import names, tt, video

pytestmark = pytest.mark.django_db


# English speech --------------------------------------------------------------------------


def test_a_place_on_a_street_is_named_without_the_street():
    assert head_names("lunch at Tartine Bakery on Guerrero Street") == ["Tartine Bakery"]
    assert visited_names("we went to Swan Oyster Depot on Polk Street") == ["Swan Oyster Depot"]


def test_names_after_visit_words_need_a_second_source():
    # A name with no place word in it ("Stretch" names no kind of place).
    spoken = tt("transcript", "then we walked the Golden Gate Stretch", 3)
    assert names(video(transcript=(spoken,))) == []
    got = names(
        video(
            description="We walked the whole Embarcadero at sunset.",
            transcript=(tt("transcript", "then we walked the Golden Gate Stretch", 3),),
            ocr=(tt("ocr", "Golden Gate Stretch", 3, 8),),
        )
    )
    assert got == ["Golden Gate Stretch"]


def test_a_number_is_part_of_a_name():
    assert capitalised_spans("lunch at Pier 39 today") == ["Pier 39"]
    assert capitalised_spans("for Tacos El Gordo No. 2 tonight") == ["Tacos El Gordo No. 2"]
    assert capitalised_spans("down Calle 5 de Brisa later") == ["Calle 5 de Brisa"]


def test_captions_naming_products_by_their_kind_are_not_places():
    got = names(
        video(
            description="- 아벤느 시카 크림\n- 샘소나이트 여권 지갑",
            ocr=(
                tt("ocr", "아벤느 시카 크림", 3, 9),
                tt("ocr", "Hydro Flask Bottle", 9, 15),
            ),
        )
    )
    assert got == []


def test_a_caption_misread_while_the_place_is_named_stays_that_place():
    got = names(
        video(
            chapters=(tt("chapter", "55타워 야경", 40, 60),),
            transcript=(tt("transcript", "마지막은 55타워 전망대에서 야경 봤어요", 41),),
            ocr=(tt("ocr", "58 타워 전망때", 42, 50),),
        )
    )
    assert len(got) == 1 and normalize_name(got[0]).startswith("55타워")


def test_a_korean_inline_list_of_foods_is_read_and_rejected_without_error():
    got = names(
        video(
            description="오늘 산 것: 닭가슴살 · 현미밥 · 브로콜리 · 그릭요거트",
            transcript=(tt("transcript", "닭가슴살이랑 현미밥으로 도시락 쌌어요", 1),),
        )
    )
    assert got == []


def test_a_korean_inline_list_of_places_counts_when_echoed():
    got = names(
        video(
            description="순천 하루 코스: 순천만국가정원 · 낙안읍성 · 순천만습지",
            transcript=(
                tt("transcript", "아침에 순천만국가정원에 왔어요", 1),
                tt("transcript", "점심 먹고 낙안읍성으로 갔어요", 10),
                tt("transcript", "해질 때 순천만습지에 도착했어요", 20),
            ),
        )
    )
    assert got == ["순천만국가정원", "낙안읍성", "순천만습지"]


# English landmarks -------------------------------------------------------------------------


def test_a_landmark_named_like_a_city_is_a_place_when_speech_gives_it_the_article():
    got = names(
        video(
            description="0:00 Granada\n0:10 Alhambra",
            chapters=(tt("chapter", "Granada", 0, 10), tt("chapter", "Alhambra", 10, 30)),
            transcript=(
                tt("transcript", "good morning from Granada", 1),
                tt("transcript", "we are finally inside the Alhambra and it is stunning", 11),
            ),
        )
    )
    assert got == ["Alhambra"]


def test_one_word_after_a_visit_word_and_the_needs_a_second_source():
    said = tt("transcript", "this morning we visited the Mezquita before the crowds", 5)
    assert visited_names(said.text) == ["Mezquita"]
    assert names(video(transcript=(said,))) == []
    shown = tt("ocr", "Mezquita", 6, 8)
    assert names(video(transcript=(said,), ocr=(shown,))) == ["Mezquita"]


def test_the_article_does_not_make_a_country_a_place():
    got = names(
        video(
            chapters=(tt("chapter", "Philippines", 0, 10),),
            transcript=(tt("transcript", "we flew to the Philippines for a week", 1),),
        )
    )
    assert got == []


def test_a_stall_number_is_an_address_so_a_stall_named_for_its_dish_is_a_place():
    got = names(
        video(
            description=(
                "WHERE WE ATE\n"
                "1) Hill Street Tai Hwa Pork Noodle - Stall #01-12, 466 Crawford Lane\n"
            )
        )
    )
    assert got == ["Hill Street Tai Hwa Pork Noodle"]
