"""Library rows grouped into versions of one article (by headline), each group by date."""

from __future__ import annotations

from reader.library.rows import ArticleRow
from reader.library.versions import group_rows


def row(path: str, title: str | None, date: str | None) -> ArticleRow:
    return ArticleRow(path, title, date, None, 0, 0, 0)


def test_same_headline_is_one_group_by_date() -> None:
    rows = [
        row("b.txt", "Ferry cuts crossings", "2026-11-03"),
        row("other.txt", "Council approves lanes", "2026-11-01"),
        row("a.txt", "Ferry cuts “crossings”", "2026-11-02"),
        row("x.txt", None, None),
        row("y.txt", None, None),
    ]
    groups = [[r.path for r in g] for g in group_rows(rows)]
    assert groups == [["a.txt", "b.txt"], ["other.txt"], ["x.txt"], ["y.txt"]]
