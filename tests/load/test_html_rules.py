"""The metadata rules on their own: headline choice, author tidying, dates."""

from __future__ import annotations

import pytest

from reader.load.html_authors import tidy_authors
from reader.load.html_meta import iso_date, person_name
from reader.load.html_render import md_escape
from reader.load.html_title import choose_title


@pytest.mark.parametrize(
    ("titles", "h1", "site", "expected"),
    [
        (
            ["Harbour drones cleared | The Bay Courier"],
            ["Harbour drones cleared"],
            "The Bay Courier",
            "Harbour drones cleared",
        ),
        (["Harbour drones cleared - Local - The Bay Courier"], [], "The Bay Courier", "Harbour drones cleared"),
        (
            ["Harbour drones cleared for weekly checks"],
            ["Harbour drones cleared for weekly checksThe Bay Courier"],
            None,
            "Harbour drones cleared for weekly checks",
        ),
        (
            ["Tide Notes - Ferries return to the outer islands tonight"],
            ["Tide Notes"],
            None,
            "Ferries return to the outer islands tonight",
        ),
        ([], ["Only an h1 here"], None, "Only an h1 here"),
        (["港のドローン点検が始まる｜ベイ新聞"], ["港のドローン点検が始まる"], "ベイ新聞", "港のドローン点検が始まる"),
    ],
)
def test_choose_title(titles: list[str], h1: list[str], site: str | None, expected: str) -> None:
    assert choose_title(titles, h1, None, site) == expected


def test_a_shown_metadata_title_beats_an_unconfirmed_h1() -> None:
    shown = frozenset({"harbour drones cleared for weekly checks"})
    assert choose_title(["Harbour drones cleared for weekly checks"], ["Menu"], "Menu", None, shown) == (
        "Harbour drones cleared for weekly checks"
    )


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Jane Doe Updated"], ["Jane Doe"]),
        (["Jane Doe December"], ["Jane Doe"]),
        (["Jane Doe, TIME"], ["Jane Doe"]),
        (["Jane Doe / TNN / Updated: Oct 9, 2019"], ["Jane Doe"]),
        (["Bay Desk Bay Desk"], ["Bay Desk"]),
        (["See full bio"], []),
        (["Ana Lima", "Ben Ode"], ["Ana Lima", "Ben Ode"]),
        (["Vincent van Gogh"], ["Vincent van Gogh"]),
    ],
)
def test_tidy_authors(names: list[str], expected: list[str]) -> None:
    assert tidy_authors(names) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-10-02T19:30:57-07:00", "2016-10-02"),
        ("2026-03-03", "2026-03-03"),
        ("March 3", None),
        ("0001-01-01", None),
        (None, None),
    ],
)
def test_iso_date(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("By Jane Doe", "Jane Doe"), ("https://example.com/jane", None), ("@jane", None), ("jane@example.com", None)],
)
def test_person_name(value: str, expected: str | None) -> None:
    assert person_name(value) == expected


def test_md_escape_is_one_line() -> None:
    assert "\n" not in md_escape("two\nlines\n\nand more")


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["著者 青木ハル イラスト 森ナツ"], ["青木ハル", "森ナツ"]),
        (["文● 山田／サンプル編集部"], ["山田"]),
        (["Ann Lee 著、佐藤 一郎 訳"], ["Ann Lee", "佐藤 一郎"]),
        (["Joe Roe Bay Post"], ["Joe Roe"]),
    ],
)
def test_tidy_bylines_with_roles_and_outlets(names: list[str], expected: list[str]) -> None:
    assert tidy_authors(names) == expected


def test_url_date() -> None:
    from reader.load.html_meta import url_date

    assert url_date("https://example.com/news/2016/12/14/harbour-drones") == "2016-12-14"
    assert url_date("https://example.com/pic/20180619/a.jpg") == "2018-06-19"
    assert url_date("https://example.com/news/harbour-drones-123456789") is None
    assert url_date(None) is None
