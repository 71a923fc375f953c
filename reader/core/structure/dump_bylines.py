"""Bylines and dates of a page dump that only their neighbours explain.

`page_header.read_header` reads each furniture line of the headline block on
its own. Some lines mean something only beside the next one: a bare "Paul"
is a byline because the date follows it right under the headline; a date is
the update, not the publication, when the line above it says "Updated:"; a
"Washington Post" under "By Joe Davidson" is where he works, not a second
writer. These passes look at such pairs, inside the headline block only.
"""

from __future__ import annotations

import re
from typing import Protocol

from reader.core.structure import language
from reader.core.structure.clutter import is_nav_word
from reader.core.structure.dates import find_date
from reader.core.structure.header_dates import UPDATED_LABEL, ambiguous, figures_order, numeric_date
from reader.core.structure.lines import Unit
from reader.core.structure.meta import MetaHit, date_only, read_bare_byline, read_byline, strip_lead
from reader.core.structure.rewrap import is_wide

_ONE_NAME = re.compile(r"^[A-Z][\w'’.-]{1,24}$")
"""A writer known by one word ("Paul", "Editor", "LinkNaija"): believed only right under the headline, by a date."""
_KINDS = (
    "analysis exclusive breaking commentary review reviews editorial updated published posted podcast "
    "feature features explainer premium sponsored opinion interview column essay news live watch listen "
    "advertisement promoted partner report obituary letters perspective sport sports business culture "
    "politics science technology tech health travel lifestyle entertainment local world national "
    "international weather video photos gallery share comments new free"
)
_KIND_WORDS = frozenset(_KINDS.split())
"""What a one-word line under a headline says when it is not a writer: the story's kind or section."""
_WIDE_NAME = re.compile(r"^[^\W\d_]{2,8}$")
_AUTHOR_LABEL = re.compile(
    r"^(?:author|authors|writer|著者|筆者|文|記者|作者|撰文|作者：)\s*[:：●・/／|]?\s*(?P<name>[^:：/／|]{2,40}?)"
    r"\s*(?:[/／|].{0,40})?$",
    re.IGNORECASE,
)
"""A labelled byline with no "By": "author Jane Doe", "文● オカモト／ASCII編集部" (text by, then the desk)."""
_DATE_TAIL = re.compile(
    r"(?:(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?|[A-Z][a-z]{2,8}\.? \d{1,2},? (?:19|20)\d\d)"
    r"(?:\s+\d{1,2}[:時]\d\d(?::\d\d)?分?\s*(?:[ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)
_LABELLED = re.compile(
    r"\b(?:by|par|por|von|door|av|af|author|authors|writer|written|words|story|text|reporter|reporting)\b"
    r"|^\W*(?:di|przez|autor[ae]?)\b",
    re.IGNORECASE,
)
_LATIN_WORD = re.compile(r"^[A-Za-z][a-z'’-]+$")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")
_STORY_SAMPLE = 40000
"""How much of the story is enough to tell ordinary words from names."""
_SKIPPED = frozenset({"boilerplate", "separator", "caption"})
"""Reasons of lines (a picture's placeholder, a rule) that stand between a headline and its byline on a page."""


class _PageState(Protocol):
    units: list[Unit]
    reasons: dict[int, str]
    meta: dict[int, MetaHit]
    title: int | None

    def free(self, i: int) -> bool: ...


def relabel_updates(page: _PageState, lo: int, hi: int) -> bool:
    """A date under a label line of its own ("Updated:" then "Mar 6, 2018") is the update, not the publication.

    True when a date was relabelled, so the caller looks for the publication date again.
    """
    done = False
    for i in range(max(lo, 1), hi):
        hit = page.meta.get(i)
        label = strip_lead(page.units[i - 1].body).strip()
        if hit is not None and hit.field == "published" and (m := UPDATED_LABEL.match(label)) and m.end() == len(label):
            page.meta[i] = MetaHit("updated", hit.value)
            done = True
    return done


def has_byline(page: _PageState, lo: int, hi: int) -> bool:
    """Some line in `lo`..`hi` (exclusive) is a byline."""
    return any(page.meta[i].field == "byline" for i in range(lo, hi) if i in page.meta)


def lone_names(page: _PageState, title: int, lo: int, hi: int) -> None:
    """The writer on a block with no "By": a name beside the date right under the headline, or a labelled one.

    Three shapes, each with the evidence a reader takes: "author 小暮ひさのり" or
    "文● オカモト／ASCII編集部" (a label says so); "LinkNaija October 06, 2018"
    (a date line whose only other word is a name); "Paul" then "December 23,
    2016" (the first line under the headline, with the date just below it).
    """
    for i in range(lo, hi):
        if i == title or page.reasons.get(i) not in (None, "menu", "page-header") or _taken(page, i):
            continue
        if (m := _AUTHOR_LABEL.match(strip_lead(page.units[i].body).strip())) and (
            names := _name_words(page.units[i], m.group("name"))
        ):
            _set_byline(page, i, names)
            return
    for i in range(lo, hi):
        hit = page.meta.get(i)
        if hit is not None and hit.field == "published" and (names := _named_date(page.units[i])):
            page.meta[i] = MetaHit("byline", ", ".join(names), names, date=hit.value)
            return
    title_text = page.units[title].body
    first = next((i for i in range(title + 1, hi) if page.reasons.get(i) not in _SKIPPED), None)
    if first is None or not page.free(first):
        return
    nxt = page.meta.get(first + 1)
    names = _name_words(page.units[first], wide=False)  # a bare word in a wide script there is as often a tag
    if nxt is not None and nxt.field in ("published", "updated") and names and not in_headline(title_text, names):
        _set_byline(page, first, names)


def affiliations(page: _PageState, lo: int, hi: int) -> None:
    """A bare name line right under a "By" byline names the writer's paper ("By Joe Davidson" / "Washington Post").

    It stays a byline line (set aside as furniture) but adds no writer, like an agency's byline.
    """
    for i in range(max(lo, 1), hi):
        hit, above = page.meta.get(i), page.meta.get(i - 1)
        if (
            hit is not None
            and above is not None
            and hit.field == "byline"
            and above.field == "byline"
            and above.authors
            and hit.authors
            and read_byline(page.units[i - 1].body)
            and not read_byline(page.units[i].body)
            and find_date(page.units[i].body) is None
        ):
            page.meta[i] = MetaHit("byline", hit.value, date=hit.date)  # part of the byline, no second writer


def date_above(page: _PageState, title: int) -> None:
    """A date line just over the headline (a kicker's date, set aside with the menus) when none is under it."""
    for i in range(title - 1, max(-1, title - 4), -1):
        if page.reasons.get(i) in _SKIPPED:
            continue
        if page.reasons.get(i) == "page-header" and (iso := date_only(page.units[i].body)):
            del page.reasons[i]
            page.meta[i] = MetaHit("published", iso)
            return
        if page.reasons.get(i) != "page-header" or page.units[i].words > 3:
            return  # only a short label ("News releases") may stand between


def in_headline(headline: str, names: tuple[str, ...]) -> bool:
    """Every name is in the headline ("Andrew Lloyd Webber" over "... Launches Andrew Lloyd Webber Scholarships")."""
    words = headline.casefold()
    return all(n.casefold() in words for n in names)


def figures_date(page: _PageState, lo: int, hi: int, story: tuple[int, int]) -> None:
    """A date in figures of either order ("08/01/2014") on a short block line, read the way the page writes them.

    Only when nothing else gave the date; `story` is the body's first and last
    unit, whose language is the page's.
    """
    lines = [i for i in range(lo, hi) if page.units[i].words <= 14 and ambiguous(page.units[i].body)]
    lines = [i for i in lines if page.free(i) or (i in page.meta and page.meta[i].field == "byline")]
    if not lines:
        return
    text = " ".join(page.units[k].body for k in range(story[0], min(story[1] + 1, story[0] + 40)))
    stops = language.stop_words_for(text[:20000])
    order = figures_order([u.body for u in page.units], foreign=bool(stops) and stops is not language.ENGLISH)
    i = lines[0]
    if order is None or (iso := numeric_date(page.units[i].body, order)) is None:
        return
    hit = page.meta.get(i)
    page.meta[i] = MetaHit("published", iso) if hit is None else MetaHit("byline", hit.value, hit.authors, date=iso)


def common_words(page: _PageState, lo: int, hi: int, story: tuple[int, int]) -> None:
    """A bare "name" whose every word the story writes in lower case is a label, not a person.

    "Actual Study Start  May 13, 2016", "Album Purple Rain", "Head First" are
    shaped like names, but the story uses "study", "album", "first" as
    ordinary words, which it never does with "Dana" or "Thompson". Only lines
    with no "By" or label are judged; a date on such a line is kept.
    """
    bare = [
        i
        for i in range(lo, hi)
        if (hit := page.meta.get(i)) is not None
        and hit.field == "byline"
        and hit.authors
        and not _LABELLED.search(page.units[i].body)
        and all(_LATIN_WORD.match(w) for n in hit.authors for w in n.split())
    ]
    if not bare:
        return
    text = " ".join(page.units[k].body for k in range(story[0], story[1] + 1))[:_STORY_SAMPLE]
    lower = set(_LOWER_WORD.findall(text))
    for i in bare:
        hit = page.meta[i]
        if all(w.casefold() in lower for n in hit.authors for w in n.split()):
            if hit.date:
                page.meta[i] = MetaHit("published", hit.date)
            else:
                del page.meta[i]
                page.reasons[i] = "page-header"


def _taken(page: _PageState, i: int) -> bool:
    return i in page.meta or i == page.title


def _set_byline(page: _PageState, i: int, names: tuple[str, ...]) -> None:
    page.reasons.pop(i, None)  # set aside with the share row or the menus above: it is the byline
    page.meta[i] = MetaHit("byline", ", ".join(names), names)


def _name_words(u: Unit, text: str | None = None, *, wide: bool = True) -> tuple[str, ...]:
    """A name as a byline gives it: a person's names, one capitalised word, or a word in a wide script."""
    t = strip_lead(u.body if text is None else text).strip()
    if names := read_bare_byline(t):
        return names
    probe = Unit(u.first, u.last, t, t, False, 0, True, True, 1)
    if is_nav_word(probe) or find_date(t) is not None:
        return ()
    if _ONE_NAME.match(t) and not t.isupper() and not t.endswith(".") and t.casefold() not in _KIND_WORDS:
        return (t,)
    if (
        wide
        and all(is_wide(ch) for ch in t.replace(" ", ""))
        and all(_WIDE_NAME.match(w) for w in t.split())
        and len(t) <= 9
    ):
        return (t,)
    return ()


def _named_date(u: Unit) -> tuple[str, ...]:
    """The name on a date line that holds nothing else ("LinkNaija October 06, 2018", "谢若含2017-03-01 14:27")."""
    t = re.sub(r"^\[[^\]]{0,40}\]\s*", "", strip_lead(u.body).strip())
    m = _DATE_TAIL.search(t)
    if m is None or m.start() == 0:
        return ()
    rest = t[: m.start()].strip(" ,|·-–—")
    return _name_words(u, rest) if rest else ()
