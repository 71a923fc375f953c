"""`?`: every key of the reading screen, generated from its bindings so it cannot drift."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

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
    "less_than_sign": "<",
    "greater_than_sign": ">",
    "percent_sign": "%",
    "colon": ":",
    "f1": "F1",
    **{f"ctrl+{c}": f"Ctrl+{c.upper()}" for c in "bdfnou"},
}


def key_label(keys: str) -> str:
    """How a binding's comma-separated key names are shown to people."""
    shown: list[str] = []
    for key in keys.split(","):
        label = KEY_NAMES.get(key.strip(), key.strip())
        if label not in shown:
            shown.append(label)
    return " ".join(shown)


class HelpScreen(ModalScreen[None]):
    """A scrollable table of keys; any of Esc, q, H, F1 or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark,H,f1", "dismiss", "Close help")]

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
