"""The search bar on the reading screen: opening it (`/`, `?`), Enter, Esc, and `n` / `N` after.

`SearchFlow` is the screen's part that drives the bar and the status line's
counter; the `Finder` decides where each result is. Enter and Esc in the field
come here the moment they arrive (`router.py`), so keys typed after them in the
same burst already reach the article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.widgets.status import StatusBar

if TYPE_CHECKING:
    from reader.core.search.passages import Hit
    from reader.ui.screens.reader.screen import ReaderScreen


class SearchFlow:
    """Open, choose, cancel and step; the screen owns one."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen

    @property
    def status(self) -> StatusBar:
        return self.screen.query_one(StatusBar)

    def open(self, direction: int) -> None:
        """`/` (direction 1) or `?` (-1): the bar with the last query, the place kept for Esc and `''`."""
        bar = self.screen.search_bar
        self.screen.finder.opened(direction)
        self.status.counter = ""
        bar.open(bar.input.value, prompt="/" if direction > 0 else "?")

    def submitted(self) -> None:
        """Enter in the field: jump to the highlighted result (of the text typed so far)."""
        bar = self.screen.search_bar
        bar.refresh_results(only_if_changed=True)
        if bar.hits:
            self.chosen(list(bar.hits), bar.results.highlighted or 0)

    def chosen(self, hits: list[Hit], position: int) -> None:
        self._close()
        self.status.counter = self.screen.finder.chosen(hits, position)
        self.screen.refresh_bindings()  # n / N are live now

    def cancelled(self) -> None:
        if self.screen.search_bar.display:
            self._close()
            self.screen.finder.cancelled()

    def step(self, step: int) -> None:
        """`n` / `N` (with a count, that many results on)."""
        shown = self.screen.finder.step(step)
        if shown is not None:
            self.status.counter = shown

    def _close(self) -> None:
        screen = self.screen
        screen.search_bar.display = False
        screen.set_focus(screen.view)  # now, not on the next idle: the next key of a burst is the article's
