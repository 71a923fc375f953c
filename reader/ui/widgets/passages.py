"""The base of the Figures and Timeline panels: a list whose rows each point at a passage.

Both panels post the same message (`PassageList.Selected`, with the block and
the span), so the reading screen needs one handler for both to jump there.
"""

from __future__ import annotations

from textual import on
from textual.message import Message
from textual.widgets import OptionList

from reader.ui.widgets.panel import PanelList


class PassageList(PanelList):
    """A panel list whose row i stands for the passage `spans[i]` (block id, start, end)."""

    class Selected(Message):
        """A row was chosen: jump to its passage."""

        def __init__(self, panel: PassageList, block: str, start: int, end: int) -> None:
            super().__init__()
            self.panel, self.block, self.start, self.end = panel, block, start, end

        @property
        def control(self) -> PassageList:
            return self.panel

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.spans: list[tuple[str, int, int]] = []
        """The passage of each row, in row order."""

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.spans):
            self.post_message(self.Selected(self, *self.spans[event.option_index]))
