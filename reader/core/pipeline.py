"""Article in, analysed Article out (the analysis pipeline): entities, quotes, sources, corrections, grounding.

Stages run in dependency order: quotes need entities (speakers are linked to
them), sources need quotes (every speaker is a source), corrections need
entities (who made them), and grounding needs only the structure (it extracts
takeaways when the article has none). Every stage reads the model only, so
each can be tested on a hand-built Article.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.corrections.notices import find_corrections
from reader.core.entities import find_entities
from reader.core.figures import find_figures
from reader.core.model import Article
from reader.core.quotes.find import find_quotes
from reader.core.quotes.sources import find_sources
from reader.core.sourcing import find_sourcing, with_sourcing
from reader.core.takeaways.grounding import ground
from reader.core.timeline import find_timeline

if TYPE_CHECKING:
    from reader.core.entities.engine import EntityEngine


def analyse(article: Article, *, engine: EntityEngine | None = None) -> Article:
    """Fill the analysis fields of a parsed article (pure; returns a new Article)."""
    art = replace(article, entities=find_entities(article, engine))
    art = replace(art, quotes=find_quotes(art))
    art = replace(art, sources=find_sources(art))
    art = replace(art, corrections=find_corrections(art))
    takeaways, faq = ground(art)
    art = replace(art, takeaways=takeaways, faq=faq)
    return replace(read_critically(art), analysed=True)


def read_critically(art: Article) -> Article:
    """Figures, timeline and per-paragraph sourcing (issue 13): they read quotes and sources."""
    sentences: dict[str, list[tuple[int, int]]] = {}  # block id -> sentence spans, split once for both
    figures, conflicts = find_figures(art, sentences)
    timeline = find_timeline(art, sentences)
    blocks = with_sourcing(art, find_sourcing(art))
    return replace(art, figures=figures, figure_conflicts=conflicts, timeline=timeline, blocks=blocks)
