"""The one search grammar, shared by the reading screen's `/` and the library search."""

from __future__ import annotations

import pytest

from reader.core.search.query import counter, parse_query


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("drones", ("all", "drones")),
        ('"same day', ("quotes", "same day")),
        ("q: same day", ("quotes", "same day")),
        ("@brenner", ("entities", "brenner")),
        ("E:Brenner", ("entities", "Brenner")),
        ("  spaced  ", ("all", "spaced")),
        ("crust", ("all", "crust")),
        ('"every loaf', ("quotes", "every loaf")),
        ("\u201cevery loaf", ("quotes", "every loaf")),
        ("q: by hand", ("quotes", "by hand")),
    ],
)
def test_parse_query(typed: str, expected: tuple[str, str]) -> None:
    assert parse_query(typed) == expected


@pytest.mark.parametrize(("position", "total", "label"), [(0, 14, "1/14"), (2, 14, "3/14"), (None, 0, "0/0")])
def test_counter(position: int | None, total: int, label: str) -> None:
    assert counter(position, total) == label
