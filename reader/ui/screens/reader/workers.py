"""The reading screen's slow work, one function per load stage, run in thread workers.

Each takes what it needs and returns the message that carries its result (or
the failure) back to the screen, so the screen only decides *which* to run
(`LoadState.next_work`) and never wraps the work in try/except itself. The
analysis is an extra: a failure is reported and reading goes on.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeAlias

from textual.message import Message

from reader.core.model import Article, SourceInfo
from reader.ui.messages import AnalysisFailed, AnalysisReady, IndexReady, ParseReady

if TYPE_CHECKING:
    from reader.core.entities.engine import EntityEngine
    from reader.ui.screens.reader.screen import IndexFactory, ReaderScreen
    from reader.ui.screens.reader.state import LoadState


StageDone: TypeAlias = "ParseReady | AnalysisReady | IndexReady | AnalysisFailed"
"""What a stage's worker posts back."""


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


def next_job(
    load: LoadState, engine: EntityEngine | None, index_factory: IndexFactory
) -> tuple[str, Callable[[], Message]] | None:
    """The next stage's name and work for `load` (None when everything is loaded)."""
    step = load.next_work()
    article = load.article
    if step == "parse" and load.full_text is not None:
        return step, partial(parse_whole, load.full_text, article.source)
    if step == "analyse":
        return step, partial(analyse, article, engine)
    if step == "index":
        return step, partial(build_index, article, index_factory)
    return None


def stage_done(screen: ReaderScreen, message: StageDone) -> None:
    """A worker's result: the screen's load state moves on and the panels get their slices."""
    if isinstance(message, AnalysisFailed):
        screen.load = screen.load.failure(message.error)
        screen.notify(f"analysis failed, showing the text only ({message.error})", severity="error", markup=False)
    elif isinstance(message, IndexReady):
        screen.load = screen.load.indexed(message.index)
        screen.search_bar.index = message.index
        if screen.search_bar.display:
            screen.search_bar.refresh_results()
    else:
        parsed = isinstance(message, ParseReady)
        screen.load = screen.load.parsed(message.article) if parsed else screen.load.analysed(message.article)
        screen.view.set_article(message.article)
        screen.frame.show(screen.load.article)
        if parsed and not screen.restored:
            screen.call_after_refresh(screen.restore)  # once the whole text is laid out


def restore_place(screen: ReaderScreen, start_at: tuple[str, tuple[int, int] | None] | None) -> bool:
    """Go to `start_at` (a passage asked for) or the saved place; False while only the head holding neither is shown."""
    target = start_at[0] if start_at is not None else screen.place.position
    article = screen.load.article
    if target and screen.load.full_text is not None and target not in {b.id for b in article.blocks}:
        return False  # beyond the head shown first: restored once the whole text is parsed
    if start_at is not None:
        block, span = start_at
        screen.jump(block, span, flash=span is None)
    elif screen.place.position:
        screen.view.scroll_to_block(screen.place.position, margin=0)
    return True


def settle() -> None:
    """Everything is loaded: keep the article's objects out of the garbage collector's full passes.

    A 1 MB article, its analysis and its index are a few million objects that
    live as long as the screen; every full collection walked them all (about
    120 ms, a PageDown that stutters once in twenty). Frozen, they are still
    freed when nothing holds them; only a cycle among them waits for `unsettle`.
    """
    gc.freeze()


def unsettle() -> None:
    """The screen is gone: its objects are collected as usual again."""
    gc.unfreeze()
