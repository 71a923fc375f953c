"""Calendar arithmetic for news time expressions: weekdays, weeks, months, years, parts of them.

News convention, which every rule here follows: a weekday in the past tense
is the latest such day on or before the anchor ("said on Tuesday" in a story
dated Tuesday is that day), in the future tense the next one after it; weeks
run Monday to Sunday; "early/mid/late" split a week into Mon-Wed, Wed-Thu,
Thu-Sat, a month into thirds, a year into four-month parts.
"""

from __future__ import annotations

import calendar
import datetime as dt

Day = dt.date
Range = tuple[dt.date, dt.date]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)
}


def weekday(base: Day, name: str, *, future: bool, strict: bool = False) -> Day:
    """The weekday `name` nearest `base` on the side the tense points to.

    Past: on or before `base` (strictly before when `strict`: "last Tuesday").
    Future: strictly after `base` ("will meet on Friday", "next Friday").
    """
    target = WEEKDAYS.index(name.lower())
    if future:
        ahead = (target - base.weekday()) % 7 or 7
        return base + dt.timedelta(days=ahead)
    back = (base.weekday() - target) % 7
    if strict and back == 0:
        back = 7
    return base - dt.timedelta(days=back)


def week(base: Day, offset: int, part: str | None = None) -> Range:
    """The Monday-Sunday week `offset` weeks from `base`'s, or its early/mid/late part."""
    monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=offset)
    lo, hi = {"early": (0, 2), "mid": (2, 3), "late": (3, 5), "weekend": (5, 6)}.get(part or "", (0, 6))
    return monday + dt.timedelta(days=lo), monday + dt.timedelta(days=hi)


def month(year: int, number: int, part: str | None = None) -> Range:
    """A calendar month, or its early (1-10), mid (11-20) or late (21-end) third."""
    last = calendar.monthrange(year, number)[1]
    lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}.get(part or "", (1, last))
    return dt.date(year, number, lo), dt.date(year, number, hi)


def shift_month(base: Day, offset: int) -> tuple[int, int]:
    """(year, month) `offset` months from `base`'s month."""
    index = base.year * 12 + base.month - 1 + offset
    return index // 12, index % 12 + 1


def year(number: int, part: str | None = None) -> Range:
    """A calendar year, or its early (Jan-Apr), mid (May-Aug) or late (Sep-Dec) part."""
    lo, hi = {"early": ((1, 1), (4, 30)), "mid": ((5, 1), (8, 31)), "late": ((9, 1), (12, 31))}.get(
        part or "", ((1, 1), (12, 31))
    )
    return dt.date(number, *lo), dt.date(number, *hi)


def quarter(base: Day, offset: int) -> Range:
    """The calendar quarter `offset` quarters from `base`'s."""
    index = base.year * 4 + (base.month - 1) // 3 + offset
    y, q = index // 4, index % 4
    return month(y, q * 3 + 1)[0], month(y, q * 3 + 3)[1]


def clip_before(r: Range, base: Day) -> Range:
    """The part of a range before `base` ("earlier this week"), at least one day."""
    hi = min(r[1], base - dt.timedelta(days=1))
    return (r[0], max(r[0], hi))


def clip_after(r: Range, base: Day) -> Range:
    """The part of a range after `base` ("later this month"), at least one day."""
    lo = max(r[0], base + dt.timedelta(days=1))
    return (min(lo, r[1]), r[1])


def infer_year(base: Day, month_number: int, day: int | None, *, future: bool) -> int:
    """The year of a date written without one: the one that puts it nearest the anchor.

    A day on the side the tense does not point to counts double, so "on December 12"
    in a January story is last December, and "will open on January 12" in December next January.
    """

    def cost(y: int) -> int:
        probe = dt.date(y, month_number, min(day or 15, calendar.monthrange(y, month_number)[1]))
        days = (probe - base).days
        ahead = days > 0
        return abs(days) * (2 if ahead != future and days != 0 else 1)

    return min((base.year, base.year - 1, base.year + 1), key=cost)
