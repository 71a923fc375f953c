"""Numbers as news prose writes them: "1,200", "1.2", "five", "twenty-five", "a dozen", "3.5 million".

One regex fragment (`NUMBER`) finds the written number and `to_value` turns the
matched words into a float, so the figure scanner needs no second pass over
the text. "one" is deliberately not a number word: in prose it is mostly a
pronoun or a determiner ("one of the", "no one"), rarely a count.
"""

from __future__ import annotations

import re

_UNITS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ONES = {"one": 1, **_UNITS}
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
"""Scale words and the short suffixes of headlines and money ("£30m", "$1.2bn")."""

NUMBER_WORDS = (*_TENS, *_UNITS)
"""Number words that start a written number ("one" only after a tens word: "twenty-one")."""
_ONE_WORDS = "|".join(sorted(_ONES, key=len, reverse=True))
_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN_WORDS = "|".join(_TENS)
WORD_NUMBER = rf"(?:(?:{_TEN_WORDS})(?:-(?:{_ONE_WORDS}))?|(?:{_UNIT_WORDS})|dozens?|a\s+dozen|half\s+a\s+dozen)"
"""A number written in words (twenty-five, a dozen); "one" only after a tens word."""
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
"""Digits with optional thousands commas and decimals."""
SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"
NUMBER = rf"(?:{DIGITS}|{WORD_NUMBER})(?:\s+{SCALE_WORD})?"
"""A whole written number, optionally scaled ("3.5 million", "two billion")."""


def word_value(word: str) -> float | None:
    """The value of a number word ("twenty-five" 25, "a dozen" 12), None when it is not one."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    if w in ("a dozen", "dozen"):
        return 12.0
    if w == "half a dozen":
        return 6.0
    if w == "dozens":
        return None  # an indefinite count ("dozens of people")
    if w in _ONES:
        return float(_ONES[w])
    tens, _, ones = w.partition("-")
    if tens in _TENS and (not ones or ones in _ONES):
        return float(_TENS[tens] + (_ONES[ones] if ones else 0))
    return None


def to_value(number: str) -> float | None:
    """The value of text matched by `NUMBER` ("1,200" 1200.0, "3.5 million" 3500000.0)."""
    parts = number.split()
    scale = 1.0
    if len(parts) > 1 and parts[-1].lower() in SCALES:
        scale = SCALES[parts[-1].lower()]
        parts = parts[:-1]
    head = " ".join(parts)
    if head[:1].isdigit():
        base: float | None = float(head.replace(",", ""))
    else:
        base = word_value(head)
    return None if base is None else base * scale
