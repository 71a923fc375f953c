"""The headline of a page dump: the title-shaped line above the article body that a byline or date follows.

`page_dump.find_article` finds the body by weight; this module chooses, among
the lines within reach above it, the one a reader takes for the headline (and
its dek), and tells byline and date lines (page furniture) from headlines.
"""

from __future__ import annotations

import re

from reader.core.structure.clutter import is_nav_word
from reader.core.structure.dump_weights import LINK_TEXT, cjk, code_like
from reader.core.structure.lines import Unit
from reader.core.structure.meta import date_only, read_bare_byline, read_meta_line
from reader.core.structure.page_header import any_date, foreign_byline
from reader.core.structure.rewrap import is_wide
from reader.core.structure.sections import heading_shaped

_BREADCRUMB = re.compile(r"\s[>»›/|]\s|^[>»›]|[>»›]$")
_SOME_BY = re.compile(r"^(?:[A-Z][a-z]+\s+){1,2}(?i:by)\s+[A-Z]")
_NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b")
"""A date in figures ("9/21/2016"): its order is ambiguous so it is never read, but it marks a furniture line."""
_ALT_TEXT = re.compile(r"\b(?:icon|logo|headshot|thumbnail|avatar|placeholder)s?$", re.IGNORECASE)
"""How an image's alt text ends ("close icon", "Morning Money logo"): the picture, not a headline."""
_HEADER_REACH = 18
"""How many units above the first paragraph the headline may stand (dek, byline, dates, captions between)."""


def headline(
    units: list[Unit],
    start: int,
    clutter: dict[int, str],
    keys: list[str],
    counts: dict[str, int],
    lead_in: int | None,
) -> int | None:
    """The headline above the body: a title-shaped line that furniture (byline, date) or the lede follows.

    Among the lines within reach above the first paragraph, the best is the one
    a byline or date line follows, that the page repeats elsewhere (its own
    title, a share text, a breadcrumb), that reads like a headline (a handful
    of words, no full stop), and that stands nearest the body.
    """
    best, best_score = None, 0.0
    passed = 0
    for j in range(start - 1, max(-1, start - 1 - _HEADER_REACH), -1):
        u = units[j]
        if j in clutter:
            continue
        if not headline_shaped(u):
            passed += 1
            continue
        score = 1.0
        if furniture_below(units, j, clutter):
            score += 3.0
        elif furniture_at(units, j - 1) or furniture_at(units, j - 2):
            score += 1.5  # the date above the headline (a kicker line, "Jane Doe/March 3, 2026")
        beside = {keys[k] for k in (j - 2, j - 1, j + 1, j + 2) if 0 <= k < len(keys)}
        if keys[j] in beside:
            score -= 1.0  # a teaser: its picture's alt text and its link say the same
        elif (counts[keys[j]] == 2 and _repeated_far(keys, j)) or (counts[keys[j]] == 1 and _repeated_inside(keys, j)):
            score += 0.75  # the page's own title or a share text repeats it; more often is a site's name
        if read_bare_byline(u.body) or _names_a_byline(units, j):
            score -= 2.5  # a name on its own is the byline; "Jane Doe headshot" is her picture
        if any_date(u.body) or _NUMERIC_DATE.search(u.body):
            score -= 1.5  # a caption ("... in Washington, March 29, 2019"), a teaser with its date
        words = u.words
        if 5 <= words <= 25 or (any(is_wide(ch) for ch in u.body) and 8 <= len(u.body) <= 80):
            score += 1.0
        if u.blank_before and u.blank_after:
            score += 0.5
        score -= 0.12 * passed
        if j == lead_in:
            score += 2.0  # it read like prose to the weighing: the headline of the story that follows
        if score > best_score:
            best, best_score = j, score
        passed += 1
    if best is not None and best > 0 and best - 1 not in clutter:
        above = units[best - 1]
        if _dek_under(above, units[best]):
            best -= 1  # headline, then its dek, then the byline
    return best


def _dek_under(above: Unit, below: Unit) -> bool:
    """`below` is the dek of the headline `above`: a longer line, or a sentence-case one under a title-case one."""
    if not headline_shaped(above) or above.words < 4 or read_bare_byline(above.body) or any_date(above.body):
        return False
    if is_nav_word(above) or code_like(above.body) or cjk(above.body):
        return False
    if heading_shaped(below.body, max_words=30):
        return False  # two title-case lines: the one nearer the byline is the headline
    return len(below.body) > len(above.body) * 1.2 or heading_shaped(above.body, max_words=30)


def furniture_below(units: list[Unit], j: int, clutter: dict[int, str]) -> bool:
    """A byline or date line within the next few units: what follows a headline."""
    near = [k for k in range(j + 1, min(len(units), j + 9)) if k not in clutter][:4]
    return any(furniture_at(units, k) for k in near)


def dated(text: str) -> bool:
    """A furniture line by its date: a metadata line, a date in words, or one in figures."""
    return bool(read_meta_line(text) or any_date(text) or _NUMERIC_DATE.search(text))


def furniture_at(units: list[Unit], k: int) -> bool:
    if k < 0:
        return False
    text = units[k].body
    return bool(dated(text) or read_bare_byline(text) or foreign_byline(text))


def _names_a_byline(units: list[Unit], j: int) -> bool:
    """The line holds the name on a bare byline line near it (the writer's picture: "Jane Doe headshot")."""
    text = units[j].body
    for k in range(max(0, j - 3), min(len(units), j + 4)):
        names = read_bare_byline(units[k].body) if k != j else ()
        if any(name in text and len(text) - len(name) <= 15 for name in names):
            return True
    return False


def _repeated_far(keys: list[str], j: int) -> bool:
    """The line's text stands again somewhere else on the page, not just beside it (a picture's alt text)."""
    return any(keys[i] == keys[j] for i in range(len(keys)) if abs(i - j) > 2)


def _repeated_inside(keys: list[str], j: int) -> bool:
    """The line's text also stands inside another line (a share text, the page's title with the site name)."""
    k = keys[j]
    if len(k) < 20:
        return False
    return any(
        k in other and other != k for i, other in enumerate(keys) if abs(i - j) > 3 and len(other) < len(k) * 2 + 40
    )


def headline_shaped(u: Unit) -> bool:
    """A line that could be a headline: a few words, no sentence end, no date, byline, breadcrumb or alt text."""
    text = u.body.strip()
    if u.bullet or u.last - u.first > 2 or not text or text[0] in "([{<" or is_nav_word(u):
        return False
    if (
        read_meta_line(text)
        or date_only(text)
        or _BREADCRUMB.search(text)
        or _SOME_BY.match(text)
        or LINK_TEXT.match(text)
    ):
        return False
    if (u.words <= 14 and any_date(text)) or _ALT_TEXT.search(text) or foreign_byline(text):
        return False
    if cjk(text):
        return 10 <= len(text) <= 120 and not text.endswith("。")
    if not 3 <= u.words <= 30 or text.rstrip("\"'”’)]").endswith((".", ",", ";", ":")) or len(text) > 220:
        return False
    return bool(re.search(r"[^\W\d_]{2}", text))
