"""What the library hands out: plain rows, importable without the index, SQLite or the loader.

The app's library screens show these; keeping them here lets `reader.ui`
depend on the library's results without depending on how they are made.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What the library screen lists about one article."""

    path: str
    title: str | None
    published: str | None
    publisher: str | None
    entities: int
    quotes: int
    corrections: int


@dataclass(frozen=True, slots=True)
class Found:
    """One library hit: a passage of one article, with the matched span inside `text`."""

    path: str
    line: int
    score: float
    text: str
    start: int
    end: int
    speaker: str | None
    title: str | None
    kind: str
    block: str
    block_start: int
    """Offset of `text` in its block, to turn the span into block offsets for the app."""
    exact: bool
