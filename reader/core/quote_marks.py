"""Quote marks paired into quoted runs, shared by quotes, sources and speaker resolution.

Straight and curly marks are paired by context (an opener follows space or
an opening bracket and precedes a word; a closer follows a word), so text
that mixes "straight” and curly marks still pairs. Apostrophes ("it’s",
"the ’90s") are not marks. A run left open at the end of a block is kept
unclosed: the quote may continue in the next paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BODY_KINDS = ("paragraph", "list_item", "blockquote")
"""Prose block kinds: quotes and sources are looked for here only."""

_MARKS = re.compile(r"’’|''|[\"“”„«»]|‘(?![0-9])|’(?![A-Za-z0-9])")
_OPENERS = "“„«‘"
_CLOSERS = "”»’"
_OPEN_CONTEXT = " \t\n([{—–-/:;,"


@dataclass(slots=True)
class QuotedRun:
    """A quoted run in one block: the mark offsets and whether its closing mark was found."""

    block: int
    open: int
    close: int  # index of the closing mark (== len(text) when unclosed)
    closed: bool


def pair_marks(text: str) -> list[QuotedRun]:
    """Pair quote marks in one block; the last opener may stay unclosed."""
    spans: list[QuotedRun] = []
    open_at: int | None = None
    open_ch = ""
    for m in _MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if len(ch) == 2:
            ch = "”"  # two single quotes typed as a closing double quote
        prev = text[i - 1] if i else " "
        nxt = text[m.end()] if m.end() < len(text) else " "
        single = ch in "‘’"
        can_open = (ch in _OPENERS or ch == '"' or (ch == "”" and prev.isspace())) and not nxt.isspace()
        can_open = can_open and (i == 0 or prev in _OPEN_CONTEXT or ch in "“„«")
        can_close = ch in _CLOSERS or (ch == '"' and not prev.isspace())
        if open_at is None:
            if can_open and not (single and ch == "’"):
                open_at, open_ch = i, ch
            continue
        if single != (open_ch in "‘’"):
            # nested single quotes inside a double-quoted run (or vice versa) are left alone
            continue
        if can_close:
            spans.append(QuotedRun(-1, open_at, i, True))
            open_at = None
        elif can_open:
            open_at, open_ch = i, ch  # the earlier opener was never closed: drop it
    if open_at is not None and open_ch not in "‘’":
        spans.append(QuotedRun(-1, open_at, len(text), False))
    return spans


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) offsets of every quoted run in one block."""
    return [(r.open, r.close) for r in pair_marks(text)]
