"""The baseline for first paint: the smallest Textual app that shows a line of text."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static

READY = "bench bare app ready"


class BareApp(App[None]):
    """One Static; `q` quits. Nothing else, so its start-up is Textual's own."""

    BINDINGS = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Static(READY)


if __name__ == "__main__":
    BareApp().run()
