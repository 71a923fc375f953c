"""Lists of bare links in a Markdown article: the site's menu above the story, its related links below it.

A page clipped to Markdown (a browser's web clipper, MarkDownload, a
read-later export) keeps the page's navigation as lists whose every item is a
link and nothing else ("- [News](/news)"). Above the story's first paragraph
such a list is the site's menu; under a "Related" heading, or after the
story's last paragraph, it is links to other stories. A list in the story
that has words of its own ("- Read [the report](...) in full") stays.
"""

from __future__ import annotations

from reader.core.structure.clutter import is_related_heading
from reader.core.structure.collected import Collected, Draft

_PROSE = frozenset({"paragraph", "blockquote"})


def _bare_link(d: Draft) -> bool:
    """A list item that is one link and nothing else."""
    text = d.text.strip()
    return (
        d.kind == "list_item"
        and bool(text)
        and any(
            s.kind == "link" and s.start <= len(d.text) - len(d.text.lstrip()) and s.end >= len(d.text.rstrip())
            for s in d.spans
        )
    )


def _runs(drafts: list[Draft]) -> list[tuple[int, int]]:
    """(first, last) index of each run of consecutive bare-link list items."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, d in enumerate([*drafts, None]):
        if d is not None and _bare_link(d):
            start = i if start is None else start
        elif start is not None:
            runs.append((start, i - 1))
            start = None
    return runs


def set_aside_link_lists(c: Collected) -> None:
    """Remove the menus above the story and the related-link lists around or below it, with their reasons."""
    prose = [i for i, d in enumerate(c.drafts) if d.kind in _PROSE and len(d.text.split()) >= 8]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    gone: dict[int, str] = {}
    for a, b in _runs(c.drafts):
        head = a - 1 if a > 0 and c.drafts[a - 1].kind == "heading" else None
        if b < first and head is None:
            reason = "menu"
        elif head is not None and is_related_heading(c.drafts[head].text):
            reason = "related"
            gone[head] = reason
        elif a > last and head is None:
            reason = "related"  # right under the story, with no heading of its own (a "Sources" list has one)
        else:
            continue
        gone.update(dict.fromkeys(range(a, b + 1), reason))
    if not gone:
        return
    for i, reason in gone.items():
        d = c.drafts[i]
        c.remove(d.lines, d.text, reason)
    c.drafts = [d for i, d in enumerate(c.drafts) if i not in gone]
