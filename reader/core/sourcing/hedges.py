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
    rf"(?:{'|'.join(HEDGE_PHRASES)}|{alternation(HEDGE_WORDS)})(?![\w'’-])",
    re.IGNORECASE,
)
_FIRST_WORDS = {w for w in HEDGE_WORDS} | {"is", "are", "was", "were", "appear", "appears", "appeared", "seem"}
_FIRST_WORDS |= {"seems", "seemed", "it", "according"}
_CUE = re.compile(alternation(_FIRST_WORDS) + r"(?![a-z])")
"""The first word of every hedge, searched in the lower-cased text: a factored alternation of
plain words is fast there, and the full pattern is then tried only where one starts."""


def find_hedges(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, words) of each hedge in `text` outside the quoted runs `quoted`."""
    out: list[tuple[int, int, str]] = []
    lower = text.lower()
    if len(lower) != len(text):
        lower = text  # lower() changed some lengths: the cue search still finds lower-case words
    after = 0
    for cue in _CUE.finditer(lower):
        start = cue.start()
        if start < after or (start and (text[start - 1].isalnum() or text[start - 1] in "_'’-")):
            continue  # inside a word ("escalated" holds no "could") or inside the previous hedge
        m = _HEDGE.match(text, start)
        if m is None:
            continue
        after = m.end()
        if m.group() == "May" or any(a < start < b for a, b in quoted):
            continue  # the month, or the speaker's own hedge
        out.append((start, m.end(), m.group()))
    return out
