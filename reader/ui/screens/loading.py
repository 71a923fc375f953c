"""A placeholder shown while an article is being prepared off the UI thread (a saved web page).

Extracting a web page can take a few hundred milliseconds; the terminal must
never look frozen meanwhile, so the app paints this screen at once and swaps in
the reading screen when the worker is done. The text shown is the file name,
sanitized and never parsed as markup.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from reader.core.text import sanitize


class LoadingScreen(Screen[None]):
    """ "reading page…" until the article is ready; q quits."""

    BINDINGS = [Binding("q,escape", "app.quit", "Quit")]
    DEFAULT_CSS = "LoadingScreen { align: center middle; } LoadingScreen #loading { width: auto; color: $text-muted; }"

    def __init__(self, what: str | None) -> None:
        super().__init__()
        self.what = what

    def compose(self) -> ComposeResult:
        label = "reading page…" + (f"  {sanitize(self.what)}" if self.what else "")
        yield Static(Content(label), id="loading")

    def failed(self, message: str) -> None:
        """Show why the page could not be read (the app stays up until q)."""
        self.query_one("#loading", Static).update(Content(sanitize(message) + "  (q to quit)"))
