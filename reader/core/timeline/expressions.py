"""Time expressions in a text and what day (or range of days) each names, given a base day and a tense.

Every form is one regex; `find_expressions` runs them all and keeps the longest
match where they overlap ("late last week" over "last week"). `Expr.resolve`
does the arithmetic (see `calendar`): explicit dates need no base but may
borrow its year, relative ones ("on Tuesday", "last month", "days after")
need one. Weekdays and month names are matched only capitalised, so "may"
the verb is never a month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.text.sentences import alternation
from reader.core.timeline.calendar import Day, Range
from reader.core.timeline.resolve import RESOLVERS

_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_ON_DAY = r"(?:(?i:on|by|until|since)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
"""What may lead a dated day: "on Monday, March 16" is one expression."""
_PART = r"(?P<part>(?i:early|mid|late|earlier|later|end of|the end of|start of|the start of))"
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
    # "the 2024 election": a year naming an event; the determiner stays outside the expression
    "year_noun": re.compile(
        rf"(?:(?<=the )|(?<=The )|(?<=its )|(?<=their )|(?<=a )){_YEAR}\b(?=\s+[a-z])(?!\s+(?:percent|per)\b)"
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
    "period": ("last", "next", "this", "previous", "past", "coming", "following"),
    "offset": ("ago", "after", "before", "later", "earlier"),
    "narrative": ("the next day", "the following day", "the day ", "the previous day"),
    "recent": ("past", "last", "recent", "coming", "next"),
}
"""Words a window must hold before the form's full pattern runs on it (cheap `in` tests)."""
_DATE_FORMS = ("iso", "mdy", "dmy", "month", "year", "year_noun")
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
EXPLICIT = frozenset({"iso", "mdy", "dmy", "month", "year", "year_noun"})
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
            return RESOLVERS[self.form](self, base, future)
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
    kind_of, forms_of, size = _CORE_KIND, FORMS_OF, len(text)
    for m in hits:
        start = m.start()
        if start and lower[start - 1].isalnum():
            continue  # inside a word ("mayor" is not May)
        forms = forms_of[kind_of.get(m.group() if same else m.group().lower(), "year")]
        lo, hi = (start - _BEFORE if start > _BEFORE else 0), min(size, m.end() + _AFTER)
        if out and lo <= out[-1][1]:
            last = out[-1]
            out[-1] = (last[0], hi, last[2] if last[2].issuperset(forms) else last[2].union(forms))
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
