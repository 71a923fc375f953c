"""The headline of a page dump: the title-shaped line above the article body that a byline or date follows.

`page_dump.find_article` finds the body by weight; this module chooses, among
the lines within reach above it, the one a reader takes for the headline (and
its dek). The evidence is what a reader uses:

  * a sure byline or date right under it (or under its dek) speaks most for a
    line, a bare name less (it may be a label); a headline may then stand far
    above the body when the weighing started the body late (after a gallery,
    a video player, a list of authors), but never as one card of a stream of
    dated teasers;
  * the page repeating it (its share text, a second layout, a <title>-like
    line), a breadcrumb trail right above it;
  * against it: its twin right beside it (a teaser's picture and link), a name
    or a date in it, a label's or a button's shape, a video's running time
    under it, and the shapes no headline has (`dump_title_evidence`);
  * a headline with its byline right under it may even stand in the body's
    first lines, when a notice above it read like prose to the weighing.

The byline and date lines themselves are told in `dump_furniture`.
"""

from __future__ import annotations

import re

from reader.core.structure.clutter import is_nav_word
from reader.core.structure.dump_furniture import (
    NUMERIC_DATE,
    byline_opening,
    dated,
    furniture_after,
    furniture_at,
    sure_furniture,
)
from reader.core.structure.dump_title_evidence import (
    button_label,
    cut_short,
    never_headline,
    player_clock,
)
from reader.core.structure.dump_weights import LINK_TEXT, cjk, code_like
from reader.core.structure.lines import Unit, is_prose
from reader.core.structure.meta import date_only, read_bare_byline, read_meta_line
from reader.core.structure.page_header import any_date, foreign_byline, names_on
from reader.core.structure.rewrap import is_wide
from reader.core.structure.sections import heading_shaped

_BREADCRUMB = re.compile(r"\s[>»›/|]\s|^[>»›]|[>»›]$")
_SOME_BY = re.compile(r"^(?:[A-Z][a-z]+\s+){1,2}(?i:by)\s+[A-Z]")
_STREAM_REACH = 8
"""How far around a far headline to look for other headlines with dates (a stream of teaser cards)."""
_TRAIL = re.compile(r"\s[>»›]\s")
"""A breadcrumb's separator (" › "): spaced, so a quoted ">>" or an arrow in a headline is not one."""
_BARE_BY = re.compile(r"^\s*(?i:by):?\s*$")
"""A "By" on its own line, the name under it."""
_BLOCK_UNITS = 5
"""How many lines under a headline its dek, byline and dates take up."""
_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}$")
"""A headline may end on initials ("... Ambassador to the U.N."), never on a full stop."""
_ALT_TEXT = re.compile(r"\b(?:icon|logo|headshot|thumbnail|avatar|placeholder)s?$", re.IGNORECASE)
"""How an image's alt text ends ("close icon", "Morning Money logo"): the picture, not a headline."""
_HEADER_REACH = 18
"""How many units above the first paragraph the headline may stand (dek, byline, dates, captions between)."""
_FAR_REACH = 150
"""How far above the body a headline with a byline or date under it may stand (a gallery, a player between)."""
_FAR_COST, _FAR_STEP = 0.5, 0.01
_INTO_BODY = 6
"""How far into the body a headline with its byline right under it may stand (a sign-up notice weighed as prose)."""
_INSIDE_COST = 1.0
_AGAINST = frozenset({"twin", "name", "dated", "label", "video"})
"""Evidence against a line: inside the body only a line with none of it may still be the headline."""


def headline(
    units: list[Unit],
    start: int,
    clutter: dict[int, str],
    keys: list[str],
    counts: dict[str, int],
    lead_in: int | None,
    end: int | None = None,
) -> int | None:
    """The headline above the body: a title-shaped line that furniture (byline, date) or the lede follows.

    Among the lines within reach above the first paragraph, the best is the one
    a byline or date line follows, that the page repeats elsewhere (its own
    title, a share text, a breadcrumb), that reads like a headline (a handful
    of words, no full stop), and that stands nearest the body.
    """
    best, best_score = None, 0.0
    for j, score, _ in scored_candidates(units, start, clutter, keys, counts, lead_in, end):
        if score > best_score:
            best, best_score = j, score
    if best is not None and best > 0 and best - 1 not in clutter:
        above = units[best - 1]
        if _dek_under(above, units[best], counts[keys[best - 1]] > 1 and counts[keys[best]] == 1):
            best -= 1  # headline, then its dek, then the byline
    return best


def scored_candidates(
    units: list[Unit],
    start: int,
    clutter: dict[int, str],
    keys: list[str],
    counts: dict[str, int],
    lead_in: int | None,
    end: int | None = None,
) -> list[tuple[int, float, str]]:
    """Every headline-shaped line within reach above the body, with its score and the evidence for it.

    Near the body (within `_HEADER_REACH` units) any title-shaped line may win;
    farther up, where the weighing started the body too late (a photo gallery,
    a video player, a list of authors between), only a line with a sure byline
    or date right under it still counts, each unit passed costing a little more.
    """
    out: list[tuple[int, float, str]] = []
    last = min(len(units) - 1, start + _INTO_BODY, len(units) if end is None else end)
    for j in [k for k in range(start, last) if k not in clutter][1:]:
        if headline_shaped(units[j]) and not never_headline(units[j].body):
            gap, sure = furniture_after(units, j, clutter)
            if gap <= 1 and sure:
                score, why = _evidence(units, j, clutter, keys, counts, (gap, sure))
                if not _AGAINST.intersection(why):
                    out.append((j, score - _INSIDE_COST, " ".join([*why, "inside"])))
    passed = 0
    for j in range(start - 1, max(-1, start - 1 - _FAR_REACH), -1):
        u = units[j]
        if j in clutter:
            continue
        passed += 1
        shaped = headline_shaped(u, bullet_ok=lone_bullet(units, j)) and not byline_opening(u.body)
        if not (shaped or (passed <= _HEADER_REACH and _short_headline(units, j, clutter))) or never_headline(u.body):
            continue
        gap, sure = furniture_after(units, j, clutter)
        far = passed > _HEADER_REACH
        trail = _under_breadcrumb(units, j, clutter)
        if far and (gap > (2 if trail else 1) or not sure or (u.words < 4 and not cjk(u.body))):
            continue
        if far and _in_stream(units, j, clutter):
            continue  # one card of a stream of other stories, each with its date
        score, why = _evidence(units, j, clutter, keys, counts, (gap, sure))
        if trail:
            score += 1.0  # "Home › News › Article", then the article's headline
            why.append("breadcrumb")
        score -= 0.12 * (min(passed, _HEADER_REACH) - 1)
        if far:
            score -= _FAR_COST + _FAR_STEP * (passed - _HEADER_REACH)
            why.append("far")
        if j == lead_in:
            score += 2.0  # it read like prose to the weighing: the headline of the story that follows
        out.append((j, score, " ".join(why)))
    return out


def _evidence(
    units: list[Unit],
    j: int,
    clutter: dict[int, str],
    keys: list[str],
    counts: dict[str, int],
    furniture: tuple[int, bool],
) -> tuple[float, list[str]]:
    """How much the line's shape and neighbours speak for its being the headline, and which evidence did."""
    u = units[j]
    why: list[str] = []
    score = 1.0
    gap, sure = furniture
    if gap == 1 and _shorter_headline_between(units, j, clutter):
        gap = 2  # "Series name", "Headline", "By ...": the line nearer the byline is the headline
    if gap < 4:
        score += (3.5 if gap <= 1 else 2.5) if sure else 1.5
        why.append(f"furniture-below-{gap}{'' if sure else '-weak'}")
    elif any(k >= 0 and furniture_at(units, k) and sure_furniture(units, k) for k in (j - 1, j - 2)):
        score += 1.5  # the date above the headline (a kicker line, "Jane Doe/March 3, 2026")
        why.append("furniture-above")
    beside = {keys[k] for k in (j - 2, j - 1, j + 1, j + 2) if 0 <= k < len(keys) and not _dated_between(units, j, k)}
    if keys[j] in beside:
        score -= 1.0  # a teaser: its picture's alt text and its link say the same
        why.append("twin")
    elif (counts[keys[j]] == 2 and _repeated_far(keys, j)) or (counts[keys[j]] == 1 and _repeated_inside(keys, j)):
        score += 0.75  # the page's own title or a share text repeats it; more often is a site's name
        why.append("repeated")
    if (furniture_at(units, j) and not dated(u.body)) or _names_a_byline(units, j):
        score -= 2.5  # a name on its own is the byline; "Jane Doe headshot" is her picture
        why.append("name")
    if any_date(" ".join(u.body.split()[:10])) or NUMERIC_DATE.search(u.body):
        score -= 1.5  # a caption ("... in Washington, March 29, 2019"), a teaser with its date
        why.append("dated")
    if cut_short(u.body) or (not cjk(u.body) and button_label(u.body.split())):
        score -= 1.5  # "README.md…", "In this article": a teaser cut to fit, a label or button
        why.append("label")
    if j + 1 < len(units) and player_clock(units[j + 1].body):
        score -= 1.5  # a video's title over its running time
        why.append("video")
    if 4 <= u.words <= 25 or (any(is_wide(ch) for ch in u.body) and 8 <= len(u.body) <= 80):
        score += 1.0
    if u.blank_before and u.blank_after:
        score += 0.5
    return score, why


def far_between(units: list[Unit], title: int, start: int, clutter: dict[int, str]) -> set[int]:
    """What stands between a headline found far above the body and the body: page furniture, not the story.

    The headline block keeps its dek and the byline and date lines right under
    it; what follows them down to the first paragraph (a gallery's captions, a
    video player, a list of other stories, the authors' affiliations) is set
    aside, as the weighing did.
    """
    if start - title <= _HEADER_REACH:
        return set()
    below = [i for i in range(title + 1, start) if i not in clutter]
    block = set(below[:1]) | {
        i for i in below[:_BLOCK_UNITS] if furniture_at(units, i) or _BARE_BY.match(units[i].body)
    }
    return set(below) - block


def _dek_under(above: Unit, below: Unit, repeated: bool) -> bool:
    """`below` is the dek of the headline `above`: a longer line, or a sentence-case one under a title-case one,
    or one the page says once under one it repeats (the headline again in a share text or a second layout)."""
    if not headline_shaped(above) or above.words < 4 or read_bare_byline(above.body) or any_date(above.body):
        return False
    if is_nav_word(above) or code_like(above.body) or cjk(above.body):
        return False
    if heading_shaped(below.body, max_words=30):
        return False  # two title-case lines: the one nearer the byline is the headline
    return repeated or len(below.body) > len(above.body) * 1.2 or heading_shaped(above.body, max_words=30)


def _shorter_headline_between(units: list[Unit], j: int, clutter: dict[int, str]) -> bool:
    """The line between `j` and its byline is a shorter title-shaped line: not `j`'s dek but the headline itself."""
    k = next((k for k in range(j + 1, min(len(units), j + 9)) if k not in clutter), None)
    if k is None or not headline_shaped(units[k]) or not heading_shaped(units[k].body, max_words=30):
        return False
    return len(units[k].body) < len(units[j].body)


def _dated_between(units: list[Unit], j: int, k: int) -> bool:
    """A date line stands between the two: the headline, its date, the headline again (its share text)."""
    return abs(j - k) == 2 and dated(units[(j + k) // 2].body)


def _names_a_byline(units: list[Unit], j: int) -> bool:
    """The line holds the name on a bare byline line near it (the writer's picture: "Jane Doe headshot")."""
    text = units[j].body
    for k in range(max(0, j - 3), min(len(units), j + 4)):
        names = read_bare_byline(units[k].body) if k != j else ()
        if any(name in text and len(text) - len(name) <= 15 for name in names):
            return True
    return False


def _repeated_far(keys: list[str], j: int) -> bool:
    """The line's text stands again somewhere else on the page, not just beside it (a picture's alt text)."""
    return any(keys[i] == keys[j] for i in range(len(keys)) if abs(i - j) > 2)


def _repeated_inside(keys: list[str], j: int) -> bool:
    """The line's text also stands inside another line (a share text, the page's title with the site name)."""
    k = keys[j]
    if len(k) < 20:
        return False
    return any(
        k in other and other != k for i, other in enumerate(keys) if abs(i - j) > 3 and len(other) < len(k) * 2 + 40
    )


def _short_headline(units: list[Unit], j: int, clutter: dict[int, str]) -> bool:
    """A two-word title-case headline ("Broken Pledge") with a byline under it, or under its dek sentence.

    Two capitalised words are most often a label, a menu entry or a name; only
    a byline with its names right under it (no other headline between) makes
    it the headline: a byline does not stand over a byline, a date may.
    """
    u = units[j]
    if u.words != 2 or is_nav_word(u) or not heading_shaped(u.body) or _BREADCRUMB.search(u.body):
        return False
    near = [k for k in range(j + 1, min(len(units), j + 6)) if k not in clutter][:2]
    if near and not furniture_at(units, near[0]) and is_prose(units[near[0]].body):
        near = near[1:]  # its dek
    if not near or not furniture_at(units, near[0]) or not sure_furniture(units, near[0]):
        return False
    return bool(names_on(units[near[0]].body, near_top=True))


def _in_stream(units: list[Unit], j: int, clutter: dict[int, str]) -> bool:
    """Other headlines with their own date or byline stand around the line: a stream of teasers, not a header."""
    cards = 0
    for k in range(max(0, j - _STREAM_REACH), min(len(units), j + _STREAM_REACH + 1)):
        if k == j or k in clutter or not headline_shaped(units[k], bullet_ok=lone_bullet(units, k)):
            continue
        gap, sure = furniture_after(units, k, clutter)
        if gap <= 1 and sure:
            cards += 1
            if cards >= 2:
                return True
    return False


def _under_breadcrumb(units: list[Unit], j: int, clutter: dict[int, str]) -> bool:
    """The line right above is a breadcrumb trail ("Home › World › Asia › Article") that ends at this page."""
    k = next((k for k in range(j - 1, max(-1, j - 4), -1) if k not in clutter), None)
    return k is not None and len(_TRAIL.findall(units[k].body)) >= 2 and len(units[k].body) <= 160


def lone_bullet(units: list[Unit], j: int) -> bool:
    """A bullet line with no list around it ("■ Headline" on a diary page): a marked headline, not a menu entry."""
    return units[j].bullet and not any(0 <= k < len(units) and units[k].bullet for k in (j - 1, j + 1))


def headline_shaped(u: Unit, *, bullet_ok: bool = False) -> bool:
    """A line that could be a headline: a few words, no sentence end, no date, byline, breadcrumb or alt text."""
    text = u.body.strip()
    if (u.bullet and not bullet_ok) or u.last - u.first > 2 or not text or text[0] in "([{<" or is_nav_word(u):
        return False
    if (
        read_meta_line(text)
        or date_only(text)
        or _BREADCRUMB.search(text)
        or _SOME_BY.match(text)
        or LINK_TEXT.match(text)
    ):
        return False
    if (u.words <= 14 and any_date(text)) or _ALT_TEXT.search(text) or foreign_byline(text):
        return False
    if cjk(text):
        return 10 <= len(text) <= 120 and not text.endswith("。")
    end = text.rstrip("\"'”’)]")
    stop = end.endswith((".", ",", ";", ":", "。")) and not _INITIALS.search(end)
    if not 3 <= u.words <= 30 or stop or len(text) > 220:
        return False
    return bool(re.search(r"[^\W\d_]{2}", text))
