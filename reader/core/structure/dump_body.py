"""The edges of a page dump's article: the lead photo's credit, the headline block's furniture, teaser stamps.

`page_dump.find_article` finds the stretch of prose by weight; the edges of
that stretch need a reader's eye for what stands around a lede:

  * the lead photo's credit ("Photo by Jane Doe/Getty Images") right above
    the lede belongs to the story: the page shows it with the article, and
    both reference extractors (newspaper4k, Postlight) keep it;
  * between the headline and the lede a page prints its own furniture: a
    rating widget ("Rate: 1 star ... 5 stars"), a share label that repeats the
    headline, a view count. Those are set aside; the first sentence there
    is the dek, and a dek followed by the byline does not open the body;
  * a teaser stream stamps each teaser with a date line of one shape: three
    alike mark the stream, which then weighs as furniture.
"""

from __future__ import annotations

import re

from reader.core.structure import language
from reader.core.structure.clutter import norm, spoken_label
from reader.core.structure.dump_furniture import dated, furniture_at
from reader.core.structure.dump_weights import GOOD_CHARS, cjk
from reader.core.structure.lines import Unit, ends_sentence
from reader.core.structure.page_header import names_on

_LEAD_REACH = 12
"""How many units into the body the lead photo's credit may stand (the picture's alt text, a kicker before it)."""
_LEAD_PROSE = 300.0
"""Prose weight above the credit beyond which the story has begun: a later credit is a picture inside it."""
_ECHO_CHARS = 40
_DEK_WORDS = (5, 50)
"""A dek is a sentence or two: longer is the lede itself, shorter a label."""
_WIDGET_ENTRIES = 3
"""A list of this many short entries between headline and lede is a widget (stars to rate, buttons)."""
_WIDGET_WORDS = 8
_DEK_STOPS = 0.15
_LABELLED = re.compile(r"^[^:：]{1,20}[:：]")
_CREDITED = re.compile(r"\bby\s+[A-Z][^.!?]*$|\([^()]{2,60}\)\s*$")
"""A credit at the end of a line ("... by Jane Doe", "(The Associated Press)"): a caption or a byline."""
_CJK_DEK = (15, 150)
_FURNITURE_WORDS = 6
_ROW_WORDS, _ROW_STOPS = 15, 0.1
_STAMP_CHARS = 60
_STAMP_REPEATS = 3
"""A stream stamps each of its teasers the same way: this many date lines of one shape make a stream."""
_DIGIT = re.compile(r"\d")
_STAMP_WORDS = 4
"""Words besides the numbers a stamp has at most: the month, "Updated", a time zone."""
_SHAPE_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_CREDIT_WORDS = 25
_HEADLINE_ECHO = 2.0
"""A line holding the headline and at most this much more again (a share label, a breadcrumb) repeats it."""


def lead_credit(units: list[Unit], weights: list[float], clutter: dict[int, str], start: int, end: int) -> int | None:
    """The credit of the lead photo, set aside by the line rules, that stays with the article.

    It is the first credit line at the top of the body (or just above it)
    that a paragraph follows directly, before the story has begun: the
    picture that opens the article, not one inside it. A credit with the
    headline block's furniture under it (a "Save" button, a date) is left
    aside: the reference extractors leave that picture out too.
    """
    prose = 0.0
    for k in range(max(0, start - 1), min(end, start + _LEAD_REACH)):
        if clutter.get(k) == "caption":
            nxt = k + 1
            lede = nxt <= end and nxt not in clutter and weights[nxt] > 0 and units[nxt].words >= 8
            if lede and not spoken_label(units[k].body):
                return k
            return None  # the first credit is not over the lede: later ones are pictures inside the story
        if k >= start:
            prose += max(0.0, weights[k])
            if prose >= _LEAD_PROSE:
                return None
    return None


def echoes(units: list[Unit], k: int) -> bool:
    """The caption repeats the line above it: the picture's alt text said twice, shown once (the line above)."""
    if k == 0:
        return False
    above, here = norm(units[k - 1].body), norm(units[k].body)
    return len(above) >= _ECHO_CHARS and here[:_ECHO_CHARS] == above[:_ECHO_CHARS]


def repeats_headline(units: list[Unit], k: int, title: int) -> bool:
    """The unit holds the headline's words with a little more around them: "Share this: <headline>", a breadcrumb.

    The headline said again right under itself is page furniture, never a
    paragraph of the story. A line that goes on after the headline with a
    comma ("Ski: <headline>, 186 cm") uses it as a name in a fact of its own.
    """
    head, here = norm(units[title].body), norm(units[k].body)
    if k == title or len(head) < 20 or head not in here or len(here) > len(head) * (1 + _HEADLINE_ECHO):
        return False
    said = units[title].body.strip().casefold()
    at = units[k].body.casefold().find(said)
    return at < 0 or not units[k].body[at + len(said) :].lstrip().startswith((",", "，", "、"))


def dek_shaped(u: Unit, stops: frozenset[str]) -> bool:
    """A sentence or two under the headline: the standfirst, not a list entry, a label, a byline or a share row."""
    text = u.body
    if u.bullet or dated(text) or names_on(text, near_top=True) or _LABELLED.match(text) or _CREDITED.search(text):
        return False
    if cjk(text):
        return _CJK_DEK[0] <= len(text) <= _CJK_DEK[1]
    if not _DEK_WORDS[0] <= u.words <= _DEK_WORDS[1]:
        return False
    return language.stop_density(language.words(text), stops) >= _DEK_STOPS


def header_furniture(u: Unit, stops: frozenset[str]) -> bool:
    """A few words on a line of their own between headline and lede: a name, a count, a button row, a ticker.

    Not a sentence, not a labelled fact ("Location: Los Angeles"), not in a
    script written without spaces (where a short line may be a sentence). A
    longer line counts when it has next to no stop words (a row of links).
    """
    text = u.body
    if not u.single or u.bullet or cjk(text) or ends_sentence(text) or ":" in text.rstrip(":"):
        return False
    if u.words <= _FURNITURE_WORDS and len(text) < GOOD_CHARS:
        return True
    return u.words <= _ROW_WORDS and language.stop_density(language.words(text), stops) < _ROW_STOPS


def past_dek(
    units: list[Unit],
    weights: list[float],
    clutter: dict[int, str],
    title: int,
    span: tuple[int, int],
    stops: frozenset[str],
) -> int:
    """Where the body starts when its first paragraph is the dek: after the byline that follows the dek.

    Headline, dek, byline (or a line that repeats the headline), then the
    story: a dek reads like prose to the weighing, but what a page prints
    between it and the lede says the headline block has not ended yet.
    """
    start, end = span
    between = [k for k in range(title + 1, start) if k not in clutter]
    if between or not dek_shaped(units[start], stops):
        return start
    near = [k for k in range(start + 1, min(end, start + 6)) if k not in clutter][:2]
    for k in near:
        if furniture_at(units, k) or repeats_headline(units, k, title):
            return next((i for i in range(k + 1, end + 1) if weights[i] > 0 and i not in clutter), start)
    return start


def widget_lists(units: list[Unit], free: list[int]) -> list[int]:
    """Lists of short entries between the headline and the lede, with the label over each ("Rate:").

    The story has not begun there: a list of a few words an entry, none a
    sentence, is a rating widget or a row of buttons, whatever its digits.
    """
    found: list[int] = []
    run: list[int] = []
    for i in [*free, -1]:
        u = units[i] if i >= 0 else None
        if u is not None and u.bullet and u.words <= _WIDGET_WORDS and not ends_sentence(u.body):
            if run and run[-1] != i - 1:
                run = []
            run.append(i)
            continue
        if len(run) >= _WIDGET_ENTRIES:
            label = run[0] - 1
            if label in free and units[label].body.rstrip().endswith(":") and units[label].words <= 3:
                found.append(label)
            found.extend(run)
        run = []
    return found


def stream_stamps(units: list[Unit]) -> set[int]:
    """Date lines of one shape said three times or more: the time stamps of a teaser stream or a thread.

    A story prints its own date once, in its headline block; a list of other
    stories stamps each ("April 26, 2014 -- Updated 1358 GMT") alike. The
    shape is the line with each number and each word reduced to its kind; a
    stamp is little else than its date.
    """
    shapes: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        text = u.body
        if len(text) > _STAMP_CHARS or "@" in text or not _DIGIT.search(text):
            continue
        tokens = _SHAPE_TOKEN.findall(text)
        if sum(1 for t in tokens if not t[0].isdigit()) > _STAMP_WORDS or not dated(text):
            continue  # a quoted tweet's signature ("— Jane (@jane) May 3, 2019") names someone: not a stamp
        shape = " ".join("0" if t[0].isdigit() else "a" for t in tokens)
        shapes.setdefault(shape, []).append(i)
    return {i for found in shapes.values() if len(found) >= _STAMP_REPEATS for i in found}


def credited_or_dated(u: Unit) -> bool:
    """A short line under the headline with a date or a credit at its end: a date line the byline rules did not
    read, a caption with its agency ("(The Associated Press)"), a tracking pixel's "by" line."""
    text = u.body
    return u.words <= _CREDIT_WORDS and not u.bullet and (dated(text) or bool(_CREDITED.search(text)))
