"""The clause that says what happened at a time expression, and the tense it is in.

A sentence is cut at commas, semicolons, colons, dashes and brackets. The
event of "after/before/since X" expressions is what follows them ("days after
the ChatGPT-owner struck a deal"); otherwise it is the clause holding the
expression, widened to its neighbour when too short to say anything, and
with the sentence's start when the clause is only an attribution tag
("..., a person familiar with the matter said on Tuesday").
"""

from __future__ import annotations

import re

from reader.core.quotes.attribution import find_speech

_CUT = re.compile(r"\s*(?:,(?!\d)|[;:()—–]|\s-\s)\s*|\s+(?=(?:after|before|when|while|whereas|because|although)\s)")
"""Clause breaks: punctuation (not the comma of "1,600"), dashes, and subordinating words."""
_LEAD = re.compile(r"^(?:after|before|when|while|whereas|because|although|and|but)\s+", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is to|are to|was to|were to|plans? to|planned to|planning to|scheduled|expected to|"
    r"due to|set to|going to|intends? to|aims? to|hopes? to|upcoming|next)\b|['’]ll\b",
    re.IGNORECASE,
)
_LEADS_AFTER = re.compile(r"^(?:\S+\s+)*?(?:after|before|since)$", re.IGNORECASE)
MAX_EVENT = 240
"""Characters: an event is a clause, not a paragraph."""


def clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """(start, end) of the clauses of sentence text[s:e]."""
    out: list[tuple[int, int]] = []
    pos = s
    for m in _CUT.finditer(text, s, e):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if e > pos:
        out.append((pos, e))
    return out or [(s, e)]


def event(
    text: str, s: int, e: int, start: int, end: int, floor: int = 0, parts: list[tuple[int, int]] | None = None
) -> str:
    """What happened at the expression text[start:end], inside the sentence text[s:e].

    `floor` is where prose starts in the block (after a dateline); `parts` are the
    sentence's clauses when the caller has them already.
    """
    s = max(s, floor)
    parts = parts if parts is not None else clauses(text, s, e)
    k = next((i for i, (a, b) in enumerate(parts) if a <= start < b), len(parts) - 1)
    a, b = parts[k]
    expr = text[start:end]
    if _LEADS_AFTER.match(expr.strip()):
        b_end = next((y for x, y in parts if x < end <= y), b)
        rest = text[end:b_end].strip(" ,.;:")
        if len(rest.split()) >= 2:
            return _clip(rest)
    words = len(text[a:b].split()) - len(expr.split())
    leads = len(text[a:start].split()) <= 1  # "On Friday, the board ...": what follows says what happened
    if words < 3 and k + 1 < len(parts) and (leads or k == 0):
        b = parts[k + 1][1]
    elif words < 3 and k > 0:
        a = parts[k - 1][0]
    if k > 0 and a == parts[k][0] and find_speech(text[a:b]) and not find_speech(text[s:a]):
        a = s  # 'X is considering ..., a source said on Tuesday': the event is what the source said
    return _clip(_LEAD.sub("", text[a:b].strip(" ,.;:")))


def _clip(text: str) -> str:
    if len(text) <= MAX_EVENT:
        return text
    cut = text.rfind(" ", 0, MAX_EVENT)
    return text[: cut if cut > 0 else MAX_EVENT] + "…"


def is_future(text: str, s: int, start: int, parts: list[tuple[int, int]] | None = None) -> bool:
    """Whether the clause leading to the expression at `start` is in the future tense."""
    parts = parts if parts is not None else clauses(text, s, start + 1)
    a = next((x for x, y in reversed(parts) if x <= start), s)
    return bool(_FUTURE.search(text[a:start]))
