"""Rules on the extractor's article before it is written out: the page's order, the lede's dateline, the end.

Each reads the page's visible text (`Chunk`s, in the order a browser lays it
out, tagged with the region they sit in) as the evidence of what a reader sees
around the story, and changes only the extractor's tree, never the page's
words: whatever a rule takes out stays in the page's left-out text.
"""

from __future__ import annotations

from typing import Any

from reader.core.structure.meta import dateline_of
from reader.load.html_clean import Chunk, norm


def _lead_text(el: Any) -> str:
    """The first run of text a block shows: a paragraph's own, a quote's or list's first paragraph or item."""
    if el.tag in ("quote", "list"):
        first = next((c for c in el if isinstance(c.tag, str) and c.tag in ("p", "item")), None)
        return _lead_text(first) if first is not None else (el.text or "")
    return "".join(el.itertext())


def page_positions(chunks: list[Chunk]) -> dict[str, int]:
    """Where each run of page text is, for the runs the page shows only once (a repeat says nothing)."""
    seen: dict[str, int] = {}
    repeated: set[str] = set()
    for k, ch in enumerate(chunks):
        n = norm(ch.text)
        if n in seen:
            repeated.add(n)
        else:
            seen[n] = k
    return {n: k for n, k in seen.items() if n not in repeated}


def in_page_order(body: Any, chunks: list[Chunk], where: dict[str, int] | None = None) -> bool:
    """Put the article's blocks back in the order the page shows them.

    The extractor takes a story's paragraphs in more than one pass, so text set
    straight in a div ("On Election Day, ...") can come out after the quote
    that follows it on the page, and the lede is no longer first. Each block
    whose first words are a run the page shows exactly once is placed by that
    run; a block the page does not show as one run (merged or cut text) keeps
    its place behind the block before it. True when a block moved. `where`:
    `page_positions(chunks)`, when the caller has it already.
    """
    where = page_positions(chunks) if where is None else where
    groups: list[tuple[int, list[Any]]] = []
    for child in body:
        pos = where.get(norm(_lead_text(child))) if isinstance(child.tag, str) else None
        if pos is None and groups:
            groups[-1][1].append(child)
        else:
            groups.append((-1 if pos is None else pos, [child]))
    ordered = sorted(groups, key=lambda g: g[0])  # stable: blocks not placed keep their order
    if [g[0] for g in ordered] == [g[0] for g in groups]:
        return False
    for _, members in ordered:
        for child in members:
            body.append(child)  # lxml moves an appended element: this rebuilds the order in place
    return True


_LEDE_WORDS = 10


def with_dateline(body: Any, chunks: list[Chunk], where: dict[str, int] | None = None) -> bool:
    """Open the lede with its dateline when the page shows one right above it and the extractor left it out.

    "<b>Washington/ New Delhi:</b><p>US President ...</p>": the place in bold
    is the first words a reader sees of the story, set apart from the <p> only
    by markup, and the extractor, which keeps paragraphs, drops it. True when
    the lede was given its dateline.
    """
    lede = next(
        (el for el in body if el.tag == "p" and len("".join(el.itertext()).split()) >= _LEDE_WORDS),
        None,
    )
    if lede is None:
        return False
    at = (page_positions(chunks) if where is None else where).get(norm("".join(lede.itertext())))
    if not at:
        return False
    above = chunks[at - 1].text
    if dateline_of(above) is None:
        return False
    shown = {norm("".join(el.itertext())) for el in body}
    if norm(above) in shown:
        return False
    lede.text = f"{above.strip()} {lede.text or ''}"
    return True


_FURNITURE = frozenset({"related", "comments", "footer", "menu", "share", "advertising", "form"})
"""Landmarks whose text is the site's, not the story's (`html_clean` names them from the page's markup)."""


def without_trailing_furniture(body: Any, chunks: list[Chunk], where: dict[str, int] | None = None) -> bool:
    """Cut a closing section ("More Must-Reads", "Comments") the page sets apart from the story as furniture.

    The extractor sometimes keeps a last heading and the links or rules under
    it. When the page places that heading and everything after it in a
    related-links, comments or footer region while the story before it sits
    outside any such region, the section is the site's, not the story's; its
    text then stays in the page's left-out text with that region's reason.
    True when a section was cut.
    """
    where = page_positions(chunks) if where is None else where
    kids = [el for el in body if isinstance(el.tag, str)]
    landmarks = [chunks[p].reason if (p := where.get(norm(_lead_text(el)))) is not None else None for el in kids]
    start = len(kids)
    while start > 0 and landmarks[start - 1] in _FURNITURE:
        start -= 1
    if start == len(kids) or kids[start].tag != "head":
        return False
    if not any(r is not None and r not in _FURNITURE for r in landmarks[:start]):
        return False
    for el in kids[start:]:
        body.remove(el)  # a dropped element's tail is the extractor's, and already empty for a section
    return True
