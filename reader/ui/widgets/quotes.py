"""The quote list: who said what; Enter jumps to the quote in the text."""

from __future__ import annotations

from textual import on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.model import Quote
from reader.ui.widgets.panel import PanelList, clip


class QuoteList(PanelList):
    """One option per quote: the speaker, then the words."""

    COMPONENT_CLASSES = {"quotes--speaker", "quotes--partial"}
    EMPTY = "No quotes."

    class Selected(Message):
        """A quote was chosen."""

        def __init__(self, panel: QuoteList, quote: Quote) -> None:
            super().__init__()
            self.panel, self.quote = panel, quote

        @property
        def control(self) -> QuoteList:
            return self.panel

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.quotes: tuple[Quote, ...] = ()

    def set_quotes(self, quotes: tuple[Quote, ...], *, analysed: bool) -> None:
        """List the article's quotes in reading order."""
        self.EMPTY = "No quotes." if analysed else "Finding quotes…"
        self.quotes = quotes
        options = []
        for quote in quotes:
            speaker = self.part(quote.speaker or "unattributed", "quotes--speaker")
            if quote.kind == "partial":
                speaker += self.part(" (partial)", "quotes--partial")
            options.append(Option(speaker + "\n" + Content(f"“{clip(quote.text, 300)}”")))
        self.show(options)

    @property
    def current(self) -> Quote | None:
        """The highlighted quote, if any (what `y` copies when this list has focus)."""
        index = self.highlighted
        return self.quotes[index] if index is not None and 0 <= index < len(self.quotes) else None

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.quotes):
            self.post_message(self.Selected(self, self.quotes[event.option_index]))
