"""The reading screen's keys, what each needs loaded, and the help rows generated from them.

Kept out of `screen.py` so the keymap reads as one table. Keys follow less and
vim; counts and the keys after `m`, `'` and `:` are read by `keys.py`. A key
that cannot do anything now (n before any search, r when nothing was removed)
is greyed in the footer by `ReaderScreen.check_action`, and a hidden fallback
binding on the same key says why instead of doing nothing.
Keys for panels that mount just after first paint wait for them (never lost);
a panel opened before the analysis is done says what it is waiting for.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

from reader.core.search.query import PREFIXES
from reader.ui.screens.help import key_label

BINDINGS: list[BindingType] = [
    Binding("j,down", "nav('lines', 1)", "Line down", show=False),
    Binding("k,up", "nav('lines', -1)", "Line up", show=False),
    Binding("space,f,pagedown,ctrl+f", "nav('pages', 1)", "Page down", show=False),
    Binding("b,pageup,ctrl+b", "nav('pages', -1)", "Page up", show=False),
    Binding("d,ctrl+d", "nav('half_pages', 1)", "Half page down", show=False),
    Binding("u,ctrl+u", "nav('half_pages', -1)", "Half page up", show=False),
    Binding("g,home,less_than_sign", "nav('top')", "Top (with a count: that line, 10g)", show=False),
    Binding("G,shift+g,end,greater_than_sign", "nav('bottom')", "Bottom (with a count: that line, 10G)", show=False),
    Binding("percent_sign,p", "nav('to_percent', 0)", "Go to a percentage: 50% or 50p", show=False),
    Binding("left_square_bracket", "section(-1)", "Previous section (from the first: the beginning)", show=False),
    Binding("right_square_bracket", "section(1)", "Next section", show=False),
    Binding("slash", "search", "Search"),
    Binding("question_mark", "search(-1)", "Search backward (n goes up)", key_display="?", show=False),
    Binding("n", "search_step(1)", "Next match, in document order", show=False),
    Binding("N,shift+n", "search_step(-1)", "Previous match", show=False),
    Binding("ctrl+o", "nav('travel', -1)", "Back to the place before a jump", show=False),
    Binding("ctrl+n", "nav('travel', 1)", "Forward again (ctrl+i is Tab in a terminal)", show=False),
    Binding("t", "panel('takeaways')", "Takeaways"),
    Binding("c", "panel('corrections')", "Corrections"),
    Binding("e", "panel('entities')", "Entities"),
    Binding("quotation_mark", "panel('quotes')", "Quotes", key_display='"', show=False),
    Binding("o", "toggle_outline", "Outline", show=False),
    Binding("s", "toggle_sidebar", "Hide or show the sidebar", show=False),
    Binding("h", "view_toggle('highlights')", "Highlights", show=False),
    Binding("r", "view_toggle('removed')", "Show removed clutter", show=False),
    Binding("S,shift+s", "view_toggle('sourcing')", "Shade the gutter by sourcing (legend below)", show=False),
    Binding("L", "links", "Links on screen, with their addresses", show=False),
    Binding("y", "copy", "Copy passage with citation", show=False),
    Binding("m", "sequence('m')", "Set a mark: m then a letter", show=False),
    Binding("apostrophe", "sequence('apostrophe')", "Go to a mark: ' then its letter ('' goes back)", show=False),
    Binding("colon", "sequence('colon')", "Command: :n / :p next / previous article, :NUMBER a line", show=False),
    Binding("H,f1", "help", "Help"),
    Binding("escape", "back", "Clear / back", show=False),
    Binding("q", "close", "Quit"),
    # Fallbacks: reached only when the binding above on the same key is greyed out.
    Binding("n,N,shift+n", "unavailable('search_step')", "Say why there is no match to step to", show=False),
    Binding("r", "unavailable('toggle_removed')", "Say why there is no clutter to show", show=False),
]
"""The reading screen's keymap (the README's key table and the help screen, `H`, list the same)."""

UNAVAILABLE: dict[str, str] = {
    "search_step": "no search yet: press / to search",
    "toggle_removed": "nothing was removed from this article",
}
"""Why an action is greyed out, said by its fallback binding when the key is pressed anyway."""

FALLBACK = "unavailable"
"""The fallback action: enabled exactly when the key's own action is not."""

EXTRA_HELP = [
    *[
        (" ".join(p + "…" for p, s in PREFIXES if s == scope), f"typed first in the search field: {scope} only")
        for scope in dict.fromkeys(s for _, s in PREFIXES)
    ],
    ("↑ ↓ Enter", "in the search field: move through results, jump to one"),
    ("Enter", "in a panel: jump there (correction: claim, then correction; entity: next mention)"),
    ("5j 3] 10G 50%", "a count first repeats a move, or picks the line / percentage (Esc cancels it)"),
    ("Tab Shift+Tab", "move focus between the article and the panels"),
    ("Ctrl+P", "command palette: sections, entities, themes and every action"),
    ("mouse", "wheel scrolls; click a passage to make it current (y copies it); click panels and tabs"),
]
"""Keys that are not plain bindings of the screen, shown by the help screen after them."""


def help_rows() -> list[tuple[str, str]]:
    """Every binding of the screen (fallbacks aside), then the keys that are not plain bindings."""
    rows = [
        (key_label(b.key), b.description)
        for b in BINDINGS
        if isinstance(b, Binding) and not b.action.startswith(FALLBACK)
    ]
    return rows + EXTRA_HELP
