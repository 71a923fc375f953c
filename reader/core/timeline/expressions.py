"""Time expressions in a text and what day (or range of days) each names, given a base day and a tense.

Every form is one regex; `find_expressions` runs them all and keeps the longest
match where they overlap ("late last week" over "last week"). `Expr.resolve`
does the arithmetic (see `calendar`): explicit dates need no base but may
borrow its year, relative ones ("on Tuesday", "last month", "days after")
need one. Weekdays and month names are matched only capitalised, so "may"
the verb is never a month.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from reader.core.sentences import alternation
from reader.core.timeline import calendar as cal
from reader.core.timeline.calendar import Day, Range

_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_ON_DAY = r"(?:(?i:on|by|until|since)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
"""What may lead a dated day: "on Monday, March 16" is one expression."""
_PART = r"(?P<part>(?i:early|mid|late|earlier|later|end of|the end of|start of|the start of))"
_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUM_WORDS |= {"eight": 8, "nine": 9, "ten": 10}
_VAGUE = {"day": (2, 6), "week": (14, 42), "month": (60, 150), "year": (730, 1460)}
"""'days after X': X happened 2-6 days before; 'weeks after': 2-6 weeks; and so on."""
_NOT_A_DAY = re.compile(r"(?:Black|Good|Cyber|Super|Ash|Palm|Holy|Easter|Bloody|Maundy|Shrove|Giving)\s+$")

PATTERNS: dict[str, re.Pattern[str]] = {
    "iso": re.compile(rf"\b{_YEAR}-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"),
    "mdy": re.compile(rf"\b{_ON_DAY}{_MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?"),
    "dmy": re.compile(
        rf"\b{_ON_DAY}(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}"
        rf"(?:,?\s+{_YEAR}\b)?"
    ),
    "month": re.compile(
        rf"\b(?:(?P<rel>(?i:in|since|by|until|through|during|last|next|this|of))\s+)?(?:{_PART}[\s-]+)?"
        rf"{_MON}(?:\s+{_YEAR}\b)?"
    ),
    "year": re.compile(
        rf"\b(?P<rel>(?i:in|since|by|until|through|during|from|before|after|of|early|mid|late|end of|the end of|"
        rf"start of|the start of))[\s-]+(?:{_PART}[\s-]+)?{_YEAR}\b(?!\s*(?:%|percent|[-–]\d))"
    ),
    "weekday": re.compile(
        rf"\b(?:(?P<mod>(?i:last|next|this|on|early|late|early on|late on))\s+)?{_WD}(?:['’]s)?"
        r"(?:\s+(?P<tod>(?i:morning|afternoon|evening|night)))?\b"
    ),
    "deictic": re.compile(
        r"\b(?P<word>(?i:yesterday|today|tomorrow|tonight|overnight|this morning|this afternoon|this evening|"
        r"last night))\b"
    ),
    "period": re.compile(
        r"\b(?i:(?:(?P<part>early|mid|late|earlier|later)[\s-]+)?"
        r"(?P<rel>last|next|this|the previous|the past|the coming|the following)\s+"
        r"(?P<unit>weekend|week|month|quarter|year))\b"
    ),
    "offset": re.compile(
        r"\b(?i:(?:(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|"
        r"some|just|only|mere)\s+)?(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|after|before|later|earlier))\b"
    ),
    "narrative": re.compile(
        r"\b(?i:the\s+(?:(?P<next>next|following)\s+day|day\s+(?P<dir>after|before)|(?P<prev>previous)\s+day))\b"
    ),
    "recent": re.compile(
        r"\b(?i:(?:in|over|during|within)\s+(?:the\s+)?(?P<rel>past|last|recent|coming|next)\s+"
        r"(?:(?P<n>\d{1,3}|few|couple of|two|three|four|five|six|seven|several)\s+)?(?P<unit>day|week|month|year)s)\b"
    ),
}
PREFILTERS: dict[str, tuple[str, ...]] = {
    "deictic": ("yesterday", "today", "tomorrow", "tonight", "overnight", "this m", "this a", "this ev", "last night"),
    "period": ("week", "month", "quarter", "year"),
    "offset": ("ago", "after", "before", "later", "earlier"),
    "narrative": ("the next day", "the following day", "the day ", "the previous day"),
    "recent": ("past", "last", "recent", "coming", "next"),
}
"""Words a window must hold before the form's full pattern runs on it (cheap `in` tests)."""
_DATE_FORMS = ("iso", "mdy", "dmy", "month", "year")
_UNIT_FORMS = ("period", "offset", "narrative", "recent")
FORMS_OF: dict[str, tuple[str, ...]] = {
    "year": _DATE_FORMS,
    "month": ("mdy", "dmy", "month"),
    "weekday": ("weekday", "mdy", "dmy"),
    "deictic": ("deictic",),
    "part-of-day": ("deictic", "weekday"),
    "unit": _UNIT_FORMS,
}
"""Which forms can hold each kind of core word, so a window runs only the patterns it may match."""
EXPLICIT = frozenset({"iso", "mdy", "dmy", "month", "year"})
"""Forms that name their own day, month or year (the anchor gives at most a year)."""
NARRATIVE = frozenset({"narrative"})
"""Forms relative to the story's last dated event, not to the anchor ("the next day")."""


@dataclass(frozen=True, slots=True)
class Expr:
    """One time expression: where it is, its form, and the regex groups to resolve it."""

    form: str
    start: int
    end: int
    text: str
    groups: tuple[tuple[str, str], ...]

    @property
    def explicit(self) -> bool:
        return self.form in EXPLICIT

    def group(self, name: str) -> str:
        return dict(self.groups).get(name) or ""

    def resolve(self, base: Day | None, *, future: bool) -> tuple[Day | None, Range | None]:
        """The day (or range of days) named, from `base` and the tense; (None, None) when unknown."""
        try:
            return _RESOLVERS[self.form](self, base, future)
        except (ValueError, OverflowError):
            return None, None


_CORE_KIND = {
    **dict.fromkeys(
        [
            "jan",
            "january",
            "feb",
            "february",
            "mar",
            "march",
            "apr",
            "april",
            "may",
            "jun",
            "june",
            "jul",
            "july",
            "aug",
            "august",
            "sep",
            "sept",
            "september",
            "oct",
            "october",
            "nov",
            "november",
            "dec",
            "december",
        ],
        "month",
    ),
    **dict.fromkeys(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], "weekday"),
    **dict.fromkeys(["yesterday", "today", "tomorrow", "tonight", "overnight"], "deictic"),
    **dict.fromkeys(["night", "morning", "afternoon", "evening"], "part-of-day"),
    **dict.fromkeys(["day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "quarter"], "unit"),
}
_CORE = re.compile(alternation(_CORE_KIND) + r"(?![a-z])|(?:19|20)\d\d(?!\d)")
_CORE_ANY_CASE = re.compile(_CORE.pattern, re.IGNORECASE)
"""The word every form needs, searched in the lower-cased text (a factored alternation that starts
with a letter is fast there); the full patterns run only on windows around these words."""
_BEFORE, _AFTER = 28, 20
"""Window margins: longer than any form's words before ("on Monday, the 3rd of") and after its core word."""


def _windows(text: str) -> list[tuple[int, int, set[str]]]:
    """(start, end, forms) of each stretch of `text` around core words, with the forms they allow."""
    out: list[tuple[int, int, set[str]]] = []
    lower = text.lower()
    # lower() can change the length of a few characters ("İ"): then search the text itself
    same = len(lower) == len(text)
    if not same:
        lower = text
    hits = _CORE.finditer(lower) if same else _CORE_ANY_CASE.finditer(text)
    for m in hits:
        if m.start() and lower[m.start() - 1].isalnum():
            continue  # inside a word ("mayor" is not May)
        word = m.group().lower()
        forms = FORMS_OF[_CORE_KIND.get(word, "year")]
        lo, hi = max(0, m.start() - _BEFORE), min(len(text), m.end() + _AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi, out[-1][2].union(forms))
        else:
            out.append((lo, hi, set(forms)))
    return out


def find_expressions(text: str) -> list[Expr]:
    """Every time expression in `text`, in order, the longest where forms overlap."""
    found: list[Expr] = []
    for lo, hi, forms in _windows(text):
        lower = text[lo:hi].lower()
        for form, pattern in PATTERNS.items():
            if form not in forms:
                continue
            words = PREFILTERS.get(form)
            if words is not None and not any(w in lower for w in words):
                continue
            for m in pattern.finditer(text, lo, hi):
                if form == "weekday" and _NOT_A_DAY.search(text[max(0, m.start() - 10) : m.start()]):
                    continue
                if form == "month" and not (m.group("rel") or m.group("part") or m.group("y")):
                    continue  # a bare month name may be a name ("May" is one)
                groups = tuple((k, v) for k, v in m.groupdict().items() if v)
                found.append(Expr(form, m.start(), m.end(), m.group(), groups))
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    kept: list[Expr] = []
    for e in found:
        if kept and e.start < kept[-1].end:
            continue
        kept.append(e)
    return kept


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


_RESOLVERS = {
    "iso": _dated,
    "mdy": _dated,
    "dmy": _dated,
    "month": _month,
    "year": _year,
    "weekday": _weekday,
    "deictic": _deictic,
    "period": _period,
    "offset": _offset,
    "narrative": _narrative,
    "recent": _recent,
}
