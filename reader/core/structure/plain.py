"""Plain text to `Collected`: the rules that find structure in a saved page with no markup.

Order matters and follows how a reader scans a page: first what is clutter on
its own (share prompts, menus), then page furniture (bylines, dates), then the
headline (the title-shaped line just above that furniture), then what the page
repeats (title, teaser, shouted heading), and only then headings and prose.
"""

from __future__ import annotations

import re

from reader.core.structure.clutter import (
    is_footer_marker,
    is_link_like,
    is_read_on,
    is_tags,
    line_reason,
    menu_runs,
    norm,
)
from reader.core.structure.collected import Collected, Draft
from reader.core.structure.dump_hooks import adopt_headline, date_fallback, set_aside
from reader.core.structure.lines import Unit, is_prose, split_units
from reader.core.structure.meta import (
    MetaHit,
    after_dateline,
    date_only,
    dateline_only,
    is_label,
    read_bare_byline,
    read_credits,
    read_dateline,
    read_meta_line,
)
from reader.core.structure.sections import heading_shaped, sentence_case_heading
from reader.core.structure.sections import is_label as is_list_label
from reader.core.structure.titles import derived_title

_ANCHORS = frozenset({"publisher", "published", "updated", "reading_time", "byline"})
_BYLINE_START = re.compile(r"^by\s+", re.IGNORECASE)
_TEASER_KEY = 24
_DEK_BEFORE = frozenset({"byline", "published", "updated"})
_TITLE_LOOKBACK = 4
"""How many story-like lines above the first byline or date the headline may sit."""
_EARLY_DATE_UNITS = 6
"""A date-only line before the story starts is the publication date if it is this near the top or beside a byline."""
_ATX = re.compile(r"^#{1,6}\s+(?=\S)")
_MAX_BARE_TITLE_WORDS = 16
"""A first line longer than this, with no byline or date under it, is the lede, not a headline."""
_MIN_DUPLICATE_WORDS = 15
"""Shorter lines may repeat legitimately (a role in a list of people); longer ones are page repeats."""
_NUMERIC = re.compile(r"\d")
_YEAR = re.compile(r"^\(?(?:1[89]|2[01])\d\d\)?[,.:;]?$")
_BRACKETED_NUMBER = re.compile(r"\([^()]*\d[^()]*\)")
_LABEL_VALUE = re.compile(r"^[^:]{1,40}:\s*[-+$€£]?\d[\d,.:%]*$")


def title_shaped(u: Unit) -> bool:
    """A headline: one short line that does not end like a sentence with a full stop."""
    t = u.body
    return not u.bullet and u.last - u.first <= 1 and 2 <= u.words <= 30 and not t.endswith((".", ",", ";", ":"))


class _Page:
    """The units of one page and what has been decided about each (local to one parse)."""

    def __init__(self, text: str) -> None:
        self.units = split_units(text)
        self.reasons: dict[int, str] = {}
        self.meta: dict[int, MetaHit] = {}
        self.title: int | None = None
        self.category: int | None = None
        self.dek: int | None = None
        self.datelines: dict[int, str] = {}
        """Dateline-only lines above the story ("SEOUL 2026-03-03"): kept as paragraphs, their date read."""
        self.list_base: dict[int, int] = {}
        """Indent of the first item of each bullet's list: nesting is relative to it."""
        base = 0
        for i, u in enumerate(self.units):
            if u.bullet:
                base = u.indent if i == 0 or not self.units[i - 1].bullet else min(base, u.indent)
                self.list_base[i] = base
        blanks = sum(1 for line in text.split("\n") if not line.strip())
        self.uses_blanks = blanks * 5 >= len(self.units)

    def free(self, i: int) -> bool:
        """Not yet set aside as clutter nor read as metadata."""
        return i not in self.reasons and i not in self.meta and i not in (self.title, self.category, self.dek)


def parse_plain(text: str) -> Collected:
    """Find title, metadata, clutter, headings and prose in plain text."""
    page = _Page(text)
    _clutter(page)
    dump = set_aside(page.units, page.reasons)  # a whole web page: keep only the article region
    _metadata(page)
    if dump is None or not adopt_headline(page, dump):
        _title(page)
    _menus(page)
    _related(page)
    _footer(page)
    _author_bio(page)
    _captions(page)
    _duplicates(page)
    collected = _build(page)
    if dump is not None:
        date_fallback(collected)
    return collected


def _clutter(p: _Page) -> None:
    for i, u in enumerate(p.units):
        if reason := line_reason(u):
            p.reasons[i] = reason


def _menus(p: _Page) -> None:
    prose = [i for i, u in enumerate(p.units) if p.free(i) and is_prose(u.body)]
    for i in menu_runs(p.units, (prose[0], prose[-1]) if prose else (len(p.units), -1)):
        if i not in p.meta and i not in (p.title, p.category, p.dek):
            p.reasons[i] = "menu"


def _metadata(p: _Page) -> None:
    for i, u in enumerate(p.units):
        if i not in p.reasons and u.single and (hit := read_meta_line(u.body)):
            p.meta[i] = hit
    furniture = set(p.meta)  # only lines read as furniture on their own make a nearby date a dateline
    top = min(furniture, default=0)  # a dek above the byline reads like prose but is not the story yet
    story = next((i for i, u in enumerate(p.units) if i > top and p.free(i) and is_prose(u.body, 10)), len(p.units))
    for i, u in enumerate(p.units[:story]):
        if p.free(i) and u.single and not u.bullet and (iso := dateline_only(u.body)):
            p.datelines[i] = iso
    for i, u in enumerate(p.units[:story]):
        if i in p.datelines:
            continue
        near = i < _EARLY_DATE_UNITS or any(k in furniture for k in (i - 3, i - 2, i - 1, i + 1))
        if p.free(i) and u.single and near and (iso := date_only(u.body)):
            p.meta[i] = MetaHit("published", iso)
    first = next((i for i in range(len(p.units)) if p.free(i)), -1)
    for i, u in enumerate(p.units):
        dated = p.meta.get(i + 1)
        dated_ok = (dated is not None and dated.field in ("published", "updated")) or i + 1 in p.datelines
        if i <= first or not (dated_ok and p.free(i) and u.single):
            continue  # the first line of a page is its headline, however name-like
        if names := read_bare_byline(u.body):
            p.meta[i] = MetaHit("byline", ", ".join(names), names)


def _title(p: _Page) -> None:
    """The headline: the title-shaped line above the byline/date block, else the first line if it is one."""
    units, n = p.units, len(p.units)
    anchors = [i for i in p.meta if p.meta[i].field in _ANCHORS] + list(p.datelines)
    anchor = min(anchors, default=None)
    if anchor is not None and anchor <= max(12, n // 2):
        looked = 0  # free lines passed over; clutter between headline and byline does not count
        for j in range(anchor - 1, -1, -1):
            if p.free(j) and title_shaped(units[j]) and not is_label(units[j].body):
                p.title = j
                break
            looked += p.free(j)
            if looked >= _TITLE_LOOKBACK:
                break
    if p.title is not None and any(p.free(i) and is_prose(units[i].body, 10) for i in range(p.title)):
        p.title = None  # the story has begun above it: that byline belongs to something inside the story
    if p.title is not None:
        above = p.title - 1
        if above >= 0 and p.free(above) and title_shaped(units[above]) and not is_label(units[above].body):
            p.title, p.dek = above, p.title  # headline, then the dek, then the byline
        _header(p)
    else:
        first = next((i for i in range(n) if p.free(i) and i not in p.datelines), None)
        if first is None:
            return
        nxt = first + 1
        headline_below = nxt < n and p.free(nxt) and nxt not in p.datelines and title_shaped(units[nxt])
        if is_label(units[first].body) and headline_below:
            p.category, first = first, nxt
        if title_shaped(units[first]) and units[first].words <= _MAX_BARE_TITLE_WORDS:
            p.title = first
    if p.title is not None and p.dek is None:
        below = p.title + 1
        k = below if below < n and p.free(below) and below not in p.datelines else None  # right under the headline
        after = next((i for i in range(k + 1, n) if i not in p.reasons), None) if k is not None else None
        hit = p.meta.get(after) if after is not None else None
        if (
            k is not None
            and hit is not None
            and hit.field in _DEK_BEFORE
            and not units[k].bullet
            and units[k].words <= 40
        ):
            p.dek = k


def _header(p: _Page) -> None:
    """Above the headline: a category label right over it, and site navigation (unless it reads as prose)."""
    assert p.title is not None
    before = [i for i in range(p.title) if p.free(i)]
    if before and before[-1] == p.title - 1 and is_label(p.units[before[-1]].body):
        p.category = before.pop()
    if not any(is_prose(p.units[i].body, 15) for i in before):
        for i in before:
            p.reasons[i] = "menu"


def _related(p: _Page) -> None:
    """A "Related Articles" / "More News" / "Tags" heading takes the run of link-like lines under it.

    A "Read article" button takes the headline just above it, which links to another story. After the
    story's last sentence, a run may go on across blank lines (one link per paragraph).
    """
    units = p.units
    tail = 1 + max((i for i, u in enumerate(units) if p.free(i) and is_prose(u.body, 12)), default=-1)
    reach = 0  # where the previous run stopped: a heading inside that run would stop at the same place
    for i, u in enumerate(units):
        if is_read_on(u.body) and i > 0 and p.free(i - 1) and is_link_like(units[i - 1]):
            p.reasons[i - 1] = "related"
        if p.reasons.get(i) != "related" and not (p.reasons.get(i) == "boilerplate" and is_tags(u.body)):
            continue
        j = max(i + 1, reach)
        while j < len(units):
            v = units[j]
            if j in p.meta or j == p.title or (j > i + 1 and v.blank_before and j not in p.reasons and j < tail):
                break
            if j not in p.reasons:
                if not is_link_like(v):
                    break
                p.reasons[j] = "related"
            j += 1
        reach = j


def _footer(p: _Page) -> None:
    """From the first copyright / privacy line in the second half, everything that is not prose is footer."""
    n = len(p.units)
    start = next((i for i in range(n // 2, n) if is_footer_marker(p.units[i].body) and i not in p.meta), None)
    if start is None:
        return
    for i in range(start, n):
        clutter = p.reasons.get(i) in ("menu", "boilerplate")
        if i == start or clutter or (p.free(i) and not is_prose(p.units[i].body, 15)):
            p.reasons[i] = "footer"


def _author_bio(p: _Page) -> None:
    """A closing line about the writer ("Jane Doe covers city hall for The Times.") is page furniture.

    Only in the last third of the page, only for a byline's own name, and only
    when the name is followed by a lower-case word (a verb), so a story
    sentence that merely mentions the writer stays.
    """
    names = {name for hit in p.meta.values() if hit.field == "byline" for name in hit.authors if " " in name}
    n = len(p.units)
    for i in range(n * 2 // 3, n):
        body = p.units[i].body
        if p.free(i) and p.units[i].words <= 60:
            after = next((body[len(name) + 1 :] for name in names if body.startswith(name + " ")), "")
            if after[:1].islower():
                p.reasons[i] = "author-bio"


def _captions(p: _Page) -> None:
    """A short line glued above a photo credit is the photo's caption or alt text."""
    for i in sorted(k for k, r in p.reasons.items() if r == "caption"):
        j = i - 1
        if j >= 0 and p.free(j) and not p.units[i].blank_before and not is_prose(p.units[j].body, 25):
            p.reasons[j] = "caption"


def _duplicates(p: _Page) -> None:
    units = p.units
    keys = {i: norm(u.body) for i, u in enumerate(units) if p.free(i)}
    if p.title is not None:
        title_key = norm(units[p.title].body)
        for i, k in keys.items():
            if k == title_key:
                p.reasons[i] = "duplicate"
    # the longest text starting with each 24-character key, with and without a dateline in front
    longest: dict[str, tuple[int, int, str]] = {}
    seen: dict[str, int] = {}
    for i, k in keys.items():
        if i in p.reasons:
            continue
        rest = after_dateline(units[i].body)
        for form in (k, norm(rest)) if rest else (k,):
            if len(form) >= _TEASER_KEY and len(form) > longest.get(form[:_TEASER_KEY], (0, -1, ""))[0]:
                longest[form[:_TEASER_KEY]] = (len(form), i, form)
        if units[i].words >= _MIN_DUPLICATE_WORDS and k in seen and not _answers_a_question(p, i):
            p.reasons[i] = "duplicate"
        seen.setdefault(k, i)
    for i, k in keys.items():
        if i in p.reasons or _answers_a_question(p, i):
            continue
        body = units[i].body
        candidates = [k]
        if _BYLINE_START.match(body):  # "By Jane Doe The story...": the name may end at any of the next few words
            words = k.split(" ")
            candidates += [" ".join(words[j:]) for j in range(2, min(7, len(words)))]
        for cand in candidates:
            size, j, form = longest.get(cand[:_TEASER_KEY], (0, -1, ""))
            if len(cand) >= 40 and j > i and size > len(cand) and form.startswith(cand):
                p.reasons[i] = "duplicate"
                break


def _answers_a_question(p: _Page, i: int) -> bool:
    """The line right after a question: an FAQ answer may repeat the story word for word, and must stay."""
    return i > 0 and p.units[i - 1].body.rstrip().endswith("?")


def data_like(text: str) -> bool:
    """A score, results or table line ("Rovers 3 United 1", "Attendance: 1,200"): content, never a heading."""
    numbers = [w for w in text.split() if _NUMERIC.search(w) and not _YEAR.match(w)]
    return len(numbers) >= 2 or bool(_LABEL_VALUE.match(text) or _BRACKETED_NUMBER.search(text))


def _is_heading(p: _Page, i: int) -> bool:
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


def _build(p: _Page) -> Collected:
    c = Collected()
    last_heading: Draft | None = None
    for i, u in enumerate(p.units):
        lines = (u.first, u.last)
        if i in p.datelines and i not in p.reasons:
            c.set_meta("dateline", u.body)
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


def _draft(p: _Page, i: int, u: Unit) -> Draft:
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
