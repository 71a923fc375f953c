"""The headline block of a page dump: the byline and the dates written near the headline.

On a whole page the furniture that matters (who wrote it, when) sits between
the headline and the first paragraph, in more shapes than a clean article
uses: a bare name on its own line, "Analysis by Jane Doe, Senior Analyst",
"2016年12月14日", "14.12.2016". Elsewhere on the page the same shapes belong
to teasers and comments, so they are read only inside that block.
"""

from __future__ import annotations

import datetime as dt
import re

from reader.core.structure.dates import find_date
from reader.core.structure.meta import MetaHit, date_only, read_bare_byline, split_byline_names, strip_lead

_CJK_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日")
_DOTTED_DATE = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>(?:19|20)\d\d)(?![\d.])")
_ISO_STAMP = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ]\d\d:\d\d)")
_SOME_BY = re.compile(r"^(?:[A-Z][a-z]+\s+){1,2}by\s+(?P<rest>[A-Z].{2,120})$")
"""A byline with a word in front ("Analysis by Jane Doe", "Story and photos by ...")."""
_MAX_DATE_WORDS = 14


def _valid(y: str, m: str, d: str) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def any_date(text: str) -> str | None:
    """A date in a short line of page furniture, in the forms news pages use (month names, ISO, CJK, dotted)."""
    if len(text.split()) > _MAX_DATE_WORDS or len(text) > 120:
        return None
    found = find_date(text)
    if found is not None:
        return found[0]
    for pattern in (_CJK_DATE, _ISO_STAMP, _DOTTED_DATE):
        if m := pattern.search(text):
            return _valid(m.group("y"), m.group("m"), m.group("d"))
    return None


def read_header(units_text: list[tuple[int, str]], has_date: bool, has_byline: bool) -> dict[int, MetaHit]:
    """Bylines and dates among the lines between the headline and the body.

    Args:
        units_text: (unit index, text) of the still undecided lines of the headline block, in order.
        has_date: the ordinary rules already found the publication date.
        has_byline: the ordinary rules already found a byline.
    """
    hits: dict[int, MetaHit] = {}
    for k, (i, text) in enumerate(units_text):
        t = strip_lead(text).strip()
        if not has_date and (iso := date_only(t) or _short_date(t)):
            hits[i] = MetaHit("published", iso)
            has_date = True
            continue
        if has_byline:
            continue
        if m := _SOME_BY.match(t):
            names, _ = split_byline_names(m.group("rest"))
            if names:
                hits[i] = MetaHit("byline", ", ".join(names), names, date=any_date(t))
                has_byline = True
                continue
        if k <= 3 and (names := read_bare_byline(t)):
            hits[i] = MetaHit("byline", ", ".join(names), names)
            has_byline = True
    return hits


def _short_date(text: str) -> str | None:
    """A date on a short furniture line ("Published 14.12.2016 10:00", "2016年12月14日 06:02")."""
    if len(text.split()) > 8:
        return None
    return any_date(text)
