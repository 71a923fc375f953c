"""The seam between finding names and linking them: what an entity engine must do.

Any recogniser (the built-in rules, spaCy, a test double) only has to say
where the names in one block of text are and what type each is; linking the
mentions into entities with aliases is done once, in `linking.py`, for all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NamedTuple, Protocol, runtime_checkable

from reader.core.model import EntityType

BlockMode = Literal["body", "heading"]
"""How far to trust capitals: "body" for prose, "heading" for titles and headings,
where headline case makes every word look like a name."""


class RawMention(NamedTuple):
    """A name found in one block's text: `text[start:end]`, exactly the name."""

    start: int
    end: int
    type: EntityType


@runtime_checkable
class EntityEngine(Protocol):
    """Finds the names in one block of text."""

    def mentions(self, text: str) -> Sequence[RawMention]:
        """Every name in `text`, with offsets into it."""
        ...


@runtime_checkable
class DocumentEngine(EntityEngine, Protocol):
    """An engine that reads the whole document before deciding (names seen once help elsewhere)."""

    def document(self, blocks: Sequence[tuple[str, BlockMode]]) -> list[list[RawMention]]:
        """The mentions of each block, in the order given."""
        ...
