"""pind.paging: one page of a list, and whether another follows."""

import pytest

from pind.paging import page_of


@pytest.mark.parametrize(
    ("page", "rows", "has_next"),
    [(1, [0, 1, 2], True), (2, [3, 4, 5], True), (3, [6], False), (4, [], False)],
)
def test_a_page_holds_its_rows_and_says_whether_another_follows(page, rows, has_next):
    assert page_of(range(7), page=page, size=3) == (rows, has_next)


def test_a_list_that_fills_its_last_page_exactly_has_no_next():
    assert page_of(list(range(6)), page=2, size=3) == ([3, 4, 5], False)
