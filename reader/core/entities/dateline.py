"""Datelines: the shouted place that opens a wire story ("THE HAGUE, Netherlands (AP) —").

A dateline's capitals say nothing about the kind of name, only that it is the
place the story was filed from. Two shapes occur: a line of its own (a wire
feed's "LONDON 1996-08-30", read as a headline), and the opening words of the
first paragraph, followed by a region, a date, an agency and a dash.
"""

from __future__ import annotations

import re

from reader.core.entities.tokens import DASHES, Token, is_upper_word

_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d$")
_MAX_PLACE_WORDS = 4
_MAX_TAIL = 14
"""Tokens allowed between the place and the dash: ", Scotland, Sept. 9, 2026 /PRNewswire/"."""


def _caps_lead(toks: list[Token]) -> int:
    k = 0
    while k < len(toks) and is_upper_word(toks[k].text):
        k += 1
    return k if k <= _MAX_PLACE_WORDS else 0


def is_dateline(toks: list[Token]) -> int:
    """Number of leading all-caps words of a dateline line ("LONDON 1996-08-30", "PARIS (Reuters) -"), else 0."""
    k = _caps_lead(toks)
    if not k or k >= len(toks):
        return 0
    nxt = toks[k].text
    if nxt[:1].isdigit() and _ISO_DATE.match(nxt):
        return k
    if nxt == "(" and k + 1 < len(toks) and toks[k + 1].text[:1].isupper():
        return k
    if nxt == "," and len(toks) <= k + 5 and _ISO_DATE.match(toks[-1].text):
        return k  # "MILWAUKEE, Wisconsin 1996-08-29"
    return 0


def prose_dateline(toks: list[Token]) -> tuple[int, int]:
    """A dateline opening a paragraph: (number of place words, index of the first word of the story).

    "WARSAW, June 3 (Reuters) - Varta Bank ..." gives (1, 9). (0, 0) when the
    paragraph does not open with one. The tail between the place and the dash
    may hold only capitalised words, figures, commas, full stops, slashes and
    an agency in brackets, so a shouted first word of an ordinary sentence
    ("NASA said on Monday ...") is not taken for a place.
    """
    k = _caps_lead(toks)
    if not k or k >= len(toks):
        return 0, 0
    j = k
    while j < len(toks) and j - k <= _MAX_TAIL:
        w = toks[j].text
        if w in DASHES:
            if j == k and w == "-" and toks[j + 1 : j + 2] and toks[j + 1].text != "-":
                return 0, 0  # "SOCCER - ...": a category, not a place (a bare place takes a long dash)
            while j < len(toks) and toks[j].text in DASHES:
                j += 1  # "--" is two tokens
            return (k, j) if j < len(toks) else (0, 0)
        if w in (",", ".", "/", "(", ")") or w[:1].isdigit() or w[:1].isupper():
            j += 1
            continue
        return 0, 0
    return 0, 0
