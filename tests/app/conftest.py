"""Fixtures for the Pilot tests: the hand-built sample article and a fake search index."""

from __future__ import annotations

import pytest

from reader.core.model import Article
from reader.core.search import Hit, Scope
from tests.app.sample import sample_article


class FakeIndex:
    """Case-insensitive substring search over blocks: enough to drive the search UI."""

    def __init__(self, article: Article) -> None:
        self.article = article

    def search(self, query: str, *, scope: Scope = "all", limit: int = 50) -> list[Hit]:
        hits: list[Hit] = []
        needle = query.lower()
        if not needle:
            return hits
        if scope == "quotes":
            for q in self.article.quotes:
                at = q.text.lower().find(needle)
                if at >= 0:
                    start = q.start + at
                    text = self.article.block(q.block).text
                    hits.append(Hit(q.block, start, start + len(needle), 100, "quote", text, 0, None))
            return hits[:limit]
        for block in self.article.blocks:
            at = block.text.lower().find(needle)
            while at >= 0:
                section = self.article.section_of(block.id)
                title = section.title if section else None
                hits.append(Hit(block.id, at, at + len(needle), 90, "text", block.text, 0, title))
                at = block.text.lower().find(needle, at + 1)
        return hits[:limit]


@pytest.fixture
def article() -> Article:
    """The analysed sample article."""
    return sample_article()
