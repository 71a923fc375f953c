"""Text in, `Article` out: the structure half of the pipeline (no analysis).

Plain text goes through the shape rules in `reader.core.structure.plain`,
Markdown through markdown-it-py in `reader.core.structure.markdown`; both meet
in one assembly step, so the model is the same whatever the input format.
This is the one place text is cleaned and the article's digest is taken.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Article, SourceInfo
from reader.core.structure.plain import parse_plain
from reader.core.structure.sections import assemble
from reader.core.text.clean import clean, digest

HEAD_FROM = 200_000
"""Texts longer than this (characters) can be shown first from a parse of their head."""
HEAD_SIZE = 40_000
"""About how much of the head `parse_head` parses: far more than a screen."""


def parse_article(text: str, *, source: SourceInfo | None = None, fmt: str | None = None) -> Article:
    """Parse decoded text into an Article (structure only; `analyse` fills the rest).

    Args:
        text: the article text as decoded; any `str` is safe (it is cleaned here).
        source: where it came from; its `format` decides the parser when `fmt` is None.
            Its `sha256` is set here from the cleaned text.
        fmt: "markdown" or "text"; None means `source.format`, or plain text.
    """
    text = clean(text).lstrip("\ufeff")
    return _parse(text, replace(source or SourceInfo(), sha256=digest(text)), fmt)


def parse_head(text: str, *, source: SourceInfo | None = None, fmt: str | None = None) -> Article | None:
    """A parse of the head of a long text, for first paint; None when the text is short.

    Parsing 1 MB takes a few hundred ms; its first screen needs a few KB. The
    head is cut at a paragraph break; block ids are positional, so the whole
    parse swapped in later keeps the reader's place. The digest is the whole
    text's, so saved state is found before the whole is parsed.
    """
    text = clean(text).lstrip("\ufeff")
    if len(text) <= HEAD_FROM:
        return None
    cut = text.rfind("\n\n", 0, HEAD_SIZE)
    if cut < HEAD_SIZE // 2:
        cut = text.rfind("\n", 0, HEAD_SIZE)
    head = text[: cut if cut > 0 else HEAD_SIZE]
    return _parse(head, replace(source or SourceInfo(), sha256=digest(text)), fmt)


def _parse(text: str, source: SourceInfo, fmt: str | None) -> Article:
    kind = fmt or source.format
    if kind in ("markdown", "html"):  # a web page arrives as the Markdown the loader rendered
        # Imported here: markdown-it-py costs ~50 ms of start-up that plain text never needs.
        from reader.core.structure.markdown import parse_markdown

        collected = parse_markdown(text)
    else:
        collected = parse_plain(text)
    return assemble(collected, source, text)
