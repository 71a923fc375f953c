"""`L`: the links of the passages on screen, with their addresses. Links are shown, never followed."""

from __future__ import annotations

from textual.widget import Widget

from reader.core.model import Article
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.panel import clip


def links_on_screen(article: Article, view: ArticleView) -> list[str]:
    """One line per link (`text → address`) in the blocks from the top of the view to its bottom."""
    top = view.top_block()
    ids = [b.id for b in article.blocks]
    if top not in ids:
        return []
    bottom = view.scroll_y + view.scrollable_content_region.height
    found: list[str] = []
    for block in article.blocks[ids.index(top) :]:
        line = view.line_of(block.id)
        if line is not None and line >= bottom:
            break
        for span in block.spans:
            if span.kind == "link" and span.href:
                text = " ".join(block.text[span.start : span.end].split())
                found.append(f"{clip(text, 40)} → {span.href}" if text and text != span.href else span.href)
    return found


def show_links(screen: Widget, article: Article, view: ArticleView) -> None:
    """Say the links on screen in a notification (addresses as text: nothing opens them)."""
    found = links_on_screen(article, view)
    text = "\n".join(found) if found else "no links in the passages on screen"
    screen.notify(text, title="Links" if found else "", timeout=12 if found else 3, markup=False)
