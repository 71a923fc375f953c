"""The search bar: a field, live results with the match highlighted, and a counter.

The bar searches on every keystroke through whatever index the screen gives
it (attributes down) and reports what the reader does (messages up): a result
highlighted (preview), chosen (Enter) or the search cancelled (Esc).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from reader.core.search.query import PREFIXES, Searcher, counter, parse_query
from reader.ui.widgets.component_style import component_style
from reader.ui.widgets.panel import clip

if TYPE_CHECKING:
    from reader.core.search.passages import Hit

__all__ = ["PREFIXES", "SearchBar", "Searcher", "counter", "parse_query"]


class SearchBar(Vertical):
    """Search field plus result list; hidden until `/`."""

    COMPONENT_CLASSES = {"search-bar--section", "search-bar--match", "search-bar--kind"}
    BINDINGS = [
        Binding("escape", "cancel", "Cancel search", show=False),
        Binding("down", "move(1)", "Next result", show=False),
        Binding("up", "move(-1)", "Previous result", show=False),
    ]

    class Previewed(Message):
        """A result is highlighted: show it in the text."""

        def __init__(self, bar: SearchBar, hit: Hit) -> None:
            super().__init__()
            self.bar, self.hit = bar, hit

        @property
        def control(self) -> SearchBar:
            return self.bar

    class Chosen(Message):
        """Enter: jump to `hits[position]` and keep the hits for n / N."""

        def __init__(self, bar: SearchBar, hits: list[Hit], position: int) -> None:
            super().__init__()
            self.bar, self.hits, self.position = bar, hits, position

        @property
        def control(self) -> SearchBar:
            return self.bar

    class Cancelled(Message):
        """Esc: go back to where the search started."""

        def __init__(self, bar: SearchBar) -> None:
            super().__init__()
            self.bar = bar

        @property
        def control(self) -> SearchBar:
            return self.bar

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.index: Searcher | None = None
        """Set by the screen once the index is built; None shows "indexing…"."""
        self.hits: list[Hit] = []
        self._searched: tuple[str, bool] | None = None
        """The text the results are for (and whether the index was there)."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="search-row"):
            yield Label("/", id="search-prompt")
            yield Input(placeholder='search   ("… quotes only, @… entities)', id="search-input")
            yield Label("", id="search-counter", markup=False)
        yield OptionList(id="search-results", markup=False)

    @property
    def input(self) -> Input:
        """The text field."""
        return self.query_one("#search-input", Input)

    @property
    def results(self) -> OptionList:
        """The result list."""
        return self.query_one("#search-results", OptionList)

    def open(self, text: str = "", *, prompt: str = "/") -> None:
        """Show the bar with `text` in the field, and focus it; `prompt` is `/` or `?` (backward)."""
        self.display = True
        self.query_one("#search-prompt", Label).update(prompt)
        self.input.value = text
        self.input.cursor_position = len(text)
        # Focus now, not on the next idle (Widget.focus defers it): keys that arrive in the
        # same burst as `/` (ssh, mosh, a paste) must reach the field, not the article.
        self.screen.set_focus(self.input)
        self.refresh_results()

    def refresh_results(self, *, only_if_changed: bool = False) -> None:
        """Search again for the field's text (after typing, or once the index arrives).

        The reading screen edits the field as keys arrive and calls this at once,
        so Enter in the same burst chooses from results for the text typed.
        """
        searched = (self.input.value, self.index is not None)
        if only_if_changed and searched == self._searched:
            return
        self._searched = searched
        scope, query = parse_query(self.input.value)
        label = self.query_one("#search-counter", Label)
        if self.index is None:
            self.hits = []
            self.results.set_options([])
            label.update("indexing…" if query else "")
            return
        self.hits = self.index.search(query, scope=scope, limit=50) if query else []
        self.results.set_options([Option(self._prompt(hit)) for hit in self.hits])
        if self.hits:
            self.results.highlighted = 0
        label.update(counter(0, len(self.hits)) if query else "")

    def _prompt(self, hit: Hit) -> Content:
        def style(name: str) -> Style:
            return component_style(self, name)

        head = Content(clip(hit.section or "Beginning", 60)).stylize(style("search-bar--section"))
        if hit.kind != "text":
            head += Content(f"  {hit.kind}").stylize(style("search-bar--kind"))
        passage = hit.passage
        start = max(0, min(len(passage), hit.start - hit.passage_start))
        end = max(start, min(len(passage), hit.end - hit.passage_start))
        window = 220
        if len(passage) > window:
            lo = max(0, min(start - 60, len(passage) - window))
            passage, start, end = passage[lo : lo + window], start - lo, min(end - lo, window)
            passage = ("…" if lo else "") + passage + "…"
            shift = 1 if lo else 0
            start, end = start + shift, end + shift
        body = Content(passage.replace("\n", " ")).stylize(style("search-bar--match"), start, end)
        return head + "\n" + body

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self.refresh_results(only_if_changed=True)

    @on(OptionList.OptionHighlighted, "#search-results")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        index = event.option_index
        if 0 <= index < len(self.hits):
            self.query_one("#search-counter", Label).update(counter(index, len(self.hits)))
            self.post_message(self.Previewed(self, self.hits[index]))

    @on(Input.Submitted, "#search-input")
    @on(OptionList.OptionSelected, "#search-results")
    def _choose(self, event: Input.Submitted | OptionList.OptionSelected) -> None:
        event.stop()
        if not self.hits:
            return
        position = self.results.highlighted or 0
        self.post_message(self.Chosen(self, list(self.hits), position))

    def action_move(self, step: int) -> None:
        """Move through the results while typing."""
        if self.hits:
            current = self.results.highlighted or 0
            self.results.highlighted = max(0, min(len(self.hits) - 1, current + step))

    def action_cancel(self) -> None:
        """Close the bar and tell the screen to go back."""
        self.post_message(self.Cancelled(self))
