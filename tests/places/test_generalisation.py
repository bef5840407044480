"""General rules about how people write about places, each shown on examples of our own
(cities and channels that neither evaluation set mentions). These pin what the hand rules
propose and keep by their own gate (`ruled_places`); the learned decision that makes the
final choice from their verdict and other features is tested in test_decision.py."""

import pytest

from pind.texts import TimedText, VideoTexts
from places.extraction import ruled_places as extract_places
from places.extraction.base import snap_misread_head
from places.extraction.english import capitalised_spans, head_names, visited_names
from places.extraction.fusion import same_name
from places.extraction.text import clean_name, is_debris, split_paren_address
from places.normalize import normalize_name
from places.regions import lookup_region

pytestmark = pytest.mark.django_db


def tt(source, text, start, end=None):
    return TimedText(source, text, float(start), float(end if end is not None else start + 4))


def names(texts: VideoTexts) -> list[str]:
    return [c.name for c in extract_places(texts)]


def video(**kwargs) -> VideoTexts:
    return VideoTexts(video_id=kwargs.pop("video_id", "own00000001"), **kwargs)


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


# English speech --------------------------------------------------------------------------


def test_a_place_on_a_street_is_named_without_the_street():
    assert head_names("lunch at Tartine Bakery on Guerrero Street") == ["Tartine Bakery"]
    assert visited_names("we went to Swan Oyster Depot on Polk Street") == ["Swan Oyster Depot"]


def test_names_after_visit_words_need_a_second_source():
    spoken = tt("transcript", "then we walked the Golden Gate Promenade", 3)
    assert names(video(transcript=(spoken,))) == []
    got = names(
        video(
            description="We walked the whole Embarcadero at sunset.",
            transcript=(tt("transcript", "then we walked the Golden Gate Promenade", 3),),
            ocr=(tt("ocr", "Golden Gate Promenade", 3, 8),),
        )
    )
    assert got == ["Golden Gate Promenade"]


def test_a_number_is_part_of_a_name():
    assert capitalised_spans("lunch at Pier 39 today") == ["Pier 39"]
    assert capitalised_spans("for Tacos El Gordo No. 2 tonight") == ["Tacos El Gordo No. 2"]


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
        ("Topkapi Palace 1,500 EUR", ["Topkapi Palace"]),
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
        "Istanbul in a day\n"
        "0:05 Hagia Sophia\n0:15 Galata Tower\n"
        "Hagia Sophia, Galata Tower, Galata Bridge and the Grand Bazaar"
    )
    assert _region(title="Istanbul in a day", description=text) == "Istanbul"


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
        "Kek Lok Si Temple - Air Itam\n"
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


# Round 8 (after the blind first run of the eleventh holdout) ---------------------------------


def test_a_heading_over_the_places_is_no_place_and_its_items_are():
    got = names(
        video(
            description=(
                "군산 당일치기\n"
                "🗺 다녀온 곳\n"
                "📍 이성당 | 전북 군산시 중앙로 177\n"
                "📍 초원사진관 | 전북 군산시 구영2길 12-1"
            )
        )
    )
    assert got == ["이성당", "초원사진관"]


@pytest.mark.parametrize(
    "header",
    [
        "다녀온 곳",
        "오늘 간 곳 정리",
        "가 본 곳",
        "Places we visited",
        "Where we ate",
        "🗺️ 방문한 장소",
    ],
)
def test_headers_over_lists_of_places(header):
    from places.extraction.text import is_generic, is_places_header

    assert is_places_header(header) and is_generic(header.replace("🗺️ ", ""))
    assert not is_places_header("이성당") and not is_places_header("Menu")


def test_a_stay_somewhere_downtown_is_described_not_named():
    said = "숙소는 군산 시내 한옥스테이 (내돈내산)"
    assert names(video(description=said)) == []


def test_a_list_labelled_as_the_places_visited_takes_restaurants_named_after_their_dish():
    got = names(
        video(
            description="오늘 간 곳: 팟타이 쑤마, 왓 체디루앙",
            transcript=(
                tt("transcript", "점심은 팟타이 쑤마에서 먹었어요 줄이 길어요", 5),
                tt("transcript", "왓 체디루앙은 밤에 보면 더 멋있대요", 20),
            ),
        )
    )
    assert got == ["팟타이 쑤마", "왓 체디루앙"]
    # The same dish-named items under any other label are a menu.
    assert names(video(description="먹은 것: 팟타이 쑤마, 카오만까이, 쏨땀")) == []


def test_a_name_with_a_link_to_a_map_is_a_place_and_a_link_to_a_list_is_not():
    got = names(
        video(
            description=(
                "빵집 투어 🍞\n"
                "밀도 위치 👉 https://naver.me/xAbCdEf1\n"
                "Brot Haus: https://maps.app.goo.gl/aaaaBBBB\n"
                "구글맵 리스트 👉 https://maps.app.goo.gl/ccccDDDD\n"
                "All the spots on Google Maps: https://maps.app.goo.gl/eeeeFFFF"
            )
        )
    )
    assert got == ["밀도", "Brot Haus"]


@pytest.mark.parametrize(
    "address",
    [
        "東京都台東区谷中7-18-1",
        "札幌市中央区南3条西5丁目",
        "京都市東山区祇園町北側625",
        "臺南市中西區永福路二段227巷18號",
        "42 Rose Street, EH2 2PR",
        "Kensington, London W8 4PX",
        "Brooklyn, NY 11201",
    ],
)
def test_japanese_chinese_and_postcode_addresses(address):
    from places.extraction.text import looks_like_address

    assert looks_like_address(address)


@pytest.mark.parametrize(
    "text",
    [
        "하리오 V60 드리퍼, 코만단테 C40 그라인더, 펠로우 스태그 EKG 주전자",
        "Sony A7C, Rode NTG, DJI RS3",
    ],
)
def test_model_codes_in_a_comma_list_are_no_house_numbers(text):
    from places.extraction.text import looks_like_address

    assert not looks_like_address(text)
    assert names(video(description=f"🛠 도구: {text}")) == []


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("저녁은 솔가람옥이요 여기 물회가 유명하대요", ["솔가람옥"]),
        ("점심은 만선식당이에요 생선구이 정식", ["만선식당"]),
        ("점심은 물회예요 시원해요", []),
        ("저녁은 통영이에요", []),
    ],
)
def test_the_place_a_meal_was_at(said, expected):
    assert names(video(transcript=(tt("transcript", said, 12),))) == expected


def test_things_listed_under_a_heading_are_not_places_wherever_they_are_named():
    got = names(
        video(
            title="찻잎 4종 비교 🍵 다즐링 vs 우롱",
            description=(
                "🍵 오늘의 제품\n"
                "1. 인도 다즐링 퍼스트 플러시 (50g 18,000원)\n"
                "2. 대만 아리산 우롱\n"
                "3. 제주 녹차 세작"
            ),
            transcript=(
                tt("transcript", "첫 잔은 인도 다즐링 같아요 향이 좋아요", 10),
                tt("transcript", "대만 아리산 우롱은 꽃향이 나요", 20),
            ),
            ocr=(tt("ocr", "A: 인도 다즐링?", 10), tt("ocr", "B: 대만 아리산 우롱", 20)),
        )
    )
    assert got == []


def test_an_item_letter_before_a_caption_is_not_part_of_the_name():
    assert clean_name("B: 대만 아리산 우롱")[0] == "대만 아리산 우롱"
    assert clean_name("N Seoul Tower")[0] == "N Seoul Tower"


def test_two_nouns_joined_by_gwa_on_screen_are_one_name_and_its_short_form_no_other():
    got = names(
        video(
            transcript=(tt("transcript", "밤에 연못 보러 왔는데 너무 예뻐요", 30),),
            ocr=(tt("ocr", "숲과 호수", 30, 36), tt("ocr", "호수", 40, 44)),
        )
    )
    assert got == []  # two common words
    got = names(
        video(
            transcript=(tt("transcript", "밤에 연못 보러 왔는데 너무 예뻐요", 30),),
            ocr=(tt("ocr", "해랑과 소양", 30, 36), tt("ocr", "소양", 40, 44)),
        )
    )
    assert got == ["해랑과 소양"]
    # Two places each named in full are not one.
    assert "선유도와 양화대교" not in names(video(ocr=(tt("ocr", "선유도와 양화대교", 30, 36),)))


def test_a_sight_and_its_free_ticket_on_screen():
    got = names(
        video(
            transcript=(tt("transcript", "창경궁도 한 바퀴 돌았어요", 11),),
            ocr=(tt("ocr", "창경궁 입장료 무료", 10, 15),),
        )
    )
    assert got == ["창경궁"]
    assert extract_places(video(ocr=(tt("ocr", "창경궁 입장료 무료", 10, 15),)))[0].name == "창경궁"


@pytest.mark.parametrize(
    "line",
    [
        "🏨 숙소는 경포 근처 에어비앤비 (링크 X)",
        "🏠 속초 시내 게스트하우스",
        "📍 점심은 시장 근처 아무데나",
    ],
)
def test_a_pinned_sentence_about_where_is_no_name(line):
    assert names(video(description=line)) == []


def test_a_tip_with_a_price_is_no_address():
    from places.extraction.text import looks_like_address

    tip = "Oyster card, £2.80 per tube ride, Bus 38 from Victoria"
    assert not looks_like_address(tip)
    assert names(video(description=f"Getting around: {tip}")) == []
    assert (
        names(video(description="00:00 언박싱\n00:30 총평", chapters=(tt("chapter", "언박싱", 0),)))
        == []
    )


def test_a_numbered_item_gives_the_name_before_what_was_had_there():
    got = names(
        video(
            description=(
                "[오늘의 코스]\n"
                "1. 솔가람옥 - 물회 (15,000원)\n"
                "2. 미로헌 - 핸드드립, 수제 디저트\n"
                "3. 저녁 - 만선식당"
            ),
            chapters=(
                tt("chapter", "솔가람옥", 6),
                tt("chapter", "미로헌", 20),
                tt("chapter", "만선식당", 34),
            ),
        )
    )
    assert got == ["솔가람옥", "미로헌", "만선식당"]


def test_a_mountain_or_a_bridge_named_in_a_korean_loanword():
    from places.extraction.text import category_of

    assert category_of("그레이스 마운틴") == "sight" and category_of("골든 브릿지") == "sight"
    got = names(video(ocr=(tt("ocr", "블루마운틴 406 Hanhs n", 18, 24),)))
    assert len(got) == 1 and got[0].startswith("블루마운틴")  # OCR's digits may stay on


# Round 9 (after the blind first run of the twelfth holdout) ----------------------------------


def test_a_name_and_its_street_address_after_a_middle_dot():
    got = extract_places(video(description="🌭 Hot Doug's · 3324 N California Ave"))
    assert [c.name for c in got] == ["Hot Doug's"]
    assert got[0].address_hint == "3324 N California Ave"


def test_a_sight_that_shares_its_name_with_its_town_is_still_a_sight():
    from places.regions import is_area_name

    assert lookup_region("Niagara Falls") is not None
    assert not is_area_name("Niagara Falls") and is_area_name("Toronto")
    got = names(
        video(
            description="00:00 Toronto\n00:20 Niagara Falls (boat ride!)",
            chapters=(tt("chapter", "Toronto", 0), tt("chapter", "Niagara Falls (boat ride!)", 20)),
            transcript=(tt("transcript", "then we drove all the way to Niagara Falls", 20),),
        )
    )
    assert got == ["Niagara Falls"]


def test_three_place_words_in_a_row_are_a_name():
    said = "we had breakfast at Garden Market Cafe before the train"
    assert "Garden Market Cafe" in head_names(said)
    assert head_names("the Park Hotel was fine") == []  # two place words are a kind


def test_a_plain_dish_before_main_branch_is_no_name_a_named_one_is():
    assert names(video(description="- 솔가람옥 - 냉면 본점")) == []
    said = "찰보리빵 본점에서 한 상자 샀어요"
    assert names(video(transcript=(tt("transcript", said, 10),))) == ["찰보리빵 본점"]


def test_a_restaurant_named_after_its_dish_introduced_with_rago():
    said = "여기가 송정 옛집 국밥이라는 곳인데 국물이 진해요"
    assert names(video(transcript=(tt("transcript", said, 10),))) == ["송정 옛집 국밥"]


def test_snacks_named_after_cities_are_snacks():
    from places.extraction.text import city_dish

    assert city_dish("오사카 컵누들") and city_dish("나가사키 짬뽕") and city_dish("하와이 초콜릿")
    assert names(video(ocr=(tt("ocr", "오사카 컵누들", 10, 15),))) == []


# Round 10 (after the blind first run of the thirteenth holdout) ------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("점심은 소바키치에서 튀김소바 먹었는데요 바삭해요", ["소바키치"]),
        ("버스 내려서 스이젠지조주엔으로 걸어왔어요", ["스이젠지조주엔"]),
        ("유튜브에서 봤는데 여기가 유명하대요", []),
        ("커피는 앤트러사이트 합정점에서 마셨어요", []),  # the end of a longer name
    ],
)
def test_a_name_the_analyser_does_not_know_where_someone_went_or_ate(said, expected):
    assert names(video(transcript=(tt("transcript", said, 10),))) == expected


def test_a_pinned_route_is_a_list_of_places():
    got = names(
        video(
            description="🗺 코스: 소양강 스카이워크 > 청평사 > 춘천 명동 닭갈비골목",
            transcript=(
                tt("transcript", "소양강 스카이워크 걸어봤어요 바닥이 유리예요", 5),
                tt("transcript", "배 타고 청평사 올라왔어요", 20),
            ),
        )
    )
    assert got[:2] == ["소양강 스카이워크", "청평사"]
    assert not any("코스" in n for n in got)


def test_a_bulleted_name_with_a_tip_counts_when_echoed():
    got = extract_places(
        video(
            description=(
                "Where to find it all:\n"
                "🌮 Taquería El Califa: get the costra, open till 3am\n"
                "→ Café de Tacuba — mole and a mariachi\n"
                "✔ Mercado de Jamaica / 자메이카 시장 — flowers, go early\n"
                "✈️ Flight: ICN → MEX on Aeroméxico\n"
                "- Desk: IKEA countertop"
            ),
            transcript=(
                tt("transcript", "first tacos at taqueria el califa and they were huge", 5),
                tt("transcript", "dinner at cafe de tacuba with a mariachi", 20),
                tt("transcript", "the mercado de jamaica is all flowers", 30),
            ),
        )
    )
    assert [c.name for c in got] == ["Taquería El Califa", "Café de Tacuba", "Mercado de Jamaica"]
    assert "자메이카 시장" in got[2].aliases


def test_where_to_find_it_all_is_a_header():
    from places.extraction.text import is_places_header

    assert is_places_header("Where to find it all") and is_places_header("코스")


# Round 11 (after the blind first run of the fourteenth holdout) ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sony ZV-1 II, Rode Wireless Go II, Peak Design Everyday 20L",
        "청량리역 → 원주역 (KTX-이음), 시내버스 31번, 택시 25분",
        "about 40 minutes on the Kintetsu Line from Namba (¥680 one way).",
    ],
)
def test_gear_routes_and_fares_are_no_addresses(text):
    from places.extraction.text import looks_like_address

    assert not looks_like_address(text)


def test_labels_before_a_colon_are_not_places():
    got = names(
        video(
            description=(
                "🎒 What we use: Sony ZV-1 II, Rode Wireless Go II, Peak Design Everyday 20L\n"
                "교통: 청량리역 → 원주역 (KTX-이음), 시내버스 31번, 택시 25분\n"
                "🧥 아우터: 파타고니아 나노퍼프, 버버리 트렌치코트\n"
                "The easiest day trip from Kyoto: 40 minutes on the JR Nara Line (¥720 one way)."
            )
        )
    )
    assert got == []


def test_a_kind_of_place_then_its_name():
    got = extract_places(
        video(
            description=(
                "✔️ 쌀국수 맛집: Phở Thìn (13 Lò Đúc)\n✔️ 루프탑 카페: Skyline Coffee (45 Hàng Bè)"
            ),
            transcript=(
                tt("transcript", "쌀국수는 pho thin 에서 먹었어요", 5),
                tt("transcript", "skyline coffee 루프탑에서 쉬었어요", 20),
            ),
        )
    )
    assert [c.name for c in got] == ["Phở Thìn", "Skyline Coffee"]


def test_a_name_with_its_native_spelling_is_no_korean_village():
    got = names(
        video(
            description="◆ 하나모리 (はなもり) – 흑돼지 샤브샤브",
            transcript=(tt("transcript", "저녁은 하나모리에서 샤브샤브 먹었어요", 30),),
        )
    )
    assert got == ["하나모리"]


def test_brands_and_products_listed_under_a_heading_are_not_places():
    got = names(
        video(
            description=(
                "오늘 소개한 향수\n"
                "1. 딥티크 – 필로시코스 오 드 뚜왈렛\n"
                "2. 바이레도 – 모하비 고스트\n"
                "00:06 딥티크\n00:20 바이레도"
            ),
            chapters=(tt("chapter", "딥티크", 6), tt("chapter", "바이레도", 20)),
            transcript=(tt("transcript", "모하비 고스트 사막 해변 느낌이에요", 22),),
        )
    )
    assert got == []


# Round 12 (after the blind first run of the fifteenth holdout) -------------------------------


def test_hash_numbered_items_with_a_tip():
    got = names(
        video(
            description="#1 송림염전 — 소금창고 포토스팟\n#2 소래포구 — 주차 유료",
            chapters=(tt("chapter", "송림염전", 5), tt("chapter", "소래포구", 20)),
        )
    )
    assert got == ["송림염전", "소래포구"]


def test_a_towns_landmark_on_screen_is_a_place_a_towns_cafe_is_not():
    from places.extraction.korean import compound_head

    assert compound_head("목포타워") == "타워"
    assert compound_head("제주카페") is None
    assert names(video(ocr=(tt("ocr", "목포타워", 6, 15),))) == ["목포타워"]


def test_a_road_named_after_a_coast_is_not_the_coast():
    said = "동해안고속도로 타고 내려가고 있어요"
    assert names(video(transcript=(tt("transcript", said, 1),))) == []


def test_what_a_place_used_to_be_is_not_its_name():
    said = "박경리 작가 고택이었던 토지문화관 도착했어요"
    assert "박경리 작가 고택" not in names(video(transcript=(tt("transcript", said, 10),)))


def test_a_dot_ocr_read_between_two_words_of_a_caption():
    got = names(video(ocr=(tt("ocr", "삼척 . 장호 해수욕장", 6, 15),)))
    assert got == ["장호 해수욕장"]  # the town before it is context


def test_a_bakery_list_is_no_product_list():
    got = names(
        video(
            description="🥐 오늘의 빵집\n1. 솔밭베이커리 - 소금빵\n2. 밀도제빵소 - 식빵",
            transcript=(
                tt("transcript", "솔밭베이커리에 왔어요 소금빵이 유명해요", 5),
                tt("transcript", "밀도제빵소에서 식빵 샀어요", 20),
            ),
        )
    )
    assert got == ["솔밭베이커리", "밀도제빵소"]
    assert names(video(description="⛰ 지리산 코스\n1. 노고단\n2. 천왕봉")) != []


# Round 13 (after the blind first run of the sixteenth holdout) -------------------------------


def test_a_days_list_of_places_with_prices_after_a_bar():
    got = names(
        video(
            description=(
                "📌 3일차 다닌 곳\n"
                "- 포 나가르 사원 (Tháp Bà Ponagar) | 입장 30,000동\n"
                "- 나트랑 야시장 (Chợ đêm Nha Trang) | 반쎄오 40,000동"
            ),
            transcript=(
                tt("transcript", "아침에는 포 나가르 사원 구경했어요", 5),
                tt("transcript", "저녁은 나트랑 야시장 가서 반쎄오 먹었어요", 30),
            ),
        )
    )
    assert got == ["포 나가르 사원", "나트랑 야시장"]


def test_home_goods_named_after_places_are_products():
    from places.extraction.text import is_product

    assert is_product("Yankee Candle") and is_product("IKEA STOCKHOLM rug")


# Round 14 (after the blind first run of the seventeenth holdout) -----------------------------


def test_an_address_hung_under_the_name_on_the_next_line():
    got = extract_places(
        video(description="[1] 솔숲서원\n└ 경북 안동시 도산면 도산서원길 154\n[2] 시장 구경")
    )
    assert [c.name for c in got] == ["솔숲서원"]
    assert got[0].address_hint.startswith("경북 안동시")


def test_a_bulleted_label_over_places_visited():
    got = names(
        video(
            description="▸ 오늘 간 곳: 솔밭국밥집 / 미로헌",
            transcript=(
                tt("transcript", "솔밭국밥집 왔는데 줄이 길어요", 5),
                tt("transcript", "미로헌에서 커피 마셨어요", 20),
            ),
        )
    )
    assert got == ["솔밭국밥집", "미로헌"]


def test_a_route_joined_by_heavy_arrows():
    got = names(
        video(
            description="오늘의 동선 ⬇️\n동선: 도산서원 ➝ 하회마을 ➝ 월영교",
            transcript=(
                tt("transcript", "도산서원 먼저 들렀어요", 5),
                tt("transcript", "하회마을 한 바퀴 돌았어요", 20),
                tt("transcript", "밤에는 월영교 야경 보러 왔어요", 35),
            ),
        )
    )
    assert got == ["도산서원", "하회마을", "월영교"]
