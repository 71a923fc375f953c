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
from reader.core.structure.header_dates import PUBLISHED_ANYWHERE, UPDATED_LABEL, numeric_date, unglue
from reader.core.structure.meta import (
    MetaHit,
    date_only,
    read_bare_byline,
    read_byline,
    split_byline_names,
    strip_lead,
)

_CJK_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日")
_DOTTED_DATE = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>(?:19|20)\d\d)(?![\d.])")
_ISO_STAMP = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ]\d\d:\d\d)")
_SOME_BY = re.compile(r"^(?:[A-Z][a-z]+\s+){1,2}by\s+(?P<rest>[A-Z].{2,120})$")
"""A byline with a word in front ("Analysis by Jane Doe", "Story and photos by ...")."""
_MAX_DATE_WORDS = 14
_MAX_LABELLED_WORDS = 40
"""A longer furniture line is read only for a date its "Published" label names ("Publié le 07 mai 2019 à ... - ...")."""
_DATED_BY = re.compile(r"^(?P<pre>.{4,80}?)\s+(?:by|par|por|von|door)\s+(?P<name>\S.{0,60})$", re.IGNORECASE)
_HANDLE_NAME = re.compile(r"^[^\W_][\w.-]{1,29}$")
"""A user name as blogs print it after "by" ("doumae", "jane.doe")."""
_MONTH_NAMES = {
    name: k
    for k, names in enumerate(
        (
            "janvier enero januar gennaio janeiro januari",
            "février fevrier febrero februar febbraio fevereiro februari",
            "mars marzo märz maerz março maart",
            "avril abril april aprile",
            "mai mayo maggio maio mei",
            "juin junio juni giugno junho",
            "juillet julio juli luglio julho",
            "août aout agosto augustus",
            "septembre septiembre setiembre september settembre setembro",
            "octobre octubre oktober ottobre outubro",
            "novembre noviembre november novembro",
            "décembre decembre diciembre dezember dicembre dezembro december",
        ),
        1,
    )
    for name in names.split()
}
"""Month names of the commonest European languages (English ones are read by `dates.find_date`)."""
_FOREIGN_DATE = re.compile(
    r"(?<!\d)(?P<d>[0-3]?\d)(?:er|º|\.)?\s+(?:de\s+)?(?P<m>[^\W\d_]{3,10})\.?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d)(?!\d)"
)
_FOREIGN_BY = re.compile(r"^(?:par|por|von|di|door|av|af|przez|autor[ae]?:?|escrito por)\s+(?P<rest>\S.{2,120})$", re.I)
"""A byline in French, Spanish, German, Italian, Dutch, Scandinavian or Polish ("Par Jeanne Dupont")."""
_HANDLE = re.compile(r"@\w+")
"""A social handle glued to a byline ("By Jane Doe@janedoe Dec 10, 2016")."""
_GLUED_COMMA = re.compile(r",(?=\S)")
_PARTS = re.compile(
    r"\s*(?:[|/·•]|\s[-–—]\s|\sby\s|,\s(?=updated\b)|\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b)\s*", re.IGNORECASE
)
_PLACEHOLDER = re.compile(r"^\[[^\]]{0,40}\]\s*")
_DOUBLED_BY = re.compile(r"^(by)(?:by\b|(?-i:(?=[A-Z][a-z])))", re.IGNORECASE)
""""Byby Jane Doe", "ByJane Doe": a byline whose label and name w3m ran together."""
_LABEL = re.compile(r"^[^\W\d_][\w ]{0,20}:\s")
_BY = re.compile(r"^(?:[A-Z][a-z]+\s+){0,2}by:?\s", re.IGNORECASE)
_NOT_NAME_WORDS = frozenset(
    [
        "share",
        "tweet",
        "email",
        "print",
        "pdf",
        "join",
        "today",
        "outcome",
        "measures",
        "key",
        "highlights",
        "twitter",
        "facebook",
        "follow",
        "subscribe",
        "sign",
        "login",
        "log",
        "more",
        "read",
        "comments",
        "comment",
        "home",
        "news",
        "menu",
        "search",
        "video",
        "photos",
        "gallery",
        "contact",
        "newsletter",
    ]
)
"""Words of buttons and labels that a name-shaped line ("Share Tweet Share", "Key Highlights") is made of."""


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
    for m in _FOREIGN_DATE.finditer(text):
        if month := _MONTH_NAMES.get(m.group("m").casefold()):
            return _valid(m.group("y"), str(month), m.group("d"))
    return None


def foreign_byline(text: str) -> tuple[str, ...]:
    """Names on a byline in another language ("Par Jeanne Dupont (Bruxelles)", "Von Hans Meier")."""
    m = _FOREIGN_BY.match(re.sub(r"(?<=\w)\(", " (", text.strip()))
    return split_byline_names(m.group("rest"))[0] if m else ()


def read_header(units_text: list[tuple[int, str]], has_date: bool, has_byline: bool) -> dict[int, MetaHit]:
    """Bylines and dates among the lines between the headline and the body.

    Args:
        units_text: (unit index, text) of the still undecided lines of the headline block, in order.
        has_date: the ordinary rules already found the publication date.
        has_byline: the ordinary rules already found a byline.
    """
    hits: dict[int, MetaHit] = {}
    for k, (i, text) in enumerate(units_text):
        t = tidy(text)
        if len(t.split()) > _MAX_DATE_WORDS:
            if not has_date and len(t.split()) <= _MAX_LABELLED_WORDS and (iso := _labelled_date(t)):
                hits[i] = MetaHit("published", iso)
                has_date = True
            continue
        iso = None if has_date else _furniture_date(t)
        names = () if has_byline else _names(t, near_top=k <= 3 or iso is not None)
        if names:
            hits[i] = MetaHit("byline", ", ".join(names), names, date=iso or any_date(t))
            has_byline, has_date = True, has_date or bool(iso or any_date(t))
        elif iso:
            hits[i] = MetaHit("published", iso)
            has_date = True
    return hits


def tidy(text: str) -> str:
    """A furniture line without what pages glue to it: a picture's placeholder, a handle, a doubled "By"."""
    t = _PLACEHOLDER.sub("", strip_lead(text).strip())
    t = _DOUBLED_BY.sub(r"\1 ", _HANDLE.sub(" ", t))
    return re.sub(r"(?<=\w)\(", " (", _GLUED_COMMA.sub(", ", t))


def names_on(text: str, *, near_top: bool) -> tuple[str, ...]:
    """Author names on a furniture line (see `_names`), after `tidy`."""
    return _names(tidy(text), near_top=near_top)


def _names(text: str, *, near_top: bool) -> tuple[str, ...]:
    """Author names on a furniture line: "By Jane Doe", "Analysis by Jane Doe", "Jane Doe / March 3, 2026"."""
    if _LABEL.match(text) and not _BY.match(text) and not read_byline(text):
        return ()  # "Location: Downtown — Los Angeles": a labelled fact, not a byline ("Author: Jane Doe" is one)
    if dated_names := _dated_by(text):
        return dated_names
    for part in _PARTS.split(text):
        part = part.strip()
        if not part:
            continue
        if any_date(part) and not _BY.match(part):
            found = find_date(part)
            if near_top and found and found[1] > 0 and (before := _named(part[: found[1]])):
                return before  # "Jane Doe March 3, 2026": the name in front of the date
            continue
        names: tuple[str, ...] = read_byline(part) or foreign_byline(part)
        if not names and (m := _SOME_BY.match(part)):
            names = split_byline_names(m.group("rest"))[0]
        if not names and near_top:
            names = read_bare_byline(part)
        names = tuple(n for n in names if not set(n.casefold().split()) & _NOT_NAME_WORDS)
        if names:
            return names
    return ()


def _named(prefix: str) -> tuple[str, ...]:
    """Names in front of a date ("Jane Doe on", "Jane Doe,"), without the word that joins them to it."""
    names = read_bare_byline(re.sub(r"\s+(?:on|at|le|el|am|il|op)$", "", prefix.strip(" ,|·-–—"), flags=re.I))
    return tuple(n for n in names if not set(n.casefold().split()) & _NOT_NAME_WORDS)


def _furniture_date(text: str) -> str | None:
    """The date on a furniture line, alone or beside a byline, a time or a reading time ("Dec 19, 2016 • 5 min").

    A date a "Published" label names wins over an earlier one ("Updated March 4, first published March 3").
    """
    text = unglue(text)
    if iso := _labelled_date(text):
        return iso
    if len(dates := _dates_in(text)) >= 2:
        return min(dates)  # "December 10, 2021April 9, 2019": an update and the first publication, never later
    if iso := date_only(text) or _short_date(text):
        return iso
    for part in _PARTS.split(text):
        part = re.sub(r"^on\b\s*", "", part.strip(), flags=re.IGNORECASE)
        part = UPDATED_LABEL.sub("", part)
        if iso := date_only(part) or _short_date(part):
            return iso
    return any_date(text) if _BY.match(text) else None  # "By Jane Doe "JD" Smith November 19, 2023"


def _short_date(text: str) -> str | None:
    """A date on a short furniture line ("Published 14.12.2016 10:00", "2016年12月14日 06:02", "10/13/16 12:34PM")."""
    if len(text.split()) > 8:
        return None
    return any_date(text) or numeric_date(text)


def _dates_in(text: str) -> list[str]:
    """Every date in words or ISO form on the line, in order."""
    dates, rest = [], text
    while found := find_date(rest):
        dates.append(found[0])
        rest = rest[found[2] :]
    return dates


def _labelled_date(text: str) -> str | None:
    """The date a "Published" label names on a furniture line, wherever the label stands in it."""
    text = unglue(text)
    for m in PUBLISHED_ANYWHERE.finditer(text):
        rest = text[m.end() :]
        if UPDATED_LABEL.match(rest):
            continue
        if (found := find_date(rest[:40])) and found[1] == 0:
            return found[0]
        if iso := _short_date(" ".join(rest.split()[:6])):
            return iso
    return None


def _dated_by(text: str) -> tuple[str, ...]:
    """The writer on a "Posted on <date> by <name>" line; after a date, "by" names a person, even a user name."""
    m = _DATED_BY.match(text)
    if m is None or not (_short_date(m.group("pre")) or date_only(m.group("pre"))):
        return ()
    name = m.group("name").strip(" .,|")
    if names := split_byline_names(name)[0]:
        return names
    return (name,) if _HANDLE_NAME.match(name) and not name.isdigit() else ()
