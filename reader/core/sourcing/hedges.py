"""Hedge words: the ways prose says a claim is not established ("reportedly", "is said to", "could").

Matched outside quotations only: a hedge inside a quote is the speaker's,
not the article's. "may" is a hedge only in lower case, so the month never is.
"""

from __future__ import annotations

import re

from reader.core.sentences import alternation

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
HEDGE_PHRASES = (
    r"(?:is|are|was|were) (?:said|thought|believed|understood|reported|rumou?red|alleged|claimed|expected) to",
    r"(?:appears?|appeared|seems?|seemed) to",
    r"it is (?:said|thought|believed|understood|claimed) that",
    r"(?:could|may|might) have",
    r"according to (?:unconfirmed|unverified) reports",
)
_HEDGE = re.compile(
    rf"(?<![\w'’-])(?:{'|'.join(HEDGE_PHRASES)}|{alternation(HEDGE_WORDS)})(?![\w'’-])",
    re.IGNORECASE,
)


def find_hedges(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, words) of each hedge in `text` outside the quoted runs `quoted`."""
    out: list[tuple[int, int, str]] = []
    for m in _HEDGE.finditer(text):
        if m.group() == "May" or any(a < m.start() < b for a, b in quoted):
            continue  # the month, or the speaker's own hedge
        out.append((m.start(), m.end(), m.group()))
    return out
