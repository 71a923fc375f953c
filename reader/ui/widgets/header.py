"""The header: title, then publisher, authors, dates, reading time and a corrections badge."""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from reader.core.corrections.summary import badge_text
from reader.core.model import Article
from reader.ui.widgets.component_style import component_style


class ArticleHeader(Widget):
    """Two or three lines about the article; the badge appears once corrections are found."""

    COMPONENT_CLASSES = {"article-header--title", "article-header--meta", "article-header--badge"}

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article

    def set_article(self, article: Article) -> None:
        """Show a newer version of the article (the badge needs the analysis)."""
        self.article = article
        self.refresh(layout=True)

    def meta_parts(self) -> list[str]:
        """Publisher, category, "By" authors, dates, reading time: what is known, in that order."""
        m = self.article.meta
        parts = [m.publisher, m.category]
        if m.authors:
            parts.append("By " + ", ".join(m.authors))
        dates = m.published or ""
        if m.updated and m.updated != m.published:
            dates = f"{dates}, updated {m.updated}" if dates else f"updated {m.updated}"
        parts.append(dates)
        if m.reading_minutes:
            parts.append(f"{m.reading_minutes} min read")
        return [p for p in parts if p]

    def meta_line(self) -> str:
        """Publisher · By authors · dates · reading time, skipping what is unknown."""
        return " · ".join(self.meta_parts())

    def render(self) -> Content:
        title = self.article.meta.title or self.article.source.path or "Untitled article"
        content = Content(title).stylize(component_style(self, "article-header--title"))
        meta_style = component_style(self, "article-header--meta")
        dot = Content(" · ").stylize(meta_style)
        # (glue before it, piece): the line breaks only at a glue, never inside a piece
        pieces: list[tuple[Content, Content]] = []
        badge = badge_text(self.article)
        if badge:
            pieces.append((Content(), Content(f" {badge} ").stylize(component_style(self, "article-header--badge"))))
        for part in self.meta_parts():
            glue = Content(" ") if len(pieces) == 1 and badge else dot
            pieces.append((glue, Content(part).stylize(meta_style)))
        if not pieces:
            return content
        return content + "\n" + _flow(pieces, self.size.width)


def _flow(pieces: list[tuple[Content, Content]], width: int) -> Content:
    """Pieces on as few lines as fit `width`, broken only between pieces ("3 min read" never splits)."""
    lines: list[Content] = []
    line = Content()
    for glue, piece in pieces:
        joined = line + glue + piece if line.plain else piece
        if line.plain and width and joined.cell_length > width:
            lines.append(line)
            line = piece
        else:
            line = joined
    lines.append(line)
    return Content("\n").join(lines)
