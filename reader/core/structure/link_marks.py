"""Lynx's link numbers: `lynx -dump` writes "[12]Crumb & Co" in the text and lists the URLs at the end.

The numbers say where a link was, which the References list at the foot of the
page keeps; in the story they are noise a reader must read past, and they break
names ("[12]Crumb" is not "Crumb & Co"). A page that ends with such a list has
the numbers taken out of its units' text; the lines themselves stay where they
were, so nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.structure.lines import Unit

_REFERENCE = re.compile(r"^(\d{1,5})\.\s+[a-z][\w+.-]*:\S*")
"""One entry of lynx's list of links: "12. https://example.com/crumb" (a mailto: link may hold spaces)."""
_MARK = re.compile(r"\[(\d{1,5})\](?=\S)")
"""A link number right before the link's text (a footnote marker follows a word instead)."""
_MIN_REFERENCES = 3


def _references(units: list[Unit]) -> set[str]:
    """The link numbers the page lists at its end, or none when it has no such list.

    Lynx heads the list "References" and splits it into "Visible links:" and
    "Hidden links:"; those labels are passed over, anything longer ends the list.
    """
    numbers: set[str] = set()
    for u in reversed(units):
        m = _REFERENCE.match(u.text)
        if m:
            numbers.add(m.group(1))
        elif u.words > 3 or u.text.casefold() == "references":
            break
    return numbers if len(numbers) >= _MIN_REFERENCES else set()


def unmarked(units: list[Unit]) -> list[Unit]:
    """The units with lynx's link numbers taken out of their text, when the page lists those links at its end."""
    numbers = _references(units)
    if not numbers:
        return units
    out = []
    for u in units:
        if "[" not in u.text:
            out.append(u)
            continue

        def drop(m: re.Match[str]) -> str:
            return "" if m.group(1) in numbers else m.group(0)

        text, body = _MARK.sub(drop, u.text), _MARK.sub(drop, u.body)
        out.append(replace(u, text=text, body=body, words=len(text.split())) if text != u.text else u)
    return out
