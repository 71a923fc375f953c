"""Dates on the furniture lines of a page's headline block that the general date reader leaves alone.

`dates.find_date` reads dates in words and ISO forms anywhere. Next to a
headline a page also writes dates in figures ("10/13/16 12:34PM",
"9/21/2016"), glues them to the site's name ("BroadwayWorld.comOct. 13, 2016")
and labels them in its own language ("Publié le 07 mai 2019"). Those forms
are read here, only on such furniture lines, where a date is what a reader
expects to find.
"""

from __future__ import annotations

import datetime as dt
import re

_NUMERIC = re.compile(r"(?<![\d/.:])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])")
_GLUED_MONTH = re.compile(
    r"(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)"
    r"|(?<=\d)(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})"
)
"""Where a month name is glued to the word or figure before it ("SiteNameMarch 3, 2026", "2021April 9, 2019")."""
PUBLISHED_ANYWHERE = re.compile(
    r"(?<!\w)(?:(?:first\s+)?published|posted|publi[ée]e?|publicad[oa]|publicaci[oó]n|ver[öo]ffentlicht|pubblicato"
    r"|gepubliceerd|publicerad|publicerat|opublikowano)\b(?:\s+(?:on|le|el|am|il|op|em|den))?\s*:?\s*",
    re.IGNORECASE,
)
""""Published"/"Posted" as a label anywhere in a line, in English and the commonest European languages ("Publié le")."""
UPDATED_LABEL = re.compile(
    r"^(?:(?:last\s+)?(?:updated|modified|edited|revised)|mis\s+[àa]\s+jour|actualizad[oa]|aktualisiert"
    r"|aggiornato|bijgewerkt|uppdaterad|atualizad[oa]|zaktualizowano)\b(?:\s+(?:on|le|el|am|il|op|em|den))?\s*:?\s*",
    re.IGNORECASE,
)
""""Updated" as a label: the date after it is not the publication date ("Mis à jour le 08 mai 2019")."""


def numeric_date(text: str, day_first: bool | None = None) -> str | None:
    """A date in figures whose order is not in doubt: a number over 12 can only be the day.

    "10/13/16" is month first, "21/9/2016" day first; "03/04/2026" could be
    either and is read only when the caller knows the page's order
    (`day_first`, see `figures_order`), else left unread: no date is better
    than a wrong one. A two-digit year is this century's, as on the pages that
    write one.
    """
    for m in _NUMERIC.finditer(text):
        a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
        year = int(y) if len(y) == 4 else 2000 + int(y)
        if a > 12 >= b or (day_first is True and a <= 12 and b <= 12):
            day, month = a, b
        elif b > 12 >= a or (day_first is False and a <= 12 and b <= 12):
            day, month = b, a
        else:
            continue
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def unglue(text: str) -> str:
    """A space where a page glued a month name to what comes before it, so the date can be read."""
    return _GLUED_MONTH.sub(" ", text)


def ambiguous(text: str) -> bool:
    """The line holds a date in figures that either order could read ("08/01/2014")."""
    return any(int(m.group("a")) <= 12 and int(m.group("b")) <= 12 for m in _NUMERIC.finditer(text))


def figures_order(texts: list[str], foreign: bool) -> bool | None:
    """Whether the page writes dates in figures day first, from its own evidence; None when it gives none.

    The page's other dates in figures decide first: one with a number over 12
    shows the order the site uses ("25/6/2012" elsewhere makes "6/12/2012"
    the 6th of December). Failing that, a page not in English is read day
    first, as nearly every country outside the United States writes it;
    an English page without such evidence stays undecided.
    """
    votes = 0
    for text in texts:
        for m in _NUMERIC.finditer(text):
            a, b = int(m.group("a")), int(m.group("b"))
            votes += (a > 12 >= b) - (b > 12 >= a)
    if votes:
        return votes > 0
    return True if foreign else None
