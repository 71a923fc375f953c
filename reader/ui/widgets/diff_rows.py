"""What the compare view draws, worked out without Textual: one row per block or placeholder.

Each column (old, new) lists its own blocks in reading order; a change that
has no block on that side (a paragraph added or removed) gets a placeholder
row where the block would be, so every change can be scrolled to in both
columns. The narrow, single-column layout interleaves the old text of a
change above its new text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reader.core.diff import ArticleDiff, Change
from reader.core.model import Article

Side = Literal["old", "new"]
MARKS = {"added": "+", "removed": "-", "changed": "~", "moved": "↕"}
"""Gutter mark of a row by its change kind."""


@dataclass(frozen=True, slots=True)
class Row:
    """One item of a compare column."""

    key: str
    text: str
    spans: tuple[tuple[int, int, str], ...] = ()
    """(start, end, component name) highlights: "ins", "del"."""
    change: int | None = None
    """Index into `ArticleDiff.changes` of the change this row shows."""
    kind: str = "paragraph"
    """The block kind, or "placeholder", "meta", "old" (an old text shown in the single column)."""
    mark: str = ""
    silent: bool = False


def _label(change: Change) -> str:
    facets = f" · {', '.join(change.facets)}" if change.facets else ""
    silent = " · silent" if change.silent else ""
    return f"{change.kind}{facets}{silent}"


def _spans(change: Change, side: Side) -> tuple[tuple[int, int, str], ...]:
    out = []
    for e in change.edits:
        span = e.old if side == "old" else e.new
        if span is not None and span[1] > span[0]:
            out.append((span[0], span[1], "del" if side == "old" else "ins"))
    return tuple(out)


def _placeholder(change: Change, index: int, side: Side) -> Row:
    what = "added in the newer version" if side == "old" else "removed from the older version"
    text = f"[paragraph {what} · {_label(change)}]"
    return Row(f"ph-{side}-{index}", text, (), index, "placeholder", MARKS[change.kind], change.silent)


def column(article: Article, other: Article, diff: ArticleDiff, side: Side) -> list[Row]:
    """Rows for one version: its blocks, its edits highlighted, placeholders for the other side's blocks."""
    own = "old_block" if side == "old" else "new_block"
    theirs = "new_block" if side == "old" else "old_block"
    mine_of = {b: a for a, b in diff.pairs} if side == "old" else dict(diff.pairs)
    """Block of the other side -> its counterpart on this side."""
    order = [b.id for b in other.blocks]
    where = {b: k for k, b in enumerate(order)}
    by_block: dict[str, int] = {}
    after: dict[str | None, list[int]] = {}
    rows: list[Row] = []
    for i, c in enumerate(diff.changes):
        mine, their = getattr(c, own), getattr(c, theirs)
        if mine is None and their is None:
            text = (c.old_text if side == "old" else c.new_text) or "—"
            rows.append(Row(f"meta-{i}", text, _spans(c, side), i, "meta", MARKS[c.kind], c.silent))
        elif mine is not None:
            by_block[mine] = i
        else:
            after.setdefault(_anchor(their, order, where, mine_of), []).append(i)
    rows.extend(_placeholder(diff.changes[i], i, side) for i in after.get(None, []))
    for block in article.blocks:
        found = by_block.get(block.id)
        if found is None:
            rows.append(Row(block.id, block.text, kind=block.kind))
        else:
            c = diff.changes[found]
            rows.append(Row(block.id, block.text, _spans(c, side), found, block.kind, MARKS[c.kind], c.silent))
        rows.extend(_placeholder(diff.changes[k], k, side) for k in after.get(block.id, []))
    return rows


def _anchor(block: str, order: list[str], where: dict[str, int], mine_of: dict[str, str]) -> str | None:
    """The block of this side after which a block of the other side would stand."""
    k = where.get(block, 0) - 1
    while k >= 0:
        mine = mine_of.get(order[k])
        if mine is not None:
            return mine
        k -= 1
    return None


def unified(old: Article, new: Article, diff: ArticleDiff) -> list[Row]:
    """One column: the newer version, each change's old text shown above its new text."""
    old_rows = {r.key: r for r in column(old, new, diff, "old") if r.kind != "placeholder"}
    out: list[Row] = []
    for row in column(new, old, diff, "new"):
        c = diff.changes[row.change] if row.change is not None else None
        if c is None:
            out.append(row)
            continue
        if c.kind == "removed" and c.old_block:
            r = old_rows[c.old_block]
            out.append(Row(f"u-{r.key}", r.text, r.spans, r.change, "old", r.mark, r.silent))
            continue
        if row.kind == "meta":
            o = old_rows.get(row.key)
            if o is not None and c.kind != "added":
                out.append(Row(f"u-{o.key}", o.text, o.spans, o.change, "old", o.mark, o.silent))
            out.append(row)
            continue
        if c.kind == "changed" and c.old_block and c.edits:
            r = old_rows[c.old_block]
            out.append(Row(f"u-{r.key}", r.text, r.spans, r.change, "old", r.mark, r.silent))
        out.append(row)
    return out
