"""Every built-in theme keeps the text readable: component colours resolve against the real background."""

from __future__ import annotations

from textual.color import Color
from textual.widget import Widget

from reader.core.model import Article
from reader.ui.app import ReaderApp
from reader.ui.widgets.component_style import component_style
from tests.app.pilot import ready

PANELS = (
    "ArticleHeader",
    "ArticleView",
    "Takeaways",
    "CorrectionsPanel",
    "StatusBar",
    "EntityIndex",
    "QuoteList",
    "FigureList",
    "TimelineList",
)
LEAST = 3.0
"""WCAG contrast for large or bold text; every coloured span of ours should reach it."""


def _luminance(c: Color) -> float:
    def channel(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)


def contrast(a: Color, b: Color) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def faint_parts(widget: Widget) -> list[str]:
    """The widget's coloured component classes whose text is below LEAST against what is behind it."""
    base = widget.get_visual_style().background or Color(0, 0, 0)
    faint = []
    for name in sorted(widget.COMPONENT_CLASSES):
        if not widget.get_component_styles(name).has_rule("color"):
            continue
        style = component_style(widget, name)
        back = (base + style.background) if style.background else base
        fore = (back + style.foreground) if style.foreground else back
        if back is None or fore is None:
            continue
        if (ratio := contrast(fore, back)) < LEAST:
            faint.append(f"{name} {ratio:.1f}")
    return faint


async def test_every_builtin_theme_is_readable(article: Article) -> None:
    app = ReaderApp(article)
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await ready(pilot)
        themes = sorted(t for t in app.available_themes if not t.startswith("ansi"))  # ansi: the terminal's own
        assert "textual-light" in themes
        faint: dict[str, list[str]] = {}
        for theme in themes:
            app.theme = theme
            await pilot.pause()
            found = [part for name in PANELS for part in faint_parts(screen.query_one(name))]
            if found:
                faint[theme] = found
        assert faint == {}
