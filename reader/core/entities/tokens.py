"""Words with offsets, and the shape facts the rules ask about them.

Names are found on word boundaries, so every block is first cut into tokens
that keep their character offsets. The tokenizer keeps what belongs to a name
in one token ("U.S.", "O'Neill", "al-Assad", "AT&T", "St.") and splits off what
does not (a possessive "'s", quotes, commas).
"""

from __future__ import annotations

import re
from typing import NamedTuple


def words(spaced: str) -> frozenset[str]:
    """A word set written as one space-separated string (keeps long lists readable)."""
    return frozenset(spaced.split())


# Order matters: dotted acronyms, then words with inner apostrophes / hyphens / ampersands / dots,
# then numbers, then any other single character.
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # U.S. / U.N. / e.g.
    r"|[^\W\d_]\w*(?:['\u2019](?=[^\W\d_]{2})\w+|[-&.](?=[^\W_])\w+)*"
    r"|\d(?:[\d.,:/-]*\d)?"
    r"|\S"
)
_ABBREV = words(
    "Mr Mrs Ms Dr Prof St Mt Ft Jr Sr Inc Corp Co Ltd Bros Gen Sen Rep Gov Lt Col Capt Sgt Adm Maj Rev Hon "
    "Messrs Mme Pres Supt Univ Dept Ave Blvd No Vol Cie"
)
_SENT_END = frozenset(".!?")
_DIGIT = re.compile(r"\d")
_CLOSERS = frozenset("\"'\u201d\u2019)]")
_OPENERS = frozenset("\"'\u201c\u2018([")
DASHES = frozenset("-\u2013\u2014")


class Token(NamedTuple):
    """One word or punctuation mark and where it sits in the block text."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """The tokens of `text`; abbreviations and initials keep their full stop ("Mr.", "J.")."""
    toks: list[Token] = []
    append = toks.append
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word == "." and toks:
            prev = toks[-1]
            if prev.end == m.start() and (prev.text in _ABBREV or (len(prev.text) == 1 and prev.text.isupper())):
                toks[-1] = Token(prev.text + ".", prev.start, m.end())
                continue
        append(Token(word, m.start(), m.end()))
    return toks


def is_cap(word: str) -> bool:
    """Starts with a capital letter (a name, an acronym, a sentence start)."""
    return word[:1].isupper()


def is_upper_word(word: str) -> bool:
    """An all-caps word of two letters or more ("NATO", "U.S.")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def sentence_starts(toks: list[Token]) -> set[int]:
    """Indices of tokens that begin a sentence or a quotation, where capitals say nothing."""
    starts = {0}
    for i, t in enumerate(toks):
        w = t.text
        if w in _SENT_END and not (w == "." and i and toks[i - 1].text in _ABBREV):
            j = i + 1
            while j < len(toks) and toks[j].text in _CLOSERS:
                j += 1
            starts.add(j)
        elif w in _OPENERS and w not in "'\u2019" or w in (":", ";") or w in DASHES and i <= 3:
            starts.add(i + 1)
        elif (
            w.endswith(".")
            and w[:-1] in _ABBREV
            and i + 1 < len(toks)
            and toks[i + 1].text in ("The", "He", "She", "It", "They", "We", "But")
        ):
            # "... Acme Inc. The company said": an abbreviation can also end a sentence
            starts.add(i + 1)
    return starts


def caps_ratio(toks: list[Token]) -> float:
    """Share of alphabetic words written in capitals: near 1 for a shouted headline."""
    if not any(t.text.isupper() for t in toks[:8]):
        return 0.0  # a shouted block shouts from its first words
    words = [t.text for t in toks if t.text[:1].isalpha()]
    if not words:
        return 0.0
    return sum(1 for w in words if w.isupper() or (len(w) == 1 and w.isupper())) / len(words)


def digit_ratio(toks: list[Token]) -> float:
    """Share of tokens holding a digit: high for results tables and price lists."""
    if not toks:
        return 0.0
    return sum(1 for t in toks if _DIGIT.search(t.text)) / len(toks)
