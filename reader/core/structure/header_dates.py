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


def numeric_date(text: str) -> str | None:
    """A date in figures whose order is not in doubt: a number over 12 can only be the day.

    "10/13/16" is month first, "21/9/2016" day first; "03/04/2026" could be
    either and is left unread (no date is better than a wrong one). A two-digit
    year is this century's, as on the pages that write one.
    """
    for m in _NUMERIC.finditer(text):
        a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
        year = int(y) if len(y) == 4 else 2000 + int(y)
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
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
