"""Grouping saved files into versions of one article (table-driven)."""

from __future__ import annotations

import pytest

from reader.core import read_article
from reader.core.diff.versions import VersionInfo, group_versions, newest_pair, same_article, version_info
from tests.core.diff_pairs import FERRY, example

OTHER = "Council approves new bus lanes\n\nBy Ola Berg\n\nThe council approved four new bus lanes on Tuesday.\n"


def info(text: str, path: str, *, url: str | None = None) -> VersionInfo:
    return version_info(read_article(text), path, url=url)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (FERRY, FERRY.replace("about 600", "about 900"), True),
        (FERRY, FERRY.replace("Island ferry operator cuts", "Ferry firm cuts"), True),  # same lede, most words
        (FERRY, OTHER, False),
        (example(), example().replace("29 commercial", "39 commercial"), True),
        (FERRY, "Island ferry operator cuts winter crossings to two a day\n\nNothing else in common here.\n", False),
    ],
    ids=["edited", "new-headline", "other-article", "example", "same-headline-other-text"],
)
def test_same_article(a: str, b: str, same: bool) -> None:
    assert same_article(info(a, "a.txt"), info(b, "b.txt")) is same


def test_canonical_url_decides() -> None:
    a = info(FERRY, "a.txt", url="https://news.example/ferry?utm=1")
    b = info(OTHER, "b.txt", url="http://www.news.example/ferry/")
    c = info(FERRY, "c.txt", url="https://news.example/other")
    assert same_article(a, b) and not same_article(a, c)


def test_url_line_in_the_file() -> None:
    v = info("URL: https://news.example/ferry\n\n" + FERRY, "a.txt")
    assert v.url == "news.example/ferry"


def test_groups_listed_by_date_and_newest_pair() -> None:
    v1 = info(FERRY.replace("2026-11-02", "2026-11-01"), "v1.txt")
    v3 = info(FERRY.replace("2026-11-02", "2026-11-03").replace("about 600", "about 900"), "v3.txt")
    v2 = info(FERRY, "v2.txt")
    other = info(OTHER, "other.txt")
    groups = group_versions([v3, other, v1, v2])
    assert [[v.path for v in g] for g in groups] == [["v1.txt", "v2.txt", "v3.txt"], ["other.txt"]]
    pair = newest_pair(groups[0])
    assert pair is not None and (pair[0].path, pair[1].path) == ("v2.txt", "v3.txt")
    assert newest_pair(groups[1]) is None
