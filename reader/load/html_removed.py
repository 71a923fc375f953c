"""The page's visible text the article left out, written as `<!-- reader:removed REASON -->` regions.

The Markdown front end sets each region aside as a `removed` entry with its
reason, so every piece of visible page text ends up in exactly one block,
metadata line or removed entry. A run counts as kept when its words occur in
the article's, in order; the rest goes before or after the article.
"""

from __future__ import annotations

from collections.abc import Iterator

from reader.load.html_clean import Chunk, norm

REMOVED_OPEN = "<!-- reader:removed {reason} -->"
REMOVED_CLOSE = "<!-- /reader:removed -->"


def left_out(chunks: list[Chunk], kept: str, names: set[str]) -> tuple[list[Chunk], list[Chunk]]:
    """Visible chunks the article does not hold, split into those before it and those after it.

    A chunk counts as kept when its words occur in the article's words; short
    chunks ("Share", "World") only near where the previous one matched, so a
    menu word is not taken for a word of the story.
    """
    before: list[Chunk] = []
    after: list[Chunk] = []
    cursor = 0
    started = False
    for ch in chunks:
        n = norm(ch.text)
        if not n:
            continue
        needle = f" {n} "
        pos = kept.find(needle, cursor)
        short = len(n.split()) < 4
        near = pos - cursor <= 400
        if pos >= 0 and (not short or near or not started) and not (short and not started and not near):
            cursor = pos + len(needle) - 1
            started = True
            continue
        if not short and kept.find(needle) >= 0:
            continue
        reason = "byline" if n in names or any(x and x in n for x in names) else ch.reason
        (after if started else before).append(Chunk(ch.text, reason, ch.figure))
    return before, after


def regions(chunks: list[Chunk]) -> list[str]:
    lines: list[str] = []
    for reason, group in _groups(chunks):
        lines.append(REMOVED_OPEN.format(reason=reason))
        lines += [c.text.replace("<!--", "<!-") for c in group]
        lines += [REMOVED_CLOSE, ""]
    return lines


def _groups(chunks: list[Chunk]) -> Iterator[tuple[str, list[Chunk]]]:
    group: list[Chunk] = []
    for ch in chunks:
        if group and group[-1].reason != ch.reason:
            yield group[0].reason, group
            group = []
        group.append(ch)
    if group:
        yield group[0].reason, group
