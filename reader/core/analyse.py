"""Article in, analysed Article out: entities, quotes, sources, corrections, grounding.

PLACEHOLDER (being replaced by the analysis pipeline).
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Article


def analyse(article: Article, *, engine: object | None = None) -> Article:
    """Fill the analysis fields of a parsed article."""
    return replace(article, analysed=True)
