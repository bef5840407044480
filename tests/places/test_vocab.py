"""Word lists live in data files under one loader; none may repeat an entry or contradict
another list."""

import pytest

from places.vocab import DATA, entries, table, words

LISTS = sorted(p.stem for p in DATA.glob("*.txt"))


@pytest.mark.parametrize("name", LISTS)
def test_a_word_list_has_no_duplicates(name):
    listed = entries(name)
    dupes = sorted({w for w in listed if listed.count(w) > 1})
    assert not dupes, f"{name}.txt repeats {dupes}"


@pytest.mark.parametrize("name", LISTS)
def test_a_word_list_is_trimmed(name):
    assert all(w == w.strip() and w for w in entries(name))


@pytest.mark.parametrize(
    "name", ["en_not_names", "en_lower_breaks", "demonyms", "en_food", "en_product", "heads_first"]
)
def test_english_word_lists_are_lower_case(name):
    assert all(w == w.lower() for w in entries(name))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ko_heads", "ko_activity"),
        ("ko_heads", "ko_product"),
        ("en_heads", "en_product"),
        ("en_heads", "heads_first"),
        ("heads_first", "en_product"),
        ("en_food", "en_product"),
        ("ko_food", "ko_product"),
    ],
)
def test_place_words_food_products_and_activities_do_not_overlap(a, b):
    def folded(name):
        return {w.lower() for w in entries(name)}

    assert not folded(a) & folded(b), f"{a} and {b} share {sorted(folded(a) & folded(b))}"


def test_sentence_words_are_no_demonyms_or_place_words():
    from places.lexicon import EN_HEAD_SET

    assert not words("en_not_names") & words("demonyms")
    assert not words("en_not_names") & set(EN_HEAD_SET)
    # The words that end a name in lower-case speech add to the sentence words.
    assert not words("en_lower_breaks") & words("en_not_names")
    assert not words("en_lower_breaks") & EN_HEAD_SET


# Tables: places/data/<name>.csv, read by the same loader. Their keys name areas.
TABLES = sorted(p.stem for p in DATA.glob("*.csv"))
# The column (or columns) that names a row: no two rows may share it.
TABLE_KEYS = {
    "ko_provinces": ("short",),
    "ko_province_long_names": ("long",),
    "ko_districts": ("city", "korean"),
    "ko_towns": ("short",),
    "ko_neighbourhoods": ("short",),
    "ko_foreign_cities": ("korean",),
    "ko_countries": ("korean",),
    "world_sights": ("country", "name"),
}
# Columns a row may leave empty.
OPTIONAL_COLUMNS = {"aliases"}
# Korean names the region index files under one area each: a name in two of these tables
# would be silently shadowed by the first one read.
KOREAN_AREA_NAMES = {
    "ko_provinces": "short",
    "ko_province_long_names": "long",
    "ko_towns": "short",
    "ko_neighbourhoods": "short",
    "ko_foreign_cities": "korean",
    "ko_countries": "korean",
}


def test_every_table_says_which_columns_name_a_row():
    assert sorted(TABLE_KEYS) == TABLES


@pytest.mark.parametrize("name", TABLES)
def test_a_table_has_no_duplicate_rows(name):
    keys = [tuple(row[c] for c in TABLE_KEYS[name]) for row in table(name)]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    assert keys and not dupes, f"{name}.csv repeats {dupes}"


@pytest.mark.parametrize("name", TABLES)
def test_a_table_is_complete_and_trimmed(name):
    for row in table(name):
        assert all(v == v.strip() for v in row.values()), f"{name}.csv: {row}"
        assert all(v for c, v in row.items() if c not in OPTIONAL_COLUMNS), f"{name}.csv: {row}"
        for col in ("lat", "lng"):
            if col in row:
                assert -180 <= float(row[col]) <= 180


@pytest.mark.parametrize(
    ("a", "b"),
    [(a, b) for i, a in enumerate(KOREAN_AREA_NAMES) for b in list(KOREAN_AREA_NAMES)[i + 1 :]],
)
def test_korean_area_tables_do_not_overlap(a, b):
    def names(t):
        return {row[KOREAN_AREA_NAMES[t]] for row in table(t)}

    assert not names(a) & names(b), f"{a} and {b} share {sorted(names(a) & names(b))}"


def test_table_references_point_at_rows_that_exist():
    provinces = {row["short"] for row in table("ko_provinces")}
    towns = {row["short"] for row in table("ko_towns")}
    assert {row["short"] for row in table("ko_province_long_names")} <= provinces
    assert {row["city"] for row in table("ko_districts")} <= provinces
    assert {row["city"] for row in table("ko_neighbourhoods")} <= provinces | towns


def test_the_region_index_reads_the_tables():
    from places.regions import KO_DISTRICTS, KO_TOWNS, lookup_district, lookup_region

    assert len(KO_DISTRICTS["서울"]) == 25
    assert lookup_region("경주").name == KO_TOWNS["경주"][0] == "Gyeongju"
    assert lookup_region("서촌").name == "Seochon"
    assert lookup_region("오사카").country == "JP"
    assert lookup_region("일본").kind == "country"
    assert lookup_district("해운대구").name == "Haeundae-gu"
