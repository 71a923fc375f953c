"""The reading screen's slow work, one function per load stage, run in thread workers.

Each takes what it needs and returns the message that carries its result (or
the failure) back to the screen, so the screen only decides *which* to run
(`LoadState.next_work`) and never wraps the work in try/except itself. The
analysis is an extra: a failure is reported and reading goes on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

from reader.core.model import Article, SourceInfo
from reader.ui.messages import AnalysisFailed, AnalysisReady, IndexReady, ParseReady

if TYPE_CHECKING:
    from reader.core.entities.engine import EntityEngine
    from reader.ui.screens.reader.screen import IndexFactory


def parse_whole(text: str, source: SourceInfo) -> Message:
    """The whole of a long text, parsed after its head was painted."""
    from reader.core import parse_article  # in the worker: not needed for first paint

    try:
        return ParseReady(parse_article(text, source=source))
    except Exception as exc:  # keep reading the head rather than crash
        return AnalysisFailed(f"parse: {type(exc).__name__}: {exc}")


def analyse(article: Article, engine: EntityEngine | None) -> Message:
    """Entities, quotes, sources, corrections and grounding."""
    from reader.core import analyse as run  # in the worker: the stages are not needed for first paint

    try:
        return AnalysisReady(run(article, engine=engine))
    except Exception as exc:
        return AnalysisFailed(f"{type(exc).__name__}: {exc}")


def build_index(article: Article, factory: IndexFactory) -> Message:
    """The search index of the analysed article (quote and entity scopes need the analysis)."""
    try:
        return IndexReady(factory(article))
    except Exception as exc:
        return AnalysisFailed(f"search index: {type(exc).__name__}: {exc}")
