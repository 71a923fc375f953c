"""Page furniture of a dump's headline block: the byline and date lines that stand under a headline.

`dump_headline` weighs a line by what follows it: a sure byline or date
("By Jane Doe", "March 3, 2026", "Jane Doe, @janedoe", a paper's list of
authors) says more than a bare name, which may as well be a label or a menu
entry ("Favorite Teams").
"""

from __future__ import annotations

import re

from reader.core.structure.dump_title_evidence import author_list, handle_byline
from reader.core.structure.dump_weights import cjk
from reader.core.structure.lines import Unit, is_prose
from reader.core.structure.meta import read_bare_byline, read_meta_line
from reader.core.structure.page_header import any_date, foreign_byline, names_on, tidy

_BY_WORD = re.compile(r"^(?:[A-Z][a-z]+\s+){0,2}(?i:by)(?::|\s|(?=[A-Z]))")
"""A byline's opening ("By", "Analysis by", "ByJane Doe" as w3m runs them together)."""
_BY_NAME = re.compile(r"^(?i:by)\s+(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*\s*(?:,|\band\b|$)")
"""'By' and a name, then a comma, an 'and' or the end ("By Jane A. Doe , John Roe and ...")."""
_DATE_BY = re.compile(r"\d\W{0,3}\s*(?i:by)\s+[A-Z]")
"""A byline after its date ("December 10, 2021 by Jane Doe")."""
_URL = re.compile(r"https?://|\bwww\.\w")
SEPARATORS = " /|·•-–—"
"""What pages glue to the end of a byline before its date ("Jane Doe/ March 3")."""
NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b")
"""A date in figures ("9/21/2016"): its order is ambiguous so it is never read, but it marks a furniture line."""
_FURNITURE_WORDS = 14
"""A byline or date line is short; a longer line that names people is a sentence of the story."""
_CJK_FURNITURE_CHARS = 50
"""The same for scripts written without spaces, in characters: a teaser with its date is longer."""


def furniture_below(units: list[Unit], j: int, clutter: dict[int, str]) -> bool:
    """A byline or date line within the next few units: what follows a headline."""
    near = [k for k in range(j + 1, min(len(units), j + 9)) if k not in clutter][:4]
    return any(furniture_at(units, k) for k in near)


def furniture_after(units: list[Unit], j: int, clutter: dict[int, str]) -> tuple[int, bool]:
    """How many lines after `j` its byline or date stands (0: right under it, 1: under a dek; 4 when none),
    and whether that line is sure furniture (a date, "By ...", a handle) rather than a bare name."""
    near = [k for k in range(j + 1, min(len(units), j + 9)) if k not in clutter][:4]
    weak = None
    for n, k in enumerate(near):
        if not furniture_at(units, k):
            continue
        if sure_furniture(units, k):
            return n, True
        weak = n if weak is None else weak
    return (4, False) if weak is None else (weak, False)


def sure_furniture(units: list[Unit], k: int) -> bool:
    """A date or a byline that says it is one ("By Jane Doe", "Jane Doe, @janedoe", a name under a bare "By")."""
    text = units[k].body
    if dated(text) or handle_byline(text) or foreign_byline(text) or author_list(text):
        return True
    if _BY_WORD.match(tidy(text)) or _DATE_BY.search(text):
        return True
    return k > 0 and _BY_WORD.match(units[k - 1].body.strip() + " ") is not None


def byline_opening(text: str) -> bool:
    """A line that opens like a byline and names people ("By Jane Doe, John Roe and ..."), however long."""
    t = tidy(text)
    return bool(_BY_NAME.match(t) or (_BY_WORD.match(t) and names_on(text, near_top=True)))


def dated(text: str) -> bool:
    """A furniture line by its date: a metadata line, a date in words, or one in figures."""
    return bool(read_meta_line(text) or any_date(text) or NUMERIC_DATE.search(text))


def furniture_at(units: list[Unit], k: int) -> bool:
    """A date line or a byline: "By Jane Doe", a bare name, "Jane Doe, @janedoe", "March 3, 2026 by Jane Doe"."""
    if k < 0:
        return False
    u = units[k]
    if u.words > _FURNITURE_WORDS and author_list(u.body):
        return True  # read as the byline by `dump_hooks.adopt_headline`
    if u.words > _FURNITURE_WORDS or is_prose(u.body, 6) or _URL.search(u.body):
        return False  # a sentence of the story that names people, not a byline; an address with its date
    if len(u.body) > _CJK_FURNITURE_CHARS and cjk(u.body):
        return False  # a teaser with its date
    text = u.body
    if dated(text) or foreign_byline(text) or handle_byline(text):
        return True
    if _BY_WORD.match(tidy(text)) or _DATE_BY.search(text) or read_bare_byline(tidy(text).strip(SEPARATORS)):
        return bool(names_on(text, near_top=True))  # not "Key Highlights", "Share Tweet"
    return False
