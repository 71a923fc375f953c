"""Lynx's link numbers: `lynx -dump` writes "[12]Crumb & Co" in the text and lists the URLs at the end.

The numbers say where a link was, which the References list at the foot of the
page keeps; in the story they are noise a reader must read past, and they break
names ("[12]Crumb" is not "Crumb & Co"). A page that ends with such a list has
the numbers taken out of its units' text; the lines themselves stay where they
were, so nothing is lost.

Lynx also draws the HTML apostrophe entity ("&apos;") as the modifier letter
U+02BC: "Iʼm", "Trumpʼs". Between Latin letters that is a contraction or a
possessive, not a letter of the word, and it breaks every match on the text.
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
_RELS = re.compile(r"^#\[\d{1,5}\]")
"""Lynx's first line: the page's <link rel> targets ("#[1]Feed [2]alternate"), before any text of the page."""
_MODIFIER_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\u02bc(?=[A-Za-z]|\s|$|[.,;:!?)])")
"""U+02BC after a Latin letter (and before a letter, a space or punctuation): lynx's "&apos;"."""


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
    units = _apostrophes(units)
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


def _apostrophes(units: list[Unit]) -> list[Unit]:
    """The units with lynx's modifier-letter apostrophe written as the apostrophe it stands for.

    Only after a Latin letter: languages that write U+02BC as a letter of
    their own (Ukrainian between Cyrillic letters, for one) keep it.
    """
    out = []
    for u in units:
        if "\u02bc" not in u.text:
            out.append(u)
            continue
        text = _MODIFIER_APOSTROPHE.sub("'", u.text)
        body = _MODIFIER_APOSTROPHE.sub("'", u.body)
        out.append(replace(u, text=text, body=body) if text != u.text else u)
    return out


def link_rels(units: list[Unit]) -> set[int]:
    """The units of lynx's "#[1]Feed [2]alternate" head line (and its wrapped rest), which no reader reads.

    Lynx writes the page's <link rel> targets (feeds, alternate languages, the
    previous and next page) as the first line of the dump, marked by "#" and a
    link number; it runs to the first blank line. Only on a page that lists its
    links at the end, so a hashtag that opens an ordinary text stays.
    """
    if not units or not _RELS.match(units[0].text) or not _references(units):
        return set()
    found = {0}
    for k in range(1, len(units)):
        if units[k].blank_before or not _MARK.match(units[k].text):
            break
        found.add(k)
    return found
