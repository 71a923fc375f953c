"""Page furniture that is metadata, not prose: bylines, dates, publisher, reading time, credits, dateline.

Each recogniser looks at one short line and either returns what it means or
None, so the plain-text parser can record the line in `meta_lines` instead of
showing it as a paragraph. The rules are about the shape of such lines on news
sites in general ("By ...", "Posted on ...", "3 min read"), never about one site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.structure.dates import find_date, to_iso
from reader.core.structure.lines import ends_sentence

_LEAD = " \t\u00a0·•|-–—*"
_PUBLISHER = re.compile(
    r"^(?:published|publisher|produced|brought to you)\s*(?:by|:)\s*(?P<name>[^|·]{2,80}?)\s*$", re.IGNORECASE
)
_POSTED = re.compile(
    r"^(?:posted|published|first published|date|dated|released|issued)\b(?:\s+on)?\s*:?\s*", re.IGNORECASE
)
_UPDATED = re.compile(r"^(?:last\s+)?(?:updated|modified|edited|revised)\b(?:\s+on)?\s*:?\s*", re.IGNORECASE)
_READING = re.compile(
    r"^(?:reading time\s*:?\s*)?(?P<n>\d{1,3})(?:\s*[-–]\s*\d{1,3})?\s*(?:-|\s)?\s*(?:min(?:ute)?s?\.?)"
    r"(?:\s+read(?:ing)?)?$"
    r"|^(?P<n2>\d{1,3})\s*min(?:ute)?s?\s+read$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:by|written by|words by|story by|text by|author|authors|reporter|reporting)\s*:?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_AGENCY_BYLINE = re.compile(r"^[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}$")
_CONTRIBUTED = re.compile(
    r"^[^.]{0,160}\bcontributed (?:(?:reporting )?(?:to )?(?:this|the) (?:report|story|article)|reporting)"
    r"(?: (?:from|in) [A-Z][^.]{1,60})?\.?\)?$",
    re.IGNORECASE,
)
_CREDITS = re.compile(
    r"^\(?\s*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|edited|written|compiled|research|"
    r"graphics|production|fact-checking|translation)\s+by\b[^\n]*$",
    re.IGNORECASE,
)
_DATELINE_AGENCY = re.compile(
    r"^(?P<d>(?:[A-Z][\w.'’-]*[ ,]+){0,4}(?:[A-Z][a-z]{2,8}\.? \d{1,2}[ ,]*)?"
    r"\((?:[A-Z][\w&.'’ -]{1,30})\))\s*[-–—]{1,2}\s"
)
_DATELINE_CITY = re.compile(
    r"^(?P<d>[A-Z][A-Z.'’-]{2,}(?:[ ,]+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,\s*\d{4})?)?)"
    r"\s*[-–—]{1,2}\s"
)
_NAME_TOKEN = re.compile(
    r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|(?:de|da|del|della|di|du|van|von|der|den|la|le|al|el|bin|ibn|st\.?)"
    r"|[A-Z][a-z]*-[A-Z][\w'’-]*)$"
)
_ROLE = re.compile(
    r"\b(?:reporter|correspondent|editor|writer|staff|contributor|columnist|journalist|analyst|producer|news|"
    r"reuters|press|associated|bloomberg|afp|agency|desk|team|bureau|senior|chief|political|business|in|for|with)\b",
    re.IGNORECASE,
)
_MONTH_WORD = re.compile(
    r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?$",
    re.IGNORECASE,
)
_PLACE_WORD = re.compile(r"^(?:[A-Z][\w.'’-]*|de|da|del|di|du|al|el|la|le|upon|on|am|sur|of)$")
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?$", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
"""Initials ("S.A.", "J.R.R."): upper case, but no sign of a shouted name."""
_NICKNAME = re.compile(r"^[\"“][A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}[\"”]$")
""""A quoted nickname of one to three words between a first and last name ('"Tania Mae"')."""
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|&|\band\b|\|)\s*")


NOT_FIELDS = frozenset({"reading_time", "location"})
"""Metadata lines recorded in `meta_lines` that fill no `Meta` field."""
_REPORTING_FROM = re.compile(r"^(?:reporting|reported|writing) from\s+(?P<place>[A-Z][^.!?]{1,60})$", re.IGNORECASE)
_TIME_ONLY = re.compile(
    r"^(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4}|\d{1,3}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|"
    r"yesterday|today|just now)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class MetaHit:
    """What a metadata line says: the field it fills and the value read from it."""

    field: str
    value: str
    authors: tuple[str, ...] = ()
    date: str | None = None
    """A publication date on the same line as a byline ("By Jane Doe | March 3, 2026")."""


def strip_lead(text: str) -> str:
    """Drop leading separators (·, |, bullets) that pages put before furniture."""
    return text.lstrip(_LEAD)


def read_meta_line(text: str) -> MetaHit | None:
    """Recognise one short line of page furniture; None when it is anything else."""
    t = strip_lead(text).strip()
    if not t or len(t.split()) > 16:
        return None
    if m := _READING.match(t):
        return MetaHit("reading_time", m.group("n") or m.group("n2"))
    for pattern, name in ((_UPDATED, "updated"), (_POSTED, "published")):
        if m := pattern.match(t):
            rest = t[m.end() :]
            if found := find_date(rest):
                return MetaHit(name, found[0])
            if _TIME_ONLY.match(rest.strip()):
                return MetaHit(name, "")  # "Updated 4:12 p.m. ET": furniture, but no date to keep
    if m := _REPORTING_FROM.match(t):
        return MetaHit("location", m.group("place").strip())
    if m := _PUBLISHER.match(t):
        name = m.group("name").strip()
        if find_date(name) is None and name[:1].isupper():
            return MetaHit("publisher", name)
    if authors := read_byline(t):
        return MetaHit("byline", ", ".join(authors), authors, date=to_iso(t))
    if (m := _BYLINE.match(t)) and _AGENCY_BYLINE.match(m.group("rest")) and not ends_sentence(t):
        return MetaHit("byline", m.group("rest").strip())  # "By Reuters Staff": a byline with no person in it
    return None


def date_only(text: str) -> str | None:
    """The ISO date of a line that is nothing but a date (and perhaps a time)."""
    t = strip_lead(text).strip()
    found = find_date(t)
    if found is None or len(t.split()) > 9:
        return None
    rest = (t[: found[1]] + " " + t[found[2] :]).strip(" ,|·-–—")
    rest_words = re.sub(
        r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\bat\b|\d{1,2}[:.]\d\d|\b(?:a\.?m|p\.?m)\.?|"
        r"(?-i:\b[A-Z]{2,4}\b)|[,|·()+\-–—]|\bupdated\b|\bpublished\b",  # time zones are upper case
        " ",
        rest,
        flags=re.IGNORECASE,
    )
    return found[0] if not rest_words.strip() else None


def dateline_only(text: str) -> str | None:
    """The date of a line that is a dateline and nothing else ("SEOUL 1996-08-30", "LIMA, Peru, March 3, 2026").

    Such a line names a place, so it is kept as a paragraph; the date is only
    read from it. The place comes first, in capitals by wire convention, or
    followed by a comma; a sentence fragment ("Six months to June 30, 2026")
    has lower-case words and is not a dateline.
    """
    t = strip_lead(text).strip()
    found = find_date(t)
    if found is None or found[1] == 0 or len(t.split()) > 10 or t[found[2] :].strip(" .,"):
        return None
    place = t[: found[1]].strip(" -–—")
    words = place.replace(",", " ").split()
    if not 1 <= len(words) <= 5 or _WEEKDAY.match(words[0]) or not all(_PLACE_WORD.match(w) for w in words):
        return None
    return found[0] if (words[0].isupper() and len(words[0]) > 1) or place.endswith(",") else None


def read_byline(text: str) -> tuple[str, ...]:
    """Author names from a byline ("By Jane Doe and John Roe, Reuters"); () when not a byline."""
    m = _BYLINE.match(strip_lead(text).strip())
    if not m:
        return ()
    names, tail = split_byline_names(m.group("rest"))
    tail = tail.strip(" ,|·-–—")
    if tail and (len(tail.split()) > 6 or ends_sentence(tail)) and find_date(tail) is None:
        return ()  # a byline glued to the story itself, not a byline line
    return names


def split_byline_names(rest: str) -> tuple[tuple[str, ...], str]:
    """Names at the start of `rest` and whatever follows them (a date, the story itself).

    Stops at the first word that cannot be part of a name, which is how a byline
    glued to the start of the story ("By Jane Doe LONDON (Reuters) - ...") splits.
    """
    tokens = rest.split()
    shouting = bool(tokens) and tokens[0].isupper() and len(tokens[0]) > 1  # "By JANE DOE Associated Press"
    names: list[str] = []
    current: list[str] = []
    used = 0
    skip = 0
    for i, tok in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        bare = tok.rstrip(",;|")
        if current and (nick := _nickname(tokens, i)):
            current.append(" ".join(tokens[i : i + nick]))  # 'Amanda "Tania Mae" Tan': a nickname inside the name
            skip, used = nick - 1, i + nick
            continue
        joiner = tok.lower() in ("and", "&", "|") or tok in (",", ";")
        if joiner:
            if current:
                names.append(" ".join(current))
                current = []
            used = i + 1
            continue
        dated = _MONTH_WORD.match(bare) and i + 1 < len(tokens) and tokens[i + 1][:1].isdigit()
        case_change = bare.isupper() != shouting and (len(bare) > 3 or shouting) and not _INITIALS.match(bare)
        if dated or not _NAME_TOKEN.match(bare) or case_change:
            break
        if len(current) >= 4:
            break
        current.append(bare)
        used = i + 1
        if tok != bare:
            names.append(" ".join(current))
            current = []
    if current:
        names.append(" ".join(current))
    good = tuple(n.title() if n.isupper() else n for n in names if _is_name(n))
    if not good:
        return (), rest
    return good, " ".join(tokens[used:])


def _nickname(tokens: list[str], i: int) -> int:
    """How many tokens from `i` make a quoted nickname that a last name follows (0 when none starts there)."""
    if not tokens[i].startswith(('"', "“")):
        return 0
    for n in range(1, 4):
        if i + n < len(tokens) and _NICKNAME.match(" ".join(tokens[i : i + n])):
            return n if _NAME_TOKEN.match(tokens[i + n].rstrip(",;|")) else 0
    return 0


def read_bare_byline(text: str) -> tuple[str, ...]:
    """Names on a line of their own, perhaps with a place ("Jane Doe in Lima"): a byline without "By".

    Only meaningful next to a date line; on its own such a line could be anything.
    """
    t = strip_lead(text).strip()
    if len(t.split()) > 9 or ends_sentence(t):
        return ()
    names, tail = split_byline_names(t)
    if any(len(n.split()) > 3 for n in names):
        return ()
    if tail and not re.match(r"^(?:in|at|from)\s+[A-Z][\w.'’ -]{1,40}$|^[,|]?\s*[A-Z][\w.&' ]{1,40}$", tail):
        return ()
    return names


def _is_name(name: str) -> bool:
    parts = name.split()
    return 2 <= len(parts) <= 5 and not _ROLE.search(name) and parts[0][:1].isupper() and parts[-1][:1].isupper()


def read_credits(text: str) -> str | None:
    """The credits line ("(Reporting by ...; Editing by ...)") without its brackets."""
    t = text.strip()
    if len(t.split()) > 60 or not (_CREDITS.match(t) or _CONTRIBUTED.match(t)):
        return None
    inner = t[1:-1] if t.startswith("(") and t.endswith(")") else t.lstrip("(")
    return inner.strip()


def dateline_end(paragraph: str) -> int:
    """Where the story starts after a dateline opening the paragraph (0 when there is none)."""
    m = _DATELINE_AGENCY.match(paragraph) or _DATELINE_CITY.match(paragraph)
    return m.end() if m else 0


def read_dateline(paragraph: str) -> str | None:
    """The dateline at the start of a story ("LONDON, March 3 (Reuters) -" gives "LONDON, March 3 (Reuters)")."""
    m = _DATELINE_AGENCY.match(paragraph) or _DATELINE_CITY.match(paragraph)
    return m.group("d").strip(" ,") if m else None


def after_dateline(paragraph: str) -> str | None:
    """The story text after its dateline, or None when the paragraph has no dateline."""
    m = _DATELINE_AGENCY.match(paragraph) or _DATELINE_CITY.match(paragraph)
    return paragraph[m.end() :] if m else None


def is_label(text: str) -> bool:
    """A short site label such as a category ("Finance", "World News")."""
    words = text.split()
    return (
        1 <= len(words) <= 3
        and len(text) <= 30
        and text[:1].isupper()
        and not re.search(r"[.,;:!?\d()]", text)
        and all(w[:1].isupper() or w in ("and", "&", "of") for w in words)
    )


_PLACE_DATELINE = re.compile(
    r"^(?P<d>[A-Z][\w.'’-]*(?:[ /,]+(?:[A-Z][\w.'’-]*|de|da|del|di|la|le|el|al|am|upon|on|sur))*"
    r"(?:\s*\([A-Z][\w&.'’ -]{1,30}\))?)\s*[:–—-]{1,2}$"
)
"""A place in capitalised words ("Washington/ New Delhi:", "LONDON (Reuters) —"), ending in a colon or dash."""
_DATELINE_WORDS = 6
_NOT_PLACES = frozenset(
    {"update", "updated", "note", "editor's note", "editor’s note", "highlights", "summary", "correction"}
    | {"advertisement", "breaking", "exclusive", "opinion", "analysis", "watch", "listen", "video", "photo"}
    | {"key points", "key takeaways", "takeaways", "in brief", "read more", "related", "sponsored", "share"}
    | {"share this", "review", "transcript", "interview", "live", "recap", "preview", "feature", "obituary"}
)
"""Labels a story may open with that have a dateline's shape but name no place."""


def dateline_of(text: str) -> str | None:
    """A line that is a place and nothing else, as a dateline opens a story ("Washington/ New Delhi:"), or None.

    Its words without the closing mark. A label of that shape ("Highlights:",
    "Editor's note:") or a byline ("By JANE DOE —") names no place.
    """
    t = text.strip()
    m = _PLACE_DATELINE.match(t)
    if m is None or len(t.split()) > _DATELINE_WORDS or m.group("d").casefold() in _NOT_PLACES:
        return None
    if t.split()[0].casefold() in ("by", "from", "with"):  # "By JANE DOE —" is a byline, not a place
        return None
    return m.group("d")
