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
    "source": ("· from the text", "takeaways--origin"),  # extracted: its own sentence (ux9core; lead may restyle)
    None: ("… checking", "takeaways--pending"),
}
"""Grounding -> (label, component class); None while the analysis runs."""


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
            origin = "" if takeaway.origin == "article" else " (extracted)"
            prompt = Content(takeaway.text) + "\n" + self.part(label, cls) + self.part(origin, "takeaways--origin")
            options.append(Option(prompt))
        self.show(options)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.takeaways):
            self.post_message(self.Selected(self, self.takeaways[event.option_index]))
