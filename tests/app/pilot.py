"""Helpers for the Pilot tests: waiting for the reading screen, reading what it shows, a fake index."""

from __future__ import annotations

from textual.pilot import Pilot

from reader.core.model import Article
from reader.core.search.passages import Hit, Scope
from reader.ui.screens.reader import ReaderScreen


async def ready(pilot: Pilot[None]) -> ReaderScreen:
    """Wait for the first layout and the workers; return the reading screen."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def visible_text(screen: ReaderScreen) -> str:
    view = screen.view
    return "\n".join(view.render_line(y).text for y in range(view.scrollable_content_region.height))


class FakeIndex:
    """Case-insensitive substring search over blocks: enough to drive the search UI."""

    def __init__(self, article: Article) -> None:
        self.article = article

    def search(self, query: str, *, scope: Scope = "all", limit: int = 50) -> list[Hit]:
        hits: list[Hit] = []
        needle = query.lower()
        if not needle:
            return hits
        if scope == "quotes":
            for q in self.article.quotes:
                at = q.text.lower().find(needle)
                if at >= 0:
                    start = q.start + at
                    text = self.article.block(q.block).text
                    hits.append(Hit(q.block, start, start + len(needle), 100, "quote", text, 0, None))
            return hits[:limit]
        for block in self.article.blocks:
            at = block.text.lower().find(needle)
            while at >= 0:
                section = self.article.section_of(block.id)
                title = section.title if section else None
                hits.append(Hit(block.id, at, at + len(needle), 90, "text", block.text, 0, title))
                at = block.text.lower().find(needle, at + 1)
        return hits[:limit]
