"""`?`: every key of the reading screen, generated from its bindings so it cannot drift."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.ui.widgets.component_style import component_style

KEY_NAMES = {
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "slash": "/",
    "question_mark": "?",
    "apostrophe": "'",
    "quotation_mark": '"',
    "space": "space",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
    "down": "↓",
    "up": "↑",
    "escape": "Esc",
    "enter": "Enter",
    "tab": "Tab",
    "shift+tab": "Shift+Tab",
    "ctrl+p": "Ctrl+P",
    "shift+g": "G",
    "shift+n": "N",
    "shift+s": "S",
}
SOURCING_LEGEND = (
    ("on-record", "a named person says so"),
    ("official", "a named organisation, its spokesperson or statement"),
    ("reported", "another outlet reported it"),
    ("anonymous", 'an unnamed source ("a person familiar with the matter", "officials")'),
    ("unattributed", "nobody is said to say so"),
)
"""What the sourcing shading (`S`) colours mean, strongest first; the same colours as the gutter."""


def key_label(keys: str) -> str:
    """How a binding's comma-separated key names are shown to people."""
    shown: list[str] = []
    for key in keys.split(","):
        label = KEY_NAMES.get(key.strip(), key.strip())
        if label not in shown:
            shown.append(label)
    return " ".join(shown)


class HelpScreen(ModalScreen[None]):
    """A scrollable table of keys, then the sourcing legend; any of Esc, q or ? closes it."""

    COMPONENT_CLASSES = {f"help--{strength}" for strength, _ in SOURCING_LEGEND}
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close help")]

    def __init__(self, rows: list[tuple[str, str]], *, title: str = "Keys") -> None:
        super().__init__()
        self.rows = rows
        self.title_text = title

    def compose(self) -> ComposeResult:
        width = max((len(k) for k, _ in self.rows), default=8) + 3
        lines = [Content(f"{keys:<{width}}").stylize("bold") + Content(text) for keys, text in self.rows]
        body = Content("\n").join(lines)
        with VerticalScroll(id="help-body") as scroll:
            scroll.border_title = self.title_text
            scroll.border_subtitle = "Esc closes"
            yield Static(body, id="help-text")
            yield Static(id="help-legend")

    def on_mount(self) -> None:
        # Component styles resolve once mounted: the legend's colours come from styles/base.tcss.
        lines = [Content.from_markup("[b]Sourcing shading[/b] (S): the gutter mark of each paragraph")]
        for strength, meaning in SOURCING_LEGEND:
            mark = Content("▌ ").stylize(component_style(self, f"help--{strength}"), 0, 1)
            lines.append(mark + Content(f"{strength:<13}").stylize("bold") + Content(meaning))
        self.query_one("#help-legend", Static).update(Content("\n").join(lines))
