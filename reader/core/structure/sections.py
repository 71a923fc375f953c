"""Headings recognised by shape, and the assembly of drafts into the frozen `Article`.

A plain-text heading is a short line with no closing punctuation, in title
case or upper case, standing on its own and followed by prose. Assembly is
shared by both input formats: empty headings are set aside, takeaways and the
FAQ are marked, ids are given in reading order and sections are cut at headings.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.model import Article, Block, Meta, Section, SourceInfo
from reader.core.structure.clutter import is_empty_label
from reader.core.structure.collected import Collected, Draft
from reader.core.structure.faq import faq_of, is_faq_label, mark_faq
from reader.core.structure.key_points import is_takeaways_label, mark_takeaways, takeaways_of
from reader.core.structure.language import language_of
from reader.core.text.clean import digest

_PROSE = frozenset({"paragraph", "blockquote", "list_item"})
_LANGUAGE_SAMPLE = 20000
"""Characters of the story's prose its language is told by (a long story's first pages say as much)."""

SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "nor",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "as",
        "vs",
        "via",
        "per",
        "into",
        "onto",
        "over",
        "after",
        "before",
        "under",
        "about",
        "than",
        "its",
        "is",
        "are",
        "was",
        "be",
        "up",
        "out",
        "off",
        "down",
        "amid",
        "between",
        "without",
        "within",
        "upon",
    ]
)
_CLOSING = ".,;:!?…"
_INTERROGATIVES = frozenset(
    ("how", "what", "why", "when", "where", "who", "which", "is", "are", "can", "could", "will", "should", "does")
    + ("do", "did", "was", "were", "has", "have")
)
WORDS_PER_MINUTE = 230
_LIST_NOT_HEADINGS = 3


def is_label(text: str) -> bool:
    """The takeaways or FAQ label, which is a heading whatever its shape."""
    return is_takeaways_label(text) or is_faq_label(text)


def heading_shaped(text: str, *, max_words: int = 14) -> bool:
    """Short, unpunctuated, and in title case or upper case."""
    t = text.strip()
    if not t or len(t) > 110 or t[-1] in _CLOSING or not (t[0].isupper() or t[0].isdigit()):
        return False
    words = t.split()
    if len(words) > max_words:
        return False
    letters = [ch for ch in t if ch.isalpha()]
    if not letters:
        return False
    if all(ch.isupper() for ch in letters):
        return True
    significant = [w for w in words if w.lower().strip("'’\"“”()") not in SMALL_WORDS and any(c.isalpha() for c in w)]
    if not significant:
        return False
    capped = sum(1 for w in significant if w.lstrip("'’\"“(")[:1].isupper() or w[:1].isdigit())
    return capped * 4 >= len(significant) * 3


def sentence_case_heading(text: str) -> bool:
    """A short sentence-case heading ("Why the deal matters", "How did we get here?"): trusted only before prose."""
    t = text.strip()
    words = t.split()
    if not 2 <= len(words) <= 8 or not t[0].isupper() or re.search(r"[.;:!\"“”]", t):
        return False
    if t.endswith("?"):
        return words[0].lower() in _INTERROGATIVES and "?" not in t[:-1]
    return "?" not in t


def _drop_empty_headings(c: Collected) -> None:
    """Settle headings with nothing under them: only known page labels are removed, the rest is kept as text.

    Three or more heading-shaped lines in a row are a list (names, places,
    short entries) and become paragraphs. A heading followed directly by
    another of its level or higher (or by the end of the page) has no section
    to open: a known empty label ("Tags", "References", "Share") is clutter,
    anything else (a name, a score, a place and date) becomes a paragraph,
    because a short line is not clutter for being short.
    """
    drafts = c.drafts
    i = 0
    while i < len(drafts):
        j = i
        while j < len(drafts) and drafts[j].kind == "heading" and drafts[j].level == drafts[i].level:
            j += 1
        if j - i >= _LIST_NOT_HEADINGS:
            for d in drafts[i:j]:
                d.kind, d.level = "paragraph", 0
        i = max(j, i + 1)
    kept: list[Draft] = []
    for i, d in enumerate(drafts):
        nxt = drafts[i + 1] if i + 1 < len(drafts) else None
        if d.kind == "heading" and (nxt is None or (nxt.kind == "heading" and nxt.level <= d.level)):
            if is_empty_label(d.text):
                c.remove(d.lines, d.text, "empty-heading")
                continue
            d.kind, d.level = "paragraph", 0
        kept.append(d)
    c.drafts = kept


def assemble(c: Collected, source: SourceInfo | None, text: str) -> Article:
    """Turn what a front end collected into the frozen `Article`."""
    mark_takeaways(c.drafts)
    mark_faq(c.drafts)
    _drop_empty_headings(c)
    ids = [f"b{i}" for i in range(len(c.drafts))]
    blocks: list[Block] = []
    sections: list[tuple[str, str | None, int, str | None, list[str]]] = []
    previous = ""
    for d, bid in zip(c.drafts, ids, strict=True):
        if d.kind in ("title", "subtitle"):
            blocks.append(Block(bid, d.kind, d.text, None, d.lines, d.spans, d.level))
            continue
        # the story resuming after a key-points box at the top is not part of that box
        after_box = previous == "takeaway" and d.kind not in ("takeaway", "heading")
        previous = d.kind
        if d.kind == "heading" or not sections or after_box:
            title, hb = (d.text, bid) if d.kind == "heading" else (None, None)
            sections.append((f"s{len(sections)}", title, d.level or 2, hb, []))
        sid = sections[-1][0]
        sections[-1][4].append(bid)
        blocks.append(Block(bid, d.kind, d.text, sid, d.lines, d.spans, d.level))
    if not sections:
        sections.append(("s0", None, 2, None, []))
    words = sum(len(b.text.split()) for b in blocks)
    m = c.meta
    meta = Meta(
        title=m.get("title"),
        subtitle=m.get("subtitle"),
        publisher=m.get("publisher"),
        category=m.get("category"),
        authors=tuple(c.authors),
        dateline=m.get("dateline"),
        published=m.get("published"),
        updated=m.get("updated"),
        reading_minutes=max(1, int(words / WORDS_PER_MINUTE + 0.5)),
        credits=m.get("credits"),
        url=m.get("url"),
        language=language_of(" ".join(b.text for b in blocks if b.kind in _PROSE)[:_LANGUAGE_SAMPLE]),
    )
    src = source or SourceInfo()
    if not src.sha256:
        src = replace(src, sha256=digest(text))
    return Article(
        source=src,
        meta=meta,
        blocks=tuple(blocks),
        sections=tuple(Section(s, t, tuple(b), level=lv, heading_block=h) for s, t, lv, h, b in sections),
        meta_lines=tuple(c.meta_lines),
        takeaways=takeaways_of(c.drafts, ids),
        faq=faq_of(c.drafts, ids),
        removed=tuple(sorted(c.removed, key=lambda r: r.lines)),
    )
