"""Word lists live in data files under one loader; none may repeat an entry or contradict
another list."""

import pytest

from places.vocab import DATA, entries, words

LISTS = sorted(p.stem for p in DATA.glob("*.txt"))


@pytest.mark.parametrize("name", LISTS)
def test_a_word_list_has_no_duplicates(name):
    listed = entries(name)
    dupes = sorted({w for w in listed if listed.count(w) > 1})
    assert not dupes, f"{name}.txt repeats {dupes}"


@pytest.mark.parametrize("name", LISTS)
def test_a_word_list_is_trimmed(name):
    assert all(w == w.strip() and w for w in entries(name))


@pytest.mark.parametrize("name", ["en_not_names", "demonyms", "en_food", "en_product"])
def test_english_word_lists_are_lower_case(name):
    assert all(w == w.lower() for w in entries(name))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ko_heads", "ko_activity"),
        ("ko_heads", "ko_product"),
        ("en_heads", "en_product"),
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
