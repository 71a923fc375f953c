"""Where the page-dump finder meets the plain-text parser: a few calls, kept out of `plain.py`.

`plain.py` asks `set_aside` once the line rules have run, and `adopt_headline`
once metadata lines are read; everything else stays the ordinary parse of what
is left, which is why a page dump and a clean article share every later rule.
"""

from __future__ import annotations

from typing import Protocol

from reader.core.structure.collected import Collected
from reader.core.structure.dump_body import (
    credited_or_dated,
    dek_shaped,
    header_furniture,
    repeats_headline,
    widget_lists,
)
from reader.core.structure.dump_bylines import (
    affiliations,
    common_words,
    date_above,
    figures_date,
    has_byline,
    in_headline,
    lone_names,
    relabel_updates,
)
from reader.core.structure.dump_title_evidence import author_list
from reader.core.structure.lines import Unit, ends_sentence, is_prose
from reader.core.structure.meta import MetaHit, dateline_of
from reader.core.structure.page_dump import Finding, find_article
from reader.core.structure.page_header import names_on, read_header

_BYLINE_FIELDS = frozenset({"byline", "published", "updated"})
_CJK_PROSE = 30
"""Characters of a sentence in a script without spaces that make it a paragraph, not a label."""


class _PageState(Protocol):
    units: list[Unit]
    reasons: dict[int, str]
    meta: dict[int, MetaHit]
    title: int | None
    dek: int | None

    def free(self, i: int) -> bool: ...


def set_aside(units: list[Unit], reasons: dict[int, str]) -> Finding | None:
    """Find the article on a page dump and record why every unit outside it is set aside.

    Reasons the line rules gave first are kept (they are more precise); None,
    with nothing changed, when the text is not a page dump.
    """
    found = find_article(units, reasons)
    if found is None:
        return None
    for i, reason in found.reasons.items():
        reasons.setdefault(i, reason)
    return found  # the lead photo's credit keeps its "caption": `plain_build.lead_captions` shows it above the story


def adopt_headline(page: _PageState, found: Finding) -> bool:
    """Take the finder's headline and read the byline and dates between it and the body; False without one."""
    title = found.title
    if title is None or not page.free(title):
        return False
    page.title = title
    relabel_updates(page, found.top, found.start + 2)
    near = [hit for i, hit in page.meta.items() if found.top <= i <= found.start + 2]  # the headline block's own
    fields = {hit.field for hit in near}
    has_date = "published" in fields or any(hit.date for hit in near)
    block = [(i, page.units[i].body) for i in range(found.top, found.start) if i != title and page.free(i)]
    block += [(i, page.units[i].body) for i in range(found.start, found.start + 2) if _furniture_shaped(page, i)]
    page.meta.update(read_header(block, has_date, "byline" in fields))
    relabelled = relabel_updates(page, found.top, found.start + 2)
    if relabelled and not any(h.field == "published" for h in page.meta.values()):
        page.meta.update(read_header([(i, t) for i, t in block if i not in page.meta], False, True))
    if "byline" not in fields and not any(page.meta[i].field == "byline" for i, _ in block if i in page.meta):
        _author_list(page, block)
    if not has_byline(page, found.top, found.start):
        _byline_above(page, found, title)
    if not has_byline(page, max(0, found.top - 3), found.start + 2):
        lone_names(page, title, found.top, found.start)
    affiliations(page, found.top, found.start)
    common_words(page, found.top, found.start + 2, (found.start, found.end))
    if not any((hit.field == "published" and hit.value) or hit.date for hit in page.meta.values()):
        figures_date(page, found.top, found.start, (found.start, found.end))
    if not any((hit.field == "published" and hit.value) or hit.date for hit in page.meta.values()):
        date_above(page, title)
    if has_byline(page, max(0, found.top - 3), found.start):
        for i, hit in list(page.meta.items()):
            if i > found.start and hit.field == "byline" and hit.authors:
                page.meta[i] = MetaHit("byline", hit.value)  # a teaser's or quoted byline: not this story's author
    _tidy_header(page, found, title)
    return True


def _author_list(page: _PageState, block: list[tuple[int, str]]) -> None:
    """A paper's list of authors under its title, too long for a byline line: the byline all the same."""
    for i, text in block:
        if i not in page.meta and (names := author_list(text)):
            page.meta[i] = MetaHit("byline", ", ".join(names), names)
            return


def _tidy_header(page: _PageState, found: Finding, title: int) -> None:
    """What is left between the headline and the body once the byline and dates are read.

    A line repeating the headline (a share label, a breadcrumb), a list of
    short entries (a rating widget, a row of buttons) with the label over it,
    a few words on their own (a name, a count) and a short line ending in a
    date or a credit are set aside; the first sentence under the headline,
    above any byline, is its dek.
    """
    first = True
    for i in widget_lists(page.units, [k for k in range(title + 1, found.start) if page.free(k)]):
        page.reasons[i] = "menu"
    for i in range(title + 1, found.start):
        if i == found.credit:
            first = False  # the lead photo's caption: the line under it is no dek
            continue
        if not page.free(i):
            continue
        if repeats_headline(page.units, i, title):
            page.reasons[i] = "duplicate"
            continue
        u = page.units[i]
        if i == found.start - 1 and u.single and dateline_of(u.body):
            continue  # "Washington/ New Delhi:" on its own line: the lede's dateline, kept with it
        if first and page.dek is None and dek_shaped(u, found.stops) and not _under_byline(page, i, title):
            page.dek = i
        elif credited_or_dated(u) or (header_furniture(u, found.stops) and not _over_prose(page, i, found.start)):
            page.reasons[i] = "page-header"
        first = False


def _under_byline(page: _PageState, i: int, title: int) -> bool:
    """A byline or date stands between the headline and this line: the story has begun, it is the lede.

    A dek comes before the byline (headline, dek, byline); a sentence after it
    is the story's own first paragraph, whatever the weighing said.
    """
    return any(k in page.meta and page.meta[k].field in _BYLINE_FIELDS for k in range(title + 1, i))


def _over_prose(page: _PageState, i: int, start: int) -> bool:
    """A paragraph of prose follows, above the body's start: the line heads it, the story began before `start`.

    Right over the body's first paragraph is where a page puts its furniture
    (a credit, a share row, a dateline's agency), so that one is not protected.
    """
    nxt = i + 1
    if nxt >= start or not page.free(nxt):
        return False
    text = page.units[nxt].body
    return is_prose(text, 10) or (len(text) >= _CJK_PROSE and text.endswith("。"))


def _byline_above(page: _PageState, found: Finding, title: int) -> None:
    """A bare name a few lines over the headline, beside its date ("Jane Doe", "Science", "Sep 30, 2016").

    A name the headline itself holds is the story's subject (a topic tag), not its writer.
    """
    dated = any(page.meta[i].field in ("published", "updated") for i in page.meta if found.top <= i <= title + 2)
    for i in range(title - 1, max(-1, title - 4), -1):
        names = names_on(page.units[i].body, near_top=True) if dated and page.reasons.get(i) == "page-header" else ()
        if names and in_headline(page.units[title].body, names):
            return
        if names:
            del page.reasons[i]  # it was set aside with the menus above the headline; it is the byline
            page.meta[i] = MetaHit("byline", ", ".join(names), names)
            return


def _furniture_shaped(page: _PageState, i: int) -> bool:
    """A short line with no sentence end, still undecided: the body's first unit may be the dateline of the page."""
    return i < len(page.units) and page.free(i) and page.units[i].words <= 20 and not ends_sentence(page.units[i].body)


def date_fallback(c: Collected) -> None:
    """A page that shows only an "Updated" date: that is the date a reader sees it was published."""
    if "published" not in c.meta and "updated" in c.meta:
        c.meta["published"] = c.meta["updated"]
