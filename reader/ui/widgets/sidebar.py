"""The right sidebar: Notes (takeaways above corrections), Entities, Quotes, Figures and Timeline tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from textual.app import ComposeResult
from textual.containers import Vertical

if TYPE_CHECKING:
    from reader.core.model import Article

TAB_OF = {"takeaways": "tab-notes", "corrections": "tab-notes", "entities": "tab-entities", "quotes": "tab-quotes"}
TAB_OF |= {"figures": "tab-figures", "timeline": "tab-timeline"}
"""Panel id -> the tab that holds it."""


class ArticlePanel(Protocol):
    """What the sidebar needs from each of its panels."""

    def set_article(self, article: Article) -> None: ...


class Sidebar(Vertical):
    """Only a layout: the screen sets each panel's article and handles their messages."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.filled = False
        """False until `fill()`: the box is composed empty, so first paint does not wait for the tabs."""
        self._panels: list[ArticlePanel] = []

    def compose(self) -> ComposeResult:
        if not self.filled:
            return
        # Imported on filling, after first paint: first paint only needs the empty box.
        from textual.widgets import TabbedContent, TabPane

        from reader.ui.widgets.corrections import CorrectionsPanel
        from reader.ui.widgets.entities import EntityIndex
        from reader.ui.widgets.figures import FigureList
        from reader.ui.widgets.quotes import QuoteList
        from reader.ui.widgets.takeaways import Takeaways
        from reader.ui.widgets.timeline import TimelineList

        takeaways, corrections = Takeaways(id="takeaways"), CorrectionsPanel(id="corrections")
        entities, quotes = EntityIndex(id="entities"), QuoteList(id="quotes")
        figures, timeline = FigureList(id="figures"), TimelineList(id="timeline")
        self._panels = [takeaways, corrections, entities, quotes, figures, timeline]
        with TabbedContent(id="tabs"):
            with TabPane("Notes", id="tab-notes"), Vertical(id="notes"):
                yield takeaways
                yield corrections
            with TabPane("Entities", id="tab-entities"):
                yield entities
            with TabPane("Quotes", id="tab-quotes"):
                yield quotes
            with TabPane("Figures", id="tab-figures"):
                yield figures
            with TabPane("Dates", id="tab-timeline"):
                yield timeline

    async def fill(self) -> None:
        """Mount the tabs and panels (called just after first paint)."""
        self.filled = True
        await self.recompose()
        self.query_one("#takeaways").border_title = "Key Takeaways"
        self.query_one("#corrections").border_title = "Corrections"

    def set_article(self, article: Article) -> None:
        """Show an article (again after analysis) in every panel; nothing before `fill()`."""
        for panel in self._panels:
            panel.set_article(article)

    def show_panel(self, name: str) -> None:
        """Bring the tab holding panel `name` to the front."""
        from textual.widgets import TabbedContent

        self.query_one(TabbedContent).active = TAB_OF[name]
