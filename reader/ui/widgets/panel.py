"""The common base of the sidebar lists: an OptionList that styles by component class.

Article text reaches these lists only as `Content` (never markup), and the
colours of badges and labels come from the `.tcss` component classes.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.ui.widgets.component_style import component_style


class PanelList(OptionList):
    """An OptionList whose options are built from the article, styled by component class."""

    EMPTY = "Nothing here."
    """Shown (disabled) when there is nothing to list."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)

    def part(self, text: str, component: str) -> Content:
        """Untrusted `text` as Content in the style of one of this widget's component classes."""
        return Content(text).stylize(component_style(self, component))

    def show(self, options: list[Option]) -> None:
        """Replace the options, keeping the cursor where it was when possible."""
        keep = self.highlighted
        self.set_options(options or [Option(Content(self.EMPTY), disabled=True)])
        if options:
            first = next((i for i, o in enumerate(options) if not o.disabled), None)
            self.highlighted = keep if keep is not None and keep < len(options) else first


def clip(text: str, limit: int) -> str:
    """Shorten long text for a list row, on a word boundary."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"
