"""The well-known sights table (places/data/world_sights.csv) and what reads it: finding a
sight in any text, the extraction feature, and the offline geocoder's answer."""

import math

import pytest

from places.normalize import normalize_name
from places.sights import find_sights, lookup_sight, lookup_sight_by_core, sights
from places.vocab import table

KINDS = {
    "landmark", "palace", "castle", "temple", "church", "mosque", "museum", "square", "street",
    "market", "park", "garden", "viewpoint", "mountain", "beach", "island_sight", "waterfall",
    "lake", "cave", "ruins", "bridge", "tower", "theme_park", "nature", "village",
    "zoo_aquarium", "other",
}  # fmt: skip


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.sight.name) for f in find_sights(text)]


def test_table_rows_are_well_formed():
    rows = table("world_sights")
    assert len(rows) > 1000
    for row in rows:
        assert row["name"].strip(), row
        assert len(row["country"]) == 2 and row["country"].isupper(), row
        assert row["kind"] in KINDS, row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lng"]) <= 180, row
        assert math.isfinite(float(row["lat"])) and math.isfinite(float(row["lng"]))


def test_no_name_twice_in_one_country():
    seen: dict[tuple[str, str], str] = {}
    for s in sights():
        for name in {normalize_name(n) for n in (s.name, *s.aliases)}:
            key = (s.country, name)
            assert key not in seen, f"{name!r} is {seen.get(key)!r} and {s.name!r} in {s.country}"
            seen[key] = s.name


def test_no_sight_name_is_a_plain_word_or_a_city():
    from places.regions import lookup_region

    plain = {"tower", "market", "palace", "oldtown", "cathedral", "museum", "beach", "park"}
    for s in sights():
        for name in (s.name, *s.aliases):
            assert normalize_name(name) not in plain, (s.name, name)
        # A sight is not known only by a city's name (the city would pin as a sight).
        region = lookup_region(s.name)
        assert region is None or region.kind != "country", s.name


def test_finds_a_sight_in_any_case_and_spacing():
    assert found("we took the bus up to neuschwanstein castle today") == [
        ("neuschwanstein castle", "Neuschwanstein Castle")
    ]
    assert found("Neuschwanstein-Castle!")[0][1] == "Neuschwanstein Castle"


def test_whole_words_only():
    assert found("the Neuschwansteincastles brand") == []


def test_hangul_name_with_a_particle():
    assert [name for _, name in found("오늘은 경복궁에 다녀왔어요")] == ["Gyeongbokgung Palace"]


def test_longest_name_wins_where_names_overlap():
    names = [name for _, name in found("a walk in Central Park Zoo")]
    assert len(names) == 1


def test_lookup_by_alias():
    assert lookup_sight("경복궁").name == "Gyeongbokgung Palace"
    assert lookup_sight("Quellbrunn Hall") is None


@pytest.mark.django_db
def test_sight_is_a_feature_of_the_decision():
    from pind.texts import TimedText, VideoTexts
    from places.extraction.training import candidates_of

    texts = VideoTexts(
        video_id="own00000002",
        title="Bavaria day trip",
        transcript=(TimedText("transcript", "finally we made it to Neuschwanstein Castle", 0, 4),),
    )
    grouped, feats = candidates_of(texts)
    by_name = {f.candidate.name: x for f, x in zip(grouped.fused, feats, strict=True)}
    assert by_name["Neuschwanstein Castle"]["known_sight"] == 1.0
    assert by_name["Neuschwanstein Castle"]["rule:sight.known"] == 1.0


@pytest.mark.django_db
def test_offline_geocoder_pins_a_sight_at_its_own_position():
    from places.geocoding.offline import GazetteerGeocoder
    from places.types import PlaceCandidate

    hit = GazetteerGeocoder().lookup(PlaceCandidate(name="neuschwanstein castle"), None)
    sight = lookup_sight("Neuschwanstein Castle")
    assert (hit.lat, hit.lng) == (sight.lat, sight.lng)
    assert hit.approximate  # a table's position: a better provider may still answer


def test_a_name_of_plain_words_counts_only_when_capitalised():
    assert found("a trip down memory lane") == []
    assert [name for _, name in found("dinner in Memory Lane")] == ["Omoide Yokocho"]


def test_a_road_or_station_named_for_a_korean_sight_is_not_the_sight():
    assert found("경북 안동시 도산면 도산서원길 154") == []
    assert found("3호선 경복궁역 5번 출구") == []
    assert [name for _, name in found("도산서원에서 산책")] == ["Dosan Seowon"]


def test_a_korean_name_is_a_word_of_its_own_or_takes_a_particle():
    assert [name for _, name in found("경복궁이랑 창덕궁 다녀옴")] == [
        "Gyeongbokgung Palace",
        "Changdeokgung Palace",
    ]
    assert found("제주 화산송이 마스크") == []


def test_a_road_or_house_number_in_an_address_is_not_the_sight():
    assert found("88 Changgyeonggung-ro, Jongno-gu, Seoul") == []
    assert found("1-1 Osakajo, Chuo Ward, Osaka") == []
    assert [name for _, name in found("then Osaka Castle at sunset")] == ["Osaka Castle"]


def test_accents_may_be_left_out():
    assert [name for _, name in found("then the jerónimos monastery")] == ["Jeronimos Monastery"]
    assert [name for _, name in found("a soak at Széchenyi Thermal Bath")] == [
        "Szechenyi Thermal Bath"
    ]
    assert lookup_sight("Jerónimos Monastery").name == "Jeronimos Monastery"


@pytest.mark.django_db
def test_a_sight_split_over_two_caption_cues_is_found_in_the_first():
    from pind.texts import TimedText, VideoTexts
    from places.extraction.base import snippets_of
    from places.extraction.sights import SightsExtractor

    texts = VideoTexts(
        video_id="own00000004",
        transcript=(
            TimedText("transcript", "after lunch we walked up to neuschwanstein", 10.0, 14.0),
            TimedText("transcript", "castle and the view was unreal", 14.0, 18.0),
        ),
    )
    raws = SightsExtractor().extract(texts, snippets_of(texts))
    assert [(r.name, r.snippet.start_s) for r in raws] == [("neuschwanstein castle", 10.0)]


def test_a_sight_called_by_its_own_words_with_another_kind_word_or_none():
    assert lookup_sight_by_core("Neuschwanstein").name == "Neuschwanstein Castle"
    assert lookup_sight_by_core("the Neuschwanstein Palace").name == "Neuschwanstein Castle"
    assert lookup_sight_by_core("Schönbrunn Gardens").name == "Schonbrunn Palace"
    assert lookup_sight_by_core("Prambanan Temple").name == "Prambanan"


def test_a_core_of_ordinary_words_or_shared_by_two_sights_names_none():
    assert lookup_sight_by_core("Old Town Square Market") is None  # plain English words
    assert lookup_sight_by_core("the Royal Palace") is None  # "royal" is a common word
    # "Gwanghwamun" is the core of both Gwanghwamun Gate and Gwanghwamun Square.
    assert lookup_sight("Gwanghwamun Gate") is not lookup_sight("Gwanghwamun Square")
    assert lookup_sight_by_core("Gwanghwamun") is None
    assert lookup_sight_by_core("Yasaka") is None  # a Pagoda and a Shrine


@pytest.mark.django_db
def test_a_sight_by_its_core_is_a_feature_but_a_city_stays_a_city():
    from pind.texts import TimedText, VideoTexts
    from places.extraction.training import candidates_of

    texts = VideoTexts(
        video_id="own00000005",
        title="Bavaria day trip | Munich",
        tags=("Neuschwanstein",),
        transcript=(
            TimedText("transcript", "we took the early train out of Munich", 0, 4),
            TimedText("transcript", "and then the bus up to Neuschwanstein", 4, 8),
            TimedText("transcript", "next week we fly to Penang for the food", 8, 12),
        ),
    )
    grouped, feats = candidates_of(texts)
    by_name = {f.candidate.name: x for f, x in zip(grouped.fused, feats, strict=True)}
    assert by_name["Neuschwanstein"]["known_sight"] == 1.0
    assert by_name["Neuschwanstein"]["known_sight_here"] == 1.0
    assert by_name["Neuschwanstein"]["known_sight_here_named"] == 1.0  # in the tags
    # Penang Hill's core is "Penang", the name of a state and its city.
    assert lookup_sight_by_core("Penang").name == "Penang Hill"
    assert "known_sight" not in by_name.get("Penang", {})


@pytest.mark.django_db
def test_offline_geocoder_pins_a_sight_named_by_its_core():
    from places.geocoding.offline import GazetteerGeocoder
    from places.types import PlaceCandidate

    hit = GazetteerGeocoder().lookup(PlaceCandidate(name="Neuschwanstein"), None)
    sight = lookup_sight("Neuschwanstein Castle")
    assert (hit.lat, hit.lng) == (sight.lat, sight.lng)
