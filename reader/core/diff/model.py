"""What comparing two versions of an article finds: frozen dataclasses only.

Offsets are character positions into each side's block text (the `text` of
the block whose id is given), or into `old_text` / `new_text` for changes that
have no block (byline, dates), so every consumer can highlight without
re-running the comparison.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ChangeKind = Literal["added", "removed", "changed", "moved"]
EditOp = Literal["insert", "delete", "replace"]
Facet = Literal["headline", "byline", "date", "quote", "number", "entity", "attribution", "correction"]

FACETS: tuple[Facet, ...] = ("headline", "byline", "date", "quote", "number", "entity", "attribution", "correction")
"""Every facet, in the order they are listed on a change."""
SILENT_FACETS: frozenset[str] = frozenset({"quote", "number", "entity", "attribution"})
"""Facets that make a change silent when no notice in the newer version accounts for it."""


@dataclass(frozen=True, slots=True)
class Edit:
    """One word-level edit inside a changed block; `old`/`new` are (start, end) or None."""

    op: EditOp
    old: tuple[int, int] | None
    new: tuple[int, int] | None
    old_text: str
    new_text: str


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between the versions, in the newer version's reading order."""

    kind: ChangeKind
    old_block: str | None
    new_block: str | None
    old_text: str | None
    new_text: str | None
    edits: tuple[Edit, ...] = ()
    facets: tuple[Facet, ...] = ()
    silent: bool = False
    notes: tuple[str, ...] = ()
    """Why the facets were given, in words ("speaker: Anders Holm → Iain Duncan")."""
    accounted_by: str | None = None
    """Block id of the newer version's notice that accounts for this change, if any."""


@dataclass(frozen=True, slots=True)
class Side:
    """Which file a side of the comparison is, for the JSON header."""

    path: str | None
    sha256: str
    title: str | None
    published: str | None
    updated: str | None


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts over the changes; added/removed/changed/moved count body blocks only."""

    added: int = 0
    removed: int = 0
    changed: int = 0
    moved: int = 0
    headline_changed: bool = False
    quotes_changed: int = 0
    numbers_changed: int = 0
    entities_added: tuple[str, ...] = ()
    entities_removed: tuple[str, ...] = ()
    corrections_added: int = 0
    silent: int = 0


@dataclass(frozen=True, slots=True)
class ArticleDiff:
    """The whole comparison of an older and a newer version."""

    old: Side
    new: Side
    changes: tuple[Change, ...]
    summary: Summary
    pairs: tuple[tuple[str, str], ...] = ()
    """(old block id, new block id) of every paired block, unchanged ones too, in the new reading order."""

    @property
    def silent_changes(self) -> tuple[Change, ...]:
        """The changes no notice in the newer version accounts for."""
        return tuple(c for c in self.changes if c.silent)
