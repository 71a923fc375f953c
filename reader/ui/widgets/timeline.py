"""The Timeline panel: every time expression resolved to a day or a range, in date order.

Each row shows the resolved date (or range), the words it came from and the
event they date; Enter jumps to the words in the text.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets.option_list import Option

from reader.core.model import TimeRef
from reader.ui.widgets.panel import clip
from reader.ui.widgets.passages import PassageList


def date_label(ref: TimeRef) -> str:
    """ "2026-03-03", "2026-02-26 – 02-28" or "undated": the left column of a row."""
    if ref.date:
        return ref.date
    if ref.range:
        lo, hi = ref.range
        return f"{lo} – {hi[5:] if hi[:4] == lo[:4] else hi}"
    return "undated"


class TimelineList(PassageList):
    """One option per time expression, in the article's date order."""

    COMPONENT_CLASSES = {"timeline--date", "timeline--words", "timeline--undated", "timeline--anchor"}
    EMPTY = "No dates."

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.refs: tuple[TimeRef, ...] = ()

    def set_timeline(self, timeline: tuple[TimeRef, ...], *, analysed: bool) -> None:
        """List the article's time expressions (already in date order)."""
        self.EMPTY = "No dates." if analysed else "Finding dates…"
        self.refs = timeline
        self.spans = [(r.block, r.start, r.end) for r in timeline]
        options = []
        for ref in timeline:
            label = date_label(ref)
            row = self.part(label, "timeline--date" if label != "undated" else "timeline--undated")
            row += self.part(f"  “{clip(ref.text, 40)}”", "timeline--words")
            if ref.anchor == "statement":
                row += self.part(" (from the statement's date)", "timeline--anchor")
            options.append(Option(row + "\n" + Content(clip(ref.event, 160))))
        self.show(options)
