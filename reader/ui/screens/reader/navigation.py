"""Moving through the article: scrolling, sections, jumps with a way back, and marks.

`Navigator` is the reading screen's part that only moves the view; the screen
owns one and its key actions call it. It holds the jump origin for `''`, so
every kind of jump (search, panels, marks) goes back the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.model import Article
from reader.store.state import ArticleState
from reader.ui.widgets.article_view import ArticleView


class Navigator:
    """Scroll, jump and mark on one article view; `notify` reports what cannot be done."""

    def __init__(self, view: Callable[[], ArticleView], notify: Callable[[str], None]) -> None:
        self._view = view
        self._notify = notify
        self.jumped_from: str | None = None
        """The block at the top before the last jump: where `''` returns."""

    @property
    def view(self) -> ArticleView:
        """The article view (looked up each time: the screen may recompose)."""
        return self._view()

    def lines(self, count: int) -> None:
        """Scroll by lines."""
        self.view.scroll_relative(y=count, animate=False)

    def pages(self, count: int) -> None:
        """Scroll by pages."""
        self.view.scroll_relative(y=count * self.page_height(), animate=False)

    def half_pages(self, direction: int) -> None:
        """Scroll by half a page."""
        self.view.scroll_relative(y=direction * max(1, self.page_height() // 2), animate=False)

    def page_height(self) -> int:
        """Lines in one page of the view."""
        return max(1, self.view.scrollable_content_region.height)

    def top(self) -> None:
        """Go to the start."""
        self.view.scroll_home(animate=False)

    def bottom(self) -> None:
        """Go to the end."""
        self.view.scroll_end(animate=False)

    def jump(
        self, article: Article, block: str, span: tuple[int, int] | None = None, *, flash: bool = True, margin: int = 2
    ) -> bool:
        """Scroll to a block (and mark `span` in it), remembering where we came from for `''`."""
        view = self.view
        if block not in {b.id for b in article.blocks}:
            self._notify("that passage is not in this article")
            return False
        self.jumped_from = view.top_block()
        view.scroll_to_block(block, span[0] if span else 0, margin=margin)
        view.selected = block
        if span:
            view.set_match(block, *span)
        if flash:
            view.flash(block)
        return True

    def section_target(self, article: Article, current_block: str | None, step: int) -> str | None:
        """The section id `[` (step -1) or `]` (step 1) goes to from the block being read."""
        sections = [s for s in article.sections if s.heading_block or s.blocks]
        if not sections:
            return None
        current = article.section_of(current_block) if current_block else None
        ids = [s.id for s in sections]
        here = ids.index(current.id) if current and current.id in ids else 0
        if step < 0 and current is not None:
            start = current.heading_block or (current.blocks[0] if current.blocks else None)
            line = self.view.line_of(start) if start else None
            if line is not None and self.view.scroll_y > line:
                step = 0  # inside a section, [ first goes to its own start
        return ids[max(0, min(len(ids) - 1, here + step))]

    def set_mark(self, place: ArticleState, letter: str | None) -> bool:
        """Remember the block at the top under `letter`; False when nothing was set."""
        block = self.view.top_block()
        if not letter or letter == "'" or block is None:
            return False
        place.marks[letter] = block
        return True

    def mark_target(self, place: ArticleState, letter: str) -> str | None:
        """The block a mark names (`'` is the place before the last jump)."""
        return self.jumped_from if letter == "'" else place.marks.get(letter)
