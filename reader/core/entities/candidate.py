"""`Candidate`: a capitalised run of one block as the built-in recogniser hands it on, typed or still open.

Shared by the block rules (`rules.py`, `rules_typing.py`, `acronyms.py`) that
make candidates and the document pass (`rule_engine.py`) that settles them.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.model import EntityType


@dataclass(slots=True)
class Candidate:
    """A capitalised run in one block, typed or still open."""

    start: int
    end: int
    text: str
    type: EntityType | None
    strong: bool
    """Typed by a gazetteer, title or cue word rather than by a default."""
    single: bool
    sentence_start: bool
    table: bool
    prev: str
    """The word before the run, lower-cased ("" at block start): "in", "the", "mr" ..."""
    next: str
    suffix_ref: bool = False
    """A lone organisation word ("the Journal") that may point back at a longer name."""
    next2: str = ""
    """The word after `next`: "Acme, the maker" reads as a name."""
    prev2: str = ""
    """The word before `prev`: "the city of Apeldoorn"."""
