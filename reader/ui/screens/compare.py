"""The compare view of `reader --diff OLD NEW`: both versions side by side, changes highlighted.

It is handed both analysed articles and their `ArticleDiff`; the columns are
line-API `DiffView`s built from `diff_rows` (pure). `]` / `[` step through the
changes in both columns at once; below 100 columns one column shows the newer
text with each change's old text above it. `o` opens the newer version in the
reading screen, its corrections panel listing the silent changes found here.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from reader.core.diff import ArticleDiff, summary_line
from reader.core.diff.findings import with_findings
from reader.core.model import Article
from reader.store.state import Store
from reader.ui.stylesheets import stylesheets
from reader.ui.widgets.diff_rows import column, unified
from reader.ui.widgets.diff_view import DiffView

NARROW_BELOW = 100
"""Terminal width (cells) under which the two columns become one."""


def _where(article: Article) -> str:
    m = article.meta
    when = m.updated or m.published or ""
    return " · ".join(p for p in (article.source.path or "standard input", when) if p)


class CompareScreen(Screen[None]):
    """Two versions of one article and what changed between them."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_BELOW, "-wide")]
    BINDINGS = [
        Binding("right_square_bracket", "step(1)", "Next change", key_display="]"),
        Binding("left_square_bracket", "step(-1)", "Previous change", key_display="["),
        Binding("o", "open_newer", "Open newer version"),
        Binding("tab", "other_column", "Other column", show=False),
        Binding("escape", "close", "Back", show=False),
        Binding("q", "close", "Quit"),
    ]

    def __init__(
        self, old: Article, new: Article, diff: ArticleDiff, *, store: Store | None = None, nested: bool = False
    ) -> None:
        super().__init__()
        self.old, self.new, self.diff = old, new, diff
        self.store = store or Store()
        self.nested = nested
        """Opened from the library: q and Esc go back to it instead of quitting."""
        self.position = -1
        """Index of the change last stepped to (-1: none yet)."""

    def compose(self) -> ComposeResult:
        # The width class now, not after the first resize: the columns are wrapped once, at their final width.
        self.add_class("-narrow" if self.app.size.width < NARROW_BELOW else "-wide")
        yield Static(Content(summary_line(self.diff.summary, self.diff.changes)), id="diff-summary")
        with Horizontal(id="diff-titles"):
            yield Static(Content("older: " + _where(self.old)), id="old-title")
            yield Static(Content("newer: " + _where(self.new)), id="new-title")
        with Horizontal(id="diff-columns"):
            yield DiffView(column(self.old, self.new, self.diff, "old"), id="old-view")
            yield DiffView(column(self.new, self.old, self.diff, "new"), id="new-view")
            yield DiffView(unified(self.old, self.new, self.diff), id="unified-view")
        yield Static(Content(self._hint()), id="diff-note")
        yield Footer()

    def on_mount(self) -> None:
        self.call_after_refresh(self._focus_main)

    def _focus_main(self) -> None:
        self.query_one("#unified-view" if self.has_class("-narrow") else "#new-view", DiffView).focus()

    def _hint(self) -> str:
        n = len(self.diff.changes)
        if not n:
            return "The two versions have the same text."
        return f"{n} change{'s' * (n != 1)}: ] next, [ previous, o opens the newer version with its silent changes"

    @property
    def views(self) -> list[DiffView]:
        """The three columns (two shown when wide, one when narrow)."""
        return list(self.query(DiffView))

    def action_step(self, step: int) -> None:
        """Next / previous change, in both columns."""
        n = len(self.diff.changes)
        if not n:
            self.notify("no changes between these versions")
            return
        self.position = (self.position + step) % n if self.position >= 0 or step > 0 else n - 1
        for view in self.views:
            view.show_change(self.position)
        change = self.diff.changes[self.position]
        silent = " · SILENT" if change.silent else ""
        what = "; ".join(change.notes) or ", ".join(change.facets)
        note = f"{self.position + 1}/{n} {change.kind}{silent}" + (f" · {what}" if what else "")
        self.query_one("#diff-note", Static).update(Content(note))

    def action_other_column(self) -> None:
        """Tab: move the focus between the old and new columns."""
        if self.has_class("-narrow"):
            return
        target = "#old-view" if self.query_one("#new-view").has_focus else "#new-view"
        self.query_one(target, DiffView).focus()

    def action_open_newer(self) -> None:
        """Read the newer version; its corrections panel lists the silent changes, found by comparison."""
        from reader.ui.screens.reader.screen import ReaderScreen

        article = with_findings(self.new, self.diff)
        self.app.push_screen(ReaderScreen(article, store=self.store, top=True, nested=True))

    def action_close(self) -> None:
        """q / Esc: back where the compare view was opened from, else quit."""
        if self.nested:
            self.dismiss()
        else:
            self.app.exit()


class CompareApp(App[None]):
    """`reader --diff OLD NEW`: the compare view on its own."""

    CSS_PATH = stylesheets()
    TITLE = "reader --diff"

    def __init__(self, old: Article, new: Article, diff: ArticleDiff, *, store: Store | None = None) -> None:
        super().__init__()
        self.old, self.new, self.diff = old, new, diff
        self.store = store or Store()

    def on_mount(self) -> None:
        self.push_screen(CompareScreen(self.old, self.new, self.diff, store=self.store))
