"""PageDown measured inside the process: from the key event to the frame Textual hands to the terminal.

The tmux figures in bench/app.py include send-keys, the pty and capture-pane polling,
all competing for this machine's two cores; Textual's own `Log` shows ~30 ms p95 there,
whatever the app does. This measures the part the app controls: a key event posted to
the running app (headless, 120x40) until its next screen update is rendered, against
the same on a bare Textual `Log` holding the same text.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Log

from reader.core import parse_article
from reader.store.state import MemoryStore
from reader.ui.app import ReaderApp

WIDTH, HEIGHT = 120, 40


class _LogApp(App[None]):
    """The baseline: Textual's own line-API widget, focused, with the same text."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def compose(self) -> ComposeResult:
        yield Log(auto_scroll=False)

    def on_mount(self) -> None:
        log = self.query_one(Log)
        log.write_lines(self._text.splitlines())
        log.scroll_home(animate=False)
        log.focus()


async def _latencies(app: App[Any], presses: int) -> list[float]:
    async with app.run_test(size=(WIDTH, HEIGHT)):
        # The reader parses the rest of a long text, analyses it and builds its search index in
        # workers after first paint: measure scrolling once all of that is done.
        for _ in range(300):
            await app.workers.wait_for_complete()
            article = getattr(app.screen, "article", None)
            if article is None or getattr(article, "analysed", True):
                break
            await asyncio.sleep(0.1)
        await app.workers.wait_for_complete()
        await asyncio.sleep(1.0)  # let deferred panels and timers settle
        waiting: list[asyncio.Future[float]] = []
        display = app._display  # private, bench only: the one place every frame passes through

        def timed(screen: Any, renderable: Any) -> None:
            if renderable is not None and waiting and not waiting[0].done():
                waiting[0].set_result(time.perf_counter())
            display(screen, renderable)

        app._display = timed  # type: ignore[method-assign]
        out: list[float] = []
        loop = asyncio.get_running_loop()
        for _ in range(presses):
            waiting[:] = [loop.create_future()]
            start = time.perf_counter()
            app.post_message(events.Key("pagedown", None))
            out.append(await asyncio.wait_for(waiting[0], 5.0) - start)
            await asyncio.sleep(0.05)
        return out


def page_latencies(text: str, presses: int) -> tuple[list[float], list[float]]:
    """(reader, bare Log) seconds from PageDown to the rendered frame, one value per press."""
    reader = ReaderApp(parse_article(text), store=MemoryStore(), top=True)
    return asyncio.run(_latencies(reader, presses)), asyncio.run(_latencies(_LogApp(text), presses))
