"""Corrections, clarifications, retractions and updates. PLACEHOLDER."""

from __future__ import annotations

from reader.core.model import Article, Correction


def find_corrections(article: Article) -> tuple[Correction, ...]:
    """Findings in reading order, each tied to the claim it amends when found."""
    return ()
