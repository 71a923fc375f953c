"""Moving through the article: scrolling, sections, jumps with a way back, and marks.

`Navigator` is the reading screen's part that only moves the view; the screen
owns one and its key actions call it. It holds the jump origin for `''` and the
back / forward history (`ctrl+o` / `ctrl+n`, vim's jump list), so every kind of
jump (search, panels, marks, sections, top, bottom, a line, a percentage) goes
back the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.model import Article, Section
from reader.store.state import ArticleState
from reader.ui.widgets.article_view import ArticleView

HISTORY = 100
"""Places kept in the back history."""


class Navigator:
    """Scroll, jump and mark on one article view; `notify` reports what cannot be done."""

    def __init__(self, view: Callable[[], ArticleView], notify: Callable[[str], None]) -> None:
        self._view = view
        self._notify = notify
        self.jumped_from: str | None = None
        """The block at the top before the last jump: where `''` returns."""
        self.back_stack: list[str] = []
        self.forward_stack: list[str] = []

    @property
    def view(self) -> ArticleView:
        """The article view (looked up each time: the screen may recompose)."""
        return self._view()

    def lines(self, count: int) -> None:
        """Scroll by lines."""
        self.view.scroll_relative(y=count, animate=False, immediate=True)

    def pages(self, count: int) -> None:
        """Scroll by pages."""
        self.view.scroll_relative(y=count * self.page_height(), animate=False, immediate=True)

    def half_pages(self, direction: int) -> None:
        """Scroll by half a page."""
        self.view.scroll_relative(y=direction * max(1, self.page_height() // 2), animate=False, immediate=True)

    def page_height(self) -> int:
        """Lines in one page of the view."""
        return max(1, self.view.scrollable_content_region.height)

    def top(self) -> None:
        """Go to the start (a jump: `''` and `ctrl+o` come back)."""
        self.remember()
        self.view.scroll_home(animate=False, immediate=True)

    def bottom(self) -> None:
        """Go to the end (a jump)."""
        self.remember()
        self.view.scroll_end(animate=False, immediate=True)

    def to_line(self, line: int) -> None:
        """Go to a line of the text as shown, 1-based (`10G`)."""
        self.remember()
        self.view.scroll_to(y=max(0, line - 1), animate=False, force=True, immediate=True)

    def to_percent(self, percent: int) -> None:
        """Go to a point `percent` of the way through (`50%`, `25p`)."""
        self.remember()
        view = self.view
        view.scroll_to(
            y=round(view.max_scroll_y * max(0, min(100, percent)) / 100), animate=False, force=True, immediate=True
        )

    # ----- history ----------------------------------------------------------
    def remember(self, origin: str | None = None) -> None:
        """A jump is about to leave `origin` (default: the block at the top): keep it for `''` and `ctrl+o`."""
        here = origin or self.view.top_block()
        if here is None:
            return
        self.jumped_from = here
        if not self.back_stack or self.back_stack[-1] != here:
            self.back_stack.append(here)
            del self.back_stack[:-HISTORY]
        self.forward_stack.clear()

    def travel(self, step: int) -> bool:
        """`ctrl+o` (step -1) or `ctrl+n` (1); says so when there is nowhere to go."""
        moved = self.back() if step < 0 else self.forward()
        if not moved:
            self._notify("no earlier place to go back to" if step < 0 else "no later place: ctrl+o goes back first")
        return moved

    def back(self) -> bool:
        """`ctrl+o`: to the place before the last jump; False when there is none."""
        return self._travel(self.back_stack, self.forward_stack)

    def forward(self) -> bool:
        """`ctrl+n`: undo a `ctrl+o`; False when there is nothing ahead."""
        return self._travel(self.forward_stack, self.back_stack)

    def _travel(self, source: list[str], other: list[str]) -> bool:
        here = self.view.top_block()
        while source and source[-1] == here:
            source.pop()
        if not source:
            return False
        target = source.pop()
        if here is not None:
            other.append(here)
            self.jumped_from = here
        self.view.scroll_to_block(target, margin=0)
        return True

    def jump(
        self,
        article: Article,
        block: str,
        span: tuple[int, int] | None = None,
        *,
        flash: bool = True,
        margin: int = 2,
        origin: str | None = None,
    ) -> bool:
        """Scroll to a block (and mark `span` in it), remembering where we came from (`origin`, default the top)."""
        view = self.view
        if block not in {b.id for b in article.blocks}:
            self._notify("that passage is not in this article")
            return False
        self.remember(origin)
        view.scroll_to_block(block, span[0] if span else 0, margin=margin)
        view.selected = block
        if span:
            view.set_match(block, *span)
        if flash:
            view.flash(block)
        return True

    def section_target(self, article: Article, current_block: str | None, step: int) -> str | None:
        """The section id `[` (step < 0) or `]` (step > 0) goes to from the block being read.

        None means the beginning of the article: `[` from the first section, or
        when there are no sections. Before the first section (the title, the
        standfirst), `]` goes to the first section, not the second.
        """
        sections = [s for s in article.sections if s.heading_block] or [s for s in article.sections if s.blocks]
        if not sections:
            return None
        current = article.section_of(current_block) if current_block else None
        ids = [s.id for s in sections]
        if current is None or current.id not in ids:
            return ids[min(len(ids), step) - 1] if step > 0 else None
        here = ids.index(current.id)
        if step > 0 and here == 0 and self._above(current):
            step -= 1  # at the top, the first section's heading is still below: ] goes there first
        if step < 0 and not self._above(current) and self.view.scroll_y > (self._start_line(current) or 0):
            step += 1  # inside a section, [ first goes to its own start
        target = here + step
        if target < 0:
            return None
        return ids[min(len(ids) - 1, target)]

    @staticmethod
    def section_start(article: Article, section_id: str) -> str | None:
        """The block a section starts with: its heading, or its first block."""
        section = next((s for s in article.sections if s.id == section_id), None)
        if section is None:
            return None
        return section.heading_block or (section.blocks[0] if section.blocks else None)

    @staticmethod
    def first_mention(article: Article, entity_id: str) -> tuple[str, tuple[int, int]] | None:
        """The block and span of an entity's first mention."""
        entity = next((e for e in article.entities if e.id == entity_id), None)
        if entity is None or not entity.mentions:
            return None
        m = entity.mentions[0]
        return m.block, (m.start, m.end)

    def _start_line(self, section: Section) -> int | None:
        start = section.heading_block or (section.blocks[0] if section.blocks else None)
        return self.view.line_of(start) if start else None

    def _above(self, section: Section) -> bool:
        """Whether the section's start is still below the top of the view (more than its margin)."""
        line = self._start_line(section)
        return line is not None and line > self.view.scroll_y + 2

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
