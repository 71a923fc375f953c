"""Key Takeaways with their grounding; Enter jumps to the supporting passage."""

from __future__ import annotations

from textual import on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.model import Takeaway
from reader.ui.widgets.panel import PanelList

BADGES = {
    "supported": ("✓ supported", "takeaways--supported"),
    "partial": ("~ partial", "takeaways--partial"),
    "unsupported": ("✗ unsupported", "takeaways--unsupported"),
    "source": ("a sentence of the article", "takeaways--origin"),  # extracted: its own words
    None: ("… checking", "takeaways--pending"),
}
"""Grounding -> (label, component class); None while the analysis runs.

"source" is no verdict: an extracted takeaway is a sentence of the article itself."""
BADGE_INDENT = "  "
"""Before the badge line, so it sits under the takeaway it grades."""


class Takeaways(PanelList):
    """One option per takeaway: the text, then its grounding badge."""

    COMPONENT_CLASSES = {
        "takeaways--supported",
        "takeaways--partial",
        "takeaways--unsupported",
        "takeaways--pending",
        "takeaways--origin",
    }
    EMPTY = "No key takeaways."

    class Selected(Message):
        """A takeaway was chosen: the screen jumps to its support and flashes it."""

        def __init__(self, panel: Takeaways, takeaway: Takeaway) -> None:
            super().__init__()
            self.panel, self.takeaway = panel, takeaway

        @property
        def control(self) -> Takeaways:
            return self.panel

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.takeaways: tuple[Takeaway, ...] = ()

    def set_takeaways(self, takeaways: tuple[Takeaway, ...], *, analysed: bool) -> None:
        """Show the article's takeaways (grounding badges fill in once `analysed`)."""
        self.takeaways = takeaways
        options = []
        pending = not analysed
        for takeaway in takeaways:
            label, cls = BADGES[None if pending else takeaway.grounding]
            if not pending and takeaway.grounding is None:
                label, cls = "· not checked", "takeaways--pending"
            extracted = takeaway.origin != "article" and takeaway.grounding != "source"
            origin = " (extracted)" if extracted else ""
            # The badge hangs under its own takeaway (indented), so it never reads as the next one's heading.
            badge = Content(BADGE_INDENT) + self.part(label, cls) + self.part(origin, "takeaways--origin")
            prompt = Content(takeaway.text) + "\n" + badge
            options.append(Option(prompt))
        self.show(options)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.takeaways):
            self.post_message(self.Selected(self, self.takeaways[event.option_index]))
