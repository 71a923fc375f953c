"""The reading screen's simple key actions: scrolling, toggles, copy, marks, help.

Kept apart from `reader.py` (layout, workers, messages, search) so each module
stays small. `ReaderScreen` subclasses `ReaderActions` and provides the few
things declared here: the view, the article, the saved state and `jump`.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen

from reader.core.model import Article
from reader.store import ArticleState
from reader.ui.citation import cite_figure, cite_passage, cite_quote
from reader.ui.screens.help import HelpScreen, key_label
from reader.ui.screens.mark import MarkPrompt
from reader.ui.search_query import PREFIXES
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.status import StatusBar

EXTRA_HELP = [
    *[
        (" ".join(p + "…" for p, s in PREFIXES if s == scope), f"typed first in the search field: {scope} only")
        for scope in dict.fromkeys(s for _, s in PREFIXES)
    ],
    ("↑ ↓ Enter", "in the search field: move through results, jump to one"),
    ("Enter", "in a panel: jump there (correction: claim, then correction; entity: next mention)"),
    ("Tab Shift+Tab", "move focus between the article and the panels"),
    ("Ctrl+P", "command palette: sections, entities, themes and every action"),
    ("mouse", "wheel scrolls; click a passage to make it current (y copies it); click panels and tabs"),
]
"""Keys that are not plain bindings of the screen, shown by `?` after them."""


class ReaderActions(Screen[None]):
    """Key actions that only move the view, flip a state class or talk to the store."""

    article: Article
    state: ArticleState
    _last_jump_from: str | None

    @property
    def view(self) -> ArticleView:
        """The article view."""
        return self.query_one(ArticleView)

    def jump(self, block: str, span: tuple[int, int] | None = None, *, flash: bool = True, margin: int = 2) -> bool:
        """Scroll to a block; implemented by `ReaderScreen`."""
        raise NotImplementedError

    def save_state(self) -> None:
        """Persist position and marks; implemented by `ReaderScreen`."""
        raise NotImplementedError

    def action_scroll_lines(self, lines: int) -> None:
        """Scroll by lines."""
        self.view.scroll_relative(y=lines, animate=False)

    def action_scroll_pages(self, pages: int) -> None:
        """Scroll by pages."""
        self.view.scroll_relative(y=pages * max(1, self.view.scrollable_content_region.height), animate=False)

    def action_scroll_half(self, direction: int) -> None:
        """Scroll by half a page."""
        self.view.scroll_relative(y=direction * max(1, self.view.scrollable_content_region.height // 2), animate=False)

    def action_top(self) -> None:
        """Go to the start."""
        self.view.scroll_home(animate=False)

    def action_bottom(self) -> None:
        """Go to the end."""
        self.view.scroll_end(animate=False)

    def action_toggle_outline(self) -> None:
        """Show or hide the outline."""
        outline = next(iter(self.query("#outline")), None)  # mounted just after first paint
        if outline is None:
            return
        shown = bool(outline.display)
        self.set_class(shown, "-outline-off")
        self.set_class(not shown, "-outline-on")

    def action_toggle_highlights(self) -> None:
        """Entity, quote and correction highlighting on or off."""
        view = self.view
        view.show_highlights = not view.show_highlights
        self.query_one(StatusBar).note = "" if view.show_highlights else "highlighting off"

    def action_toggle_removed(self) -> None:
        """Show the removed clutter inline, dimmed (or hide it again)."""
        view = self.view
        view.show_removed = not view.show_removed
        count = len(self.article.removed)
        self.notify(f"showing {count} removed passages" if view.show_removed else "removed passages hidden")

    def action_copy(self) -> None:
        """Copy the current quote or figure (in its list) or passage, with its citation."""
        from reader.ui.widgets.figures import FigureList
        from reader.ui.widgets.quotes import QuoteList  # loaded with the panels, after first paint

        quotes = next(iter(self.query(QuoteList)), None)
        figures = next(iter(self.query(FigureList)), None)
        if quotes is not None and quotes.has_focus and quotes.current is not None:
            text = cite_quote(self.article, quotes.current)
        elif figures is not None and figures.has_focus and figures.current is not None:
            text = cite_figure(self.article, figures.current)
        else:
            block = self.view.selected or self.view.top_block()
            if block is None:
                return
            text = cite_passage(self.article, self.article.block(block).text)
        self.app.copy_to_clipboard(text)
        self.notify("copied with citation", timeout=2)

    def action_mark(self) -> None:
        """Set a mark: `m` then a letter."""
        self.app.push_screen(MarkPrompt("set mark"), self._set_mark)

    def _set_mark(self, letter: str | None) -> None:
        block = self.view.top_block()
        if letter and letter != "'" and block:
            self.state.marks[letter] = block
            self.save_state()
            self.notify(f"mark {letter} set", markup=False)

    def action_goto_mark(self) -> None:
        """Return to a mark: `'` then its letter."""
        self.app.push_screen(MarkPrompt("go to mark"), self._goto_mark)

    def _goto_mark(self, letter: str | None) -> None:
        if letter is None:
            return
        block = self._last_jump_from if letter == "'" else self.state.marks.get(letter)
        if block is None:
            self.notify(f"no mark {letter}", severity="warning", markup=False)
            return
        self.jump(block, flash=False, margin=0)

    def action_help(self) -> None:
        """List every key."""
        self.app.push_screen(HelpScreen(self.help_rows()))

    @classmethod
    def help_rows(cls) -> list[tuple[str, str]]:
        """Every binding of the screen, then the keys that are not plain bindings."""
        rows = [(key_label(b.key), b.description) for b in cls.BINDINGS if isinstance(b, Binding)]
        return rows + EXTRA_HELP
