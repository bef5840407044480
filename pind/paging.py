"""One page of a list: the API's lists are JSON arrays paged by `?page=` (see videos.views)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def page_of(rows: Sequence[T], *, page: int, size: int) -> tuple[list[T], bool]:
    """Page `page` (from 1) of `rows` (a queryset is sliced in SQL: one row past the page
    says whether another follows). Returns (the page's rows, has_next)."""
    start = (page - 1) * size
    found = list(rows[start : start + size + 1])
    return found[:size], len(found) > size
