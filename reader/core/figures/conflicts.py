"""The same thing counted differently in one article ("40 killed" early, "45 killed" later).

Two figures conflict when they count the same noun (same head, compatible
modifiers, same unit), give different exact values, and sit in different
sentences that do not describe a change ("rose from 40 to 45") or a
comparison. Approximate figures ("more than 40") and small counts of people
or things (both under 10: "two officials", "five officials" are usually
different groups) are never flagged.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reader.core.figures.scan import Found
from reader.core.text.sentences import word_key

_CHANGE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|drop(?:ped|s)?|increase[sd]?|decrease[sd]?|grew|grow(?:n|s)?|"
    r"up from|down from|from \S+ to|compared|versus|vs|than|whereas|previous(?:ly)?|last year|a year earlier|"
    r"initially|originally|revised|climbed|jumped|slipped|plunged|soared|doubled|halved|"
    r"another|additional|each|per|every|of whom|of which|out of|among them)\b",
    re.IGNORECASE,
)
MAX_RATIO = 3.0
"""Counts of one thing in one story differ by a slip, not by orders of magnitude."""


def _key(f: Found) -> tuple[str, str] | None:
    if f.approximate or f.value is None or f.head is None or f.kind not in ("count", "money"):
        return None
    return (f.kind + ":" + (f.unit or ""), word_key(f.head))


def find_conflicts(
    found: list[tuple[str, Found]], sentence_of: dict[int, tuple[str, int, str]]
) -> list[tuple[int, int, str]]:
    """(index, index, why) for each conflicting pair of `found` (block id, figure) entries.

    `sentence_of[i]` is (block, sentence start, sentence text) of figure i.
    """
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (_block, f) in enumerate(found):
        key = _key(f)
        if key is not None:
            groups[key].append(i)
    pairs: list[tuple[int, int, str]] = []
    for members in groups.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                why = _why(found[i], found[j], sentence_of.get(i), sentence_of.get(j))
                if why:
                    pairs.append((i, j, why))
                    break  # one conflict per figure with the next that disagrees
    pairs.sort()
    return pairs


def _why(
    a: tuple[str, Found],
    b: tuple[str, Found],
    sa: tuple[str, int, str] | None,
    sb: tuple[str, int, str] | None,
) -> str | None:
    (block_a, fa), (block_b, fb) = a, b
    va, vb = fa.value or 0.0, fb.value or 0.0
    if va == vb or max(va, vb) < 10 or min(va, vb) <= 0 or max(va, vb) / min(va, vb) > MAX_RATIO:
        return None
    if fa.modifiers and fb.modifiers and fa.modifiers.lower() != fb.modifiers.lower():
        return None  # "29 commercial berths" and "10 military berths" are different things
    if sa is not None and sb is not None and sa[:2] == sb[:2]:
        return None  # one sentence with two numbers of a thing compares them
    if any(s is not None and _CHANGE.search(s[2]) for s in (sa, sb)):
        return None
    where = "in the same paragraph" if block_a == block_b else f"in {block_a} and {block_b}"
    thing = fa.counts or fb.counts or fa.head or "it"
    return f"{_number(va)} and {_number(vb)} {thing} {where}: the same thing counted differently"


def _number(v: float) -> str:
    return f"{int(v):,}" if v == int(v) else f"{v:,}"
