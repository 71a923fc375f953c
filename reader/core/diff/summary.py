"""The counts over a comparison, and the one line that says them in words."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.diff.facets import Facets
from reader.core.diff.model import Change, Summary


def summarise(changes: Sequence[Change], facets: Facets) -> Summary:
    """Counts of block changes by kind and of facets; meta changes count only as their facet."""
    body = [c for c in changes if c.old_block or c.new_block if "headline" not in c.facets]
    return Summary(
        added=sum(c.kind == "added" for c in body),
        removed=sum(c.kind == "removed" for c in body),
        changed=sum(c.kind == "changed" for c in body),
        moved=sum(c.kind == "moved" for c in body),
        headline_changed=any("headline" in c.facets for c in changes),
        quotes_changed=sum("quote" in c.facets for c in changes),
        numbers_changed=sum("number" in c.facets for c in changes),
        entities_added=facets.entities_added,
        entities_removed=facets.entities_removed,
        corrections_added=sum("correction" in c.facets for c in changes),
        silent=sum(c.silent for c in changes),
    )


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def summary_line(summary: Summary, changes: Sequence[Change] = ()) -> str:
    """'headline changed · 3 paragraphs changed · 1 quote reworded · 2 silent changes' (or 'no changes')."""
    s = summary
    parts: list[str] = []
    if s.headline_changed:
        parts.append("headline changed")
    if any("byline" in c.facets for c in changes):
        parts.append("byline changed")
    if any(c.facets == ("date",) and not (c.old_block or c.new_block) for c in changes):
        parts.append("dates changed")
    for count, verb in ((s.changed, "changed"), (s.added, "added"), (s.removed, "removed"), (s.moved, "moved")):
        if count:
            parts.append(f"{_n(count, 'paragraph', 'paragraphs')} {verb}")
    quoted = [c for c in changes if "quote" in c.facets]
    verbs = {"changed": "reworded", "moved": "reworded", "added": "added", "removed": "removed"}
    counts: dict[str, int] = {}
    for c in quoted:
        if c.kind != "moved" or c.edits:
            counts[verbs[c.kind]] = counts.get(verbs[c.kind], 0) + 1
    parts.extend(_n(n, "quote", "quotes") + f" {verb}" for verb, n in counts.items())
    if s.numbers_changed:
        parts.append(_n(s.numbers_changed, "number changed", "numbers changed"))
    if s.entities_added or s.entities_removed:
        parts.append(
            _n(len(s.entities_added) + len(s.entities_removed), "name added or dropped", "names added or dropped")
        )
    attributed = sum("attribution" in c.facets for c in changes)
    if attributed:
        parts.append(_n(attributed, "attribution changed", "attributions changed"))
    if s.corrections_added:
        parts.append(_n(s.corrections_added, "correction added", "corrections added"))
    if s.silent:
        parts.append(_n(s.silent, "silent change", "silent changes"))
    return " · ".join(parts) or "no changes"
