"""Description formats: 📍 lines, bracketed names, lists, addresses.

General rules about how people write about places, each shown on examples of our own
(cities and channels that neither evaluation set mentions). These pin what the hand rules
propose and keep by their own gate (`ruled_places`); the learned decision is tested in
test_decision.py."""

import pytest

from places.extraction import ruled_places as extract_places
from places.extraction.text import clean_name, split_paren_address
from tests.places.rule_texts import names, tt, video

pytestmark = pytest.mark.django_db


# Description formats ---------------------------------------------------------------------


def test_bracketed_name_before_its_address_is_a_place():
    found = extract_places(
        video(
            description=(
                "하노이 3일차\n"
                "[콩카페] 54 Trieu Viet Vuong, Bui Thi Xuan, Hai Ba Trung, Hanoi\n"
                "[오늘의 일정] 아침부터 저녁까지"
            )
        )
    )
    assert [c.name for c in found] == ["콩카페"]
    assert found[0].address_hint.startswith("54 Trieu Viet Vuong")


def test_names_listed_on_one_line_after_a_label_count_when_echoed():
    got = names(
        video(
            description=(
                "Chicago in one day!\n"
                "Our stops: Lou Malnati's · Portillo's (Taylor St) · Girl & the Goat\n"
                "Shot on a phone · edited by me"
            ),
            transcript=(
                tt("transcript", "we started with deep dish at Lou Malnati's", 1),
                tt("transcript", "then a quick beef sandwich at Portillo's", 10),
                tt("transcript", "dinner was at Girl & the Goat in the West Loop", 20),
            ),
        )
    )
    assert got == ["Lou Malnati's", "Portillo's", "Girl & the Goat"]


def test_a_line_of_ingredients_or_products_is_not_a_list_of_places():
    got = names(
        video(
            description="장보기: 두부, 대파, 양파, 계란\n챙긴 것: 우산 · 보조배터리 · 선크림",
            transcript=(tt("transcript", "두부랑 대파 사고 우산도 챙겼어요", 1),),
        )
    )
    assert got == []


def test_a_parenthesis_is_an_alias_an_address_or_a_description():
    assert clean_name("빈대떡집 (Bindaetteok House)") == ("빈대떡집", ("Bindaetteok House",))
    assert clean_name("- 다이슨 에어랩 (핑크 골드 색상)") == ("다이슨 에어랩", ())
    assert split_paren_address("Al's Beef (Taylor St)") == ("Al's Beef", "Taylor St")
    assert split_paren_address("양동시장 (광주 서구 양동, 양동시장역 2번 출구)") == (
        "양동시장",
        "광주 서구 양동, 양동시장역 2번 출구",
    )


def test_a_product_list_with_a_colour_in_parentheses_yields_no_place():
    got = names(
        video(
            description="📦 제품 정보\n- 다이슨 에어랩 (핑크 골드 색상)\n- 캐논 EOS R50",
            transcript=(tt("transcript", "에어랩은 핑크 골드 색상이 제일 예뻐요", 1),),
            ocr=(tt("ocr", "Canon EOS R50", 5, 12),),
        )
    )
    assert got == []


def test_sound_credits_are_not_places():
    got = names(
        video(
            title="Study with me | Lisbon bakery ambience",
            description='Ambience: "Morning at a Lisbon Bakery" (Cozy Sounds)\nSounds: Rain Cafe',
        )
    )
    assert got == []
