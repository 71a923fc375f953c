"""The library screen: every article under the given paths, filtered as you type.

The index does the heavy lifting in a worker thread (progress shown while it
builds); the screen lists title, date, publisher and the counts of entities,
quotes and corrections, opens an article with Enter through
`app.open_article`, and opens the library-wide search with Ctrl+F.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rapidfuzz import fuzz, process
from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from reader.core.search import fuzzy as match
from reader.core.text.clean import sanitize
from reader.library.rows import ArticleRow
from reader.ui.messages import CompareRequested, OpenRequested
from reader.ui.services import Library

FILTER_MIN = 75.0
"""Rows whose words match the typed words less well than this (0-100) are hidden."""


def row_label(row: ArticleRow) -> str:
    """The text the fuzzy filter matches: title, publisher, date, file name and its folder's name ("sport")."""
    path = Path(row.path)
    return " ".join(x for x in (row.title, row.publisher, row.published, path.name, path.parent.name) if x)


def fit(text: str, width: int) -> str:
    """`text` cut to `width` cells with an ellipsis, so a cut title shows that it goes on."""
    if cell_len(text) <= width:
        return text
    cut = text
    while cut and cell_len(cut) > width - 1:
        cut = cut[:-1]
    return cut.rstrip() + "…"


def filter_score(typed: Sequence[str], words: Sequence[str]) -> float:
    """How well typed words match a row's words, in any order: each typed word's best match, averaged.

    A word being typed matches any word it starts; otherwise rapidfuzz's
    ratio forgives typos.
    """
    if not words:
        return 0.0
    total = 0.0
    for tok in typed:
        if any(w.startswith(tok) for w in words):
            total += 100.0
            continue
        best = process.extractOne(tok, words, scorer=fuzz.ratio)
        total += best[1] if best else 0.0
    return total / len(typed)


def filter_rows(rows: Sequence[ArticleRow], text: str) -> list[ArticleRow]:
    """Rows matching the typed text, best first; all rows, in order, when nothing is typed."""
    typed = match.words(match.fold_fast(text))
    if not typed:
        return list(rows)
    scored = [(filter_score(typed, match.words(match.fold_fast(row_label(r)))), i) for i, r in enumerate(rows)]
    return [rows[i] for s, i in sorted(scored, key=lambda t: (-t[0], t[1])) if s >= FILTER_MIN]


class LibraryScreen(Screen[None]):
    """Browse the articles of a folder (or several files)."""

    BINDINGS = [
        Binding("ctrl+f", "search", "Search all articles", priority=True),
        Binding("down", "move(1)", "Next article", show=False),
        Binding("up", "move(-1)", "Previous article", show=False),
        Binding("escape", "clear", "Clear filter", show=False),
        Binding("ctrl+r", "compare_versions", "Compare versions", priority=True),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.catalog = library
        self.paths = list(library.paths)
        self.rows: list[ArticleRow] = []
        self.shown: list[ArticleRow] = []
        self.groups: dict[str, tuple[ArticleRow, ...]] = {}
        """Each shown file's path -> every version of its article, oldest first."""
        self.notices: list[str] = []
        self.loaded = False
        """True once the index is up to date and `rows` is filled."""
        self.title_width = 24
        """Cells of the Title column (set on mount from the terminal's width)."""

    def compose(self) -> ComposeResult:
        yield Static(Content(f"Library \u2014 {', '.join(str(p) for p in self.paths)}"), id="library-title")
        yield Input(placeholder="Filter articles by title, publisher, date\u2026", id="library-filter")
        table: DataTable[Text | int] = DataTable(id="library-table", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static(Content("Reading the library\u2026"), id="library-status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # Fixed widths: a long title would otherwise push the counts off screen.
        title = self.title_width = max(24, self.app.size.width - 76)
        for label, width in (
            ("Title", title),
            ("Date", 10),
            ("Publisher", 24),
            ("Entities", 8),
            ("Quotes", 6),
            ("Corrections", 11),
        ):
            table.add_column(label, width=width)
        self.query_one(Input).focus()
        self.load()

    @work(thread=True, exclusive=True, group="library-load")
    def load(self) -> None:
        """Update the index (a worker thread: first use may take a while) and list the articles."""

        def progress(done: int, total: int) -> None:
            if done == total or done % 10 == 0:
                self.app.call_from_thread(self._status, f"indexing {done}/{total}")

        try:
            self.catalog.refresh(notice=self._notice_from_thread, progress=progress)
            rows = self.catalog.articles(notice=self._notice_from_thread)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a crash
            self.app.call_from_thread(self._status, sanitize(f"cannot read the library: {exc}"))
            return
        self.app.call_from_thread(self._show_rows, rows)

    def _notice_from_thread(self, message: str) -> None:
        self.notices.append(message)
        self.app.call_from_thread(self.notify, sanitize(message), severity="warning", markup=False)

    def _status(self, text: str) -> None:
        self.query_one("#library-status", Static).update(Content(text))

    def _show_rows(self, rows: list[ArticleRow]) -> None:
        self.rows = rows
        self.loaded = True
        self._apply_filter(self.query_one(Input).value)

    def _apply_filter(self, text: str) -> None:
        from reader.library.versions import group_rows

        # Versions of one article are one entry: the newest ("N versions · title"), the earlier ones under it by date.
        groups = group_rows(filter_rows(self.rows, text))
        self.groups = {r.path: g for g in groups for r in g}
        self.shown = [r for g in groups for r in reversed(g)]
        table = self.query_one(DataTable)
        table.clear()
        for row in self.shown:
            group = self.groups[row.path]
            title = sanitize(row.title or Path(row.path).name)
            if len(group) > 1:
                title = (
                    f"{len(group)} versions · {title}"
                    if row is group[-1]
                    else f"  ↳ earlier version: {Path(row.path).name}"
                )
            table.add_row(  # rich Text: DataTable would parse a str as markup
                Text(fit(title, self.title_width)),
                Text(row.published or ""),
                Text(sanitize(row.publisher or "")),
                row.entities,
                row.quotes,
                row.corrections,
                key=row.path,
            )
        if not self.loaded:
            return
        where = " (in memory: the index file could not be used)" if self.catalog.in_memory else ""
        if not self.rows:
            folders = ", ".join(str(p) for p in self.paths)
            self._status(f"no articles (.txt, .md) in {folders}{where}")
            return
        if not self.shown:
            self._status(f"no article matches {text.strip()!r} (of {len(self.rows)}) \u00b7 Esc clears the filter")
            return
        self._status(
            f"{len(self.shown)} of {len(self.rows)} articles{where} \u00b7 Enter opens \u00b7 "
            "Ctrl+F searches every article"
        )

    @on(Input.Changed, "#library-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._apply_filter(event.value)

    @on(Input.Submitted, "#library-filter")
    def _submit(self) -> None:
        self.open_current()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        self.open_current()

    def open_current(self) -> None:
        """Open the highlighted article in the reading screen."""
        table = self.query_one(DataTable)
        if not self.shown or table.cursor_row < 0:
            return
        self.post_message(OpenRequested(Path(self.shown[min(table.cursor_row, len(self.shown) - 1)].path)))

    def action_compare_versions(self) -> None:
        """Compare the highlighted article's newest saved version with the one before (same headline)."""
        table = self.query_one(DataTable)
        if not self.shown or table.cursor_row < 0:
            return
        row = self.shown[min(table.cursor_row, len(self.shown) - 1)]
        group = self.groups.get(row.path, (row,))
        self.post_message(CompareRequested([Path(r.path) for r in group], Path(group[-1].path)))

    def action_move(self, step: int) -> None:
        """Move the highlighted row while the filter keeps the focus."""
        table = self.query_one(DataTable)
        if self.shown:
            table.move_cursor(row=max(0, min(len(self.shown) - 1, table.cursor_row + step)))

    def action_clear(self) -> None:
        """Esc: clear the filter."""
        self.query_one(Input).value = ""

    def action_search(self) -> None:
        """Open the library-wide search over the same articles."""
        from reader.ui.screens.library.search import LibrarySearchScreen

        self.app.push_screen(LibrarySearchScreen(self.catalog))
