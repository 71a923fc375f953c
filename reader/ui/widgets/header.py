"""The header: title, then publisher, authors, dates, reading time and a corrections badge."""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from reader.core.model import Article
from reader.ui.widgets.styling import component_style


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

    def meta_line(self) -> str:
        """Publisher · By authors · dates · reading time, skipping what is unknown."""
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
        return " · ".join(p for p in parts if p)

    def render(self) -> Content:
        title = self.article.meta.title or self.article.source.path or "Untitled article"
        content = Content(title).stylize(component_style(self, "article-header--title"))
        second = Content()
        corrections = len(self.article.corrections)
        if corrections:
            # First on its line, so wrapping never splits the badge.
            kinds = {c.kind for c in self.article.corrections}
            word = "clarification" if kinds == {"clarification"} else "correction"
            label = f" {corrections} {word}{'s' if corrections > 1 else ''} "
            second = Content(label).stylize(component_style(self, "article-header--badge")) + " "
        meta = self.meta_line()
        if meta:
            second += Content(meta).stylize(component_style(self, "article-header--meta"))
        return content + "\n" + second if second.plain else content
