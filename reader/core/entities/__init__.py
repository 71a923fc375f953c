"""Named entities: PERSON, ORG, PLACE, MISC, linked across the document.

PLACEHOLDER: the built-in recogniser is being written.
"""

from __future__ import annotations

from reader.core.model import Article, Entity


def find_entities(article: Article, engine: object | None = None) -> tuple[Entity, ...]:
    """Every entity of the article, one per referent, with aliases and mentions."""
    return ()
