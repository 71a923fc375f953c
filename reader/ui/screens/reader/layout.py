"""The reading screen's boxes: composed at once for first paint, the panels mounted right after it.

`ReadingLayout` is the part of `ReaderScreen` that builds and arranges its
widgets: the header, outline, article and sidebar, the status line and the
footer, the width class (`-narrow`, `-medium`, `-wide`) the stylesheets key
on, and handing each box its slice of the article. First paint needs only
the text; the panels' contents, the tabs, the search bar and the footer keys
come right after it, in boxes already the final size, so the text shows
sooner and never re-wraps when they arrive.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer

from reader.core.model import Article
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.header import ArticleHeader
from reader.ui.widgets.sidebar import Sidebar
from reader.ui.widgets.status import StatusBar

if TYPE_CHECKING:
    from textual.screen import Screen

BREAKPOINTS = [(0, "-narrow"), (100, "-medium"), (130, "-wide")]
"""Terminal width -> the class the stylesheets use to size, hide or float the panels (HORIZONTAL_BREAKPOINTS).

Chosen so the article keeps 60-80 columns: wide (130+) fits outline 26 + article + sidebar 38; medium (100+)
fits article + sidebar 36, and the outline floats over the article; narrow, every panel floats over it."""


def width_class(width: int) -> str:
    """The width class for a terminal this wide."""
    return [name for least, name in BREAKPOINTS if width >= least][-1]


class ReadingLayout:
    """Builds the reading screen's widgets and keeps them arranged for the terminal's width."""

    def __init__(self, screen: Screen[None]) -> None:
        self.screen = screen
        self.width_class = ""
        self.panels_ready = False
        """True once the panels are filled and the search bar mounted (just after first paint)."""
        self._filling = False
        self._mounted = asyncio.Event()

    def compose(self, article: Article) -> ComposeResult:
        """The boxes for first paint: the header and the article; empty slots for the rest."""
        # The width class now, not after the first resize: saves a restyle of every widget.
        self.width_class = width_class(self.screen.app.size.width)
        self.screen.add_class(self.width_class)
        yield ArticleHeader(article, id="header")
        with Horizontal(id="body"):
            yield Vertical(id="outline-slot")
            yield ArticleView(article, id="article")
            yield Sidebar(id="sidebar")
        yield StatusBar(id="status")
        yield Vertical(id="footer-slot")

    async def fill(self) -> bool:
        """Mount the footer, outline, tabs and search bar; True when this call did it (False: done already)."""
        if self.panels_ready or self._filling:
            return False
        self._filling = True
        from reader.ui.widgets.outline import Outline
        from reader.ui.widgets.search_bar import SearchBar

        screen = self.screen
        footer = Footer()
        self.fit_footer(footer)
        await screen.query_one("#footer-slot").mount(footer)
        screen.query_one(ArticleView).focus()
        slot = screen.query_one("#outline-slot")
        # Mounted and removed in one go: the article never sees a frame without the box.
        await asyncio.gather(screen.query_one("#body").mount(Outline(id="outline"), before=slot), slot.remove())
        await screen.query_one(Sidebar).fill()
        bar = SearchBar(id="search")
        bar.display = False
        await screen.mount(bar, before=screen.query_one(StatusBar))
        self.panels_ready = True
        self._mounted.set()
        return True

    async def ensure(self) -> None:
        """The panels, now: a key that needs them before first paint waits for them (never dropped)."""
        if self._filling:
            await self._mounted.wait()
        else:
            await self.fill()

    def resized(self, width: int) -> None:
        """A new width class brings back that width's default panels.

        A toggle made at another width should not hide the article in a narrow terminal.
        """
        new = width_class(width)
        if new != self.width_class:
            self.width_class = new
            for footer in self.screen.query(Footer):
                self.fit_footer(footer)
            self.screen.remove_class("-outline-on", "-outline-off", "-sidebar-on", "-sidebar-off")

    def sidebar_floats(self) -> bool:
        """True when the sidebar is shown over the article (narrow terminals) rather than beside it."""
        return self.width_class == "-narrow" and self.screen.has_class("-sidebar-on")

    def outline_floats(self) -> bool:
        """True when the outline is shown over the article (medium and narrow terminals)."""
        return self.width_class != "-wide" and self.screen.has_class("-outline-on")

    def close_floating(self) -> bool:
        """Close the panels shown over the article (t/c pressed again, Esc); True if one was open."""
        floating = self.sidebar_floats() or self.outline_floats()
        if self.sidebar_floats():
            self.screen.remove_class("-sidebar-on")
        if self.outline_floats():
            self.screen.remove_class("-outline-on")
        return floating

    def toggle_sidebar(self) -> bool:
        """Hide the sidebar if it shows (beside or over the article), else show it; True when it now shows."""
        shown = bool(self.screen.query_one("#sidebar").display)
        self.screen.set_class(shown, "-sidebar-off")
        self.screen.set_class(not shown and self.width_class == "-narrow", "-sidebar-on")
        return not shown

    def fit_footer(self, footer: Footer) -> None:
        """Narrow: key hints closer together and no "^p Commands" (ctrl+p still works; ? lists it), so q fits."""
        narrow = self.width_class == "-narrow"
        footer.compact = narrow
        footer.show_command_palette = not narrow

    def show(self, article: Article) -> None:
        """Hand the header and every panel their slice of the article as loaded now."""
        screen = self.screen
        screen.query_one(ArticleHeader).set_article(article)
        if not self.panels_ready:
            return
        from reader.ui.widgets.outline import Outline

        screen.query_one(Outline).set_article(article)
        screen.query_one(Sidebar).set_article(article)
