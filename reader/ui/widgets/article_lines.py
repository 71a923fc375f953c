"""Where things are in the article view's virtual lines: pure functions of its wrap layout.

The view wraps each item (a block, or a removed passage) into lines and keeps
`starts[i]`, the first virtual line of item i, and `offsets[i]`, its break
offsets. Everything that maps lines to items and back lives here, away from
Textual, so it is tested without an app and the widget stays small.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence

from reader.core.model import Article
from reader.ui.widgets.view_model import Item, header_title_block, wrap_offsets

NOT_PASSAGES = frozenset({"title", "subtitle", "heading", "caption"})
"""Kinds the current passage is not, while a passage of another kind starts on screen (a lead photo's caption
is not where the story starts)."""


def item_at(starts: Sequence[int], y: int) -> int:
    """Index of the item drawn on virtual line `y` (or the one above a gap)."""
    return max(0, bisect_right(starts, y) - 1)


def lines_of(starts: Sequence[int], offsets: Sequence[Sequence[int]], index: int) -> range:
    """The virtual lines item `index` is drawn on (its text lines and the blank after it)."""
    start = starts[index]
    return range(start, start + len(offsets[index]) + 1)


def line_of(starts: Sequence[int], offsets: Sequence[Sequence[int]], index: int, offset: int) -> int:
    """The virtual line showing character `offset` of item `index`."""
    return starts[index] + bisect_right(offsets[index], offset)


def top_block(items: Sequence[Item], starts: Sequence[int], top: int) -> str | None:
    """The block at virtual line `top` (skipping removed clutter)."""
    if not starts:
        return items[0].key if items else None
    for item in items[item_at(starts, top) :]:
        if item.kind != "removed":
            return item.key
    return None


def current_passage(
    items: Sequence[Item],
    starts: Sequence[int],
    offsets: Sequence[Sequence[int]],
    index: Mapping[str, int],
    *,
    top: int,
    height: int,
    selected: str | None,
) -> str | None:
    """The current passage (marked in the gutter; what `y` copies) for a view of lines top..top+height.

    The block last jumped to or clicked, while any line of it is on screen;
    else the first passage whose first line is on screen (a heading or the
    title only when no other passage starts there), so a passage cut at the
    top is never current unless it fills the view.
    """
    bottom = top + max(1, height)
    chosen = index.get(selected) if selected else None
    if chosen is not None and starts[chosen] < bottom and lines_of(starts, offsets, chosen).stop > top:
        return selected
    heading: str | None = None
    for i in range(item_at(starts, top), len(items)):
        start, item = starts[i], items[i]
        if start >= bottom:
            break
        if start < top or item.kind == "removed":
            continue
        if item.kind not in NOT_PASSAGES:
            return item.key
        heading = heading or item.key
    return heading or top_block(items, starts, top)


def wrap(items: Sequence[Item], width: int) -> tuple[list[list[int]], list[int], int]:
    """(offsets, starts, height): every item wrapped at `width` cells, with its gap above and a blank line after."""
    offsets: list[list[int]] = []
    starts: list[int] = []
    y = 0
    for item in items:
        y += item.gap
        starts.append(y)
        breaks = wrap_offsets(item.text, width - len(item.first_prefix))
        offsets.append(breaks)
        y += len(breaks) + 1
    return offsets, starts, y


def item_index(article: Article, items: Sequence[Item]) -> dict[str, int]:
    """Item index by key; the title the header shows (not drawn in the body) leads to the top."""
    index = {item.key: i for i, item in enumerate(items)}
    title = header_title_block(article)
    if title is not None and items:
        index[title] = 0
    return index
