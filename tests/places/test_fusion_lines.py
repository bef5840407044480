"""Fusion's shortcuts give what the plain way gives: the lines that hold a name, found once
per name, and each snippet's place in the list of the video being fused."""

import pytest

from places.extraction.base import Snippet
from places.extraction.fusion import _LineFinder, _positions

LINES = [
    "we are at lantern room now",
    "",
    "lantern",
    "the lantern room and the lantern bar",
    "감자밭 카페",
    "감자밭",
    "room",
    "lantern room",
]


@pytest.mark.parametrize(
    ("keys", "exact"),
    [
        (["lantern room"], set()),
        (["lantern", "room"], set()),
        (["감자밭"], {"감자밭"}),
        (["nowhere"], {"room"}),
        (["m"], set()),
        ([], set()),
    ],
)
def test_lines_with_a_key_are_those_a_scan_of_every_line_finds(keys, exact):
    scan = [i for i, t in enumerate(LINES) if any(k in t for k in keys) or t in exact]
    assert _LineFinder(LINES).lines_with(keys, exact) == scan


def test_a_key_never_spans_two_lines():
    assert _LineFinder(["ab", "cd"]).lines_with(["bc", "b\0c"], set()) == []
    assert _LineFinder(["a\0b", "c"]).lines_with(["b\0c", "\0"], set()) == [0]


def test_positions_are_those_of_the_list_being_fused_even_when_its_id_is_reused():
    first = [Snippet("transcript", f"line {i}", float(i)) for i in range(3)]
    _positions(first)
    del first
    # CPython hands the freed list object to the next new list: same id, other snippets.
    second = []
    second.extend(Snippet("ocr", f"caption {i}", float(i)) for i in range(5))
    assert _positions(second) == {id(s): i for i, s in enumerate(second)}
