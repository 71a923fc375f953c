"""Plain text to `Collected`: the rules that find structure in a saved page with no markup.

Order matters and follows how a reader scans a page: first what is clutter on
its own (share prompts, menus), then page furniture (bylines, dates), then the
headline (the title-shaped line just above that furniture), then what the page
repeats (title, teaser, shouted heading), and only then headings and prose.

The furniture passes after the headline (related links, footer, author bio,
captions, repeats) are in `plain_furniture.py`, the drafts built from what is
left in `plain_build.py`, and the page state they share in `plain_page.py`.
"""

from __future__ import annotations

import re

from reader.core.structure.clutter import line_reason, menu_runs, share_rows
from reader.core.structure.collected import Collected
from reader.core.structure.dump_bylines import affiliations
from reader.core.structure.dump_hooks import adopt_headline, date_fallback, set_aside
from reader.core.structure.dump_title_evidence import addressed
from reader.core.structure.lines import Unit, is_prose
from reader.core.structure.meta import MetaHit, date_only, dateline_only, is_label, read_bare_byline, read_meta_line
from reader.core.structure.plain_build import build
from reader.core.structure.plain_furniture import author_bio, captions, duplicates, footer, related
from reader.core.structure.plain_page import Page

_ANCHORS = frozenset({"publisher", "published", "updated", "reading_time", "byline"})
_DEK_BEFORE = frozenset({"byline", "published", "updated"})
_TITLE_LOOKBACK = 4
"""How many story-like lines above the first byline or date the headline may sit."""
_EARLY_DATE_UNITS = 6
"""A date-only line before the story starts is the publication date if it is this near the top or beside a byline."""
_MAX_BARE_TITLE_WORDS = 16
_UNDER_BYLINE = frozenset({"published", "updated", "reading_time"})
"""What a bare name right above makes a byline: a date, or a reader view's "5–6 minutes"."""
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}$")
"""A site's address on a line of its own ("harbour-times.example", "www.bbc.co.uk")."""
"""A first line longer than this, with no byline or date under it, is the lede, not a headline."""


def title_shaped(u: Unit) -> bool:
    """A headline: one short line that does not end like a sentence with a full stop."""
    t = u.body
    if addressed(t):
        return False  # "[logo] http://...": a picture and its link that w3m printed above the headline
    return not u.bullet and u.last - u.first <= 1 and 2 <= u.words <= 30 and not t.endswith((".", ",", ";", ":"))


def parse_plain(text: str) -> Collected:
    """Find title, metadata, clutter, headings and prose in plain text."""
    page = Page(text)
    _clutter(page)
    dump = set_aside(page.units, page.reasons)  # a whole web page: keep only the article region
    _metadata(page)
    affiliations(page, 0, len(page.units))
    if dump is None or not adopt_headline(page, dump):
        _title(page)
    _menus(page)
    related(page)
    footer(page)
    author_bio(page)
    captions(page)
    duplicates(page)
    collected = build(page, dump=(dump.credit, dump.start) if dump is not None else None)
    if dump is not None:
        date_fallback(collected)
    return collected


def _clutter(p: Page) -> None:
    for i, u in enumerate(p.units):
        if reason := line_reason(u):
            p.reasons[i] = reason
    for i in share_rows(p.units, p.reasons):  # buttons under their "Share" label, whatever their names
        p.reasons[i] = "boilerplate"


def _menus(p: Page) -> None:
    prose = [i for i, u in enumerate(p.units) if p.free(i) and is_prose(u.body)]
    for i in menu_runs(p.units, (prose[0], prose[-1]) if prose else (len(p.units), -1)):
        if i not in p.meta and i not in (p.title, p.category, p.dek):
            p.reasons[i] = "menu"


def _metadata(p: Page) -> None:
    for i, u in enumerate(p.units):
        if i not in p.reasons and u.single and (hit := read_meta_line(u.body)):
            p.meta[i] = hit
    if p.units and 0 not in p.reasons and 0 not in p.meta and _DOMAIN.match(p.units[0].body):
        p.meta[0] = MetaHit("publisher", p.units[0].body)  # a reader view's copy opens with the site's address
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
        dated_ok = (dated is not None and dated.field in _UNDER_BYLINE) or i + 1 in p.datelines
        if i <= first or not (dated_ok and p.free(i) and u.single):
            continue  # the first line of a page is its headline, however name-like
        if names := read_bare_byline(u.body):
            p.meta[i] = MetaHit("byline", ", ".join(names), names)


def _title(p: Page) -> None:
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
        first = next((i for i in range(n) if p.free(i) and i not in p.datelines and not addressed(units[i].body)), None)
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


def _header(p: Page) -> None:
    """Above the headline: a category label right over it, and site navigation (unless it reads as prose)."""
    assert p.title is not None
    before = [i for i in range(p.title) if p.free(i)]
    if before and before[-1] == p.title - 1 and is_label(p.units[before[-1]].body):
        p.category = before.pop()
    if not any(is_prose(p.units[i].body, 15) for i in before):
        for i in before:
            p.reasons[i] = "menu"
