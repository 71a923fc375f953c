"""Library rows that are versions of one article, listed as one entry.

The library index keeps a row per file (title, date, publisher), not the
text, so rows are grouped by headline here; the stricter test (same canonical
URL, or the same headline or lede and most of the words) runs on the files
themselves when two versions are compared (`reader.core.diff.versions`).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.diff.versions import title_key
from reader.library.rows import ArticleRow


def group_rows(rows: Sequence[ArticleRow]) -> list[tuple[ArticleRow, ...]]:
    """Rows with the same headline as one group, each by date (oldest first), groups in first-seen order.

    Rows without a title are never grouped (file names say nothing about versions).
    """
    groups: dict[str, list[ArticleRow]] = {}
    for row in rows:
        key = title_key(row.title) if row.title else ""
        groups.setdefault(key or f"\0{row.path}", []).append(row)
    return [tuple(sorted(g, key=lambda r: (r.published or "", r.path))) for g in groups.values()]
