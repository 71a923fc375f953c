"""The reading screen: header, outline, article, sidebar panels, search, status.

It is handed a parsed Article and paints it at once; the analysis and the
search index are built in thread workers and arrive as messages, then the
panels and highlights light up. Children get attributes set (down) and report
with messages (up); no widget touches a sibling.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Footer

from reader.core.model import Article
from reader.store import ArticleState, Store
from reader.ui.messages import AnalysisFailed, AnalysisReady, IndexReady, ParseReady
from reader.ui.screens.commands import ArticleCommands
from reader.ui.screens.reader_search import ReaderSearch
from reader.ui.search_query import Searcher
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.header import ArticleHeader
from reader.ui.widgets.sidebar import Sidebar
from reader.ui.widgets.status import StatusBar

if TYPE_CHECKING:
    # The panels' modules load after first paint (`_fill_panels`); their messages
    # reach the handlers below by name (on_outline_selected ...), so no import is needed here.
    from reader.core.search import Hit
    from reader.ui.widgets.corrections import CorrectionsPanel
    from reader.ui.widgets.entities import EntityIndex
    from reader.ui.widgets.outline import Outline
    from reader.ui.widgets.passages import PassageList
    from reader.ui.widgets.quotes import QuoteList
    from reader.ui.widgets.search_bar import SearchBar
    from reader.ui.widgets.takeaways import Takeaways

IndexFactory = Callable[[Article], Searcher]
FOLLOW_DELAY = 0.12
"""Seconds of scroll quiet before the outline cursor follows."""
PANELS_FALLBACK = 0.5
"""Seconds after mount to add the panels even if the article view has not drawn."""
SAVE_DELAY = 2.0
"""Seconds of scroll quiet before the reading position is written."""


def search_index(article: Article) -> Searcher:
    """The real index, imported on first use: it loads rapidfuzz, which first paint does not need."""
    from reader.core.search import SearchIndex

    return SearchIndex(article)


class ReaderScreen(ReaderSearch):
    """One article, ready to read; can be pushed many times (one per open article)."""

    COMMANDS = {ArticleCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (90, "-medium"), (110, "-wide")]
    BINDINGS = [
        Binding("j,down", "scroll_lines(1)", "Line down", show=False),
        Binding("k,up", "scroll_lines(-1)", "Line up", show=False),
        Binding("space,f,pagedown", "scroll_pages(1)", "Page down", show=False),
        Binding("b,pageup", "scroll_pages(-1)", "Page up", show=False),
        Binding("d", "scroll_half(1)", "Half page down", show=False),
        Binding("u", "scroll_half(-1)", "Half page up", show=False),
        Binding("g,home", "top", "Top", show=False),
        Binding("G,shift+g,end", "bottom", "Bottom", show=False),
        Binding("left_square_bracket", "section(-1)", "Previous section", show=False),
        Binding("right_square_bracket", "section(1)", "Next section", show=False),
        Binding("slash", "search", "Search"),
        Binding("n", "search_step(1)", "Next match", show=False),
        Binding("N,shift+n", "search_step(-1)", "Previous match", show=False),
        Binding("t", "panel('takeaways')", "Takeaways"),
        Binding("c", "panel('corrections')", "Corrections"),
        Binding("e", "panel('entities')", "Entities"),
        Binding("quotation_mark", "panel('quotes')", "Quotes", key_display='"', show=False),
        Binding("o", "toggle_outline", "Outline", show=False),
        Binding("h", "toggle_highlights", "Highlights", show=False),
        Binding("r", "toggle_removed", "Show removed clutter", show=False),
        Binding("S,shift+s", "toggle_sourcing", "Shade the gutter by sourcing (legend below)", show=False),
        Binding("y", "copy", "Copy passage with citation", show=False),
        Binding("m", "mark", "Set a mark: m then a letter", show=False),
        Binding("apostrophe", "goto_mark", "Go to a mark: ' then its letter ('' goes back)", show=False),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("escape", "back", "Clear / back", show=False),
        Binding("q", "close", "Quit"),
    ]

    def __init__(
        self,
        article: Article,
        *,
        store: Store | None = None,
        top: bool = False,
        engine: object | None = None,
        index_factory: IndexFactory | None = None,
        nested: bool = False,
        jump: tuple[str, tuple[int, int] | None] | None = None,
        full_text: str | None = None,
    ) -> None:
        super().__init__()
        self.article = article
        self.full_text = full_text
        """Set when `article` is a quick parse of the head of a long text: the whole is parsed after first paint."""
        self.store = store or Store()
        self.engine = engine
        self.index_factory: IndexFactory = index_factory or search_index
        self.nested = nested
        """Opened from the library: q and Esc go back to it instead of quitting."""
        self.state: ArticleState = ArticleState() if top else self.store.load(article.source.sha256)
        self._start_at: tuple[str, tuple[int, int] | None] | None = jump
        self._hits: list[Hit] = []
        self._hit_position = 0
        self._search_origin: float | None = None
        self._last_jump_from: str | None = None
        self._current_block: str | None = None
        self._width_class = ""
        self._follow_timer: Timer | None = None
        self._save_timer: Timer | None = None
        self.panels_ready = False
        """True once the panels are filled and the search bar mounted (just after first paint)."""
        self._filling_panels = False
        self._outline: Outline | None = None
        self._bar: SearchBar | None = None
        self._restored = False

    @property
    def outline(self) -> Outline:
        """The outline (mounted just after first paint: check `panels_ready` first)."""
        assert self._outline is not None, "the outline is mounted after first paint"
        return self._outline

    @property
    def search_bar(self) -> SearchBar:
        """The search bar (mounted just after first paint: check `panels_ready` first)."""
        assert self._bar is not None, "the search bar is mounted after first paint"
        return self._bar

    # ----- layout -------------------------------------------------------------
    def compose(self) -> ComposeResult:
        # The width class now, not after the first resize: saves a restyle of every widget.
        self._width_class = self._class_for(self.app.size.width)
        self.add_class(self._width_class)
        # First paint needs the text; the panels' contents, the tabs and the footer
        # keys come right after it (`_fill_panels`), in boxes already the final
        # size, so the text shows sooner and never re-wraps when they arrive.
        yield ArticleHeader(self.article, id="header")
        with Horizontal(id="body"):
            yield Vertical(id="outline-slot")
            yield ArticleView(self.article, id="article")
            yield Sidebar(id="sidebar")
        yield StatusBar(id="status")
        yield Vertical(id="footer-slot")

    def on_mount(self) -> None:
        self.call_after_refresh(self._restore)
        for notice in self.store.notices:
            self.notify(notice, severity="warning", title="Saved state", markup=False)
        self.store.notices.clear()
        # Panel rows carry their colours: rebuild them when the theme changes.
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.call_after_refresh(self._show, self.article))
        # The view posts Painted after its first frame; the timer covers a view too small to draw.
        self.set_timer(PANELS_FALLBACK, self._fill_panels)

    @on(ArticleView.Painted)
    async def _painted(self) -> None:
        await self._fill_panels()

    async def _fill_panels(self) -> None:
        if self.panels_ready or self._filling_panels:
            return
        self._filling_panels = True
        from reader.ui.widgets.outline import Outline
        from reader.ui.widgets.search_bar import SearchBar

        footer = Footer()
        self._fit_footer(footer)
        await self.query_one("#footer-slot").mount(footer)
        self.view.focus()
        self.refresh_bindings()  # the footer shows keys once told the bindings changed
        slot = self.query_one("#outline-slot")
        # Mounted and removed in one go: the article never sees a frame without the box.
        await asyncio.gather(self.query_one("#body").mount(Outline(id="outline"), before=slot), slot.remove())
        await self.query_one(Sidebar).fill()
        bar = SearchBar(id="search")
        bar.display = False
        await self.mount(bar, before=self.query_one(StatusBar))
        self._outline, self._bar = self.query_one(Outline), bar
        self.panels_ready = True
        self._show(self.article)
        # Threads share the GIL: start the slow work once the text is on screen.
        self._start_work()

    def _start_work(self) -> None:
        if self.full_text is not None:
            self._parse_full(self.full_text)  # then analysis and index, from the whole text
        elif self.article.analysed:
            self._build_index(self.article)
        else:
            self._analyse()  # the index is built from the analysed article (quote and entity scopes)

    def on_resize(self, event: events.Resize) -> None:
        # A new width class brings back that width's default panels: a toggle
        # made at another width should not hide the article in a narrow terminal.
        width_class = self._class_for(event.size.width)
        if width_class != self._width_class:
            self._width_class = width_class
            for footer in self.query(Footer):
                self._fit_footer(footer)
            self.remove_class("-outline-on", "-outline-off", "-sidebar-on", "-sidebar-off")

    def _fit_footer(self, footer: Footer) -> None:
        # Narrow: key hints closer together and no "^p Commands" (ctrl+p still works; ? lists it), so q fits.
        narrow = self._width_class == "-narrow"
        footer.compact = narrow
        footer.show_command_palette = not narrow

    def _class_for(self, width: int) -> str:
        return [name for least, name in self.HORIZONTAL_BREAKPOINTS if width >= least][-1]

    def _show(self, article: Article) -> None:
        self.query_one(ArticleHeader).set_article(article)
        if not self.panels_ready:
            return
        self.outline.set_article(article)
        self.query_one(Sidebar).set_article(article)

    def _restore(self) -> None:
        target = self._start_at[0] if self._start_at is not None else self.state.position
        if target and self.full_text is not None and target not in {b.id for b in self.article.blocks}:
            return  # beyond the head shown first: restored once the whole text is parsed
        self._restored = True
        if self._start_at is not None:
            block, span = self._start_at
            self.jump(block, span, flash=span is None)
        elif self.state.position:
            self.view.scroll_to_block(self.state.position, margin=0)

    # ----- workers ------------------------------------------------------------
    @work(thread=True, exclusive=True, group="parse")
    def _parse_full(self, text: str) -> None:
        from reader.core import parse_article

        try:
            article = parse_article(text, source=self.article.source)
        except Exception as exc:  # keep reading the head rather than crash
            self.post_message(AnalysisFailed(f"parse: {type(exc).__name__}: {exc}"))
            return
        self.post_message(ParseReady(article))

    @on(ParseReady)
    def _parsed(self, message: ParseReady) -> None:
        self.full_text = None
        self.article = message.article
        self.view.set_article(message.article)
        self._show(message.article)
        if not self._restored:
            self._restore()
        self._start_work()

    @work(thread=True, exclusive=True, group="analysis")
    def _analyse(self) -> None:
        # Imported here, in the worker thread: the analysis stages are not needed for first paint.
        from reader.core import analyse

        try:
            result = analyse(self.article, engine=self.engine)
        except Exception as exc:  # the analysis is an extra: reading must go on
            self.post_message(AnalysisFailed(f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(AnalysisReady(result))

    @work(thread=True, exclusive=True, group="index")
    def _build_index(self, article: Article) -> None:
        try:
            index = self.index_factory(article)
        except Exception as exc:
            self.post_message(AnalysisFailed(f"search index: {type(exc).__name__}: {exc}"))
            return
        self.post_message(IndexReady(index))

    @on(AnalysisReady)
    def _analysed(self, message: AnalysisReady) -> None:
        self.article = message.article
        self.view.set_article(message.article)
        self._show(message.article)
        self._build_index(message.article)

    @on(AnalysisFailed)
    def _failed(self, message: AnalysisFailed) -> None:
        self.notify(f"analysis failed, showing the text only ({message.error})", severity="error", markup=False)

    @on(IndexReady)
    def _indexed(self, message: IndexReady) -> None:
        if not self.panels_ready:
            return
        bar = self.search_bar
        bar.index = message.index
        if bar.display:
            bar.refresh_results()

    # ----- following the scroll -----------------------------------------------
    @on(ArticleView.Moved)
    def _moved(self, message: ArticleView.Moved) -> None:
        status = self.query_one(StatusBar)
        status.percent = message.percent
        self._current_block = message.block
        section = self.article.section_of(message.block) if message.block else None
        status.section = (section.title if section else None) or "Beginning"
        # Moving the outline cursor re-measures a long OptionList: do it once scrolling pauses.
        if self._follow_timer is not None:
            self._follow_timer.stop()
        target = section.id if section else None
        self._follow_timer = self.set_timer(FOLLOW_DELAY, lambda: self._follow(target))
        # Save the place soon after reading stops, so a killed terminal loses little.
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.save_state)

    def _follow(self, section: str | None) -> None:
        if self.panels_ready:
            self.outline.follow(section)

    @on(ArticleView.Clicked)
    def _clicked(self, message: ArticleView.Clicked) -> None:
        self.view.flash(message.block, seconds=0.4)

    def jump(self, block: str, span: tuple[int, int] | None = None, *, flash: bool = True, margin: int = 2) -> bool:
        """Scroll to a block (and mark `span` in it); remembers where we came from for ''."""
        view = self.view
        if block not in {b.id for b in self.article.blocks}:
            self.notify("that passage is not in this article", severity="warning")
            return False
        self._last_jump_from = view.top_block()
        self.query_one(StatusBar).note = ""
        view.scroll_to_block(block, span[0] if span else 0, margin=margin)
        view.selected = block
        if span:
            view.set_match(block, *span)
        if flash:
            view.flash(block)
        return True

    def go_to_section(self, section_id: str) -> None:
        """Jump to a section's heading (or its first block)."""
        section = next((s for s in self.article.sections if s.id == section_id), None)
        if section is None:
            return
        target = section.heading_block or (section.blocks[0] if section.blocks else None)
        if target:
            self.jump(target, flash=False, margin=0)

    def go_to_entity(self, entity_id: str) -> None:
        """Jump to an entity's first mention."""
        entity = next((e for e in self.article.entities if e.id == entity_id), None)
        if entity and entity.mentions:
            m = entity.mentions[0]
            self.jump(m.block, (m.start, m.end), flash=False)

    # ----- panels -------------------------------------------------------------
    def on_outline_selected(self, message: Outline.Selected) -> None:
        target = message.target
        if target.kind == "section" and target.section:
            self.go_to_section(target.section)
            return
        kind = {"takeaways": "takeaway", "faq": "faq_question"}.get(target.kind)
        block = next((b.id for b in self.article.blocks if b.kind == kind), None) if kind else None
        if target.section:
            self.go_to_section(target.section)
        elif block:
            self.jump(block)
        if target.kind in ("takeaways", "corrections"):
            self.action_panel(target.kind)

    def on_takeaways_selected(self, message: Takeaways.Selected) -> None:
        takeaway = message.takeaway
        blocks = takeaway.support or ((takeaway.block,) if takeaway.block else ())
        if not blocks:
            self.notify("no supporting passage found for this takeaway", severity="warning")
            return
        self.jump(blocks[0], flash=False)
        self.view.flash(*blocks)

    def on_corrections_panel_selected(self, message: CorrectionsPanel.Selected) -> None:
        span = (message.start, message.end) if message.end > message.start else None
        self.jump(message.block, span, flash=False)
        c = message.correction
        self.view.flash(*{b for b in (c.block, c.claim.block if c.claim else None) if b})

    def on_entity_index_selected(self, message: EntityIndex.Selected) -> None:
        m = message.mention
        self.jump(m.block, (m.start, m.end), flash=False)
        self.query_one(StatusBar).note = f"{message.entity.name} {message.number}/{len(message.entity.mentions)}"

    def on_quote_list_selected(self, message: QuoteList.Selected) -> None:
        q = message.quote
        self.jump(q.block, (q.start, q.end), flash=False)

    def on_passage_list_selected(self, message: PassageList.Selected) -> None:
        # Figures and Timeline rows: jump to the words
        self.jump(message.block, (message.start, message.end), flash=False)

    def action_toggle_sourcing(self) -> None:
        """Shade the gutter by each paragraph's sourcing strength, with per-section counts in the outline."""
        view = self.view
        view.show_sourcing = not view.show_sourcing
        if self.panels_ready:
            self.outline.show_sourcing = view.show_sourcing
            self.outline.set_article(self.article)
        self.query_one(StatusBar).note = "sourcing shading (? shows the legend)" if view.show_sourcing else ""

    # ----- panels and sections ---------------------------------------------
    def action_section(self, step: int) -> None:
        """Previous / next section, relative to the one being read."""
        sections = [s for s in self.article.sections if s.heading_block or s.blocks]
        if not sections:
            return
        current = self.article.section_of(self._current_block) if self._current_block else None
        ids = [s.id for s in sections]
        here = ids.index(current.id) if current and current.id in ids else 0
        if step < 0 and current is not None:
            start = current.heading_block or (current.blocks[0] if current.blocks else None)
            line = self.view.line_of(start) if start else None
            if line is not None and self.view.scroll_y > line:
                step = 0  # inside a section, [ first goes to its own start
        self.go_to_section(ids[max(0, min(len(ids) - 1, here + step))])

    def action_panel(self, name: str) -> None:
        """Show and focus a sidebar panel; pressed again, return to the article."""
        if not self.panels_ready:
            return
        panel = self.query_one(f"#{name}")
        if panel.has_focus:
            self.view.focus()
            return
        self.remove_class("-sidebar-off")
        if not self.query_one("#sidebar").display:
            self.add_class("-sidebar-on")
        self.query_one(Sidebar).show_panel(name)
        self.call_after_refresh(panel.focus)

    def action_back(self) -> None:
        """Esc: back to the article from a panel, then clear a highlight, then back to the library."""
        if not self.view.has_focus:
            self.view.focus()
        elif self.view.has_match or self.query_one(StatusBar).counter:
            self.view.set_match(None)
            self.query_one(StatusBar).counter = ""
            self.query_one(StatusBar).note = ""
        elif self.nested:
            self.action_close()

    def action_close(self) -> None:
        """q: back to the library when opened from it, else quit."""
        self.save_state()
        if self.nested:
            self.dismiss()
        else:
            self.app.exit()

    def save_state(self) -> None:
        """Remember the reading position and marks for this article."""
        if self.is_mounted:
            self.state.position = self.view.top_block() or self.state.position
        self.store.save(self.article.source.sha256, self.state)

    def on_unmount(self) -> None:
        self.store.save(self.article.source.sha256, self.state)
