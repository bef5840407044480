"""Word lists and tables as data: places/data/<name>.txt, one entry a line, and
places/data/<name>.csv, a header row then one row a line; '#' starts a comment line in
both. A leaf module that extraction and the region index both read."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

DATA = Path(__file__).with_name("data")


def entries(name: str) -> list[str]:
    """The list's entries in file order, duplicates kept (the data test checks for them)."""
    path = DATA / f"{name}.txt"
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@functools.cache
def words(name: str) -> frozenset[str]:
    return frozenset(entries(name))


def table(name: str) -> list[dict[str, str]]:
    """The table's rows in file order, as {column: text}, duplicates kept (the data test
    checks for them)."""
    path = DATA / f"{name}.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader(line for line in lines if line and not line.startswith("#")))
