"""The drafts of a plain-text page: each unit left after the rules becomes a heading, list item, quote or paragraph.

The last step of `plain.parse_plain`: what was set aside is recorded as
removed, metadata lines become metadata, and the rest is typed by its shape
into `Collected` drafts (with the dek and the title settled).
"""

from __future__ import annotations

import re

from reader.core.structure.clutter import norm, spoken_label
from reader.core.structure.collected import Collected, Draft
from reader.core.structure.dump_body import echoes
from reader.core.structure.lines import Unit, ends_sentence, is_prose
from reader.core.structure.meta import read_credits, read_dateline
from reader.core.structure.plain_page import Page
from reader.core.structure.sections import heading_shaped, sentence_case_heading
from reader.core.structure.sections import is_label as is_list_label
from reader.core.structure.teasers import is_teaser_furniture
from reader.core.structure.titles import derived_title

_ATX = re.compile(r"^#{1,6}\s+(?=\S)")
_NUMERIC = re.compile(r"\d")
_YEAR = re.compile(r"^\(?(?:1[89]|2[01])\d\d\)?[,.:;]?$")
_BRACKETED_NUMBER = re.compile(r"\([^()]*\d[^()]*\)")
_LABEL_VALUE = re.compile(r"^[^:]{1,40}:\s*[-+$€£]?\d[\d,.:%]*$")


def data_like(text: str) -> bool:
    """A score, results or table line ("Rovers 3 United 1", "Attendance: 1,200"): content, never a heading."""
    numbers = [w for w in text.split() if _NUMERIC.search(w) and not _YEAR.match(w)]
    return len(numbers) >= 2 or bool(_LABEL_VALUE.match(text) or _BRACKETED_NUMBER.search(text))


def _is_heading(p: Page, i: int) -> bool:
    u = p.units[i]
    if not u.single or u.bullet or u.indent >= 4 or i in p.datelines or data_like(u.body):
        return False
    if is_list_label(u.body):
        return True
    spaced = (u.blank_before and u.blank_after) or not p.uses_blanks
    if not spaced:
        return False
    if heading_shaped(u.body):
        return True
    nxt = next((j for j in range(i + 1, len(p.units)) if p.free(j)), None)
    return sentence_case_heading(u.body) and nxt is not None and is_prose(p.units[nxt].body, 10)


_LEAD_CAPTION_UNITS = 3
"""A lead photo's caption and credit: at most this many lines right above the story's first paragraph."""
_BARE_CREDIT_WORDS = 8
"""A credit this short is the credit alone ("Photo: Jane Roe/Agency"): its caption may stand on the line above."""
_CAPTION_WORDS = 40


def lead_captions(p: Page, dump: tuple[int | None, int] | None = None) -> set[int]:
    """The lead photo's caption and credit lines, right above the story's first sentence: shown above the story.

    Elsewhere a caption is set aside (it interrupts the story), but the words
    under the lead picture are what a browser shows between the headline and
    the lede, and extractors keep them there too. The one rule for every kind
    of text: a page dump names its credit and where its story starts (`dump`,
    see `dump_body.lead_credit`); in other text the credit is the caption line
    right over the first sentence, where the story starts. The credit takes
    the caption lines glued above it and, when it is a bare credit, the
    sentence right above it that is not the story's start: the picture's
    caption, printed as a paragraph of its own (a short lede over a picture
    is the story's, whatever its shape).
    """
    if dump is None:
        start = next((i for i, u in enumerate(p.units) if p.free(i) and is_prose(u.body, 10)), None)
        credit = None if start is None else start - 1
    else:
        credit, start = dump
    if credit is None or start is None or not _captioned(p, credit):
        return set()
    if echoes(p.units, credit):  # the alt text over a caption that repeats it: shown once, the credit set aside
        return {credit - 1} if _caption_above(p, credit - 1) or _captioned(p, credit - 1) else set()
    found = {credit}
    j = credit - 1
    while len(found) < _LEAD_CAPTION_UNITS and _captioned(p, j):
        found.add(j)
        j -= 1
    if len(found) == 1 and p.units[credit].words <= _BARE_CREDIT_WORDS and j < start and _caption_above(p, j):
        found.add(j)
    return found


def _captioned(p: Page, i: int) -> bool:
    """Set aside as a caption, below the headline; not a screen reader's label, nor the picture's file name."""
    below = i >= 0 and (p.title is None or i > p.title)
    body = p.units[i].body if below else ""
    return below and p.reasons.get(i) == "caption" and not spoken_label(body) and not is_teaser_furniture(body)


def _caption_above(p: Page, j: int) -> bool:
    """A sentence of its own, free, under the headline, right over a bare credit: the picture's caption.

    A caption says what the picture shows in a sentence; a short line with
    no sentence end there is a dek or a label, and stays what it was.
    """
    if j < 0 or not p.free(j) or (p.title is not None and j <= p.title):
        return False
    u = p.units[j]
    return not u.bullet and u.words <= _CAPTION_WORDS and ends_sentence(u.body)


def build(p: Page, *, dump: tuple[int | None, int] | None = None) -> Collected:
    """The page's drafts and metadata, from what the rules decided about each unit.

    A page dump's lead credit is judged by where its body starts (`dump`: the
    credit, None when it has none, and the body's first unit); other text
    finds it by its first sentence.
    """
    c = Collected()
    last_heading: Draft | None = None
    lead = lead_captions(p, dump)
    for i, u in enumerate(p.units):
        lines = (u.first, u.last)
        if i in p.datelines and i not in p.reasons:
            c.set_meta("dateline", u.body)
        if i in lead:
            c.drafts.append(Draft("caption", u.text, lines))
            continue
        if i in p.reasons:
            c.remove(lines, u.text, p.reasons[i])
            continue
        if i in p.meta:
            c.take_meta(p.meta[i], u.first)
            continue
        if i == p.category:
            c.note_meta("category", u.first)
            c.set_meta("category", u.body)
            continue
        draft = _draft(p, i, u)
        if draft.kind == "credits":
            c.set_meta("credits", read_credits(u.text) or u.text)
        if _shouted_repeat(draft, last_heading):
            c.remove(lines, u.text, "duplicate")
            continue
        if draft.kind == "heading":
            last_heading = draft
        c.drafts.append(draft)
    _subtitle(c)
    for i, iso in p.datelines.items():  # only when no furniture line gave the date
        if i not in p.reasons:
            c.set_meta("published", iso)
            break
    if p.title is not None:
        c.set_meta("title", p.units[p.title].body)
    else:
        c.set_meta("title", derived_title(c.drafts))
    first_para = next((d for d in c.drafts if d.kind == "paragraph"), None)
    if first_para is not None and (dateline := read_dateline(first_para.text)):
        c.set_meta("dateline", dateline)
    return c


def _draft(p: Page, i: int, u: Unit) -> Draft:
    lines = (u.first, u.last)
    if i == p.title:
        return Draft("title", u.body, lines)
    if i == p.dek:
        return Draft("subtitle", u.body, lines)
    if read_credits(u.text):
        return Draft("credits", u.text, lines)
    if u.bullet:
        return Draft("list_item", u.body, lines, level=1 + min((max(0, u.indent - p.list_base.get(i, 0)) + 2) // 4, 5))
    if u.single and (atx := _ATX.match(u.text)):  # a stray Markdown heading in a text file
        return Draft("heading", u.text[atx.end() :].strip(" #") or u.text, lines, level=2)
    if u.text.startswith(">") or (u.indent >= 4 and not _is_heading(p, i)):
        return Draft("blockquote", u.text.lstrip("> ").strip() or u.text, lines)
    if _is_heading(p, i):
        return Draft("heading", u.body, lines, level=2)
    return Draft("paragraph", u.text, lines)


def _shouted_repeat(d: Draft, last_heading: Draft | None) -> bool:
    """An upper-case line repeating the latest heading ("MASS SURVEILLANCE" after "Mass Surveillance Concerns")."""
    if d.kind != "heading" or last_heading is None or d.text.upper() != d.text or last_heading.text.isupper():
        return False
    a, b = norm(d.text), norm(last_heading.text)
    return a == b or b.startswith(a + " ") or a.startswith(b + " ")


def _subtitle(c: Collected) -> None:
    """The dek: a dek found under the headline, or a title-case line that would be an empty first heading."""
    drafts = c.drafts
    t = next((k for k, d in enumerate(drafts) if d.kind == "title"), None)
    if t is None or t + 1 >= len(drafts):
        return
    d = drafts[t + 1]
    nxt = drafts[t + 2] if t + 2 < len(drafts) else None
    if d.kind == "heading" and nxt is not None and nxt.kind == "heading" and not is_list_label(d.text):
        d.kind, d.level = "subtitle", 0
    if d.kind == "subtitle":
        c.set_meta("subtitle", d.text)
