"""Takeaways (extracted when the article has none) and their grounding. PLACEHOLDER."""

from __future__ import annotations

from reader.core.model import Article, FaqPair, Takeaway


def ground(article: Article) -> tuple[tuple[Takeaway, ...], tuple[FaqPair, ...]]:
    """Takeaways and FAQ pairs with `support` and `grounding` filled."""
    return article.takeaways, article.faq
