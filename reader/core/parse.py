"""Text in, `Article` out: the structure half of the pipeline (no analysis).

Plain text goes through the shape rules in `reader.core.structure.plain`,
Markdown through markdown-it-py in `reader.core.structure.markdown`; both meet
in one assembly step, so the model is the same whatever the input format.
"""

from __future__ import annotations

from reader.core.model import Article, SourceInfo
from reader.core.structure.plain import parse_plain
from reader.core.structure.sections import assemble
from reader.core.text import clean


def parse_article(text: str, *, source: SourceInfo | None = None, fmt: str | None = None) -> Article:
    """Parse decoded text into an Article (structure only; `analyse` fills the rest).

    Args:
        text: the article text; cleaned again here, so any `str` is safe.
        source: where it came from; its `format` decides the parser when `fmt` is None.
        fmt: "markdown" or "text"; None means `source.format`, or plain text.
    """
    text = clean(text).lstrip("\ufeff")
    kind = fmt or (source.format if source is not None else "text")
    if kind in ("markdown", "html"):  # a web page arrives as the Markdown the loader rendered
        # Imported here: markdown-it-py costs ~50 ms of start-up that plain text never needs.
        from reader.core.structure.markdown import parse_markdown

        collected = parse_markdown(text)
    else:
        collected = parse_plain(text)
    return assemble(collected, source, text)
