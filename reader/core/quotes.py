"""Direct and partial quotes with their speakers. PLACEHOLDER."""

from __future__ import annotations

from reader.core.model import Article, Quote


def find_quotes(article: Article) -> tuple[Quote, ...]:
    """Quotes in reading order; needs `article.entities` for speaker linking."""
    return ()
