"""Word lists live in data files under one loader; none may repeat an entry or contradict
another list."""

import pytest

from places.extraction.vocab import DATA, entries, words

LISTS = sorted(p.stem for p in DATA.glob("*.txt"))


@pytest.mark.parametrize("name", LISTS)
def test_a_word_list_has_no_duplicates(name):
    listed = entries(name)
    dupes = sorted({w for w in listed if listed.count(w) > 1})
    assert not dupes, f"{name}.txt repeats {dupes}"


@pytest.mark.parametrize("name", LISTS)
def test_a_word_list_is_lower_case_and_trimmed(name):
    assert all(w == w.strip().lower() for w in entries(name))


def test_sentence_words_are_no_demonyms_or_place_words():
    from places.extraction.lexicon import EN_HEAD_SET

    assert not words("en_not_names") & words("demonyms")
    assert not words("en_not_names") & set(EN_HEAD_SET)
