"""A whole web page saved as text: find the article inside the menus, teasers, comments and footer.

A browser's "save as text" or `w3m -dump` keeps everything the page showed.
The article is the one long stretch of running prose (sentence-like lines,
dense in the language's stop words) that menus, teaser streams and footers
(runs of short link-like lines) surround; its headline is the title-shaped line
just above it that a byline or date follows. That is how a person finds it, and
it is what this module does, with general evidence only:

  * each unit is weighed: running prose counts for it, short link-like lines,
    w3m's bullet trees, teaser furniture ("32M ago", image file names) and lines
    repeated elsewhere on the page count against it;
  * the article is the stretch with the largest total weight (a maximum-sum
    segment), and never runs into a comment thread;
  * the headline is chosen among the title-shaped lines above that stretch.

Only pages that show such furniture are treated: a clean article (one paragraph
per line, a wire story, a results table) has no runs of links to set aside, and
is left to the ordinary rules. Everything set aside keeps its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.structure import language
from reader.core.structure.clutter import is_nav_word, norm
from reader.core.structure.lines import Unit, ends_sentence
from reader.core.structure.meta import date_only, read_bare_byline, read_meta_line
from reader.core.structure.page_header import any_date, foreign_byline, names_on
from reader.core.structure.rewrap import is_wide
from reader.core.structure.sections import heading_shaped
from reader.core.structure.teasers import comment_marker, is_comment_furniture, is_form_field, is_teaser_furniture

_BREADCRUMB = re.compile(r"\s[>»›/|]\s|^[>»›]|[>»›]$")
_SOME_BY = re.compile(r"^(?:[A-Z][a-z]+\s+){1,2}(?i:by)\s+[A-Z]")
_LINK_TEXT = re.compile(
    r"^(?:skip to|jump to|go to|click here|back to|return to|you are (?:using|here)|see (?:full|more|all)|"
    r"this (?:site|page) (?:works|uses))\b",
    re.IGNORECASE,
)
"""Links and notices a page prints above its headline, never a headline themselves."""
_NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b")
"""A date in figures ("9/21/2016"): its order is ambiguous so it is never read, but it marks a furniture line."""
_ALT_TEXT = re.compile(r"\b(?:icon|logo|headshot|thumbnail|avatar|placeholder)s?$", re.IGNORECASE)
"""How an image's alt text ends ("close icon", "Morning Money logo"): the picture, not a headline."""
_DATA = re.compile(r"[\d()\[\]]")
_GOOD_CHARS = 70
"""jusText's length_low: shorter lines are judged by their neighbours, not on their own."""
_GOOD_STOPS, _NEAR_STOPS = 0.30, 0.20
_CJK_GOOD_CHARS = 30
_HEADLINE_CHARS = 140
"""A single line shorter than this with no sentence end is a headline or a label, however wordy."""
_SENTENCE_END = ("。", "！", "？", "」", "』", "）", "।", "؟", "…", ".", "!", "?")
_SHORT_COST = 12.0
_LINK_COST = 30.0
_FURNITURE_COST = 250.0
_HEADER_REACH = 18
_HEADER_UNITS = 6
"""Units just above the body that count as its headline block, not as page furniture, when judging a dump."""
"""How many units above the first paragraph the headline may stand (dek, byline, dates, captions between)."""
_MIN_FURNITURE = 10
_MIN_BODY = 300.0
_MIN_SITE = 5
_COMMENT_DISCOUNT = 0.2
"""Of those, at least this many must be a site's own: a line rule's clutter, a bullet-tree entry, a menu word."""
"""A page needs at least this many link-like lines outside the article to be a page dump at all."""


@dataclass(slots=True)
class Finding:
    """What was found on a page dump: where the article is and why the rest was set aside."""

    start: int
    """Index of the first unit of the article body."""
    end: int
    """Index of the last unit of the article body."""
    top: int
    """Index of the first unit kept above the body (the headline, else `start`)."""
    title: int | None
    reasons: dict[int, str] = field(default_factory=dict)


def _cjk(text: str) -> bool:
    sample = text[:40]
    return sum(1 for ch in sample if is_wide(ch)) * 3 >= len(sample)


def _thai_like(text: str) -> bool:
    """Scripts written without spaces that are not wide (Thai, Lao, Burmese, Khmer)."""
    return any(
        "\u0e00" <= ch <= "\u0eff" or "\u1000" <= ch <= "\u109f" or "\u1780" <= ch <= "\u17ff" for ch in text[:20]
    )


def _weight(u: Unit, stops: frozenset[str], repeated: bool) -> float:
    """How much this unit speaks for being article text (positive) or page furniture (negative)."""
    text = u.body
    n = len(text)
    if is_teaser_furniture(text) or is_comment_furniture(text) or is_form_field(text):
        return -_FURNITURE_COST
    if u.bullet and n < _GOOD_CHARS * 2 and not (ends_sentence(text) and u.words >= 5):
        return -max(_LINK_COST, float(n))  # a menu entry; a list of sentences is the story's own
    if repeated and n >= 20:
        return -float(n)
    if _code_like(text) or _LINK_TEXT.match(text):
        return -float(n)  # markup, or a notice about the browser or the page
    if _cjk(text):
        if n >= _CJK_GOOD_CHARS and (any(p in text for p in "。，、") or text.endswith(_SENTENCE_END)):
            return float(n) * 2
        return -_SHORT_COST if n < _CJK_GOOD_CHARS else -float(n) / 2
    if _thai_like(text):  # no stop words to count, often no punctuation: length is the evidence
        return float(n) if n >= _GOOD_CHARS * 2 or "။" in text else -_SHORT_COST
    tokens = language.words(text)
    density = language.stop_density(tokens, stops)
    if n < _HEADLINE_CHARS and u.single and not ends_sentence(text):
        return -_SHORT_COST  # a headline (its own or a teaser's), a label: judged by what surrounds it
    if n < _GOOD_CHARS:
        if ends_sentence(text) and len(tokens) >= 5 and density >= _NEAR_STOPS:
            return float(n) / 3
        return -_LINK_COST if is_nav_word(u) else -_SHORT_COST
    if density >= _GOOD_STOPS:
        return float(n)
    if density >= _NEAR_STOPS or (ends_sentence(text) and density >= 0.1):
        return float(n) / 2
    return -float(n)


def _code_like(text: str) -> bool:
    """Markup, a URL or a script that w3m printed as text: symbols where prose has letters and spaces."""
    if len(text) < 40:
        return False
    symbols = sum(1 for ch in text if ch in "<>=&/{}%;_\\|#")
    if symbols * 8 > len(text):
        return True
    return text.count(" ") * 25 < len(text) and not (_cjk(text) or _thai_like(text))


def _link_like(u: Unit) -> bool:
    """A menu entry, a link or a button: short, no digits (a results row has them), no sentence end."""
    text = u.body
    if is_teaser_furniture(text) or is_comment_furniture(text):
        return True
    short = len(text) < _GOOD_CHARS and not _DATA.search(text)
    return short and not text.rstrip("\"'”’」』）)").endswith(_SENTENCE_END) and (u.bullet or u.words <= 6)


def _link_runs(units: list[Unit], top: int, start: int, clutter: dict[int, str]) -> set[int]:
    """Between the headline and the body: bullet entries and runs of four or more links (share and follow rows).

    A byline or a date is short and link-like too, so those never count.
    """
    found: set[int] = set()
    run: list[int] = []
    for i in [*range(top + 1, start), start]:
        u = units[i]
        links = i < start and (i in clutter or _link_like(u)) and not _furniture_at(units, i)
        links = links and not names_on(u.body, near_top=True)
        if links and u.bullet and i not in clutter:
            found.add(i)
        if links:
            run.append(i)
            continue
        if len(run) >= 4:
            found.update(k for k in run if k not in clutter)
        run = []
    return found


def _twinned(keys: list[str], i: int) -> bool:
    """The same words on the next or previous line: a picture's alt text over its caption, or a teaser card's
    picture over its link, never two lines of a story."""
    k = keys[i]
    return len(k) >= 20 and ((i > 0 and keys[i - 1] == k) or (i + 1 < len(keys) and keys[i + 1] == k))


def _discount_comments(weights: list[float], barriers: set[int]) -> None:
    """After a comment thread opens below some prose, prose counts for little: readers' comments, not the story.

    A "12 Comments" link above the article (a header button) opens nothing, so
    only a marker with prose above it discounts what follows.
    """
    mass = 0.0
    for i, w in enumerate(weights):
        if i in barriers and mass >= _MIN_BODY * 2:
            for k in range(i + 1, len(weights)):
                if weights[k] > 0:
                    weights[k] *= _COMMENT_DISCOUNT
            return
        mass += max(w, 0.0)


def _best_segment(weights: list[float], barriers: set[int]) -> tuple[int, int]:
    """The stretch of units with the largest total weight that crosses no barrier (start, end inclusive)."""
    best, best_span = float("-inf"), (0, -1)
    run, run_start = 0.0, 0
    for i, w in enumerate(weights):
        if i in barriers:
            run, run_start = 0.0, i + 1
            continue
        if run <= 0:
            run, run_start = w, i
        else:
            run += w
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span


def find_article(units: list[Unit], clutter: dict[int, str]) -> Finding | None:
    """Where the article is on a page dump, or None when the text is not one (no furniture to set aside).

    Args:
        units: the page's units, in order.
        clutter: reasons the line rules already gave (share prompts, banners): those count as furniture.
    """
    if len(units) < 12:
        return None
    long_text = " ".join(u.body for u in units if len(u.body) >= _GOOD_CHARS)
    stops = language.stop_words_for(long_text[:20000])
    keys = [norm(u.body) for u in units]
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    weights = []
    for i, u in enumerate(units):
        if is_form_field(u.body) or _twinned(keys, i):
            weights.append(-_FURNITURE_COST)
        elif i in clutter:
            weights.append(-max(_LINK_COST, float(len(u.body))))
        else:
            weights.append(_weight(u, stops, counts[keys[i]] > 1))
    barriers = {i for i, u in enumerate(units) if comment_marker(u.body)}
    _discount_comments(weights, barriers)
    start, end = _best_segment(weights, barriers)
    if end < start:
        return None
    while end > start and weights[end] <= 0:
        end -= 1
    lead_in = None
    after = next((i for i in range(start + 1, end + 1) if weights[i] > 0), None)
    if after is not None and _headline_shaped(units[start]) and _furniture_below(units, start, clutter):
        lead_in, start = start, after  # a long headline reads like prose: the body starts at the first paragraph
    if sum(w for w in weights[start : end + 1] if w > 0) < _MIN_BODY:
        return None  # no stretch of prose to speak of (a results table, a list): nothing to find
    outside = [i for i in range(len(units)) if not start - _HEADER_UNITS <= i <= end]
    furniture = sum(1 for i in outside if i in clutter or _link_like(units[i]))
    if furniture < _MIN_FURNITURE:
        return None
    site = sum(1 for i in outside if i in clutter or (units[i].bullet and weights[i] < 0) or is_nav_word(units[i]))
    if site < _MIN_SITE:
        return None  # short lines but none of a site's own (a list of names, a table): content, not a page
    title = _headline(units, start, clutter, keys, counts, lead_in)
    top = title if title is not None else start
    while top > 0 and top - 1 not in clutter and top > (title or start) - 3 and _dated(units[top - 1].body):
        top -= 1  # a byline or date just above the headline belongs to it
    f = Finding(start, end, top, title)
    share_rows = _link_runs(units, top, start, clutter)
    in_comments = False
    for i, u in enumerate(units):
        if i in barriers and i > end:
            in_comments = True
        if i < top:
            f.reasons[i] = "page-header"
        elif top <= i < start and i != title:
            if is_teaser_furniture(u.body):
                f.reasons[i] = "caption"
            elif i in share_rows:
                f.reasons[i] = "menu"
        elif i > end:
            teaser = any(is_teaser_furniture(units[k].body) for k in range(i, min(len(units), i + 3)))
            f.reasons[i] = "comments" if in_comments else "teaser" if teaser else "page-footer"
        elif is_teaser_furniture(u.body) or is_comment_furniture(u.body):
            f.reasons[i] = "teaser"
    return f


def _headline(
    units: list[Unit],
    start: int,
    clutter: dict[int, str],
    keys: list[str],
    counts: dict[str, int],
    lead_in: int | None,
) -> int | None:
    """The headline above the body: a title-shaped line that furniture (byline, date) or the lede follows.

    Among the lines within reach above the first paragraph, the best is the one
    a byline or date line follows, that the page repeats elsewhere (its own
    title, a share text, a breadcrumb), that reads like a headline (a handful
    of words, no full stop), and that stands nearest the body.
    """
    best, best_score = None, 0.0
    passed = 0
    for j in range(start - 1, max(-1, start - 1 - _HEADER_REACH), -1):
        u = units[j]
        if j in clutter:
            continue
        if not _headline_shaped(u):
            passed += 1
            continue
        score = 1.0
        if _furniture_below(units, j, clutter):
            score += 3.0
        elif _furniture_at(units, j - 1) or _furniture_at(units, j - 2):
            score += 1.5  # the date above the headline (a kicker line, "Jane Doe/March 3, 2026")
        beside = {keys[k] for k in (j - 2, j - 1, j + 1, j + 2) if 0 <= k < len(keys)}
        if keys[j] in beside:
            score -= 1.0  # a teaser: its picture's alt text and its link say the same
        elif (counts[keys[j]] == 2 and _repeated_far(keys, j)) or (counts[keys[j]] == 1 and _repeated_inside(keys, j)):
            score += 0.75  # the page's own title or a share text repeats it; more often is a site's name
        if read_bare_byline(u.body) or _names_a_byline(units, j):
            score -= 2.5  # a name on its own is the byline; "Jane Doe headshot" is her picture
        if any_date(u.body) or _NUMERIC_DATE.search(u.body):
            score -= 1.5  # a caption ("... in Washington, March 29, 2019"), a teaser with its date
        words = u.words
        if 5 <= words <= 25 or (any(is_wide(ch) for ch in u.body) and 8 <= len(u.body) <= 80):
            score += 1.0
        if u.blank_before and u.blank_after:
            score += 0.5
        score -= 0.12 * passed
        if j == lead_in:
            score += 2.0  # it read like prose to the weighing: the headline of the story that follows
        if score > best_score:
            best, best_score = j, score
        passed += 1
    if best is not None and best > 0 and best - 1 not in clutter:
        above = units[best - 1]
        if _dek_under(above, units[best]):
            best -= 1  # headline, then its dek, then the byline
    return best


def _dek_under(above: Unit, below: Unit) -> bool:
    """`below` is the dek of the headline `above`: a longer line, or a sentence-case one under a title-case one."""
    if not _headline_shaped(above) or above.words < 4 or read_bare_byline(above.body) or any_date(above.body):
        return False
    if is_nav_word(above) or _code_like(above.body) or _cjk(above.body):
        return False
    if heading_shaped(below.body, max_words=30):
        return False  # two title-case lines: the one nearer the byline is the headline
    return len(below.body) > len(above.body) * 1.2 or heading_shaped(above.body, max_words=30)


def _furniture_below(units: list[Unit], j: int, clutter: dict[int, str]) -> bool:
    """A byline or date line within the next few units: what follows a headline."""
    near = [k for k in range(j + 1, min(len(units), j + 9)) if k not in clutter][:4]
    return any(_furniture_at(units, k) for k in near)


def _dated(text: str) -> bool:
    return bool(read_meta_line(text) or any_date(text) or _NUMERIC_DATE.search(text))


def _furniture_at(units: list[Unit], k: int) -> bool:
    if k < 0:
        return False
    text = units[k].body
    return bool(_dated(text) or read_bare_byline(text) or foreign_byline(text))


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


def _headline_shaped(u: Unit) -> bool:
    text = u.body.strip()
    if u.bullet or u.last - u.first > 2 or not text or text[0] in "([{<" or is_nav_word(u):
        return False
    if (
        read_meta_line(text)
        or date_only(text)
        or _BREADCRUMB.search(text)
        or _SOME_BY.match(text)
        or _LINK_TEXT.match(text)
    ):
        return False
    if (u.words <= 14 and any_date(text)) or _ALT_TEXT.search(text) or foreign_byline(text):
        return False
    if _cjk(text):
        return 10 <= len(text) <= 120 and not text.endswith("。")
    if not 3 <= u.words <= 30 or text.rstrip("\"'”’)]").endswith((".", ",", ";", ":")) or len(text) > 220:
        return False
    return bool(re.search(r"[^\W\d_]{2}", text))
