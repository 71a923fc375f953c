"""The reading screen: header, outline, article, sidebar panels, search, status.

It is handed a parsed Article and paints it at once. What is loaded is one
typed `LoadState` (`state.py`): its `next_work` starts the next worker (the
whole parse, the analysis, the search index) and each result replaces the
state and hands every panel its slice. Moving the view is the `Navigator`'s
job (with the jump history), the search results the `Finder`'s; keys are listed
in `bindings.py` and handled as they arrive by the `KeyRouter` (`router.py`:
counts, `m`/`'` + letter and `:` commands through `keys.py`). Children get
attributes set (down) and report with messages (up).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.timer import Timer

from reader.core.model import Article
from reader.core.search.query import Searcher
from reader.store.state import ArticleState, Store
from reader.ui.citation import citation_for
from reader.ui.messages import AnalysisFailed, AnalysisReady, CopyRequested, IndexReady, JumpRequested, ParseReady
from reader.ui.screens.commands import ArticleCommands
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.reader import bindings, workers
from reader.ui.screens.reader.finder import Finder
from reader.ui.screens.reader.layout import BREAKPOINTS, ReadingLayout
from reader.ui.screens.reader.navigation import Navigator
from reader.ui.screens.reader.router import KeyRouter
from reader.ui.screens.reader.search_flow import SearchFlow
from reader.ui.screens.reader.state import LoadState
from reader.ui.screens.reader.toggles import toggle
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.sidebar import Sidebar
from reader.ui.widgets.status import StatusBar

if TYPE_CHECKING:
    from reader.core.entities.engine import EntityEngine  # the entity rules load in the analysis worker

    # The panels' modules load after first paint (`_fill_panels`); the sidebar turns their
    # selections into JumpRequested, the outline's reach `on_outline_selected` by name.
    from reader.ui.widgets.outline import Outline
    from reader.ui.widgets.search_bar import SearchBar

IndexFactory = Callable[[Article], Searcher]
Span = tuple[int, int]
Id = str | None
FOLLOW_DELAY = 0.12
"""Seconds of scroll quiet before the outline cursor follows."""
PANELS_FALLBACK = 0.5
"""Seconds after mount to add the panels even if the article view has not drawn."""
SAVE_DELAY = 2.0
"""Seconds of scroll quiet before the reading position is written."""


def search_index(article: Article) -> Searcher:
    """The real index, imported on first use: it loads rapidfuzz, which first paint does not need."""
    from reader.core.search.passages import SearchIndex

    return SearchIndex(article)


class ReaderScreen(Screen[None]):
    """One article, ready to read; can be pushed many times (one per open article)."""

    COMMANDS = {ArticleCommands}
    HORIZONTAL_BREAKPOINTS = BREAKPOINTS  # Textual sets the width class; the stylesheets key on it
    BINDINGS = bindings.BINDINGS

    def __init__(
        self,
        article: Article,
        *,
        store: Store | None = None,
        top: bool = False,
        engine: EntityEngine | None = None,
        index_factory: IndexFactory | None = None,
        nested: bool = False,
        jump: tuple[str, tuple[int, int] | None] | None = None,
        full_text: str | None = None,
    ) -> None:
        super().__init__()
        self.load = LoadState.start(article, full_text=full_text)
        """How far the article is loaded (see `state.py`)."""
        self.store = store or Store()
        self.engine = engine
        self.index_factory: IndexFactory = index_factory or search_index
        self.nested = nested
        """Opened from the library: q and Esc go back to it instead of quitting."""
        self.place: ArticleState = ArticleState() if top else self.store.load(article.source.sha256)
        """The saved reading position and marks."""
        self.nav = Navigator(lambda: self.view, lambda text: self.notify(text, severity="warning", markup=False))
        self.finder = Finder(lambda: self.view, self._jump_to_hit)
        self.router = KeyRouter(self)
        """Every key, as it arrives (ReaderApp hands them over)."""
        self.searching = SearchFlow(self)
        self.start_at = jump
        self.frame = ReadingLayout(self)
        self._follow_timer: Timer | None = None
        self._save_timer: Timer | None = None
        self.restored = False

    # ----- what is loaded ---------------------------------------------------
    @property
    def article(self) -> Article:
        """The article as far as it is loaded."""
        return self.load.article

    @property
    def full_text(self) -> str | None:
        """The whole text while only its head is shown; None once it is parsed."""
        return self.load.full_text

    @property
    def view(self) -> ArticleView:
        """The article view."""
        return self.query_one(ArticleView)

    @property
    def outline(self) -> Outline:
        """The outline (mounted just after first paint: check `panels_ready` first)."""
        from reader.ui.widgets.outline import Outline

        return self.query_one(Outline)

    @property
    def search_bar(self) -> SearchBar:
        """The search bar (mounted just after first paint: check `panels_ready` first)."""
        from reader.ui.widgets.search_bar import SearchBar

        return self.query_one(SearchBar)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Grey out keys that cannot do anything now; their fallback binding then says why."""
        if action == bindings.FALLBACK:
            return not self._available(str(parameters[0]))
        if action == "search_step" or (action == "view_toggle" and parameters == ("removed",)):
            return True if self._available("search_step" if action == "search_step" else "toggle_removed") else None
        return True

    def _available(self, what: str) -> bool:
        return bool(self.finder.hits) if what == "search_step" else bool(self.article.removed)

    # ----- layout (layout.py) -------------------------------------------------
    def compose(self) -> ComposeResult:
        yield from self.frame.compose(self.article)

    def on_mount(self) -> None:
        self.call_after_refresh(self.restore)
        for notice in self.store.notices:
            self.notify(notice, severity="warning", title="Saved state", markup=False)
        self.store.notices.clear()
        # Panel rows carry their colours: rebuild them when the theme changes.
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.call_after_refresh(self._show))
        # The view posts Painted after its first frame; the timer covers a view too small to draw.
        self.set_timer(PANELS_FALLBACK, self._fill_panels)

    @on(ArticleView.Painted)
    async def _painted(self) -> None:
        await self._fill_panels()

    async def _fill_panels(self) -> None:
        if await self.frame.fill():
            self.refresh_bindings()  # the footer shows keys once told the bindings changed
            self._show()
            self._advance()  # threads share the GIL: the slow work starts once the text is on screen

    @property
    def panels_ready(self) -> bool:
        """True once the panels are filled and the search bar mounted (just after first paint)."""
        return self.frame.panels_ready

    def on_resize(self, event: events.Resize) -> None:
        self.frame.resized(event.size.width)

    def _show(self) -> None:
        self.frame.show(self.article)

    def restore(self) -> None:
        """Go to the saved place (or the passage asked for), once the text holding it is loaded."""
        self.restored = workers.restore_place(self, self.start_at)

    # ----- loading: one state, one next step (workers.py) ----------------------
    def _advance(self) -> None:
        """Start the worker for the next stage (one at a time: threads share the GIL); settle when all are done."""
        if (found := workers.next_job(self.load, self.engine, self.index_factory)) is None:
            return workers.settle()
        step, job = found
        self.run_worker(lambda: self.post_message(job()), thread=True, group=step, name=step)

    @on(ParseReady)
    @on(AnalysisReady)
    @on(IndexReady)
    @on(AnalysisFailed)
    def _stage_done(self, message: workers.StageDone) -> None:
        """A worker finished: the state moves on, the panels get their slices, the next worker starts."""
        workers.stage_done(self, message)
        self.refresh_bindings()
        self._advance()

    # ----- following the scroll -----------------------------------------------
    @on(ArticleView.Moved)
    def _moved(self, message: ArticleView.Moved) -> None:
        status = self.query_one(StatusBar)
        status.percent = message.percent
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

    def jump(
        self, block: str, span: Span | None = None, *, flash: bool = True, margin: int = 2, origin: Id = None
    ) -> bool:
        """Scroll to a block (and mark `span` in it); `''` and `ctrl+o` come back (to `origin`, if given)."""
        self.query_one(StatusBar).note = ""
        return self.nav.jump(self.article, block, span, flash=flash, margin=margin, origin=origin)

    def _jump_to_hit(self, block: str, span: tuple[int, int], origin: str | None) -> bool:
        return self.jump(block, span, flash=False, origin=origin)

    def go_to_section(self, section_id: str) -> None:
        """Jump to a section's heading (or its first block)."""
        if target := self.nav.section_start(self.article, section_id):
            self.jump(target, flash=False, margin=0)

    def go_to_entity(self, entity_id: str) -> None:
        """Jump to an entity's first mention."""
        if found := self.nav.first_mention(self.article, entity_id):
            self.jump(*found, flash=False)

    # ----- panel messages -----------------------------------------------------
    async def on_outline_selected(self, message: Outline.Selected) -> None:
        target = message.target
        if self.frame.outline_floats():  # floating over the article: it closes once it has taken you there
            self.frame.close_floating()
            self.view.focus()
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
            await self.action_panel(target.kind)

    @on(JumpRequested)
    def _jump_requested(self, message: JumpRequested) -> None:
        self.jump(message.block, message.span, flash=False)
        if message.flash:
            self.view.flash(*message.flash)
        if message.note:
            self.query_one(StatusBar).note = message.note

    # ----- search bar messages ------------------------------------------------
    def on_search_bar_previewed(self, message: SearchBar.Previewed) -> None:
        if self.search_bar.display:  # a preview posted just before Enter closed the bar comes too late
            self.finder.preview(message.hit)

    def on_search_bar_chosen(self, message: SearchBar.Chosen) -> None:
        self.searching.chosen(message.hits, message.position)

    def on_search_bar_cancelled(self, message: SearchBar.Cancelled) -> None:
        self.searching.cancelled()

    # ----- key actions --------------------------------------------------------
    def action_unavailable(self, action: str) -> None:
        """Say why a greyed-out key does nothing now."""
        self.notify(bindings.UNAVAILABLE.get(action, "not available here"), timeout=2, markup=False)

    async def _ensure_panels(self) -> None:
        await self._fill_panels()  # keys that need the panels before first paint brought them wait, never drop
        await self.frame.ensure()

    def action_nav(self, move: str, *args: int) -> None:
        """Scroll or jump: a `Navigator` method (lines, pages, half_pages, top, bottom, to_percent, travel)."""
        getattr(self.nav, move)(*args)

    def action_sequence(self, key: str) -> None:
        """`m`, `'` or `:` from the palette: wait for the letter or the command, as the key does."""
        self.router.start(key)

    def action_section(self, step: int) -> None:
        """Previous / next section, relative to the one at the top now (`[` from the first: the beginning)."""
        target = self.nav.section_target(self.article, self.view.top_block(), step)
        if target is None:
            self.nav.top()
        else:
            self.go_to_section(target)

    async def action_search(self, direction: int = 1) -> None:
        """Open the search field (results update as you type); `?` searches backward (n goes up)."""
        await self._ensure_panels()
        self.searching.open(direction)

    def action_search_step(self, step: int) -> None:
        """Next / previous result of the last search, in document order."""
        self.searching.step(step)

    def action_links(self) -> None:
        """List the links in the passages on screen, with their addresses (never followed)."""
        from reader.ui.screens.reader.links import show_links

        show_links(self, self.article, self.view)

    async def action_panel(self, name: str) -> None:
        """Show and focus a sidebar panel; pressed again, return to the article."""
        await self._ensure_panels()
        panel = self.query_one(f"#{name}")
        if panel.has_focus:
            self.frame.close_floating()  # pressed again: a panel over the article closes
            self.view.focus()
            return
        self.remove_class("-sidebar-off")
        if not self.query_one("#sidebar").display:
            self.add_class("-sidebar-on")
        self.query_one(Sidebar).show_panel(name)
        self.app.stylesheet.update(self.query_one("#sidebar"))  # shown now: the keys after t are the panel's
        self.set_focus(panel) if panel.focusable else self.call_after_refresh(panel.focus)

    async def action_toggle_outline(self) -> None:
        """Show or hide the outline."""
        await self._ensure_panels()
        outline = self.query_one("#outline")
        shown = bool(outline.display)
        self.set_class(shown, "-outline-off")
        self.set_class(not shown, "-outline-on")
        if not shown and self.frame.outline_floats():  # over the article: ready for ↑ ↓ Enter (Esc closes)
            self.call_after_refresh(outline.focus)

    async def action_toggle_sidebar(self) -> None:
        """Hide the sidebar (any width), or show it again."""
        await self._ensure_panels()
        if not self.frame.toggle_sidebar():
            self.view.focus()

    def action_view_toggle(self, name: str) -> None:
        """`h` highlighting, `r` the removed clutter, `S` the sourcing shade (see `toggles.py`)."""
        toggle(self, name)

    def action_copy(self) -> None:
        """Copy the current quote or figure (in its list) or the passage marked current, with its citation."""
        from reader.ui.widgets.figures import FigureList  # loaded with the panels, after first paint
        from reader.ui.widgets.quotes import QuoteList

        lists = [*self.query(QuoteList), *self.query(FigureList)]
        chosen = next((w.current for w in lists if w.has_focus), None)
        text = citation_for(self.article, chosen, self.view.current_block())
        if text is not None:
            self.post_message(CopyRequested(text))  # the app's clipboard service says where it went

    def action_help(self) -> None:
        """List every key."""
        self.app.push_screen(HelpScreen(bindings.help_rows()))

    help_rows = staticmethod(bindings.help_rows)

    def action_back(self) -> None:
        """Esc: back to the article from a panel, then clear a highlight, then back to the library."""
        self.router.escape()

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
            self.place.position = self.view.top_block() or self.place.position
        self.store.save(self.article.source.sha256, self.place)

    def on_unmount(self) -> None:
        self.store.save(self.article.source.sha256, self.place)
        workers.unsettle()
