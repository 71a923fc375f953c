"""What the article view paints on a block: its spans (highlights, match, flash) and its gutter cells.

Pure functions of the article, the highlights and the view's switches, given
a `style(name)` lookup for the component classes; the widget caches what
they return per block and per line.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.content import Content, Span
from textual.style import Style

from reader.core.model import STRENGTHS, Article
from reader.ui.widgets.view_model import Highlights

GUTTER = 2
"""Cells left of the text: the sourcing shade or the amended-passage mark, and the current-passage mark."""
CURRENT_MARK = "▎"
"""Drawn in the gutter beside every line of the current passage (what `y` copies)."""

StyleOf = Callable[[str], Style]

SOURCING_COMPONENTS = tuple(f"article-view--sourcing-{s}" for s in STRENGTHS)
"""One component class per strength; styles/reader.tcss colours them under `.-sourcing`."""
COMPONENTS = {
    "article-view--title",
    "article-view--subtitle",
    "article-view--heading",
    "article-view--list-item",
    "article-view--blockquote",
    "article-view--code",
    "article-view--takeaway",
    "article-view--faq-question",
    "article-view--faq-answer",
    "article-view--credits",
    "article-view--caption",
    "article-view--removed",
    "article-view--prefix",
    "article-view--person",
    "article-view--org",
    "article-view--place",
    "article-view--misc",
    "article-view--quote",
    "article-view--amended",
    "article-view--match",
    "article-view--flash",
    "article-view--gutter-amended",
    "article-view--gutter-correction",
    "article-view--gutter-current",
    "article-view--em",
    "article-view--strong",
    "article-view--link",
    "article-view--code-span",
    *SOURCING_COMPONENTS,
}
"""The article view's component classes: every look it paints, styled in styles/reader.tcss."""


def block_spans(
    article: Article,
    key: str,
    highlights: Highlights,
    style: StyleOf,
    *,
    show_highlights: bool,
    flashing: bool,
    match: tuple[str, int, int] | None,
) -> list[Span]:
    """The spans for one block, lowest layer first (later spans win)."""
    spans: list[Span] = []
    block = article.block(key)
    for span in block.spans:
        name = "code-span" if span.kind == "code" else span.kind
        if name in ("em", "strong", "link", "code-span") and span.end > span.start:
            spans.append(Span(span.start, span.end, style(name)))
    if show_highlights:
        spans.extend(Span(a, b, style("quote")) for a, b in highlights.quotes.get(key, ()) if b > a)
        spans.extend(Span(a, b, style(cls)) for a, b, cls in highlights.entities.get(key, ()) if b > a)
        spans.extend(Span(a, b, style("amended")) for a, b in highlights.amended.get(key, ()) if b > a)
    if flashing:
        spans.append(Span(0, len(block.text), style("flash")))
    if match and match[0] == key and match[2] > match[1]:
        spans.append(Span(match[1], match[2], style("match")))
    return spans


def gutter(mark: str | None, shade: str | None, current: bool, style: StyleOf) -> Content:
    """Two cells: the sourcing shade or correction mark, then the current-passage bar (or the mark, when shaded)."""
    cells: list[tuple[str, str]] = []
    if shade is not None:
        cells.append(("▌", f"sourcing-{shade}"))
    if mark is not None:
        cells.append(("▌", f"gutter-{mark}"))
    if current:
        cells.append((CURRENT_MARK, "gutter-current"))
    content = Content()
    for char, name in cells[:GUTTER]:
        content += Content(char).stylize(style(name))
    return content + Content(" " * (GUTTER - min(len(cells), GUTTER)))
