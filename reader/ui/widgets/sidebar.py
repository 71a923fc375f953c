"""The right sidebar: Notes (takeaways above corrections), Entities and Quotes tabs."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import TabbedContent, TabPane

from reader.ui.widgets.corrections import CorrectionsPanel
from reader.ui.widgets.entities import EntityIndex
from reader.ui.widgets.quotes import QuoteList
from reader.ui.widgets.takeaways import Takeaways

TAB_OF = {"takeaways": "tab-notes", "corrections": "tab-notes", "entities": "tab-entities", "quotes": "tab-quotes"}
"""Panel id -> the tab that holds it."""


class Sidebar(Vertical):
    """Only a layout: the screen sets each panel's article and handles their messages."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.filled = False
        """False until `fill()`: the box is composed empty, so first paint does not wait for the tabs."""

    def compose(self) -> ComposeResult:
        if not self.filled:
            return
        with TabbedContent(id="tabs"):
            with TabPane("Notes", id="tab-notes"), Vertical(id="notes"):
                yield Takeaways(id="takeaways")
                yield CorrectionsPanel(id="corrections")
            with TabPane("Entities", id="tab-entities"):
                yield EntityIndex(id="entities")
            with TabPane("Quotes", id="tab-quotes"):
                yield QuoteList(id="quotes")

    async def fill(self) -> None:
        """Mount the tabs and panels (called just after first paint)."""
        self.filled = True
        await self.recompose()
        self.query_one("#takeaways").border_title = "Key Takeaways"
        self.query_one("#corrections").border_title = "Corrections"

    def show_panel(self, name: str) -> None:
        """Bring the tab holding panel `name` to the front."""
        self.query_one(TabbedContent).active = TAB_OF[name]
