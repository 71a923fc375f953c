"""`Page`: the units of one plain-text page and what the plain-text rules have decided about each.

Shared state of one parse: `plain.py` fills it in (clutter, metadata, headline),
`plain_furniture.py` sets more of it aside, `plain_build.py` turns it into the
`Collected` drafts.
"""

from __future__ import annotations

from reader.core.structure.lines import split_units
from reader.core.structure.link_marks import link_rels, unmarked
from reader.core.structure.meta import MetaHit


class Page:
    """The units of one page and what has been decided about each (local to one parse)."""

    def __init__(self, text: str) -> None:
        units = split_units(text)
        self.units = unmarked(units)
        self.reasons: dict[int, str] = dict.fromkeys(link_rels(units), "boilerplate")
        self.meta: dict[int, MetaHit] = {}
        self.title: int | None = None
        self.category: int | None = None
        self.dek: int | None = None
        self.datelines: dict[int, str] = {}
        """Dateline-only lines above the story ("SEOUL 2026-03-03"): kept as paragraphs, their date read."""
        self.list_base: dict[int, int] = {}
        """Indent of the first item of each bullet's list: nesting is relative to it."""
        base = 0
        for i, u in enumerate(self.units):
            if u.bullet:
                base = u.indent if i == 0 or not self.units[i - 1].bullet else min(base, u.indent)
                self.list_base[i] = base
        blanks = sum(1 for line in text.split("\n") if not line.strip())
        self.uses_blanks = blanks * 5 >= len(self.units)

    def free(self, i: int) -> bool:
        """Not yet set aside as clutter nor read as metadata."""
        return i not in self.reasons and i not in self.meta and i not in (self.title, self.category, self.dek)
