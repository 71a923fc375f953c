"""The reading screen's search: what the bar's results do to the view, and stepping with n / N.

`Finder` keeps the last search's hits and where `/` was pressed; the screen
forwards the search bar's messages to it. It never touches the bar or the
status line itself: it returns what to show and the screen sets it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.core.search.query import counter

if TYPE_CHECKING:
    from reader.core.search.passages import Hit
    from reader.ui.widgets.article_view import ArticleView

Jump = Callable[[str, tuple[int, int]], bool]


class Finder:
    """Search state of one reading screen."""

    def __init__(self, view: Callable[[], ArticleView], jump: Jump) -> None:
        self._view = view
        self._jump = jump
        self.hits: list[Hit] = []
        self.position = 0
        self.origin: float | None = None
        """The scroll offset when `/` was pressed: Esc in the bar returns there."""

    def opened(self) -> None:
        """`/` was pressed: remember the place to come back to."""
        self.origin = self._view().scroll_y

    def preview(self, hit: Hit) -> None:
        """Show a result under the cursor without making it the current place."""
        view = self._view()
        view.scroll_to_block(hit.block, hit.start, margin=3)
        view.set_match(hit.block, hit.start, hit.end)

    def cancelled(self) -> None:
        """Esc in the bar: no match, back to where `/` was pressed."""
        view = self._view()
        view.set_match(None)
        if self.origin is not None:
            view.scroll_to(y=self.origin, animate=False)
        self.origin = None

    def chosen(self, hits: list[Hit], position: int) -> str:
        """Enter on a result: jump to it; returns the counter ("3/14")."""
        self.hits, self.position = hits, position
        self.origin = None
        return self.show()

    def step(self, step: int) -> str | None:
        """n / N: the next or previous result; None when there was no search."""
        if not self.hits:
            return None
        self.position = (self.position + step) % len(self.hits)
        return self.show()

    def show(self) -> str:
        """Jump to the current hit; returns the counter."""
        hit = self.hits[self.position]
        self._jump(hit.block, (hit.start, hit.end))
        return counter(self.position, len(self.hits))
