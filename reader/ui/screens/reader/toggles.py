"""The reading screen's view toggles (`h`, `r`, `S`): one flag of the article view each, and what to say.

Kept apart from `screen.py` so the screen only routes the key: each toggle
flips a reactive of `ArticleView` (whose styles live in styles/reader.tcss)
and reports the new state in the status line or a notification.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.widgets.status import StatusBar

if TYPE_CHECKING:
    from reader.ui.screens.reader.screen import ReaderScreen

TOGGLES = ("highlights", "removed", "sourcing")
"""What `action_toggle(name)` can flip."""


def toggle(screen: ReaderScreen, name: str) -> None:
    """Flip one view flag: entity/quote/correction highlighting, the removed clutter, or the sourcing shade."""
    view, status = screen.view, screen.query_one(StatusBar)
    if name == "highlights":
        view.show_highlights = not view.show_highlights
        status.note = "" if view.show_highlights else "highlighting off"
    elif name == "removed":
        view.show_removed = not view.show_removed
        count = len(screen.article.removed)
        screen.notify(f"showing {count} removed passages" if view.show_removed else "removed passages hidden")
    elif name == "sourcing":
        view.show_sourcing = not view.show_sourcing
        if screen.panels_ready:  # the outline shows per-section counts while the shade is on
            screen.outline.show_sourcing = view.show_sourcing
            screen.outline.set_article(screen.article)
        status.note = "sourcing shading (H shows the legend)" if view.show_sourcing else ""
    else:
        raise ValueError(f"no such toggle: {name!r} (one of {', '.join(TOGGLES)})")
