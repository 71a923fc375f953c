"""The "reader.diff/1" JSON contract: field names here are a public API.

New fields may be added; existing ones are never renamed. Block ids are those
of each side's `reader --json`; offsets are into the block texts (into
`old_text` / `new_text` for changes without a block).
"""

from __future__ import annotations

from typing import Any

from reader.core.diff.model import ArticleDiff, Change, Edit, Side

SCHEMA = "reader.diff/1"


def _side(s: Side) -> dict[str, Any]:
    return {"path": s.path, "sha256": s.sha256, "title": s.title, "published": s.published, "updated": s.updated}


def _edit(e: Edit) -> dict[str, Any]:
    return {
        "op": e.op,
        "old": list(e.old) if e.old else None,
        "new": list(e.new) if e.new else None,
        "old_text": e.old_text,
        "new_text": e.new_text,
    }


def _change(c: Change) -> dict[str, Any]:
    return {
        "kind": c.kind,
        "old_block": c.old_block,
        "new_block": c.new_block,
        "old_text": c.old_text,
        "new_text": c.new_text,
        "edits": [_edit(e) for e in c.edits],
        "facets": list(c.facets),
        "silent": c.silent,
        "notes": list(c.notes),
        "accounted_by": c.accounted_by,
    }


def to_dict(diff: ArticleDiff) -> dict[str, Any]:
    """The comparison as plain JSON-ready data in the documented schema."""
    s = diff.summary
    return {
        "schema": SCHEMA,
        "old": _side(diff.old),
        "new": _side(diff.new),
        "changes": [_change(c) for c in diff.changes],
        "summary": {
            "added": s.added,
            "removed": s.removed,
            "changed": s.changed,
            "moved": s.moved,
            "headline_changed": s.headline_changed,
            "quotes_changed": s.quotes_changed,
            "numbers_changed": s.numbers_changed,
            "entities_added": list(s.entities_added),
            "entities_removed": list(s.entities_removed),
            "corrections_added": s.corrections_added,
            "silent": s.silent,
        },
    }
