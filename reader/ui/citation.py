"""What `y` puts on the clipboard: a passage or quote with where it came from."""

from __future__ import annotations

from reader.core.model import Article, Figure, Quote


def source_line(article: Article) -> str:
    """Title, publisher, authors and date, as far as they are known."""
    meta = article.meta
    parts = [f"“{meta.title}”" if meta.title else None, meta.publisher]
    if meta.authors:
        parts.append("by " + ", ".join(meta.authors))
    parts.append(meta.published)
    if not any(parts) and article.source.path:
        parts.append(article.source.path)
    return ", ".join(p for p in parts if p)


def cite_passage(article: Article, text: str) -> str:
    """A passage followed by its source, ready to paste into notes."""
    source = source_line(article)
    return f"{text}\n— {source}" if source else text


def cite_quote(article: Article, quote: Quote) -> str:
    """A quotation with its speaker and source."""
    who = quote.speaker or "unattributed"
    source = source_line(article)
    tail = f"{who}, in {source}" if source else who
    return f"“{quote.text}”\n— {tail}"


def citation_for(article: Article, chosen: Quote | Figure | None, block: str | None) -> str | None:
    """What `y` copies: the quote or figure chosen in its list, else the current passage."""
    if isinstance(chosen, Quote):
        return cite_quote(article, chosen)
    if chosen is not None:
        return cite_figure(article, chosen)
    if block is None:
        return None
    return cite_passage(article, article.block(block).text)


def cite_figure(article: Article, figure: Figure) -> str:
    """A figure, what it counts and who states it, with its sentence's passage and the source."""
    what = f" ({figure.counts})" if figure.counts and figure.counts not in figure.text else ""
    who = f", according to {figure.attributed_to}" if figure.attributed_to else ""
    passage = article.block(figure.block).text
    return cite_passage(article, f"{figure.text}{what}{who}\n“{passage}”")
