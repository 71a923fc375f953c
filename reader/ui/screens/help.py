"""`?`: every key of the reading screen, generated from its bindings so it cannot drift."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
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
    "less_than_sign": "<",
    "greater_than_sign": ">",
    "percent_sign": "%",
    "colon": ":",
    "f1": "F1",
    **{f"ctrl+{c}": f"Ctrl+{c.upper()}" for c in "bdfnou"},
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
    """A scrollable table of keys, then the sourcing legend; Esc, q, H, F1 or ? close it; j/k, space/b, g/G scroll."""

    COMPONENT_CLASSES = {f"help--{strength}" for strength, _ in SOURCING_LEGEND}
    BINDINGS = [
        Binding("escape,q,question_mark,H,f1", "dismiss", "Close help"),
        Binding("j,down", "scroll(1)", "Scroll down", show=False),
        Binding("k,up", "scroll(-1)", "Scroll up", show=False),
        Binding("space,f,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
        Binding("g,home", "ends(0)", "Top", show=False),
        Binding("G,shift+g,end", "ends(1)", "Bottom", show=False),
    ]

    def __init__(self, rows: list[tuple[str, str]], *, title: str = "Keys") -> None:
        super().__init__()
        self.rows = rows
        self.title_text = title

    def compose(self) -> ComposeResult:
        width = max((len(k) for k, _ in self.rows), default=8) + 2
        with VerticalScroll(id="help-body") as scroll:
            scroll.border_title = self.title_text
            scroll.border_subtitle = "j k space b scroll · Esc closes"
            for keys, text in self.rows:
                # Two columns, so a long description wraps under itself, not under the keys.
                with Horizontal(classes="help-row"):
                    key = Static(Content(keys).stylize("bold"), classes="help-keys")
                    key.styles.width = width
                    yield key
                    yield Static(Content(text), classes="help-what")
            yield Static(id="help-legend")

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()
        # Component styles resolve once mounted: the legend's colours come from styles/base.tcss.
        lines = [Content.from_markup("[b]Sourcing shading[/b] (S): the gutter mark of each paragraph")]
        for strength, meaning in SOURCING_LEGEND:
            mark = Content("▌ ").stylize(component_style(self, f"help--{strength}"), 0, 1)
            lines.append(mark + Content(f"{strength:<13}").stylize("bold") + Content(meaning))
        self.query_one("#help-legend", Static).update(Content("\n").join(lines))

    @property
    def body(self) -> VerticalScroll:
        """The scrolling box of rows."""
        return self.query_one("#help-body", VerticalScroll)

    def action_scroll(self, lines: int) -> None:
        self.body.scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        self.body.scroll_relative(y=pages * max(1, self.body.scrollable_content_region.height - 1), animate=False)

    def action_ends(self, end: int) -> None:
        body = self.body
        body.scroll_to(y=body.max_scroll_y if end else 0, animate=False)
