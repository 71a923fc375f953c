"""Text in, `Article` out: the structure half of the pipeline (no analysis).

PLACEHOLDER (being replaced by the structure parser): one block per paragraph.
"""

from __future__ import annotations

import hashlib

from reader.core.model import Article, Block, Meta, Section, SourceInfo
from reader.core.text import clean


def parse_article(text: str, *, source: SourceInfo | None = None, fmt: str | None = None) -> Article:
    """Parse already-decoded text into an Article (structure only)."""
    text = clean(text)
    src = source or SourceInfo(sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    blocks: list[Block] = []
    lines = text.split("\n")
    start = None
    for i, line in enumerate([*lines, ""], 1):
        if line.strip() and start is None:
            start = i
        elif not line.strip() and start is not None:
            body = " ".join(x.strip() for x in lines[start - 1 : i - 1])
            kind = "title" if not blocks else "paragraph"
            blocks.append(Block(f"b{len(blocks)}", kind, body, "s0", (start, i - 1)))
            start = None
    words = sum(len(b.text.split()) for b in blocks)
    meta = Meta(title=blocks[0].text if blocks else None, reading_minutes=max(1, round(words / 230)))
    return Article(src, meta, tuple(blocks), (Section("s0", None, tuple(b.id for b in blocks[1:])),))
