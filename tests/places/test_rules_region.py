"""Which city a video is about (the region context fusion gives geocoding).

General rules about how people write about places, each shown on examples of our own
(cities and channels that neither evaluation set mentions). These pin what the hand rules
propose and keep by their own gate (`ruled_places`); the learned decision is tested in
test_decision.py."""

import pytest

from places.extraction import ruled_places as extract_places
from places.extraction.text import is_debris
from places.regions import lookup_region
from tests.places.rule_texts import names, tt, video

pytestmark = pytest.mark.django_db


# Which city a video is about ------------------------------------------------------------


def _region(**texts) -> str:
    found = extract_places(video(**texts))
    assert found, "the video should name a place"
    return found[0].region_hint


def test_a_price_in_korean_numerals_names_no_city():
    # "이천 원" is 2,000 won; 이천 is also a city.
    said = (
        tt("transcript", "오늘은 혜화에 있는 달팽이서점에 갔어요", 1),
        tt("transcript", "엽서 한 장에 이천 원이에요", 6),
    )
    assert _region(title="#서울데이트 책방 나들이", transcript=said) == "Seoul"


def test_words_inside_a_longer_latin_name_are_no_city():
    text = (
        "Vienna in a day\n"
        "0:05 Toledo Hall\n0:15 Dresden Gate Cafe\n"
        "Toledo Hall, Dresden Gate Cafe, Dresden Gate Bridge and the Old Market"
    )
    assert _region(title="Vienna in a day", description=text) == "Vienna, AT"


def test_a_street_named_after_a_city_is_no_city():
    said = tuple(
        tt("transcript", line, i * 5)
        for i, line in enumerate(
            [
                "we start on Houston St today",
                "lunch at Katz's Delicatessen on Houston St",
                "then we kept walking along Houston St",
            ]
        )
    )
    region = _region(
        title="NYC eats",
        description="A food walk on the Lower East Side, Manhattan",
        chapters=(tt("chapter", "Katz's Delicatessen", 5, 10),),
        transcript=said,
    )
    hint = lookup_region(region)  # New York City or its borough Manhattan, not Houston, TX
    assert hint.country == "US" and abs(hint.lat - 40.75) < 0.2 and abs(hint.lng + 73.98) < 0.2


def test_chinatown_is_in_the_city_the_video_is_in():
    text = "인천 차이나타운 맛집\n📍 신승반점 | 인천 중구 차이나타운로 31"
    assert _region(title="인천 차이나타운 투어 🥟", description=text) == "Incheon"


def test_towns_and_neighbourhoods_geonames_lacks_are_areas():
    from places.regions import is_area_name

    assert lookup_region("경주").name == "Gyeongju"
    assert lookup_region("남해").country == "KR"
    assert lookup_region("서촌").kind == "neighbourhood" and lookup_region("서촌").city == "Seoul"
    assert is_area_name("해방촌") and is_area_name("통영")
    # A prefix of a park's name is no area of its own here.
    assert not is_area_name("한림")


@pytest.mark.parametrize(
    "caption, expected",
    [
        ("DAY 1 통영 도착", []),
        ("서촌 골목 산책 코스", []),
        ("DAY 2 통영 중앙시장", ["통영 중앙시장"]),
    ],
)
def test_a_day_title_names_an_area_not_a_place(caption, expected):
    got = names(video(ocr=(tt("ocr", caption, 3, 8), tt("ocr", caption, 4, 8))))
    assert got == expected


def test_hangul_on_screen_in_a_video_without_korean_is_debris():
    got = names(
        video(
            title="Tacos in Guadalajara",
            chapters=(tt("chapter", "Tacos Fito", 5, 20),),
            transcript=(tt("transcript", "we had lunch at Tacos Fito downtown", 6),),
            ocr=(tt("ocr", "자장", 10, 16), tt("ocr", "자장", 11, 16)),
        )
    )
    assert got == ["Tacos Fito"]


def test_a_price_in_brackets_is_no_address():
    # Vietnamese đồng written in Korean: "(1회 40,000~70,000동)" is a fare, not where it is.
    got = names(
        video(description="🚕 이동은 전부 택시 (1회 40,000~70,000동)\n📍 꽃시장 - 12 Le Loi")
    )
    assert "이동은 전부 택시" not in got


def test_a_coffee_blend_on_screen_is_no_place():
    got = names(video(ocr=(tt("ocr", "Ethiopian Yirgacheffe Blend", 3, 9),)))
    assert got == []


def test_a_one_word_name_said_before_its_kind_and_shown_alone_on_screen():
    # "들꽃언덕 카페에서": the name, then what kind of place; the caption shows the name alone.
    got = names(
        video(
            transcript=(tt("transcript", "후식은 들꽃언덕 카페에서 쑥라떼 마셨어요", 38.5),),
            ocr=(tt("ocr", "들꽃언덕", 38, 44), tt("ocr", "들꽃언덕", 39, 44)),
        )
    )
    assert got == ["들꽃언덕 카페"]


def test_numbered_stairs_on_screen_are_a_place():
    got = names(
        video(ocr=(tt("ocr", "초량동 168 계단", 8, 14), tt("ocr", "초량동 168 계단", 9, 14)))
    )
    assert got and "168" in got[0] and got[0].replace(" ", "").endswith("168계단")


def test_it_is_good_is_no_call_to_subscribe():
    # "좋아요" closes many a sentence ("it's good"); only the button is noise.
    said = "저녁은 솔숲이라는 고깃집에서 목살 먹었어요 불향이 진짜 좋아요"
    assert names(video(transcript=(tt("transcript", said, 5),))) == ["솔숲"]
    assert names(video(transcript=(tt("transcript", "솔숲식당 좋아요 눌러주세요", 5),))) == []


def test_dishes_named_after_cities_in_a_recipe_list_are_no_places():
    text = "오늘 만든 것\n1. 빈 커피\n2. 뉴욕 치즈케이크\n3. 나폴리 피자 토스트\n4. 춘천 닭갈비"
    got = names(
        video(
            description=text,
            chapters=(tt("chapter", "뉴욕 치즈케이크", 10, 20),),
            ocr=(tt("ocr", "나폴리 피자 토스트", 30, 36),),
        )
    )
    assert got == []


@pytest.mark.parametrize(
    "caption",
    ["Prices", "Costs", "Green Tea Cleansing Oil", "Lip Sleeping Mask in Berry", "NEXT EfO Dt"],
)
def test_headers_products_and_debris_on_screen_are_no_places(caption):
    assert names(video(title="my week", ocr=(tt("ocr", caption, 3, 9),))) == []


def test_somewhere_downtown_is_no_name():
    text = "숙소는 순천 시내 게스트하우스\n📍 낙안읍성 | 전남 순천시 낙안면 충민길 30"
    assert names(video(description=text)) == ["낙안읍성"]


def test_skywalks_and_suspension_bridges_are_kinds_of_place():
    got = names(
        video(ocr=(tt("ocr", "소금산출렁다리", 5, 12), tt("ocr", "은빛바다스카이워크", 20, 28)))
    )
    assert got == ["소금산출렁다리", "은빛바다스카이워크"]


def test_where_someone_stopped_to_eat_is_a_place_on_one_mention():
    said = "on the way back we stopped by Marlow's Shave-Ice for a snowball"
    assert names(video(transcript=(tt("transcript", said, 45),))) == ["Marlow's Shave-Ice"]
    # A person met is no place.
    said = "on the way back we ran into Marlow Jenkins from the band"
    assert names(video(transcript=(tt("transcript", said, 45),))) == []


def test_gear_the_description_lists_is_gear_on_screen_too():
    got = names(
        video(
            title="캠핑 장비 리뷰",
            description="1. 솔바람 알파인 팟 와이드 (스토브)\n2. 은하수 체어원 (의자)",
            ocr=(tt("ocr", "솔바람 알파인 팟 와이드", 20, 26), tt("ocr", "은하수 체어원", 30, 36)),
        )
    )
    assert got == []


def test_a_chapter_that_is_a_kind_of_place_or_a_plural_food_names_none():
    text = "0:00 Intro\n0:20 Bagels\n0:32 Market haul\n0:44 Fairmount Bagel"
    got = names(
        video(
            description=text,
            chapters=(
                tt("chapter", "Bagels", 20, 32),
                tt("chapter", "Market haul", 32, 44),
                tt("chapter", "Fairmount Bagel", 44, 60),
            ),
            transcript=(tt("transcript", "breakfast was at Fairmount Bagel, still warm", 45),),
        )
    )
    assert got == ["Fairmount Bagel"]


def test_a_bracketed_name_before_its_neighbourhood_and_city_is_a_place():
    got = extract_places(video(description="[롱선사 (Chùa Long Sơn)] Phương Sơn, Nha Trang"))
    assert [c.name for c in got] == ["롱선사"]
    assert got[0].address_hint == "Phương Sơn, Nha Trang"


def test_a_route_header_is_no_place():
    assert names(video(description="🗺 코스 정리\n📍 월정리해변 | 제주 구좌읍 월정리 33-3")) == [
        "월정리해변"
    ]


def test_foreign_cities_korean_videos_name_in_korean():
    for korean, english, country in [("후쿠오카", "Fukuoka", "JP"), ("나고야", "Nagoya", "JP")]:
        region = lookup_region(korean)
        assert (region.name, region.country) == (english, country)
    # A common word is no city: 나라 is "country", 빈 is "empty".
    assert lookup_region("나라") is None and lookup_region("빈") is None


def test_a_towns_own_name_beats_another_towns_other_name():
    # GeoNames lists "Andong" among Dandong's (China) other names too.
    assert lookup_region("Andong").country == "KR"


def test_a_name_towns_share_is_the_one_in_the_country_the_video_is_in():
    text = (
        "3 Days in George Town\n"
        "Hilltop Pagoda - Air Itam\n"
        "flew in from Kuala Lumpur, then a bus to Air Itam"
    )
    region = _region(
        title="3 Days in George Town",
        description=text,
        transcript=(tt("transcript", "we flew in from Kuala Lumpur and went to Air Itam", 3),),
    )
    assert lookup_region(region).country == "MY"


def test_a_small_namesake_does_not_move_a_capital():
    text = "Rome in a day\n0:10 Trevi Fountain\nThe Trevi Fountain, then gelato by the fountain"
    region = _region(title="Rome in a day", description=text)
    assert lookup_region(region).country == "IT"


def test_starred_list_items_with_native_script_are_places_when_said():
    got = names(
        video(
            description="오늘 간 곳\n★ 리쓰린 공원 (栗林公園)\n★ 다마모 공원 (玉藻公園)",
            transcript=(
                tt("transcript", "아침 일찍 리쓰린 공원에 왔어요", 5),
                tt("transcript", "다마모 공원까지 걸어왔어요 성벽이 남아 있어요", 20),
            ),
        )
    )
    assert got == ["리쓰린 공원", "다마모 공원"]


def test_one_word_where_someone_had_dinner_is_a_place():
    said = "dinner was at Kinboshi by the harbour, the salmon is a must"
    assert names(video(transcript=(tt("transcript", said, 50),))) == ["Kinboshi"]


def test_a_country_and_what_sort_of_place_is_no_name():
    said = "겐로쿠엔에 왔습니다 일본 삼대 정원 중 하나래요"
    assert "일본 삼대 정원" not in names(video(transcript=(tt("transcript", said, 22),)))
    assert lookup_region("일본").kind == "country"


def test_common_words_that_are_suburbs_somewhere_name_no_city():
    text = "Seville at sunset\n📍 Las Setas | Plaza de la Encarnación, 41003 Sevilla"
    region = _region(title="Best of Seville | Sunset walk", description=text)
    assert lookup_region(region).country == "ES"
    text = "📍 Granville Island Public Market - 1669 Johnston St, Vancouver"
    region = _region(title="Granville Island eats", description=text)
    assert lookup_region(region).country == "CA"


def test_video_titles_and_spending_headers_are_no_places():
    assert names(video(title="my desk", ocr=(tt("ocr", "Desk Setup 2026", 3, 9),))) == []
    assert names(video(title="브이로그", description="💸 오늘 쓴 돈\n커피 5,000원")) == []


@pytest.mark.parametrize(
    "text",
    ["Plaza de la Encarnación, 41003 Sevilla", "Calle Betis 12, Sevilla", "Rua Augusta 24, Lisboa"],
)
def test_continental_addresses_put_the_street_word_first(text):
    from places.extraction.text import looks_like_address

    assert looks_like_address(text)
    assert not looks_like_address("Plaza Mayor")


def test_two_things_on_one_title_are_each_their_own():
    got = names(
        video(
            description="· 왓아룬 (วัดอรุณ)\n00:20 왓아룬 & 새벽사원 야경",
            chapters=(tt("chapter", "왓아룬 & 새벽사원 야경", 20, 40),),
        )
    )
    assert got == ["왓아룬"]


def test_kinds_of_coffee_are_no_cafes():
    text = "1. Vietnamese Egg Coffee\n2. Irish Coffee\n3. Turkish Coffee"
    got = names(video(title="Coffee at home", description=text))
    assert got == []
    assert names(video(description="📍 Blue Bottle Coffee | 1 Ferry Building, San Francisco"))


def test_a_misread_price_tag_is_debris_but_a_numbered_name_is_not():
    got = names(video(ocr=(tt("ocr", "일장료 40 0005", 3, 9), tt("ocr", "일장료 40 0005", 4, 9))))
    assert got == []
    assert is_debris("일장료 40 0005") and not is_debris("보안 1942")


def test_the_station_a_trip_set_out_from_is_no_place_of_the_video():
    got = names(
        video(
            description=(
                "용산역에서 ITX 타고 1시간!\n📍 소양강 스카이워크 | 강원 춘천시 영서로 2663"
            ),
            transcript=(tt("transcript", "소양강 스카이워크에 왔어요 바닥이 유리예요", 8),),
        )
    )
    assert got == ["소양강 스카이워크"]
    # A station the video shows is one.
    got = names(
        video(
            description="📍 춘천역 | 강원 춘천시 근화동 3",
            transcript=(tt("transcript", "춘천역 도착했어요", 2),),
        )
    )
    assert got == ["춘천역"]


def test_a_teaser_for_the_next_video_names_no_place_of_this_one():
    text = "📍 안목해변 | 강원 강릉시 견소동\n⚠️ 다음 편은 주문진 수산시장 먹방!"
    assert names(video(description=text)) == ["안목해변"]


@pytest.mark.parametrize(
    "said, expected",
    [
        ("여기가 바로 연화정도서관인데 연못 위에 있어요", ["연화정도서관"]),
        ("여기가 목련 포토 스팟인데 봄에 예쁘대요", []),
        ("저희는 솔밭통닭으로 왔어요 바삭해요", ["솔밭통닭"]),
    ],
)
def test_where_the_speaker_stands_or_came_to_eat(said, expected):
    assert names(video(transcript=(tt("transcript", said, 20),))) == expected


def test_a_drink_named_by_its_ingredients_is_no_cafe():
    said = "건너편 카페에서 코코넛 스무디 커피 마셨어요"
    assert "코코넛 스무디 커피" not in names(video(transcript=(tt("transcript", said, 20),)))


def test_what_ocr_left_of_an_unreadable_bracket_is_dropped():
    from places.extraction.rules import _card_text_part

    assert _card_text_part("라오허제 야시장 rh)") == "라오허제 야시장"
    assert _card_text_part("타이베이 101 (전망대)") == "타이베이 101 (전망대)"


def test_a_portuguese_address_in_brackets():
    got = extract_places(video(description="- Manteigaria (R. do Loreto 2, 1200-108 Lisboa)"))
    assert [c.name for c in got] == ["Manteigaria"]


def test_a_word_the_analyser_has_never_seen_is_a_name_in_typed_text():
    from places.extraction.korean import tokens

    typed, ocr = tokens(["만선호프", "만선호프"], [True, False])
    assert [t.tag for t in typed] == ["NNP"] and [t.tag for t in ocr] == ["NNG"]
    got = names(
        video(
            description="00:06 솔가람옥\n00:20 미로헌",
            chapters=(tt("chapter", "솔가람옥", 6, 20), tt("chapter", "미로헌", 20, 34)),
            transcript=(
                tt("transcript", "첫 번째는 솔가람옥 냉면 먹으러 왔어요", 6.5),
                tt("transcript", "미로헌에서 핸드드립 마셨어요", 20.5),
            ),
        )
    )
    assert got == ["솔가람옥", "미로헌"]
