import pytest

from pind.texts import VideoTexts
from places.geo import distance_m
from places.geocoding import geocode_places
from places.geocoding.offline import region_of_address, region_of_name
from places.regions import KO_DISTRICTS, KO_PROVINCES, is_area_name, lookup_district, lookup_region
from places.types import Evidence, PlaceCandidate

TEXTS = VideoTexts(video_id="x")
SEOUL_CITY_HALL = (37.5663, 126.9779)


def km(a, b):
    return distance_m(a[0], a[1], b[0], b[1]) / 1000


def cand(name, **kw):
    return PlaceCandidate(
        name=name, mentions=(Evidence("transcript", name, 1.0, 2.0),), confidence=0.8, **kw
    )


@pytest.fixture(autouse=True)
def _offline(settings):
    settings.PIND_GEOCODERS = ["gazetteer"]


@pytest.mark.django_db
def test_a_seoul_place_with_an_address_is_pinned_in_its_district_not_on_city_hall():
    seoul_forest = (37.5444, 127.0374)  # 서울 성동구 뚝섬로 273
    (place,) = geocode_places(
        [cand("서울숲", address_hint="서울 성동구 뚝섬로 273", region_hint="Seoul")], texts=TEXTS
    )
    pin = (place.lat, place.lng)
    assert place.approximate and km(pin, seoul_forest) < 3
    assert km(pin, SEOUL_CITY_HALL) > 3
    # The region stays the city: it is the hint the place is geocoded with again.
    assert place.region == "Seoul"


@pytest.mark.django_db
def test_an_english_address_names_its_district_before_the_city():
    leeum = (37.5384, 126.9990)
    (place,) = geocode_places(
        [cand("Leeum", address_hint="60-16 Itaewon-ro 55ga-gil, Yongsan-gu, Seoul")], texts=TEXTS
    )
    assert km((place.lat, place.lng), leeum) < 3 < km((place.lat, place.lng), SEOUL_CITY_HALL)


@pytest.mark.django_db
def test_a_beach_named_after_its_district_is_pinned_there_without_an_address():
    haeundae_beach = (35.1587, 129.1604)
    (place,) = geocode_places([cand("해운대 해수욕장", region_hint="Busan")], texts=TEXTS)
    assert km((place.lat, place.lng), haeundae_beach) < 3
    assert place.region == "Busan"


@pytest.mark.django_db
def test_a_bare_jung_gu_is_not_guessed():
    (place,) = geocode_places([cand("어느 식당", address_hint="중구 을지로 100")], texts=TEXTS)
    assert place.lat is None
    assert region_of_address("중구 을지로 100") is None
    assert lookup_district("중구") is None and lookup_district("Jung-gu") is None


def test_a_shared_district_name_resolves_by_the_city_of_the_address():
    busan = region_of_address("부산 중구 광복로 1")
    seoul = region_of_address("서울특별시 중구 을지로 100")
    daegu = region_of_address("대구 중구 남산동, 명덕역 3번 출구 근처")
    assert (busan.kind, busan.city, seoul.city, daegu.city) == (
        "district",
        "Busan",
        "Seoul",
        "Daegu",
    )
    assert km((busan.lat, busan.lng), (35.1028, 129.0347)) < 3  # Nampo-dong
    assert km((seoul.lat, seoul.lng), (37.5660, 126.9918)) < 3  # Euljiro 3-ga
    assert km((daegu.lat, daegu.lng), (35.8686, 128.5936)) < 3  # Dongseongno
    # With no city in the address, the video's city says which.
    in_busan = region_of_address("중구 광복로 1", lookup_region("Busan"))
    assert in_busan is not None and in_busan.city == "Busan"


def test_an_address_gives_its_most_specific_area():
    assert region_of_address("서울 종로구 효자로 33").name == "Jongno-gu"
    assert region_of_address("부산광역시 해운대구 우동 1411").name == "Haeundae-gu"
    assert region_of_address("부산 기장군 기장읍 용궁길 86").name == "Gijang-gun"
    assert region_of_address("경북 경주시 첨성로 140-25").name == "Gyeongju"
    assert region_of_address("경기 수원시 팔달구 정조로 910").name == "Suwon"
    assert region_of_address("제주특별자치도 서귀포시 성산읍 일출로 284-12").name == "Seogwipo"
    # A district of another city than the address's is no district of it.
    assert region_of_address("부산 종로구 1").name == "Busan"
    # Gyeonggi's Gwangju is not the metropolitan Gwangju 250 km away.
    gwangju = region_of_address("경기 광주시 퇴촌면 1")
    assert km((gwangju.lat, gwangju.lng), (35.1595, 126.8526)) > 100


def test_foreign_addresses_keep_their_city():
    assert region_of_address("2 Chome-3-1 Asakusa, Taito City, Tokyo").name == "Tokyo"
    assert region_of_address("7-18 Souemoncho, Chuo Ward, Osaka").name == "Osaka"
    assert region_of_address("88 Changgyeonggung-ro, Jongno-gu, Seoul").name == "Jongno-gu"


def test_a_district_in_a_name_needs_one_city_to_be_its_own():
    assert region_of_name("강남역").name == "Gangnam-gu"
    assert region_of_name("강서역") is None  # Seoul and Busan both have a 강서구
    assert region_of_name("강서역", lookup_region("부산")).city == "Busan"
    assert region_of_name("부산역").name == "Busan"
    # A bridge leads out of the district it is named for.
    assert region_of_name("마포대교") is None


def test_districts_do_not_change_what_extraction_takes_for_an_area():
    for name in ("종로구", "해운대구", "중구", "Jongno-gu", "강남"):
        assert lookup_region(name) is None
    assert is_area_name("해운대구") and is_area_name("종로구")
    assert lookup_region("서울").name == "Seoul" and lookup_region("제주시").name == "Jeju City"


def test_the_district_table_is_complete_and_each_district_lies_in_its_city():
    assert len(KO_DISTRICTS["서울"]) == 25 and len(KO_DISTRICTS["부산"]) == 16
    for short, rows in KO_DISTRICTS.items():
        _, lat, lng = KO_PROVINCES[short]
        spots = {(la, ln) for _, _, la, ln in rows}
        assert len(spots) == len(rows), short
        for korean, roman, la, ln in rows:
            # Gunwi-gun joined Daegu in 2023 and lies 42 km north of it.
            assert km((la, ln), (lat, lng)) < 45, (short, korean)
            assert lookup_district(korean, lookup_region(short)).name == roman


def test_a_county_written_with_gun_is_the_county_not_its_province():
    # GeoNames knows the county town as "담양"; the address writes "담양군".
    assert lookup_region("담양군") == lookup_region("담양")
    area = region_of_address("전남 담양군 담양읍 객사리")
    assert area == lookup_region("담양")
    assert distance_m(area.lat, area.lng, 35.32, 126.99) < 5_000


def test_where_a_trip_sets_out_from_does_not_vote_for_the_videos_city():
    from places.extraction.base import snippets_of
    from places.extraction.fusion import _regions_named, region_context

    assert _regions_named("서울에서 1시간, 레트로 카페") == []
    assert _regions_named("서울 근교 드라이브 코스") == []
    assert _regions_named("#서울근교 #당일치기") == []
    assert [w for w, _ in _regions_named("서울에서 친구 만났어요")] == ["서울에서"]
    # A car, not Casper, Wyoming: a small foreign town needs its country named beside it.
    car = VideoTexts(video_id="own00000001", description="🚗 차: 캐스퍼")
    assert region_context([], snippets_of(car)) == ""
    texts = VideoTexts(
        video_id="own00000001",
        title="가평 당일치기 | 서울에서 1시간, 잣 향기 가득한 하루",
        description="서울 근교 드라이브 코스 추천!\n#가평 #서울근교 #서울근교여행",
    )
    assert region_context([], snippets_of(texts)) == "Gapyeong"


def test_a_sight_named_like_a_town_does_not_make_the_video_about_that_town():
    from places.extraction.fusion import _regions_named
    from places.regions import names_a_sight

    assert names_a_sight("Niagara Falls") and not names_a_sight("Toronto")
    assert _regions_named("Toronto to Niagara Falls by bus") == [
        ("Toronto", lookup_region("Toronto"))
    ]


def test_every_korean_town_label_finds_the_same_town_again():
    # "Wando" is also another name of a town in Ethiopia; the label must say whose.
    from places.regions import KO_TOWNS, region_label

    for short in KO_TOWNS:
        town = lookup_region(short)
        again = lookup_region(region_label(town))
        assert again.country == "KR", short
        assert distance_m(town.lat, town.lng, again.lat, again.lng) < 30_000, short
    assert region_label(lookup_region("완도")) == "Wando, KR"


def test_korean_names_of_more_foreign_cities():
    assert lookup_region("마라케시").country == "MA"
    assert lookup_region("두브로브니크").country == "HR"


def test_a_country_named_beside_a_town_picks_that_countrys_town_or_none():
    from places.extraction.base import snippets_of
    from places.extraction.fusion import region_context

    def context(title):
        return region_context([], snippets_of(VideoTexts(video_id="own00000001", title=title)))

    # Cambridge is a small town in New Zealand and a big one in England and Massachusetts.
    assert context("A weekend in Cambridge, New Zealand") == "Cambridge, NZ"
    # Stratford in New Zealand is not in GeoNames' list of towns: no pin beats a wrong one.
    assert context("Stratford, New Zealand road trip") == ""
    assert context("Cambridge road trip").startswith("Cambridge")


def test_a_small_foreign_town_beside_its_country_and_where_a_trip_set_out_from():
    from places.extraction.base import snippets_of
    from places.extraction.fusion import region_context

    def context(description):
        texts = VideoTexts(video_id="own00000001", description=description)
        return region_context([], snippets_of(texts))

    # Krabi is small; 방콕 (or 태국) beside it says which country's word it is.
    assert context("방콕 말고 크라비! 크라비 3일 코스") == "Krabi"
    assert context("오사카에서 특급 타고 벳부 도착! 벳부 온천 투어") == "Beppu"
    # A pizzeria named after a city is not in that city.
    assert context("Boston food tour\nRegina Pizzeria — 11 Thacher St") == "Boston, US"
