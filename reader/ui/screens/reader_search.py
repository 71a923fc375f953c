"""The reading screen's search: the bar's messages, stepping through hits with n / N.

Kept apart from `reader.py` (layout, workers, panels) so each module stays
small. `ReaderScreen` subclasses `ReaderSearch`, which provides the search
actions on top of `ReaderActions`; the screen provides the search bar (mounted
just after first paint) and `jump`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.screens.reader_actions import ReaderActions
from reader.ui.search_query import counter
from reader.ui.widgets.status import StatusBar

if TYPE_CHECKING:
    from reader.core.search import Hit
    from reader.ui.widgets.search_bar import SearchBar


class ReaderSearch(ReaderActions):
    """Search actions and the search bar's message handlers (by name: the bar loads after first paint)."""

    panels_ready: bool
    _hits: list[Hit]
    _hit_position: int
    _search_origin: float | None

    @property
    def search_bar(self) -> SearchBar:
        """The search bar; provided by `ReaderScreen`."""
        raise NotImplementedError

    def on_search_bar_previewed(self, message: SearchBar.Previewed) -> None:
        hit = message.hit
        self.view.scroll_to_block(hit.block, hit.start, margin=3)
        self.view.set_match(hit.block, hit.start, hit.end)

    def on_search_bar_chosen(self, message: SearchBar.Chosen) -> None:
        self._hits, self._hit_position = message.hits, message.position
        self._close_search()
        self._search_origin = None
        self._show_hit()

    def on_search_bar_cancelled(self, message: SearchBar.Cancelled) -> None:
        self._close_search()
        self.view.set_match(None)
        if self._search_origin is not None:
            self.view.scroll_to(y=self._search_origin, animate=False)
        self._search_origin = None

    def _close_search(self) -> None:
        self.search_bar.display = False
        self.view.focus()

    def _show_hit(self) -> None:
        hit = self._hits[self._hit_position]
        self.jump(hit.block, (hit.start, hit.end), flash=False)
        self.query_one(StatusBar).counter = counter(self._hit_position, len(self._hits))

    def action_search(self) -> None:
        """Open the search field (results update as you type)."""
        if not self.panels_ready:
            return
        self._search_origin = self.view.scroll_y
        self.query_one(StatusBar).counter = ""
        self.search_bar.open(self.search_bar.input.value)

    def action_search_step(self, step: int) -> None:
        """Next / previous result of the last search."""
        if not self._hits:
            self.notify("no search yet: press / to search", severity="information")
            return
        self._hit_position = (self._hit_position + step) % len(self._hits)
        self._show_hit()
