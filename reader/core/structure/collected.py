"""The parser's working state: blocks in reading order before ids, sections and grounding exist.

Both front ends (plain text and Markdown) fill a `Collected`; one assembly step
then turns it into the frozen `Article`, so the two formats cannot drift apart
in how ids, sections, takeaways and the FAQ are built.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.model import BlockKind, Removed, Span
from reader.core.structure.meta import NOT_FIELDS, MetaHit


@dataclass(slots=True)
class Draft:
    """A block before it has an id: what it is, its text and its input lines."""

    kind: BlockKind
    text: str
    lines: tuple[int, int]
    level: int = 0
    spans: tuple[Span, ...] = ()


@dataclass(slots=True)
class Collected:
    """Everything one parse found; local to a single `parse_article` call."""

    drafts: list[Draft] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    """title, subtitle, publisher, category, dateline, published, updated, credits."""
    authors: list[str] = field(default_factory=list)
    meta_lines: list[tuple[str, int]] = field(default_factory=list)
    _seen: dict[str, int] = field(default_factory=dict)

    def note_meta(self, name: str, line: int) -> None:
        """Record that input `line` was read as metadata `name` (unique keys: "byline#2")."""
        n = self._seen.get(name, 0) + 1
        self._seen[name] = n
        self.meta_lines.append((name if n == 1 else f"{name}#{n}", line))

    def set_meta(self, name: str, value: str | None) -> None:
        """Fill a metadata field once; the first occurrence on the page wins."""
        if value and name not in self.meta:
            self.meta[name] = value

    def add_authors(self, names: tuple[str, ...]) -> None:
        """Add byline names, keeping page order and dropping repeats."""
        for name in names:
            if name not in self.authors:
                self.authors.append(name)

    def take_meta(self, hit: MetaHit, line: int) -> None:
        """Record a metadata line and fill the fields it carries (a byline may carry a date too)."""
        self.note_meta(hit.field, line)
        if hit.field == "byline":
            self.add_authors(hit.authors)
            self.set_meta("published", hit.date)
        elif hit.field not in NOT_FIELDS:
            self.set_meta(hit.field, hit.value)

    def remove(self, lines: tuple[int, int], text: str, reason: str) -> None:
        """Set input aside with the reason, so the app can still show it."""
        self.removed.append(Removed(lines, text, reason))
