"""The Figures panel: every quantity of the body in reading order, what it counts and who states it.

Figures that count the same thing differently carry a warning with the other
figure; Enter jumps to the figure, `y` copies it with its citation.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets.option_list import Option

from reader.core.model import Figure, FigureConflict
from reader.ui.widgets.panel import clip
from reader.ui.widgets.passages import PassageList


class FigureList(PassageList):
    """One option per figure: kind and words, then what it counts and who says so."""

    COMPONENT_CLASSES = {"figures--kind", "figures--counts", "figures--by", "figures--conflict"}
    EMPTY = "No figures."

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.figures: tuple[Figure, ...] = ()

    def set_figures(
        self, figures: tuple[Figure, ...], conflicting: tuple[FigureConflict, ...], *, analysed: bool
    ) -> None:
        """List the article's figures in reading order, each conflict marked on both figures."""
        self.EMPTY = "No figures." if analysed else "Finding figures…"
        self.figures = figures
        self.spans = [(f.block, f.start, f.end) for f in figures]
        conflicts: dict[int, list[str]] = {}
        for c in conflicting:
            i, j = c.figures
            if 0 <= i < len(self.figures) and 0 <= j < len(self.figures):
                conflicts.setdefault(i, []).append(self.figures[j].text)
                conflicts.setdefault(j, []).append(self.figures[i].text)
        options = []
        for index, f in enumerate(figures):
            row = self.part(f"{f.kind:<7} ", "figures--kind") + Content(clip(f.text, 60))
            if f.counts and f.kind != "count":
                row += self.part(f" · {clip(f.counts, 40)}", "figures--counts")
            notes: list[Content] = []
            if f.attributed_to:
                notes.append(self.part(f"by {clip(f.attributed_to, 50)}", "figures--by"))
            if index in conflicts:
                others = ", ".join(dict.fromkeys(conflicts[index]))
                notes.append(self.part(f"⚠ differs from {clip(others, 50)}", "figures--conflict"))
            if notes:
                row += Content("\n        ") + Content("  ").join(notes)
            options.append(Option(row))
        self.show(options)

    @property
    def current(self) -> Figure | None:
        """The highlighted figure, if any (what `y` copies when this list has focus)."""
        index = self.highlighted
        return self.figures[index] if index is not None and 0 <= index < len(self.figures) else None
