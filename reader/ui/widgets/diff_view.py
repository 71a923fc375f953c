"""One column of the compare view: a line-API widget, fast at any length.

Like `ArticleView`, only the visible lines are rendered and wrapping keeps
break offsets per row, so two 1 MB versions side by side scroll as one does.
What it draws comes from `diff_rows` (pure); how it looks comes from the
component classes below, styled in `styles/compare.tcss`.
"""

from __future__ import annotations

from bisect import bisect_right

from textual import events
from textual.content import Content, Span
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from reader.ui.widgets.component_style import component_style
from reader.ui.widgets.diff_rows import Row
from reader.ui.widgets.view_model import wrap_offsets

GUTTER = 2
"""Cells left of the text for the change mark (+ - ~ ↕)."""


class DiffView(ScrollView, can_focus=True):
    """Scrollable, wrapped rows of one version with its changes highlighted."""

    COMPONENT_CLASSES = {
        "diff-view--ins",
        "diff-view--del",
        "diff-view--old",
        "diff-view--title",
        "diff-view--heading",
        "diff-view--meta",
        "diff-view--placeholder",
        "diff-view--current",
        "diff-view--mark",
        "diff-view--mark-silent",
    }

    def __init__(self, rows: list[Row], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows = rows
        self.current: int | None = None
        """Index of the change stepped to with ] / [ (tinted)."""
        self._first_row: dict[int, int] = {}
        for k, row in enumerate(rows):
            if row.change is not None:
                self._first_row.setdefault(row.change, k)
        self._width = 0
        self._offsets: list[list[int]] = []
        self._starts: list[int] = []
        self._lines: dict[int, list[Content]] = {}
        self._styles: dict[str, Style] = {}
        self._pending = False
        self._scroll_on_layout: int | None = None

    # ----- attributes down -------------------------------------------------
    def show_change(self, index: int | None) -> bool:
        """Tint change `index` and bring its first row near the top; False if this column lacks it."""
        self.current = index
        self._lines.clear()
        self.refresh()
        row = self._first_row.get(index) if index is not None else None
        if row is None:
            return False
        if self._starts:
            self.scroll_to(y=max(0, self._starts[row] - 2), animate=False, force=True)
        else:
            self._scroll_on_layout = row  # not laid out yet (or hidden): scroll there once it is
        return True

    def line_of_change(self, index: int) -> int | None:
        """Virtual line where change `index` starts in this column, once laid out."""
        row = self._first_row.get(index)
        return self._starts[row] if row is not None and self._starts else None

    def row_at_top(self) -> int:
        """Index of the row drawn at the top of the view."""
        return max(0, bisect_right(self._starts, int(self.scroll_y)) - 1) if self._starts else 0

    # ----- geometry ---------------------------------------------------------
    @property
    def text_width(self) -> int:
        """Cells for the text of one line."""
        return max(8, self.scrollable_content_region.width - GUTTER)

    def _rewrap(self) -> None:
        self._width = self.text_width
        self._offsets, self._starts, y = [], [], 0
        for row in self.rows:
            self._starts.append(y)
            offsets = wrap_offsets(row.text, self._width)
            self._offsets.append(offsets)
            y += len(offsets) + 2
        self._lines.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, y)

    def on_resize(self, event: events.Resize) -> None:
        if not self._pending:
            self._pending = True  # several resizes while the layout settles: wrap once, at the last size
            self.call_after_refresh(self._relayout)

    def _relayout(self) -> None:
        self._pending = False
        if not self.scrollable_content_region.width or self.text_width == self._width:
            return
        top = self.row_at_top() if self._scroll_on_layout is None else self._scroll_on_layout
        margin = 0 if self._scroll_on_layout is None else 2
        self._scroll_on_layout = None
        self._rewrap()
        if self._starts:
            y = self._starts[min(top, len(self._starts) - 1)] - margin
            self.scroll_to(y=max(0, y), animate=False, force=True)

    # ----- rendering --------------------------------------------------------
    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._lines.clear()

    def _style(self, name: str) -> Style:
        if name not in self._styles:
            self._styles[name] = component_style(self, f"diff-view--{name}")
        return self._styles[name]

    def _styled(self, k: int) -> list[Content]:
        lines = self._lines.get(k)
        if lines is None:
            row = self.rows[k]
            spans: list[Span] = []
            whole = {"title": "title", "heading": "heading", "meta": "meta", "placeholder": "placeholder", "old": "old"}
            if row.kind in whole:
                spans.append(Span(0, len(row.text), self._style(whole[row.kind])))
            if row.change is not None and row.change == self.current:
                spans.append(Span(0, len(row.text), self._style("current")))
            spans.extend(Span(a, b, self._style(name)) for a, b, name in row.spans)
            content = Content(row.text, spans, strip_control_codes=False)
            if len(self._lines) > 2000:
                self._lines.clear()
            lines = self._lines[k] = content.divide(self._offsets[k])
        return lines

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if self._width != self.text_width or not self._starts:
            if width and not self._pending:
                self._pending = True  # once: render_line runs for every visible line
                self.call_later(self._relayout)
            return Strip.blank(width, self.rich_style)
        vy = y + int(self.scroll_y)
        k = max(0, bisect_right(self._starts, vy) - 1)
        if not self.rows or k >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        n = vy - self._starts[k]
        lines = self._styled(k)
        if n >= len(lines):
            return Strip.blank(width, self.rich_style)
        row = self.rows[k]
        mark = Content((row.mark if n == 0 else "").ljust(GUTTER))
        if row.mark:
            mark = mark.stylize(self._style("mark-silent" if row.silent else "mark"), 0, 1)
        line = mark + lines[n].rstrip()
        strip = Strip(line.render_segments(self.visual_style), line.cell_length)
        return strip.extend_cell_length(width, self.rich_style).crop(0, width)
