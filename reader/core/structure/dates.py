"""Dates as written in bylines and page furniture, to ISO `YYYY-MM-DD`.

Saved pages write dates every which way ("March 4, 2026", "4 March 2026",
"Mar. 4, 2026 10:15 ET", "2026-03-04T09:00Z"); the model stores one form so
the app and the JSON never have to guess. Numeric day/month orders such as
"03/04/2026" are ambiguous between countries and are deliberately not read.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)
}
_MONTH = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|2[01])\d\d)"
_PATTERNS = (
    re.compile(r"\b(?P<year>(?:1[89]|2[01])\d\d)[-/.](?P<num>[01]?\d)[-/.](?P<day>[0-3]?\d)(?!\d)"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
)


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first valid date in `text` as (iso, start, end), or None.

    Returns the earliest match of any supported form, so "Updated 2 April 2026,
    first published March 4, 2026" yields April 2.
    """
    best: tuple[str, int, int] | None = None
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            iso = _iso(m)
            if iso is not None:
                if best is None or m.start() < best[1]:
                    best = (iso, m.start(), m.end())
                break
    return best


def to_iso(text: str) -> str | None:
    """The first date in `text` as `YYYY-MM-DD`, or None when there is none."""
    found = find_date(text)
    return found[0] if found else None


def _iso(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    month = int(groups["num"]) if groups.get("num") else MONTHS.get(groups["mon"].lower()[:3], 0)
    try:
        return dt.date(int(groups["year"]), month, int(groups["day"])).isoformat()
    except ValueError:
        return None
