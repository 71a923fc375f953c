"""Page furniture after the headline: related links, the footer, the author's bio, captions, repeated text.

These passes run once the headline and metadata are known (`plain.py`) and
each sets more of the page's units aside with its reason; what they leave is
the article.
"""

from __future__ import annotations

import re

from reader.core.structure.clutter import is_footer_marker, is_link_like, is_read_on, is_tags, norm
from reader.core.structure.lines import is_prose
from reader.core.structure.meta import after_dateline
from reader.core.structure.plain_page import Page

_BYLINE_START = re.compile(r"^by\s+", re.IGNORECASE)
_TEASER_KEY = 24
_MIN_DUPLICATE_WORDS = 15
"""Shorter lines may repeat legitimately (a role in a list of people); longer ones are page repeats."""


def related(p: Page) -> None:
    """A "Related Articles" / "More News" / "Tags" heading takes the run of link-like lines under it.

    A "Read article" button takes the headline just above it, which links to another story. After the
    story's last sentence, a run may go on across blank lines (one link per paragraph).
    """
    units = p.units
    tail = 1 + max((i for i, u in enumerate(units) if p.free(i) and is_prose(u.body, 12)), default=-1)
    reach = 0  # where the previous run stopped: a heading inside that run would stop at the same place
    for i, u in enumerate(units):
        if is_read_on(u.body) and i > 0 and p.free(i - 1) and is_link_like(units[i - 1]):
            p.reasons[i - 1] = "related"
        if p.reasons.get(i) != "related" and not (p.reasons.get(i) == "boilerplate" and is_tags(u.body)):
            continue
        j = max(i + 1, reach)
        while j < len(units):
            v = units[j]
            if j in p.meta or j == p.title or (j > i + 1 and v.blank_before and j not in p.reasons and j < tail):
                break
            if j not in p.reasons:
                if not is_link_like(v):
                    break
                p.reasons[j] = "related"
            j += 1
        reach = j


def footer(p: Page) -> None:
    """From the first copyright / privacy line in the second half, everything that is not prose is footer."""
    n = len(p.units)
    start = next((i for i in range(n // 2, n) if is_footer_marker(p.units[i].body) and i not in p.meta), None)
    if start is None:
        return
    for i in range(start, n):
        clutter = p.reasons.get(i) in ("menu", "boilerplate")
        if i == start or clutter or (p.free(i) and not is_prose(p.units[i].body, 15)):
            p.reasons[i] = "footer"


def author_bio(p: Page) -> None:
    """A closing line about the writer ("Jane Doe covers city hall for The Times.") is page furniture.

    Only in the last third of the page, only for a byline's own name, and only
    when the name is followed by a lower-case word (a verb), so a story
    sentence that merely mentions the writer stays.
    """
    names = {name for hit in p.meta.values() if hit.field == "byline" for name in hit.authors if " " in name}
    n = len(p.units)
    for i in range(n * 2 // 3, n):
        body = p.units[i].body
        if p.free(i) and p.units[i].words <= 60:
            after = next((body[len(name) + 1 :] for name in names if body.startswith(name + " ")), "")
            if after[:1].islower():
                p.reasons[i] = "author-bio"


def captions(p: Page) -> None:
    """A short line glued above a photo credit is the photo's caption or alt text."""
    for i in sorted(k for k, r in p.reasons.items() if r == "caption"):
        j = i - 1
        if j >= 0 and p.free(j) and not p.units[i].blank_before and not is_prose(p.units[j].body, 25):
            p.reasons[j] = "caption"


def duplicates(p: Page) -> None:
    """What the page repeats: the headline again, a long line said before, a teaser a later line starts with."""
    units = p.units
    keys = {i: norm(u.body) for i, u in enumerate(units) if p.free(i)}
    if p.title is not None:
        title_key = norm(units[p.title].body)
        for i, k in keys.items():
            if k == title_key:
                p.reasons[i] = "duplicate"
    # the longest text starting with each 24-character key, with and without a dateline in front
    longest: dict[str, tuple[int, int, str]] = {}
    seen: dict[str, int] = {}
    for i, k in keys.items():
        if i in p.reasons:
            continue
        rest = after_dateline(units[i].body)
        for form in (k, norm(rest)) if rest else (k,):
            if len(form) >= _TEASER_KEY and len(form) > longest.get(form[:_TEASER_KEY], (0, -1, ""))[0]:
                longest[form[:_TEASER_KEY]] = (len(form), i, form)
        if units[i].words >= _MIN_DUPLICATE_WORDS and k in seen and not _answers_a_question(p, i):
            p.reasons[i] = "duplicate"
        seen.setdefault(k, i)
    for i, k in keys.items():
        if i in p.reasons or _answers_a_question(p, i):
            continue
        body = units[i].body
        candidates = [k]
        if _BYLINE_START.match(body):  # "By Jane Doe The story...": the name may end at any of the next few words
            words = k.split(" ")
            candidates += [" ".join(words[j:]) for j in range(2, min(7, len(words)))]
        for cand in candidates:
            size, j, form = longest.get(cand[:_TEASER_KEY], (0, -1, ""))
            if len(cand) >= 40 and j > i and size > len(cand) and form.startswith(cand):
                p.reasons[i] = "duplicate"
                break


def _answers_a_question(p: Page, i: int) -> bool:
    """The line right after a question: an FAQ answer may repeat the story word for word, and must stay."""
    return i > 0 and p.units[i - 1].body.rstrip().endswith("?")
