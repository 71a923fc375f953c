"""The article itself: one line-API widget, fast at any length.

Only the visible lines are rendered (`render_line`); wrapping computes break
offsets for every item once per width, and styled `Content` is built lazily for
the items on screen. One widget per paragraph costs seconds at 1 MB; this costs
a fraction of one. Appearance comes from the component classes below, styled
in `styles/reader.tcss`.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.style import Style as RichStyle
from textual import events
from textual.actions import SkipAction
from textual.content import Content, Span
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from reader.core.model import Article
from reader.ui.widgets import article_lines as lines
from reader.ui.widgets.article_paint import COMPONENTS, GUTTER, block_spans, gutter
from reader.ui.widgets.component_style import component_style
from reader.ui.widgets.view_model import Highlights, Item, build_highlights, build_items

MEASURE = 80
"""Longest comfortable line, in cells; wider panes get a wider margin."""
_CACHE_LIMIT = 4000
SOURCING_CLASS = "-sourcing"
"""State class while the gutter is shaded by sourcing strength (the `S` key)."""


class ViewMessage(Message):
    """What the article view says up to its screen; `control` is the view (for `@on(..., "#id")`)."""

    def __init__(self, view: ArticleView) -> None:
        super().__init__()
        self.view = view

    @property
    def control(self) -> ArticleView:
        return self.view


class ArticleView(ScrollView, can_focus=True):
    """Scrollable, wrapped, highlighted article text."""

    COMPONENT_CLASSES = COMPONENTS

    show_highlights: reactive[bool] = reactive(True)
    """Entity, quote and amendment highlighting (the `h` key)."""
    show_removed: reactive[bool] = reactive(False)
    """Show the clutter the parser set aside, dimmed (the `r` key)."""
    show_sourcing: reactive[bool] = reactive(False)
    """Shade each paragraph's gutter by how well it is sourced (the `S` key)."""

    class Moved(ViewMessage):
        """The view scrolled: the block now at the top and how far through we are."""

        def __init__(self, view: ArticleView, block: str | None, percent: int) -> None:
            super().__init__(view)
            self.block, self.percent = block, percent

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ArticleView.Moved)

    class Painted(ViewMessage):
        """The text has been drawn for the first time: slower work can start now."""

    class Clicked(ViewMessage):
        """A block was clicked: it becomes the current passage."""

        def __init__(self, view: ArticleView, block: str) -> None:
            super().__init__(view)
            self.block = block

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article
        self._items: list[Item] = build_items(article)
        self._index = lines.item_index(article, self._items)
        self._highlights: Highlights = build_highlights(article)
        self._width = 0
        self._offsets: list[list[int]] = []
        self._starts: list[int] = []
        self._content: dict[int, list[Content]] = {}
        self._strips: dict[int, Strip] = {}
        self._styles: dict[str, Style] = {}
        self._base: tuple[RichStyle, Style] | None = None
        self._match: tuple[str, int, int] | None = None
        self._flash: set[str] = set()
        self._last_moved: tuple[str | None, int] | None = None
        self._painted = False
        self._selected: str | None = None
        self._current: str | None = None

    # ----- attributes down -------------------------------------------------
    @property
    def selected(self) -> str | None:
        """The block last clicked or jumped to: the current passage while any line of it is on screen."""
        return self._selected

    @selected.setter
    def selected(self, block: str | None) -> None:
        self._selected = block
        self._update_current()

    def set_article(self, article: Article) -> None:
        """Show a new version of the article (after analysis), keeping the place."""
        anchor = self.top_block()
        self.article = article
        self._highlights = build_highlights(article)
        self._relayout(anchor)

    @property
    def has_match(self) -> bool:
        """Whether a search match is highlighted."""
        return self._match is not None

    def set_match(self, block: str | None, start: int = 0, end: int = 0) -> None:
        """Highlight a search match (or clear it with `None`)."""
        self._match = (block, start, end) if block else None
        self._invalidate()

    def flash(self, *blocks: str, seconds: float = 1.5) -> None:
        """Tint whole passages briefly, so the eye finds where a jump landed."""
        self._flash = set(blocks)
        self._invalidate()
        self.set_timer(seconds, self._end_flash, name="flash")

    def _end_flash(self) -> None:
        self._flash = set()
        self._invalidate()

    def watch_show_highlights(self) -> None:
        self._invalidate()

    def watch_show_sourcing(self, show: bool) -> None:
        self.set_class(show, SOURCING_CLASS)
        self._styles.clear()
        self._invalidate()

    def watch_show_removed(self) -> None:
        self._relayout(self.top_block() if self.scroll_y else None)  # at the top, stay at the very top

    # ----- geometry ---------------------------------------------------------
    @property
    def text_width(self) -> int:
        """Cells available to the text of one line at the current size."""
        return max(8, min(MEASURE, self.scrollable_content_region.width - GUTTER))

    def _relayout(self, anchor: str | None) -> None:
        self._items = build_items(self.article, show_removed=self.show_removed)
        self._index = lines.item_index(self.article, self._items)
        self._width = 0
        if self.is_mounted and self.scrollable_content_region.width:
            self._rewrap()
            if anchor:
                self.scroll_to_block(anchor, margin=0)
        self._invalidate()

    def _rewrap(self) -> None:
        width = self.text_width
        self._width = width
        first = not self._starts
        self._offsets, self._starts, y = lines.wrap(self._items, width)
        self._content.clear()
        self._strips.clear()
        self._current = None
        self.virtual_size = Size(self.scrollable_content_region.width, y + 1)
        self._update_current()
        if first:
            self.call_after_refresh(self.report_position)

    def report_position(self) -> None:
        """Post `Moved` for the current place (also sent on every scroll)."""
        self._last_moved = (self.top_block(), self.percent)
        self.post_message(self.Moved(self, *self._last_moved))

    # Textual's own scroll keys (arrows, PageUp/PageDown, Home/End) animate over ~17 frames,
    # re-rendering the page each frame; a pager jumps at once, as j/k, space and b already do.
    # Textual's own scroll keys (arrows, PageUp/PageDown, Home/End) jump at once instead of animating.
    def action_scroll_up(self) -> None:
        self._step(lambda: self.scroll_up(animate=False, immediate=True))

    def action_scroll_down(self) -> None:
        self._step(lambda: self.scroll_down(animate=False, immediate=True))

    def action_page_up(self) -> None:
        self._step(lambda: self.scroll_relative(y=-self._page, animate=False, immediate=True))

    def action_page_down(self) -> None:
        self._step(lambda: self.scroll_relative(y=self._page, animate=False, immediate=True))

    def action_scroll_home(self) -> None:
        self._step(lambda: self.scroll_home(animate=False, immediate=True))

    def action_scroll_end(self) -> None:
        self._step(lambda: self.scroll_end(animate=False, immediate=True))

    @property
    def _page(self) -> int:
        return self.scrollable_content_region.height

    def _step(self, scroll: Callable[[], object]) -> None:
        if not self.allow_vertical_scroll:
            raise SkipAction()
        scroll()

    def on_resize(self, event: events.Resize) -> None:
        self._sync_width()
        self._update_current()  # a taller or shorter view shows other passages

    def _sync_width(self) -> None:
        if self.scrollable_content_region.width and self.text_width != self._width:
            anchor = self.top_block() if self._starts else None
            self._rewrap()
            if anchor:
                self.scroll_to_block(anchor, margin=0)

    def item_at(self, y: int) -> int:
        """Index of the item drawn on virtual line `y` (or the one above a gap)."""
        return lines.item_at(self._starts, y)

    def top_block(self) -> str | None:
        """The block at the top of the view (skipping removed clutter)."""
        return lines.top_block(self._items, self._starts, int(self.scroll_y))

    def _laid_out(self) -> bool:
        return bool(self._starts) and len(self._starts) == len(self._items)

    def current_block(self) -> str | None:
        """The current passage, marked in the gutter: what `y` copies (see `article_lines.current_passage`)."""
        if not self._laid_out():
            return self._selected or self.top_block()  # not laid out (yet, or since the items changed)
        height = self.scrollable_content_region.height
        return lines.current_passage(
            self._items,
            self._starts,
            self._offsets,
            self._index,
            top=int(self.scroll_y),
            height=height,
            selected=self._selected,
        )

    def _update_current(self) -> None:
        """Move the gutter mark when the current passage changes, redrawing only its lines."""
        laid_out = self._laid_out()
        current = self.current_block() if laid_out else None
        if current == self._current:
            return
        for key in (self._current, current):
            index = self._index.get(key) if key and laid_out else None
            if index is not None:
                for vy in lines.lines_of(self._starts, self._offsets, index):
                    self._strips.pop(vy, None)
        self._current = current
        self.refresh()

    def line_of(self, block: str, offset: int = 0) -> int | None:
        """Virtual line showing character `offset` of a block, once laid out."""
        index = self._index.get(block)
        return None if index is None or not self._starts else lines.line_of(self._starts, self._offsets, index, offset)

    def scroll_to_block(self, block: str, offset: int = 0, *, margin: int = 2) -> bool:
        """Bring a block (and the line holding `offset`) near the top; False if unknown."""
        if block not in self._index:
            return False
        if not self._starts and self.is_mounted and self.scrollable_content_region.width:
            self._rewrap()
        line = self.line_of(block, offset)
        if line is None:
            self.call_after_refresh(self.scroll_to_block, block, offset, margin=margin)
            return True
        self.scroll_to(y=max(0, line - margin), animate=False, force=True, immediate=True)
        return True

    @property
    def percent(self) -> int:
        """How far through the article the view is, 0-100."""
        limit = self.max_scroll_y
        return 100 if limit <= 0 else round(100 * self.scroll_y / limit)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._update_current()
        state = (self.top_block(), self.percent)
        if state != self._last_moved:
            self._last_moved = state
            self.post_message(self.Moved(self, *state))

    # ----- rendering --------------------------------------------------------
    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._base = None
        self._invalidate()

    def _invalidate(self) -> None:
        self._content.clear()
        self._strips.clear()
        self.refresh()

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = component_style(self, f"article-view--{name}")
        return style

    def _styled(self, index: int) -> list[Content]:
        lines = self._content.get(index)
        if lines is not None:
            return lines
        item = self._items[index]
        spans: list[Span] = []
        if item.kind != "paragraph":
            spans.append(Span(0, len(item.text), self._style(item.kind.replace("_", "-"))))
        if item.kind != "removed":
            key, hl = item.key, self._highlights
            flashing = key in self._flash
            spans += block_spans(
                self.article,
                key,
                hl,
                self._style,
                show_highlights=self.show_highlights,
                flashing=flashing,
                match=self._match,
            )
        # One Content with every span: stylize() per span would copy the list each time.
        content = Content(item.text, spans, strip_control_codes=False)
        if len(self._content) > _CACHE_LIMIT:
            self._content.clear()
        lines = self._content[index] = content.divide(self._offsets[index])
        return lines

    def _gutter(self, item: Item) -> Content:
        mark = self._highlights.gutter.get(item.key) if self.show_highlights else None
        shade = None
        if self.show_sourcing and item.kind != "removed":
            sourcing = self.article.block(item.key).sourcing
            shade = sourcing.strength if sourcing is not None else None
        return gutter(mark, shade, item.key == self._current, self._style)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        if self._base is None:
            # Widget.rich_style / visual_style walk the DOM on each call: once per style change is enough.
            self._base = (self.rich_style, self.visual_style)
        rich_style = self._base[0]
        if self._width != self.text_width or not self._starts:
            self.call_later(self._sync_width)
            return Strip.blank(width, rich_style)
        if not self._painted:
            # render_line runs inside the compositor's update, which writes the frame
            # before any message is handled: the screen hears this after the paint.
            self._painted = True
            self.post_message(self.Painted(self))
        vy = y + scroll_y
        strip = self._strips.get(vy)
        if strip is None:
            strip = self._render_virtual(vy).extend_cell_length(width, rich_style)
            if len(self._strips) > _CACHE_LIMIT:
                self._strips.clear()
            self._strips[vy] = strip
        return strip.crop(scroll_x, scroll_x + width)

    def _render_virtual(self, vy: int) -> Strip:
        if not self._items:
            return Strip.blank(0)
        index = self.item_at(vy)
        row = vy - self._starts[index]
        if row < 0 or row > len(self._offsets[index]):
            return Strip.blank(0)
        item = self._items[index]
        prefix = Content(item.first_prefix if row == 0 else item.rest_prefix)
        if prefix.plain:
            prefix = prefix.stylize(self._style("prefix"))
        line = self._gutter(item) + prefix + self._styled(index)[row].rstrip()
        base = self._base[1] if self._base else self.visual_style
        return Strip(line.render_segments(base), line.cell_length)

    # ----- mouse ------------------------------------------------------------
    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self._items:
            return
        item = self._items[self.item_at(offset.y + int(self.scroll_y))]
        if item.kind != "removed":
            self.selected = item.key
            self.post_message(self.Clicked(self, item.key))
