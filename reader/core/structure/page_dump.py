"""A whole web page saved as text: find the article inside the menus, teasers, comments and footer.

A browser's "save as text" or `w3m -dump` keeps everything the page showed.
The article is the one long stretch of running prose (sentence-like lines,
dense in the language's stop words) that menus, teaser streams and footers
(runs of short link-like lines) surround; its headline is the title-shaped line
just above it that a byline or date follows. That is how a person finds it, and
it is what this module does, with general evidence only:

  * each unit is weighed: running prose counts for it, short link-like lines,
    w3m's bullet trees, teaser furniture ("32M ago", image file names) and lines
    repeated elsewhere on the page count against it;
  * the article is the stretch with the largest total weight (a maximum-sum
    segment), and never runs into a comment thread;
  * the headline is chosen among the title-shaped lines above that stretch.

Only pages that show such furniture are treated: a clean article (one paragraph
per line, a wire story, a results table) has no runs of links to set aside, and
is left to the ordinary rules. Everything set aside keeps its reason.

The weighing is in `dump_weights.py` and the choice of the headline in
`dump_headline.py`; here the two are put together into a `Finding`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.structure import language
from reader.core.structure.clutter import is_nav_word, norm
from reader.core.structure.dump_body import lead_credit, past_dek, stream_stamps
from reader.core.structure.dump_furniture import dated, furniture_at, furniture_below
from reader.core.structure.dump_headline import far_between, headline, headline_shaped
from reader.core.structure.dump_weights import (
    FURNITURE_COST,
    GOOD_CHARS,
    LINK_COST,
    MIN_BODY,
    best_segment,
    cjk,
    discount_comments,
    link_like,
    script_link,
    twinned,
    weight,
)
from reader.core.structure.lines import Unit
from reader.core.structure.meta import read_credits
from reader.core.structure.page_header import names_on
from reader.core.structure.teasers import comment_marker, is_comment_furniture, is_form_field, is_teaser_furniture

_HEADER_UNITS = 6
"""Units just above the body that count as its headline block, not as page furniture, when judging a dump."""
_MIN_FURNITURE = 10
"""A page needs at least this many link-like lines outside the article to be a page dump at all."""
_ONCE_CHARS = 2 * GOOD_CHARS
"""A paragraph this long said twice is the text the first time (a summary box, a pull quote repeats it)."""
_CJK_ONCE_CHARS = 40
_MIN_SITE = 5
_CREDITS_REACH = 6
"""Units past the body's end in which the story's credits line may still stand, under a related link or two."""
"""Of those, at least this many must be a site's own: a line rule's clutter, a bullet-tree entry, a menu word."""


@dataclass(slots=True)
class Finding:
    """What was found on a page dump: where the article is and why the rest was set aside."""

    start: int
    """Index of the first unit of the article body."""
    end: int
    """Index of the last unit of the article body."""
    top: int
    """Index of the first unit kept above the body (the headline, else `start`)."""
    title: int | None
    reasons: dict[int, str] = field(default_factory=dict)
    credit: int | None = None
    """A unit the line rules set aside that belongs to the article: the lead photo's credit."""
    stops: frozenset[str] = frozenset()
    """The stop words of the page's language."""


def _long(u: Unit) -> bool:
    """Long enough that, said twice, the first time is the text itself (see `_ONCE_CHARS`)."""
    n = len(u.body)
    return n >= _ONCE_CHARS or (n >= _CJK_ONCE_CHARS and cjk(u.body))


def _link_runs(units: list[Unit], top: int, start: int, clutter: dict[int, str]) -> set[int]:
    """Between the headline and the body: bullet entries and runs of four or more links (share and follow rows).

    A byline or a date is short and link-like too, so those never count.
    """
    found: set[int] = set()
    run: list[int] = []
    for i in [*range(top + 1, start), start]:
        u = units[i]
        links = i < start and (i in clutter or link_like(u)) and not furniture_at(units, i)
        links = links and not names_on(u.body, near_top=True)
        if links and u.bullet and i not in clutter:
            found.add(i)
        if links:
            run.append(i)
            continue
        if len(run) >= 4:
            found.update(k for k in run if k not in clutter)
        run = []
    return found


def _credits_after(units: list[Unit], end: int, barriers: set[int]) -> int | None:
    """The story's credits ("Jane Doe contributed to this report.") a few lines under its last paragraph.

    A page often puts a related link or a teaser box between the story and its
    credits line; the weighing ends the body at the box, but the credits are
    the story's own and stay with it.
    """
    for i in range(end + 1, min(len(units), end + 1 + _CREDITS_REACH)):
        if i in barriers:
            return None
        if read_credits(units[i].body):
            return i
    return None


def find_article(units: list[Unit], clutter: dict[int, str]) -> Finding | None:
    """Where the article is on a page dump, or None when the text is not one (no furniture to set aside).

    Args:
        units: the page's units, in order.
        clutter: reasons the line rules already gave (share prompts, banners): those count as furniture.
    """
    if len(units) < 12:
        return None
    long_text = " ".join(u.body for u in units if len(u.body) >= GOOD_CHARS)
    stops = language.stop_words_for(long_text[:20000])
    keys = [norm(u.body) for u in units]
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    weights = []
    seen: set[str] = set()
    stamps = stream_stamps(units)
    for i, u in enumerate(units):
        if is_form_field(u.body) or twinned(keys, i) or i in stamps:
            weights.append(-FURNITURE_COST)
        elif i in clutter:
            weights.append(-max(LINK_COST, float(len(u.body))))
        else:
            weights.append(weight(u, stops, counts[keys[i]] > 1 and (keys[i] in seen or not _long(u))))
        seen.add(keys[i])
    barriers = {i for i, u in enumerate(units) if comment_marker(u.body)}
    discount_comments(weights, barriers)
    start, end = best_segment(weights, barriers)
    if end < start:
        return None
    while end > start and weights[end] <= 0:
        end -= 1
    lead_in = None
    after = next((i for i in range(start + 1, end + 1) if weights[i] > 0), None)
    if after is not None and headline_shaped(units[start]) and furniture_below(units, start, clutter):
        lead_in, start = start, after  # a long headline reads like prose: the body starts at the first paragraph
    if sum(w for w in weights[start : end + 1] if w > 0) < MIN_BODY:
        return None  # no stretch of prose to speak of (a results table, a list): nothing to find
    outside = [i for i in range(len(units)) if not start - _HEADER_UNITS <= i <= end]
    furniture = sum(1 for i in outside if i in clutter or link_like(units[i]))
    if furniture < _MIN_FURNITURE:
        return None
    site = sum(1 for i in outside if i in clutter or (units[i].bullet and weights[i] < 0) or is_nav_word(units[i]))
    if site < _MIN_SITE:
        return None  # short lines but none of a site's own (a list of names, a table): content, not a page
    title = headline(units, start, clutter, keys, counts, lead_in, end)
    if title is not None and title >= start:  # the body began with a notice above the headline
        start = next((i for i in range(title + 1, end + 1) if weights[i] > 0), end)
    elif title is not None:
        start = past_dek(units, weights, clutter, title, (start, end), stops)
    top = title if title is not None else start
    while top > 0 and top - 1 not in clutter and top > (title or start) - 3 and dated(units[top - 1].body):
        top -= 1  # a byline or date just above the headline belongs to it
    f = Finding(start, end, top, title, credit=lead_credit(units, weights, clutter, start, end), stops=stops)
    share_rows = _link_runs(units, top, start, clutter)
    gap = far_between(units, title, start, clutter) if title is not None else set()
    in_comments = False
    credits = _credits_after(units, end, barriers)
    for i, u in enumerate(units):
        if i in barriers and i > end:
            in_comments = True
        if i == credits:
            continue
        if i < top:
            f.reasons[i] = "page-header"
        elif top <= i < start and i != title:
            if is_teaser_furniture(u.body):
                f.reasons[i] = "caption"
            elif i in share_rows:
                f.reasons[i] = "menu"
            elif i in gap:
                f.reasons[i] = "page-header"  # between a far headline and the body
            elif script_link(u.body):
                f.reasons[i] = "boilerplate"
        elif i > end:
            teaser = any(is_teaser_furniture(units[k].body) for k in range(i, min(len(units), i + 3)))
            f.reasons[i] = "comments" if in_comments else "teaser" if teaser else "page-footer"
        elif is_teaser_furniture(u.body) or is_comment_furniture(u.body):
            f.reasons[i] = "teaser"
        elif script_link(u.body):
            f.reasons[i] = "boilerplate"
    return f
