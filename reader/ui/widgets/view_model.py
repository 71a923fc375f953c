"""What the article view draws, worked out without Textual: items, wrapping, spans.

`ArticleView` asks this module three questions: which items to show in which
order (blocks, plus removed clutter when asked), where each item's text breaks
at a given width, and which character ranges of a block carry which highlight.
Keeping the answers here makes them unit-testable in milliseconds and keeps the
widget itself about rendering only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rich.cells import cell_len

from reader.core.model import Article, Block

GUTTER_AMENDED = "amended"
"""Gutter mark for a passage a correction amends (the claim)."""
GUTTER_CORRECTION = "correction"
"""Gutter mark for the passage that carries the correction itself."""


@dataclass(frozen=True, slots=True)
class Item:
    """One thing drawn in the article view: a block, or a removed piece of clutter."""

    key: str
    """Block id, or `removed-N` for the N-th removed entry."""
    kind: str
    """The block kind, or "removed"."""
    text: str
    first_prefix: str = ""
    """Drawn before the first wrapped line (a bullet, "Q ", a quote bar)."""
    rest_prefix: str = ""
    """Drawn before every later line, so wrapped lines hang under the text."""
    gap: int = 1
    """Blank lines above the item."""


_PREFIX = {
    "list_item": ("• ", "  "),
    "blockquote": ("│ ", "│ "),
    "faq_question": ("Q ", "  "),
    "faq_answer": ("A ", "  "),
    "takeaway": ("▸ ", "  "),
    "code": ("  ", "  "),
    "removed": ("✂ ", "  "),
}
# Kinds that run on from an item of the same run without a blank line between.
_TIGHT = {("list_item", "list_item"), ("takeaway", "takeaway"), ("faq_question", "faq_answer"), ("removed", "removed")}


def _item(block: Block, previous: str | None, answers: frozenset[str] | None = None) -> Item:
    first, rest = _PREFIX.get(block.kind, ("", ""))
    if block.kind == "faq_answer":
        # "A" labels the first paragraph of an answer only; the rest hang under it.
        labelled = block.id in answers if answers else previous == "faq_question"
        if not labelled:
            first = rest
    if block.kind == "list_item" and block.level > 1:
        indent = "  " * (block.level - 1)
        first, rest = indent + first, indent + rest
    gap = 0 if previous is None or (previous, block.kind) in _TIGHT else 1
    return Item(block.id, block.kind, block.text, first, rest, gap)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def header_title_block(article: Article) -> str | None:
    """The id of the body's title block when the header already shows the same title (drawn once, not twice)."""
    title = article.meta.title
    for block in article.blocks[:3]:
        if block.kind == "title":
            return block.id if title and _same(block.text, title) else None
    return None


def build_items(article: Article, *, show_removed: bool = False) -> list[Item]:
    """The items in reading order; removed clutter goes where it stood in the input."""
    removed = sorted(enumerate(article.removed), key=lambda pair: pair[1].lines) if show_removed else []
    items: list[Item] = []
    pending = 0
    previous: str | None = None

    def flush(before_line: int | None) -> None:
        nonlocal pending, previous
        while pending < len(removed) and (before_line is None or removed[pending][1].lines[0] < before_line):
            index, entry = removed[pending]
            gap = 0 if previous is None or previous == "removed" else 1
            text = f"{entry.text}  ({entry.reason})"
            items.append(Item(f"removed-{index}", "removed", text, *_PREFIX["removed"], gap))
            previous = "removed"
            pending += 1

    answers = frozenset(pair.answer_block for pair in article.faq if pair.answer_block)
    title = header_title_block(article)
    for block in article.blocks:
        flush(block.lines[0])
        if block.id == title:
            continue
        items.append(_item(block, previous, answers))
        previous = block.kind
    flush(None)
    return items


_CHUNK = re.compile(r"\S+\s*|\s+")


def _cells(text: str) -> int:
    return len(text) if text.isascii() else cell_len(text)


def wrap_offsets(text: str, width: int) -> list[int]:
    """Offsets where wrapped lines start (the first line's 0 left out).

    Greedy word wrap by terminal cells; a word longer than a line is folded;
    a newline in the text always starts a new line. The result feeds
    `Content.divide`, so styled spans survive the wrap.
    """
    width = max(1, width)
    breaks: list[int] = []
    base = 0
    for index, piece in enumerate(text.split("\n")):
        if index:
            breaks.append(base)
        col = 0
        for match in _CHUNK.finditer(piece):
            start, chunk = base + match.start(), match.group()
            word = chunk.rstrip()
            size = _cells(word)
            if col and col + size > width:
                breaks.append(start)
                col = 0
            if size > width:
                for offset, ch in enumerate(word):
                    cells = _cells(ch)
                    if col and col + cells > width:
                        breaks.append(start + offset)
                        col = 0
                    col += cells
                col += len(chunk) - len(word)
                continue
            col += _cells(chunk)
        base += len(piece) + 1
    return breaks


@dataclass(frozen=True, slots=True)
class Highlights:
    """Per-block character ranges to style, by component-class suffix."""

    entities: dict[str, list[tuple[int, int, str]]]
    """Block id -> (start, end, "person" | "org" | "place" | "misc")."""
    quotes: dict[str, list[tuple[int, int]]]
    amended: dict[str, list[tuple[int, int]]]
    """Block id -> ranges a correction amends (the claims)."""
    gutter: dict[str, str]
    """Block id -> GUTTER_AMENDED or GUTTER_CORRECTION."""


_ENTITY_CLASS = {"PERSON": "person", "ORG": "org", "PLACE": "place", "MISC": "misc"}


def build_highlights(article: Article) -> Highlights:
    """Collect every analysed range once, so rendering a block is a dict lookup."""
    entities: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for entity in article.entities:
        cls = _ENTITY_CLASS.get(entity.type, "misc")
        for m in entity.mentions:
            entities[m.block].append((m.start, m.end, cls))
    quotes: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for quote in article.quotes:
        blocks = quote.blocks or (quote.block,)
        if len(blocks) <= 1:
            quotes[quote.block].append((quote.start, quote.end))
            continue
        for i, block_id in enumerate(blocks):
            try:
                size = len(article.block(block_id).text)
            except KeyError:
                continue
            start = quote.start if block_id == quote.block else 0
            end = quote.end if i == len(blocks) - 1 and block_id != quote.block else size
            quotes[block_id].append((start, end))
    amended: dict[str, list[tuple[int, int]]] = defaultdict(list)
    gutter: dict[str, str] = {}
    for correction in article.corrections:
        if correction.block:
            gutter.setdefault(correction.block, GUTTER_CORRECTION)
        if correction.claim:
            amended[correction.claim.block].append((correction.claim.start, correction.claim.end))
            gutter[correction.claim.block] = GUTTER_AMENDED
    return Highlights(dict(entities), dict(quotes), dict(amended), gutter)
