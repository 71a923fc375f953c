"""Hedge words: the ways prose says a claim is not established ("reportedly", "is said to", "could").

Matched outside quotations only: a hedge inside a quote is the speaker's,
not the article's. "may" is a hedge only in lower case, so the month never is.
"""

from __future__ import annotations

import re

from reader.core.text.sentences import alternation

HEDGE_WORDS = (
    "reportedly",
    "allegedly",
    "alleged",
    "purportedly",
    "purported",
    "supposedly",
    "apparently",
    "ostensibly",
    "seemingly",
    "possibly",
    "perhaps",
    "likely",
    "unconfirmed",
    "unverified",
    "could",
    "might",
    "may",
)
_SAID = ("said", "thought", "believed", "understood", "reported", "rumored", "rumoured", "alleged", "claimed")
HEDGE_PHRASES = (
    *(f"{be} {verb} to" for be in ("is", "are", "was", "were") for verb in (*_SAID, "expected")),
    *(f"{verb} to" for verb in ("appear", "appears", "appeared", "seem", "seems", "seemed")),
    *(f"it is {verb} that" for verb in _SAID),
    *(f"{modal} have" for modal in ("could", "may", "might")),
    "according to unconfirmed reports",
    "according to unverified reports",
)
"""Hedges of several words, spelled out: with the single words they make one factored alternation."""
_HEDGE = re.compile(alternation((*HEDGE_PHRASES, *HEDGE_WORDS)) + r"(?![\w'’-])")
"""Searched in the lower-cased text, where an alternation of plain words that starts with a letter is fast."""


def find_hedges(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, words) of each hedge in `text` outside the quoted runs `quoted`."""
    out: list[tuple[int, int, str]] = []
    lower = text.lower()
    if len(lower) != len(text):
        lower = text  # lower() changed some lengths: keep the offsets, find the lower-case hedges only
    for m in _HEDGE.finditer(lower):
        start, end = m.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
            continue  # inside a word ("escalated" holds no "could")
        words = text[start:end]
        if words == "May" or any(a < start < b for a, b in quoted):
            continue  # the month, or the speaker's own hedge
        out.append((start, end, words))
    return out
