"""The status line: current section, search counter, and how far through the article."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.style import Style
from textual.widget import Widget

from reader.ui.widgets.component_style import component_style


class StatusBar(Widget):
    """One line under the article; the screen sets its attributes."""

    COMPONENT_CLASSES = {"status-bar--section", "status-bar--counter", "status-bar--percent"}

    section: reactive[str] = reactive("")
    percent: reactive[int] = reactive(0)
    counter: reactive[str] = reactive("")
    """Search position, "3/14", empty when no search is active."""
    note: reactive[str] = reactive("")
    """A short state note (e.g. "highlighting off")."""

    def render(self) -> Content:
        def style(name: str) -> Style:
            return component_style(self, name)

        left = Content(f" § {self.section}" if self.section else " ").stylize(style("status-bar--section"))
        right = Content()
        if self.note:
            right += Content(f"{self.note}  ")
        if self.counter:
            right += Content(f" {self.counter} ").stylize(style("status-bar--counter")) + "  "
        right += Content(f"{self.percent:3d}% ").stylize(style("status-bar--percent"))
        width = self.size.width
        room = width - right.cell_length - 1
        if left.cell_length > room:
            left = left.truncate(max(0, room), ellipsis=True)
        return left + Content(" " * max(1, width - left.cell_length - right.cell_length)) + right
