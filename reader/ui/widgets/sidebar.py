"""The right sidebar: Notes (takeaways above corrections), Entities, Quotes, Figures and Timeline tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical

from reader.ui.messages import JumpRequested

if TYPE_CHECKING:
    from reader.core.model import Article
    from reader.ui.widgets.corrections import CorrectionsPanel
    from reader.ui.widgets.entities import EntityIndex
    from reader.ui.widgets.passages import PassageList
    from reader.ui.widgets.quotes import QuoteList
    from reader.ui.widgets.takeaways import Takeaways

TAB_OF = {"takeaways": "tab-notes", "corrections": "tab-notes", "entities": "tab-entities", "quotes": "tab-quotes"}
TAB_OF |= {"figures": "tab-figures", "timeline": "tab-timeline"}
"""Panel id -> the tab that holds it."""


class Sidebar(Vertical):
    """A layout of the panels: it hands each its slice of the article; the screen handles their messages."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.filled = False
        """False until `fill()`: the box is composed empty, so first paint does not wait for the tabs."""

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
        """Hand each panel its own slice of the article (again after analysis); nothing before `fill()`."""
        if not self.filled:
            return
        from reader.ui.widgets.corrections import CorrectionsPanel
        from reader.ui.widgets.entities import EntityIndex
        from reader.ui.widgets.figures import FigureList
        from reader.ui.widgets.quotes import QuoteList
        from reader.ui.widgets.takeaways import Takeaways
        from reader.ui.widgets.timeline import TimelineList

        done = article.analysed
        self.query_one(Takeaways).set_takeaways(article.takeaways, analysed=done)
        self.query_one(CorrectionsPanel).set_corrections(article.corrections, analysed=done)
        self.query_one(EntityIndex).set_entities(article.entities, analysed=done, language=article.meta.language)
        self.query_one(QuoteList).set_quotes(article.quotes, analysed=done)
        self.query_one(FigureList).set_figures(article.figures, article.figure_conflicts, analysed=done)
        self.query_one(TimelineList).set_timeline(article.timeline, analysed=done)

    def show_panel(self, name: str) -> None:
        """Bring the tab holding panel `name` to the front."""
        from textual.widgets import TabbedContent

        self.query_one(TabbedContent).active = TAB_OF[name]

    # ----- what a selection in a panel means: one message up to the screen -----
    def on_takeaways_selected(self, message: Takeaways.Selected) -> None:
        message.stop()
        takeaway = message.takeaway
        blocks = takeaway.support or ((takeaway.block,) if takeaway.block else ())
        if not blocks:
            self.notify("no supporting passage found for this takeaway", severity="warning")
            return
        self.post_message(JumpRequested(blocks[0], flash=tuple(blocks)))

    def on_corrections_panel_selected(self, message: CorrectionsPanel.Selected) -> None:
        message.stop()
        span = (message.start, message.end) if message.end > message.start else None
        c = message.correction
        flash = tuple(dict.fromkeys(b for b in (c.block, c.claim.block if c.claim else None) if b))
        self.post_message(JumpRequested(message.block, span, flash=flash))

    def on_entity_index_selected(self, message: EntityIndex.Selected) -> None:
        message.stop()
        m = message.mention
        note = f"{message.entity.name} {message.number}/{len(message.entity.mentions)}"
        self.post_message(JumpRequested(m.block, (m.start, m.end), note=note))

    def on_quote_list_selected(self, message: QuoteList.Selected) -> None:
        message.stop()
        q = message.quote
        self.post_message(JumpRequested(q.block, (q.start, q.end)))

    def on_passage_list_selected(self, message: PassageList.Selected) -> None:
        message.stop()  # a Figures or Timeline row: the words it came from
        self.post_message(JumpRequested(message.block, (message.start, message.end)))
