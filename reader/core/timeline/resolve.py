"""The day or range of days each form of time expression names, from a base day and the tense.

One function per form of `expressions.PATTERNS`, each reading the regex
groups kept on the `Expr`; the calendar arithmetic is in `calendar`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.core.timeline import calendar as cal
from reader.core.timeline.calendar import Day, Range

if TYPE_CHECKING:
    from reader.core.timeline.expressions import Expr

Resolver = Callable[["Expr", Day | None, bool], tuple[Day | None, Range | None]]
_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUM_WORDS |= {"eight": 8, "nine": 9, "ten": 10}
_VAGUE = {"day": (2, 6), "week": (14, 42), "month": (60, 150), "year": (730, 1460)}
"""'days after X': X happened 2-6 days before; 'weeks after': 2-6 weeks; and so on."""


def _n(word: str, default: int = 1) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else _NUM_WORDS.get(w, default)


def _one(day: Day) -> tuple[Day, None]:
    return day, None


def _span(r: Range) -> tuple[Day | None, Range | None]:
    return (r[0], None) if r[0] == r[1] else (None, r)


def _month_number(e: Expr) -> int:
    return cal.MONTHS[e.group("mon").lower()[:3]]


def _part(e: Expr) -> str | None:
    p = e.group("part").lower()
    return "late" if "end" in p or p == "later" else "early" if "start" in p or p == "earlier" else p or None


def _dated(e: Expr, base: Day | None, future: bool) -> tuple[Day | None, Range | None]:
    if e.form == "iso":
        return _one(dt.date(int(e.group("y")), int(e.group("m")), int(e.group("d"))))
    mon, day = _month_number(e), int(e.group("d"))
    if e.group("y"):
        return _one(dt.date(int(e.group("y")), mon, day))
    if base is None:
        return None, None
    return _one(dt.date(cal.infer_year(base, mon, day, future=future), mon, day))


def _month(e: Expr, base: Day | None, future: bool) -> tuple[Day | None, Range | None]:
    mon = _month_number(e)
    if e.group("y"):
        y = int(e.group("y"))
    elif base is None:
        return None, None
    else:
        rel = e.group("rel").lower()
        y = cal.infer_year(base, mon, None, future=future or rel == "next")
        if rel == "last" and dt.date(y, mon, 1) >= base.replace(day=1):
            y -= 1
    return _span(cal.month(y, mon, _part(e)))


def _year(e: Expr, base: Day | None, future: bool) -> tuple[Day | None, Range | None]:
    part = _part(e) or {"early": "early", "mid": "mid", "late": "late"}.get(e.group("rel").lower())
    if "end" in e.group("rel").lower():
        part = "late"
    if "start" in e.group("rel").lower():
        part = "early"
    return _span(cal.year(int(e.group("y")), part))


def _weekday(e: Expr, base: Day | None, future: bool) -> tuple[Day | None, Range | None]:
    if base is None:
        return None, None
    mod = e.group("mod").lower()
    if mod == "next":
        return _one(cal.weekday(base, e.group("wd"), future=True))
    if mod == "last":
        return _one(cal.weekday(base, e.group("wd"), future=False, strict=True))
    return _one(cal.weekday(base, e.group("wd"), future=future))


def _deictic(e: Expr, base: Day | None, future: bool) -> tuple[Day | None, Range | None]:
    if base is None:
        return None, None
    word = e.group("word").lower()
    shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    return _one(base + dt.timedelta(days=shift))


def _period(e: Expr, base: Day | None, future: bool) -> tuple[Day | None, Range | None]:
    if base is None:
        return None, None
    rel, unit, part = e.group("rel").lower(), e.group("unit").lower(), e.group("part").lower()
    if rel in ("the following",):
        return None, None  # relative to the story's own sequence, not to the anchor
    if rel == "the past":
        days = {"weekend": 3, "week": 7, "month": 30, "quarter": 91, "year": 365}[unit]
        return _span((base - dt.timedelta(days=days), base - dt.timedelta(days=1)))
    offset = {"last": -1, "the previous": -1, "next": 1, "the coming": 1}.get(rel, 0)
    shape = {"early": "early", "mid": "mid", "late": "late"}.get(part)
    if unit in ("week", "weekend"):
        r = cal.week(base, offset, "weekend" if unit == "weekend" else shape)
    elif unit == "month":
        r = cal.month(*cal.shift_month(base, offset), shape)
    elif unit == "quarter":
        r = cal.quarter(base, offset)
    else:
        r = cal.year(base.year + offset, shape)
    if part == "earlier":
        r = cal.clip_before(r, base)
    elif part == "later":
        r = cal.clip_after(r, base)
    return _span(r)


def _offset(e: Expr, base: Day | None, future: bool) -> tuple[Day | None, Range | None]:
    if base is None:
        return None, None
    unit, direction, n = e.group("unit").lower(), e.group("dir").lower(), e.group("n").lower()
    sign = -1 if direction in ("ago", "after", "earlier") else 1
    if direction in ("later", "earlier") and not n:
        return None, None  # "days later": after some unnamed event of the story
    exact = n and n not in ("a few", "a couple of", "several", "some", "just", "only", "mere")
    if exact:
        count = _n(n)
        if unit in ("month", "year"):
            y, mon = cal.shift_month(base, sign * count * (12 if unit == "year" else 1))
            return _one(dt.date(y, mon, min(base.day, cal.month(y, mon)[1].day)))
        days = count * {"day": 1, "week": 7}[unit]
        return _one(base + dt.timedelta(days=sign * days))
    lo, hi = _VAGUE[unit]
    if n in ("a few", "a couple of"):
        hi = max(lo, hi // 2 + 1)
    if sign < 0:
        return _span((base - dt.timedelta(days=hi), base - dt.timedelta(days=lo)))
    return _span((base + dt.timedelta(days=lo), base + dt.timedelta(days=hi)))


def _narrative(e: Expr, base: Day | None, future: bool) -> tuple[Day | None, Range | None]:
    if base is None:
        return None, None
    back = e.group("prev") or e.group("dir").lower() == "before"
    return _one(base + dt.timedelta(days=-1 if back else 1))


def _recent(e: Expr, base: Day | None, future: bool) -> tuple[Day | None, Range | None]:
    if base is None:
        return None, None
    unit, n = e.group("unit").lower(), e.group("n").lower()
    count = _n(n, 0) if n not in ("few", "couple of", "several") else 0
    days = (count or (3 if n != "several" else 5)) * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
    if e.group("rel").lower() in ("coming", "next"):
        return _span((base + dt.timedelta(days=1), base + dt.timedelta(days=days)))
    return _span((base - dt.timedelta(days=days), base - dt.timedelta(days=1)))


RESOLVERS: dict[str, Resolver] = {
    "iso": _dated,
    "mdy": _dated,
    "dmy": _dated,
    "month": _month,
    "year": _year,
    "year_noun": _year,
    "weekday": _weekday,
    "deictic": _deictic,
    "period": _period,
    "offset": _offset,
    "narrative": _narrative,
    "recent": _recent,
}
