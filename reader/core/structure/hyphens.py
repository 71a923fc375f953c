"""Words a wrapper broke with a hyphen at the end of a line ("cross-" / "ing"): joined again when the lines are.

Text copied from a PDF or a printed column is hyphenated to fit: "the cross-
ing", "on Mon- day". Joining those lines with a space leaves "cross- ing" in
the text (and out of reach of search). The hyphen is dropped when the next
line goes on in lower case, unless the page writes the compound with its
hyphen elsewhere ("well-known") or the first half is a word that makes
compounds ("self-", "non-", "well-") and the second is no mere ending.
"""

from __future__ import annotations

import re

_BROKEN = re.compile(r"(?:^|[\s(\"'“‘])(?P<head>[^\W\d_]{1,30})-$")
_TAIL = re.compile(r"^(?P<tail>[^\W\d_]+)")
_COMPOUND_HEADS = frozenset(
    [
        "well",
        "self",
        "non",
        "co",
        "ex",
        "anti",
        "pro",
        "post",
        "pre",
        "long",
        "short",
        "high",
        "low",
        "all",
        "half",
        "full",
        "multi",
        "mid",
        "semi",
        "vice",
        "cross",
        "over",
        "under",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "first",
        "second",
        "third",
        "ill",
        "far",
        "hard",
        "free",
        "open",
        "left",
        "right",
        "top",
    ]
)
"""First halves that make compounds: with them a line-end hyphen is more often the word's own."""
_ENDINGS = frozenset(
    [
        "ing",
        "ings",
        "ed",
        "er",
        "ers",
        "est",
        "ly",
        "tion",
        "tions",
        "sion",
        "sions",
        "ment",
        "ments",
        "ness",
        "ity",
        "ities",
        "ies",
        "ial",
        "al",
        "ous",
        "ive",
        "able",
        "ible",
        "ance",
        "ence",
        "ant",
        "ent",
        "ism",
        "ist",
        "ists",
        "ure",
        "ures",
        "ate",
        "ated",
        "ating",
        "age",
        "ages",
        "ish",
        "less",
        "ful",
        "ward",
        "wards",
    ]
)
"""What follows a hyphen that only a wrapper put there: a word's ending, never a word of its own."""


class Compounds:
    """The hyphenated words a text writes inside its lines ("well-known"), asked one at a time.

    Each question is a substring search of the case-folded text (a few
    microseconds even in 1 MB); the text is folded the first time one is
    asked, so a text with no broken word pays nothing.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._folded: str | None = None

    def __contains__(self, word: str) -> bool:
        if self._folded is None:
            self._folded = self._text.casefold()
        return word.casefold() in self._folded


def join_broken(out: str, part: str, compounds: Compounds) -> str | None:
    """`out` and the next line `part` joined across a line-end hyphen, or None when `out` ends in none."""
    if not out.endswith("-"):
        return None
    m, t = _BROKEN.search(out), _TAIL.match(part)
    if m is None or t is None or not part[:1].islower():
        return None
    head, tail = m.group("head"), t.group("tail")
    whole = f"{head}-{tail}"
    if whole in compounds or (head.casefold() in _COMPOUND_HEADS and tail.casefold() not in _ENDINGS):
        return out + part  # the compound's own hyphen: kept, no space
    return out[:-1] + part
