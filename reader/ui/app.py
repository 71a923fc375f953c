"""`ReaderApp`: the thin shell that shows an article, or the library of several.

It is handed its data (an Article, or paths for the library) and a `Store`;
the reading screen does the rest. `open_article` is how the library screens
open an article at a passage.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from reader.core.model import Article
from reader.loader import LoadError, load_path
from reader.store import Store
from reader.ui.paths import stylesheets
from reader.ui.screens.reader import IndexFactory, ReaderScreen

PREVIEW_FROM = 200_000
"""Texts longer than this (characters) are first shown from a parse of their head."""
PREVIEW_SIZE = 40_000
"""About how much of the head is parsed for first paint: far more than a screen."""


def preview_head(text: str) -> str | None:
    """The head of a long text, cut at a paragraph break; None when the text is short.

    Parsing 1 MB takes a few hundred ms; its first screen needs a few KB. The
    app paints from the head, then parses the whole text in a worker and swaps
    it in (block ids are positional, so the place is kept).
    """
    if len(text) <= PREVIEW_FROM:
        return None
    cut = text.rfind("\n\n", 0, PREVIEW_SIZE)
    if cut < PREVIEW_SIZE // 2:
        cut = text.rfind("\n", 0, PREVIEW_SIZE)
    return text[: cut if cut > 0 else PREVIEW_SIZE]


class ReaderApp(App[None]):
    """Read one article (`article`) or browse several (`library`)."""

    CSS_PATH = stylesheets()
    TITLE = "reader"
    BINDINGS = [Binding("ctrl+p", "command_palette", "Commands", show=False)]

    def __init__(
        self,
        article: Article | None,
        *,
        library: list[Path] | None = None,
        store: Store | None = None,
        top: bool = False,
        engine: object | None = None,
        index_factory: IndexFactory | None = None,
        full_text: str | None = None,
        pending: Callable[[], Article] | None = None,
        pending_name: str | None = None,
    ) -> None:
        super().__init__()
        self.article = article
        self.pending = pending
        """Makes the article in a worker thread (a web page to extract); a "reading page…" screen shows meanwhile."""
        self.pending_name = pending_name
        self.full_text = full_text
        """The whole text when `article` is a quick parse of its head (long inputs)."""
        self.library = library or []
        self.store = store or Store()
        self.top = top
        self.engine = engine
        self.index_factory = index_factory

    def on_mount(self) -> None:
        if self.article is None and self.pending is not None:
            from reader.ui.screens.loading import LoadingScreen

            self.push_screen(LoadingScreen(self.pending_name))
            self.run_worker(self._prepare, thread=True, exclusive=True, group="prepare")
        elif self.article is not None:
            self.push_screen(self._reader(self.article, full_text=self.full_text))
        elif self.library:
            # Imported late: the library screens are only needed for folders.
            library = importlib.import_module("reader.ui.screens.library")
            self.push_screen(library.LibraryScreen(self.library))

    def _prepare(self) -> None:
        """Worker thread: make the pending article, then show it (or the reason it failed) on the UI thread."""
        assert self.pending is not None
        try:
            article = self.pending()
        except Exception as exc:  # a bad page must be reported, never crash the app
            self.call_from_thread(self._pending_failed, str(exc) or type(exc).__name__)
            return
        self.call_from_thread(self._pending_ready, article)

    def _pending_ready(self, article: Article) -> None:
        self.article = article
        self.switch_screen(self._reader(article))

    def _pending_failed(self, message: str) -> None:
        from reader.ui.screens.loading import LoadingScreen

        if isinstance(self.screen, LoadingScreen):
            self.screen.failed(message)

    def _reader(
        self,
        article: Article,
        *,
        nested: bool = False,
        jump: tuple[str, tuple[int, int] | None] | None = None,
        full_text: str | None = None,
    ) -> ReaderScreen:
        return ReaderScreen(
            article,
            store=self.store,
            top=self.top,
            engine=self.engine,
            index_factory=self.index_factory,
            nested=nested,
            jump=jump,
            full_text=full_text,
        )

    def open_article(self, path: Path, *, block: str | None = None, span: tuple[int, int] | None = None) -> None:
        """Load, parse and show an article over the current screen, at `block`/`span` if given.

        Analysis runs in the new screen's worker; Esc or q there comes back here.
        A file that cannot be read is reported with a notification, never a crash.
        """
        from reader.core import parse_article

        try:
            loaded = load_path(path)
        except LoadError as exc:
            self.notify(str(exc), severity="error", title="Cannot open", markup=False)
            return
        article = parse_article(loaded.text, source=loaded.source)
        self.push_screen(self._reader(article, nested=True, jump=(block, span) if block else None))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for name in sorted(self.available_themes):
            yield SystemCommand(f"Theme: {name}", "Switch to this colour theme", partial(setattr, self, "theme", name))
        if isinstance(screen, ReaderScreen):
            for binding in screen.BINDINGS:
                if isinstance(binding, Binding) and binding.description:
                    yield SystemCommand(
                        binding.description, f"key: {binding.key}", partial(screen.run_action, binding.action)
                    )

    async def action_quit(self) -> None:
        """Quit, saving the place in every open article first."""
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.save_state()
        self.exit()
