"""Command palette entries for the article being read: its sections and entities."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

if TYPE_CHECKING:
    from reader.ui.screens.reader.screen import ReaderScreen


class ArticleCommands(Provider):
    """ "Go to section …" and "Entity …" for the article on the current screen."""

    def _entries(self) -> list[tuple[str, str, Callable[[], object]]]:
        from reader.ui.screens.reader.screen import ReaderScreen

        screen = self.screen
        if not isinstance(screen, ReaderScreen):
            return []
        return entries_for(screen)

    async def discover(self) -> Hits:
        for title, help_text, callback in self._entries():
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._entries():
            score = matcher.match(title)
            if score > 0:
                # Matcher.highlight parses its input as markup: article text must not go there.
                yield Hit(score, Content(title), callback, text=title, help=help_text)


def entries_for(screen: ReaderScreen) -> list[tuple[str, str, Callable[[], object]]]:
    """(title, help, callback) for each section and entity of the screen's article."""
    article = screen.article
    entries: list[tuple[str, str, Callable[[], object]]] = []
    for number, section in enumerate(article.sections):
        title = section.title or ("Beginning" if number == 0 else "(untitled)")
        entries.append((f"Go to section: {title}", "Jump to this section", partial(screen.go_to_section, section.id)))
    for name, what in (("figures", "Figures: every quantity"), ("timeline", "Timeline: every date, in order")):
        entries.append((f"Panel: {what}", "Show this sidebar panel", partial(screen.action_panel, name)))
    for entity in article.entities:
        label = f"Entity: {entity.name} ({entity.type.lower()}, {len(entity.mentions)}×)"
        entries.append((label, "Jump to its first mention", partial(screen.go_to_entity, entity.id)))
    return entries
