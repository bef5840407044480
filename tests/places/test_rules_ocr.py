"""On-screen captions: OCR debris, misread place words, menu and price captions.

General rules about how people write about places, each shown on examples of our own
(cities and channels that neither evaluation set mentions). These pin what the hand rules
propose and keep by their own gate (`ruled_places`); the learned decision is tested in
test_decision.py."""

import pytest

from places.extraction import ruled_places as extract_places
from places.extraction.base import snap_misread_head
from places.extraction.text import is_debris
from places.regions import lookup_region
from tests.places.rule_texts import names, tt, video

pytestmark = pytest.mark.django_db


# OCR debris ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["ㅋ 고ㅜ", "노 + ㅠ", "B C D", "AHa.3", "Canon EOS R50", "틴트 # 코랄", "DJI Osmo 3 X5"],
)
def test_debris_and_model_codes_are_never_names(text):
    assert is_debris(text)


@pytest.mark.parametrize("text", ["Pier 39", "7-Eleven", "Ferry Building", "63빌딩", "Bar & Grill"])
def test_names_with_numbers_and_symbols_are_kept(text):
    assert not is_debris(text)


def test_a_misread_place_word_at_the_end_of_a_caption_is_snapped():
    assert snap_misread_head("63 빌딩 전망때") == "63 빌딩 전망대"
    assert snap_misread_head("국립 박물곤") == "국립 박물관"
    assert snap_misread_head("오늘의 메뉴") == "오늘의 메뉴"


def test_one_letter_ocr_variant_joins_the_spoken_spelling():
    got = names(
        video(
            transcript=(tt("transcript", "양동시장에서 통닭 한 마리 샀어요", 10),),
            ocr=(tt("ocr", "앙동시장", 9, 15), tt("ocr", "양동시장", 15, 16)),
        )
    )
    assert got == ["양동시장"]


def test_a_caption_ending_in_a_stray_syllable_is_not_a_name():
    got = names(video(ocr=(tt("ocr", "한강 멍", 3, 12), tt("ocr", "노을 맛집", 12, 20))))
    assert got == []


# Menu and price captions ------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    ["Pad Krapow THB 60", "Bifana EUR 2.50", "Bifana 2.50", "꼬막비빔밥 SZX 120", "Laksa RM 9"],
)
def test_a_caption_with_a_currency_code_or_a_bare_amount_is_a_menu_line(caption):
    got = names(video(ocr=(tt("ocr", caption, 10, 16),)))
    assert got == []


def test_a_number_after_a_place_word_stays_part_of_the_name():
    got = names(video(ocr=(tt("ocr", "Pier 14", 10, 16),)))
    assert got == ["Pier 14"]


# OCR debris around Korean captions ---------------------------------------------------------


@pytest.mark.parametrize(
    "caption, expected",
    [
        ("감포항 view", "감포항"),
        ("하회 탈박물관 Hhoe Tlbakmulgwan", "하회 탈박물관"),
        ("xQz OPR 전포카페거리", "전포카페거리"),
        ("Blue 카페", "Blue 카페"),
    ],
)
def test_latin_debris_around_a_korean_caption_is_dropped(caption, expected):
    from places.extraction.text import drop_latin_debris

    assert drop_latin_debris(caption) == expected


def test_a_caption_of_debris_and_one_common_word_is_no_place():
    got = names(
        video(
            ocr=(
                tt("ocr", "ZRT 마을 호떡", 10, 16),
                tt("ocr", "QWE 바다", 20, 26),
                tt("ocr", "원주 남쪽", 30, 36),
            )
        )
    )
    assert got == []


def test_a_name_the_analyser_cuts_into_syllables_is_a_caption_name():
    got = names(video(ocr=(tt("ocr", "아설담 정원", 10, 20),)))
    assert got == ["아설담 정원"]


def test_a_misread_caption_joins_the_place_named_at_that_moment():
    got = names(
        video(
            description="📍 모모당 | 부산 부산진구 전포대로 12",
            chapters=(tt("chapter", "모모당", 10, 20),),
            ocr=(tt("ocr", "모모담", 10, 18),),
        )
    )
    assert got == ["모모당"]


def test_a_separator_inside_an_alias_does_not_split_the_name():
    from places.extraction.text import split_name_address

    name, address = split_name_address(
        "왓 프라싱 (Wat Phra Singh - Phra Singh Woramahawihan) / 2 Samlan Rd, Phra Sing, Chiang Mai"
    )
    assert name == "왓 프라싱 (Wat Phra Singh - Phra Singh Woramahawihan)"
    assert address.startswith("2 Samlan Rd")


def test_a_korean_street_name_with_its_english_name_in_brackets_is_one_place():
    found = extract_places(
        video(
            description=(
                "치앙마이 둘째 날\n- 님만 벽화골목 (Mural Alley)\n- 님만 야시장 (Night Market)"
            ),
            transcript=(tt("transcript", "벽화골목에서 사진 많이 찍었어요", 12),),
        )
    )
    alley = next(c for c in found if c.name == "님만 벽화골목")
    assert "Mural Alley" in alley.aliases
    assert not any(c.name == "Mural Alley" for c in found)
    # Said by the rest of its name after the area, so it has a moment in the video.
    assert alley.mentions[0].start_s == 12


def test_a_korean_address_in_brackets_after_a_list_item_is_its_address():
    from places.extraction.text import split_name_address

    name, address = split_name_address("- 하회 탈박물관 (경북 예천시 하회길 11)")
    assert name == "- 하회 탈박물관"
    assert address == "경북 예천시 하회길 11"


def test_the_article_does_not_make_the_videos_own_city_a_place():
    got = names(
        video(
            title="48 hours in Granada",
            chapters=(tt("chapter", "Granada", 0, 10),),
            transcript=(tt("transcript", "we took the Granada city bus up the hill", 1),),
        )
    )
    assert got == []


def test_a_landmark_said_with_the_article_does_not_set_the_videos_city():
    from places.extraction.fusion import article_names

    assert article_names("the Alhambra is huge, and the Granada city bus") == {"Alhambra"}
    found = extract_places(
        video(
            title="One day in Granada",
            description="0:00 Granada\n0:10 Alhambra\n0:30 Alhambra gardens",
            chapters=(tt("chapter", "Alhambra", 10, 30),),
            transcript=(
                tt("transcript", "the Alhambra is the reason we came to Granada", 11),
                tt("transcript", "back at the Alhambra for sunset", 31),
            ),
        )
    )
    assert [c.name for c in found] == ["Alhambra"]
    hint = lookup_region(found[0].region_hint)
    assert (hint.name, hint.country) == ("Granada", "ES")


@pytest.mark.parametrize(
    "text, price",
    [("Bifana SGD 6", True), ("12 euros", True), ("Seongsu-dong 2", False), ("Pier 14", False)],
)
def test_prices_by_currency_code_or_word(text, price):
    from places.extraction.text import has_price_or_time

    assert has_price_or_time(text) is price


def test_a_numbered_branch_on_a_caption_is_no_menu_line():
    assert names(video(ocr=(tt("ocr", "Los Pollos No. 2", 10, 16),))) == ["Los Pollos No. 2"]


@pytest.mark.parametrize(
    "caption, expected",
    [
        ("Salmorejo EUR 15", []),
        ("Linden Palace 1,500 EUR", ["Linden Palace"]),
        ("오미락 갤러리 5,000원", ["오미락 갤러리"]),
        ("Iced Latte $5", []),
        ("꼬막비빔밥 12,000원", []),
    ],
)
def test_a_price_caption_names_a_place_only_when_it_ends_in_a_place_word(caption, expected):
    assert names(video(ocr=(tt("ocr", caption, 10, 16),))) == expected


def test_a_city_and_what_the_video_does_there_is_no_place():
    # "삼척 당일치기", "태백 카페순례", "짐 체크": a day trip, a pilgrimage, a checklist.
    got = names(
        video(
            ocr=(
                tt("ocr", "삼척 당일치기", 0),
                tt("ocr", "태백 카페순례", 10),
                tt("ocr", "준비물 체크!", 20),
            ),
        )
    )
    assert got == []


def test_an_old_photo_studio_is_a_kind_of_place():
    got = names(
        video(
            description="0:00 영주 도착\n0:10 꽃담사진관",
            chapters=(tt("chapter", "영주 도착", 0, 10), tt("chapter", "꽃담사진관", 10, 20)),
            transcript=(tt("transcript", "골목 끝에 있는 꽃담사진관에 왔어요", 10.5),),
        )
    )
    assert "꽃담사진관" in got


def test_a_towns_sight_among_its_geonames_aliases_is_no_town():
    # GeoNames lists "Cape Coast Castle" among the names of Cape Coast.
    assert lookup_region("Cape Coast") is not None
    assert lookup_region("Cape Coast Castle") is None
    got = names(
        video(
            description="0:00 Why Ghana?\n0:10 Cape Coast Castle",
            chapters=(tt("chapter", "Cape Coast Castle", 10, 20),),
            transcript=(tt("transcript", "we drove west to Cape Coast Castle this morning", 10.5),),
        )
    )
    assert "Cape Coast Castle" in got


def test_a_kind_of_place_said_only_inside_a_longer_name_is_that_name():
    got = names(
        video(
            title="Tbilisi on a budget: Khinkali, Wine & Flea Market",
            description="0:00 Intro\n0:10 Dry Bridge Flea Market",
            chapters=(tt("chapter", "Dry Bridge Flea Market", 10, 20),),
            transcript=(tt("transcript", "then we walked to Dry Bridge Flea Market", 10.5),),
            ocr=(tt("ocr", "Dry Bridge Flea Market", 11),),
        )
    )
    assert got == ["Dry Bridge Flea Market"]


@pytest.mark.parametrize(
    "said, expected",
    [
        # A restaurant named after its dish, where someone eats.
        ("저녁은 솔빛냉면에서 물냉면 먹었어요", ["솔빛냉면"]),
        # A restaurant, then what was eaten there.
        ("점심은 반딧불식당 해물찜 먹으러 갔어요", ["반딧불식당"]),
        ("오늘은 집에서 칼국수 먹었어요", []),
        ("저녁은 비빔냉면 먹었어요", []),
    ],
)
def test_where_someone_eats_a_dish_is_a_restaurant(said, expected):
    assert names(video(transcript=(tt("transcript", said, 5),))) == expected


def test_a_name_ending_in_a_dish_is_no_township():
    from places.regions import is_area_name

    assert is_area_name("청룡면")
    assert not is_area_name("솔빛냉면")


@pytest.mark.parametrize(
    "said, expected",
    [
        # A name introduced as a kind of place.
        ("후식은 달빛정원이라는 한옥 찻집에서 먹었어요", ["달빛정원"]),
        ("소라네라는 가게인데 줄이 길어요", ["소라네"]),
        ("바람의숲이라고 하는 카페에 들렀어요", ["바람의숲"]),
        # A neighbourhood, a dish, or a kind of place before "이라는" is no name.
        ("연희동이라는 곳은 처음이에요", []),
        ("어머니가 좋아하는 김치찌개라는 메뉴", []),
        # "헌책방이라는 OO서점": the kind comes first, the name after it.
        ("제일 오래된 헌책방이라는 물결서점에 갔어요", ["물결서점"]),
    ],
)
def test_a_name_introduced_as_a_kind_of_place_is_a_place(said, expected):
    assert names(video(transcript=(tt("transcript", said, 5),))) == expected


def test_a_restaurant_then_the_dish_it_was_for_is_visited():
    got = names(video(transcript=(tt("transcript", "저녁은 솔바람기사식당 제육볶음이에요", 5),)))
    assert got == ["솔바람기사식당"]


def test_an_old_bakery_named_as_a_confectioner_is_a_place():
    got = names(video(transcript=(tt("transcript", "제일 먼저 하늘별과자점 왔어요", 5),)))
    assert got == ["하늘별과자점"]


@pytest.mark.parametrize(
    "caption",
    ["돈카츠 정식 _12,000", "규카츠 정식 ~1,500", "부산 먹방 투어 with 민지"],
)
def test_menu_captions_and_video_titles_on_screen_are_no_places(caption):
    got = names(video(ocr=(tt("ocr", caption, 3, 8), tt("ocr", caption, 4, 8))))
    assert got == []
