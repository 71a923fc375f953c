"""Component-class styles for spans inside rendered text.

`Widget.get_visual_style(name, partial=True)` gives only what the component
class declares (so a span does not repaint its surroundings), but in Textual
8.2 it drops an opaque `background` (it blends towards transparent). We take
the background from the full style instead, which also resolves translucent
tints against the widget's own background.
"""

from __future__ import annotations

from dataclasses import replace

from textual.style import Style
from textual.widget import Widget


def component_style(widget: Widget, name: str) -> Style:
    """The style a component class declares, with its background intact."""
    style = widget.get_visual_style(name, partial=True)
    if widget.get_component_styles(name).has_rule("background"):
        style = replace(style, background=widget.get_visual_style(name).background)
    return style
