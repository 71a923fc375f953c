"""Search every article of the library at once, with the same matching as `reader --find`.

Results update as you type (in a worker thread, latest query wins); each shows
where it is, the passage with the matched words highlighted, and the speaker
for quotes. Enter opens the article at the passage with the span highlighted.
Start the query with `"` or `q:` to search quotes only.
"""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.core.search.query import parse_query
from reader.core.text.clean import sanitize
from reader.library.rows import Found
from reader.ui.messages import OpenRequested
from reader.ui.services import Library
from reader.ui.widgets.component_style import component_style

LIMIT = 50


def block_span(hit: Found) -> tuple[int, int]:
    """The hit's span as offsets in its block, which is what the reading screen highlights."""
    return hit.block_start + hit.start, hit.block_start + hit.end


class HitList(OptionList):
    """Library hits, one option each; colours come from the component classes."""

    COMPONENT_CLASSES = {"hit-list--where", "hit-list--match", "hit-list--speaker"}

    def show(self, hits: list[Found]) -> None:
        """Replace the options with these hits, highlighting the first."""
        self.clear_options()
        self.add_options([Option(self._render_hit(h), id=str(i)) for i, h in enumerate(hits)])
        if hits:
            self.highlighted = 0

    def _render_hit(self, hit: Found) -> Content:
        where = Content(f"{sanitize(hit.path)}:{hit.line}").stylize(component_style(self, "hit-list--where"))
        title = Content(f"  {sanitize(hit.title)}" if hit.title else "")
        text = sanitize(hit.text.replace("\n", " "))
        passage = Content(text).stylize(component_style(self, "hit-list--match"), hit.start, hit.end)
        if hit.kind == "quote":
            passage = Content("\u201c") + passage + Content("\u201d")
        line = Content("  ") + passage
        if hit.speaker:
            line += Content(" \u2014 ") + Content(sanitize(hit.speaker)).stylize(
                component_style(self, "hit-list--speaker")
            )
        line += Content(f"  [{round(hit.score)}]")
        return Content("\n").join([where + title, line])


class LibrarySearchScreen(Screen[None]):
    """Type to search every article in the library; Enter opens one at the hit."""

    BINDINGS = [
        Binding("escape", "back", "Back to the library"),
        Binding("down", "move(1)", "Next result", show=False),
        Binding("up", "move(-1)", "Previous result", show=False),
    ]

    def __init__(self, catalog: Library) -> None:
        super().__init__()
        self.catalog = catalog
        self.hits: list[Found] = []
        self._query = ""

    def compose(self) -> ComposeResult:
        yield Static(Content("Search every article"), id="library-search-title")
        yield Input(placeholder='Words you remember (start with " for quotes only)', id="library-search-input")
        yield HitList(id="library-hits")
        yield Static(Content(""), id="library-search-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Changed, "#library-search-input")
    def _changed(self, event: Input.Changed) -> None:
        self._query = event.value
        self.run_search(event.value)

    @work(thread=True, exclusive=True, group="library-search")
    def run_search(self, text: str) -> None:
        """Search in a thread so typing never waits on SQLite."""
        scope, query = parse_query(text)  # the reading screen's grammar: `"` / `q:` quotes only
        quotes_only = scope == "quotes"
        hits = (
            self.catalog.search(
                query,
                limit=LIMIT,
                quotes_only=quotes_only,
                typing=not text.endswith(" "),
                notice=self._notice_from_thread,
            )
            if query
            else []
        )
        self.app.call_from_thread(self._show, text, hits)

    def _notice_from_thread(self, message: str) -> None:
        self.app.call_from_thread(self.notify, sanitize(message), severity="warning", markup=False)

    def _show(self, text: str, hits: list[Found]) -> None:
        if text != self._query:  # a newer query is on its way
            return
        self.hits = hits
        self.query_one(HitList).show(hits)
        status = f"{len(hits)} passages" if hits else ("no match" if text.strip() else "")
        self.query_one("#library-search-status", Static).update(Content(status))

    @on(Input.Submitted, "#library-search-input")
    def _submit(self) -> None:
        hits = self.query_one(HitList)
        self.open_hit(hits.highlighted if hits.highlighted is not None else 0)

    @on(OptionList.OptionSelected, "#library-hits")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.open_hit(event.option_index)

    def open_hit(self, index: int) -> None:
        """Open the article of hit `index` at its passage, span highlighted."""
        if not 0 <= index < len(self.hits):
            return
        hit = self.hits[index]
        self.post_message(OpenRequested(Path(hit.path), block=hit.block, span=block_span(hit)))

    def action_move(self, step: int) -> None:
        """Move through the results while typing."""
        hits = self.query_one(HitList)
        if self.hits:
            current = hits.highlighted if hits.highlighted is not None else -step
            hits.highlighted = max(0, min(len(self.hits) - 1, current + step))

    def action_back(self) -> None:
        """Esc: back to the library list."""
        self.dismiss()
