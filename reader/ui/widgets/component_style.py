"""Component-class styles for spans inside rendered text.

`Widget.get_visual_style(name, partial=True)` gives only what the component
class declares (so a span does not repaint its surroundings), but in Textual
8.2 it drops an opaque `background` (it blends towards transparent), and it
resolves an `auto` colour (the themes' `$text`, `$text-muted`, `$text-disabled`
are `auto 87%`, `auto 60%`, `auto 38%`) against that transparent black: white
text, unreadable on a light theme. Both are taken from the full style instead,
which resolves them against the widget's real background.
"""

from __future__ import annotations

from dataclasses import replace

from textual.style import Style
from textual.widget import Widget


def component_style(widget: Widget, name: str) -> Style:
    """The style a component class declares, with its background and auto colours resolved."""
    style = widget.get_visual_style(name, partial=True)
    rules = widget.get_component_styles(name)
    if rules.has_rule("background") or rules.has_rule("color") or rules.has_rule("auto_color"):
        full = widget.get_visual_style(name)
        if rules.has_rule("background"):
            style = replace(style, background=full.background)
        if rules.has_rule("color") or rules.has_rule("auto_color"):
            style = replace(style, foreground=full.foreground)
    return style
