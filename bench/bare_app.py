"""The baseline for first paint: the smallest Textual app that shows a line of text."""

from __future__ import annotations

import sys

from textual.app import App, ComposeResult
from textual.widgets import Log, Static

READY = "bench bare app ready"


class BareApp(App[None]):
    """One Static; `q` quits. Nothing else, so its start-up is Textual's own."""

    BINDINGS = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Static(READY)


class BareScroll(App[None]):
    """The scrolling baseline (`--scroll`): Textual's own line-API `Log`, 20k lines, focused."""

    BINDINGS = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Log()

    def on_mount(self) -> None:
        log = self.query_one(Log)
        log.write_lines([READY, *(f"line {i} of the plain scrolling baseline" for i in range(20_000))])
        log.scroll_home(animate=False)
        log.focus()


if __name__ == "__main__":
    (BareScroll() if "--scroll" in sys.argv else BareApp()).run()
