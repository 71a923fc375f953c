"""The one grammar of the search field, in the reading screen and the library: scope prefixes, the counter.

Kept out of `widgets/search_bar.py` so the reading screen (key help, result
counter, index type) can use it without loading the search bar's widgets
before first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from reader.core.search.passages import Hit, Scope

PREFIXES: tuple[tuple[str, Scope], ...] = (('"', "quotes"), ("q:", "quotes"), ("@", "entities"), ("e:", "entities"))
"""Typed at the start of the field, these limit the search (listed by `?`)."""


class Searcher(Protocol):
    """What the bar needs from `reader.core.search.passages.SearchIndex` (tests pass fakes)."""

    def search(self, query: str, *, scope: Scope = "all", limit: int = 50) -> list[Hit]: ...


def parse_query(text: str) -> tuple[Scope, str]:
    """Split a scope prefix off the typed text: `q:` / `"` quotes, `e:` / `@` entities."""
    stripped = text.lstrip()
    if stripped.startswith("\u201c"):  # a curly opening quote, as pasted from an article, means `"`
        stripped = '"' + stripped[1:]
    for prefix, scope in PREFIXES:
        if stripped.lower().startswith(prefix):
            return scope, stripped[len(prefix) :].strip()
    return "all", text.strip()


def counter(position: int | None, total: int) -> str:
    """The "3/14" label; "0/0" when nothing matches."""
    return f"{(position or 0) + 1 if total else 0}/{total}"
