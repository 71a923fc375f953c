"""Fuzzy search inside one article. PLACEHOLDER with the final API.

The UI builds one `SearchIndex` per article (off the UI thread for big ones)
and calls `search` on every keystroke.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reader.core.model import Article

Scope = Literal["all", "quotes", "entities"]


@dataclass(frozen=True, slots=True)
class Hit:
    """One result: where to jump and what to highlight."""

    block: str
    start: int
    """Match span in the block's text (snapped to word boundaries)."""
    end: int
    score: float
    """0-100, higher is better."""
    kind: Literal["text", "quote", "entity"]
    passage: str
    """The sentence or passage shown in the result list."""
    passage_start: int
    """Offset of `passage` within the block's text (to highlight in the list)."""
    section: str | None
    """Section title, for the result list."""


class SearchIndex:
    """Per-article index: word prefilter plus rapidfuzz rerank."""

    def __init__(self, article: Article) -> None:
        self.article = article

    def search(self, query: str, *, scope: Scope = "all", limit: int = 50) -> list[Hit]:
        """Hits best first; an empty or blank query gives no hits."""
        return []
