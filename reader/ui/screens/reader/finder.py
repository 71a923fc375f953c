"""The reading screen's search: what the bar's results do to the view, and stepping with n / N.

`Finder` keeps the last search's hits and where `/` (or `?`) was pressed; the
screen forwards the search bar's messages to it. It never touches the bar or the
status line itself: it returns what to show and the screen sets it. Enter takes
the result picked in the bar (best first); `n` / `N` then step through the hits
in document order, as in less, from the place being read (`?` reverses them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.core.search.query import counter

if TYPE_CHECKING:
    from reader.core.search.passages import Hit
    from reader.ui.widgets.article_view import ArticleView

Jump = Callable[[str, tuple[int, int], str | None], bool]
"""Jump to a block and span; the third argument is where the jump leaves from (None: the top)."""


class Finder:
    """Search state of one reading screen."""

    def __init__(self, view: Callable[[], ArticleView], jump: Jump) -> None:
        self._view = view
        self._jump = jump
        self.hits: list[Hit] = []
        self.position = 0
        self.origin: float | None = None
        """The scroll offset when `/` was pressed: Esc in the bar returns there."""
        self.origin_block: str | None = None
        """The block at the top when `/` was pressed: `''` after the search returns there."""
        self.direction = 1
        """1 after `/`, -1 after `?` (n goes up, N down)."""
        self._landed: float | None = None

    def opened(self, direction: int = 1) -> None:
        """`/` (or `?`, direction -1) was pressed: remember the place to come back to."""
        view = self._view()
        self.origin = view.scroll_y
        self.origin_block = view.top_block()
        self.direction = direction

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
            view.scroll_to(y=self.origin, animate=False, immediate=True)
        self.origin = None

    def chosen(self, hits: list[Hit], position: int) -> str:
        """Enter on a result: jump to it; returns the counter ("3/14", in document order)."""
        chosen = hits[position]
        order = {b.id: i for i, b in enumerate(self._view().article.blocks)}
        self.hits = sorted(hits, key=lambda h: (order.get(h.block, len(order)), h.start))
        self.position = self.hits.index(chosen)
        self.origin = None
        shown = self.show(self.origin_block)
        self.origin_block = None
        return shown

    def step(self, step: int) -> str | None:
        """n / N: the next or previous result in document order; None when there was no search."""
        if not self.hits:
            return None
        step *= self.direction
        view = self._view()
        if self._landed is not None and view.scroll_y == self._landed:
            self.position = (self.position + step) % len(self.hits)
        else:  # moved since: from the place being read, as less does
            self.position = self._from_here(step)
        return self.show()

    def _from_here(self, step: int) -> int:
        view = self._view()
        here = view.scroll_y + 2  # a jump lands a result two lines below the top
        lines = [view.line_of(h.block, h.start) for h in self.hits]
        known = [(i, line) for i, line in enumerate(lines) if line is not None]
        after = [i for i, line in known if line > here]
        before = [i for i, line in known if line < here]
        if step > 0:
            first = after[0] if after else 0
            return (first + step - 1) % len(self.hits)
        last = before[-1] if before else len(self.hits) - 1
        return (last + step + 1) % len(self.hits)

    def show(self, origin: str | None = None) -> str:
        """Jump to the current hit; returns the counter."""
        hit = self.hits[self.position]
        self._jump(hit.block, (hit.start, hit.end), origin)
        self._landed = self._view().scroll_y
        return counter(self.position, len(self.hits))
