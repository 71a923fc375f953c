"""Plain text to units: the lines (or re-flowed runs of lines) the parser classifies.

A saved article is usually one paragraph per line, but pages dumped by a text
browser are hard-wrapped at a fixed width; those wrapped lines are joined back
into one unit so a paragraph is one block. Every unit remembers its 1-based
input line range, which is what keeps the "no line lost" invariant checkable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.structure import rewrap
from reader.core.structure.hyphens import Compounds

_BULLET = re.compile(r"^(?:[•▪◦‣●○■□➢►✓✔·*+\-–]|\d{1,3}[.)])\s+(?=\S)")
_CLOSERS = "\"'”’)]"
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(slots=True)
class Unit:
    """One candidate block: a line, or hard-wrapped lines joined back together."""

    first: int
    last: int
    text: str
    """The stripped text (wrapped lines joined with single spaces), marker included."""
    body: str
    """`text` without a list marker."""
    bullet: bool
    indent: int
    blank_before: bool
    blank_after: bool
    words: int
    """Word count, the main shape measure for headings and prose."""

    @property
    def single(self) -> bool:
        """True when the unit is one input line (only those can be metadata lines)."""
        return self.first == self.last


def is_prose(text: str, min_words: int = 8) -> bool:
    """A sentence-like line: enough words and ending like a sentence."""
    return ends_sentence(text) and len(text.split(maxsplit=min_words)) >= min_words


def ends_sentence(text: str) -> bool:
    """Ends with . ! ? or an ellipsis, possibly followed by closing quotes or brackets."""
    return text.rstrip().rstrip(_CLOSERS).endswith((".", "!", "?", "…"))


def has_letters(text: str) -> bool:
    """At least one letter in any script."""
    return bool(_LETTER.search(text))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t\u00a0"))


def split_units(text: str) -> list[Unit]:
    """Cut text into units, joining hard-wrapped lines back into paragraphs."""
    lines = text.split("\n")
    width = rewrap.wrap_width(lines)
    compounds = Compounds(text)  # asked only when a wrapped line ends in a hyphen
    units: list[Unit] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        first = i
        parts = [line.strip()]
        indent = _indent(line)
        bullet = bool(_BULLET.match(parts[0])) and has_letters(parts[0])
        while width and i + 1 < n and lines[i + 1].strip():
            nxt = lines[i + 1]
            nxt_text = nxt.strip()
            aligned = (
                _indent(nxt) == indent
                or (bullet and _indent(nxt) > indent)
                or rewrap.right_aligned(nxt, width)
                or (rewrap.centered(lines[i], width) and rewrap.centered(nxt, width))
                or (rewrap.display_width(lines[i].rstrip()) >= width - 3 and abs(_indent(nxt) - indent) <= 4)
            )
            if _BULLET.match(nxt_text) or not aligned:
                break
            if not rewrap.continues(lines[i], nxt_text, width):
                break
            parts.append(nxt_text)
            i += 1
        joined = rewrap.join(parts, compounds)
        body = _BULLET.sub("", joined, count=1) if bullet else joined
        blank_before = first == 0 or not lines[first - 1].strip()
        blank_after = i + 1 >= n or not lines[i + 1].strip()
        units.append(
            Unit(first + 1, i + 1, joined, body, bullet, indent, blank_before, blank_after, len(joined.split()))
        )
        i += 1
    return units
