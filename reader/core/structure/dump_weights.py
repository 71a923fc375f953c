"""How much each unit of a page dump speaks for being article text: the weights the article is found by.

Running prose (sentence-like, dense in the language's stop words) weighs for
the article; short link-like lines, bullet trees, teaser and comment furniture,
markup and repeated lines weigh against it. `best_segment` is the stretch with
the largest total weight, which `page_dump.find_article` takes for the body.
"""

from __future__ import annotations

import re

from reader.core.structure import language
from reader.core.structure.clutter import is_nav_word
from reader.core.structure.lines import Unit, ends_sentence
from reader.core.structure.rewrap import is_wide
from reader.core.structure.teasers import is_comment_furniture, is_form_field, is_teaser_furniture

LINK_TEXT = re.compile(
    r"^(?:skip to|jump to|go to|click here|back to|return to|you are (?:using|here)|see (?:full|more|all)|"
    r"this (?:site|page) (?:works|uses))\b",
    re.IGNORECASE,
)
"""Links and notices a page prints above its headline, never a headline themselves."""
_CODE_SYMBOLS = "<>=&/{}%;_\\|#"
_DATA = re.compile(r"[\d()\[\]]")
GOOD_CHARS = 70
"""jusText's length_low: shorter lines are judged by their neighbours, not on their own."""
_GOOD_STOPS, _NEAR_STOPS = 0.30, 0.20
_CJK_GOOD_CHARS = 30
_HEADLINE_CHARS = 140
"""A single line shorter than this with no sentence end is a headline or a label, however wordy."""
_SENTENCE_END = ("。", "！", "？", "」", "』", "）", "।", "؟", "…", ".", "!", "?")
_INNER_STOP = re.compile(r"[.!?。]\s")
_DENSITY_SAMPLE = 1200
"""Characters of a unit its stop-word density is measured on: a long paragraph's first sentences say as much."""
_SHORT_COST = 12.0
LINK_COST = 30.0
FURNITURE_COST = 250.0
MIN_BODY = 300.0
_COMMENT_DISCOUNT = 0.2


def cjk(text: str) -> bool:
    """Written mostly in wide (CJK) characters, judged on its first 40."""
    sample = text[:40]
    if sample.isascii():
        return False  # the common case, decided without looking at each character
    return sum(1 for ch in sample if is_wide(ch)) * 3 >= len(sample)


def _thai_like(text: str) -> bool:
    """Scripts written without spaces that are not wide (Thai, Lao, Burmese, Khmer)."""
    if text[:20].isascii():
        return False
    return any(
        "\u0e00" <= ch <= "\u0eff" or "\u1000" <= ch <= "\u109f" or "\u1780" <= ch <= "\u17ff" for ch in text[:20]
    )


def weight(u: Unit, stops: frozenset[str], repeated: bool) -> float:
    """How much this unit speaks for being article text (positive) or page furniture (negative)."""
    text = u.body
    n = len(text)
    if is_teaser_furniture(text) or is_comment_furniture(text) or is_form_field(text):
        return -FURNITURE_COST
    if u.bullet and n < GOOD_CHARS * 2 and not (ends_sentence(text) and u.words >= 5):
        return -max(LINK_COST, float(n))  # a menu entry; a list of sentences is the story's own
    if repeated and n >= 20:
        return -float(n)
    if code_like(text) or LINK_TEXT.match(text):
        return -float(n)  # markup, or a notice about the browser or the page
    if cjk(text):
        if n >= _CJK_GOOD_CHARS and (any(p in text for p in "。，、") or text.endswith(_SENTENCE_END)):
            return float(n) * 2
        return -_SHORT_COST if n < _CJK_GOOD_CHARS else -float(n) / 2
    if _thai_like(text):  # no stop words to count, often no punctuation: length is the evidence
        return float(n) if n >= GOOD_CHARS * 2 or "။" in text else -_SHORT_COST
    if n < _HEADLINE_CHARS and not ends_sentence(text) and (u.single or _one_phrase(u)):
        return -_SHORT_COST  # a headline (its own or a teaser's), a label: judged by what surrounds it
    tokens = language.words(text[:_DENSITY_SAMPLE])
    density = language.stop_density(tokens, stops)
    if n < GOOD_CHARS:
        if ends_sentence(text) and len(tokens) >= 5 and density >= _NEAR_STOPS:
            return float(n) / 3
        return -LINK_COST if is_nav_word(u) else -_SHORT_COST
    if density >= _GOOD_STOPS:
        return float(n)
    if density >= _NEAR_STOPS or (ends_sentence(text) and density >= 0.1):
        return float(n) / 2
    return -float(n)


def _one_phrase(u: Unit) -> bool:
    """A headline wrapped onto a second line (a teaser's, at 80 columns): two lines, no sentence inside it."""
    return u.last - u.first == 1 and not _INNER_STOP.search(u.body)


def code_like(text: str) -> bool:
    """Markup, a URL or a script that w3m printed as text: symbols where prose has letters and spaces."""
    if script_link(text):
        return True
    if len(text) < 40:
        return False
    symbols = sum(text.count(ch) for ch in _CODE_SYMBOLS)
    if symbols * 8 > len(text):
        return True
    return text.count(" ") * 25 < len(text) and not (cjk(text) or _thai_like(text))


def script_link(text: str) -> bool:
    """A button w3m printed with its script link ("Save javascript:void(0)"): never a line of the story."""
    return "javascript:void(" in text


def link_like(u: Unit) -> bool:
    """A menu entry, a link or a button: short, no digits (a results row has them), no sentence end."""
    text = u.body
    if is_teaser_furniture(text) or is_comment_furniture(text):
        return True
    short = len(text) < GOOD_CHARS and not _DATA.search(text)
    return short and not text.rstrip("\"'”’」』）)").endswith(_SENTENCE_END) and (u.bullet or u.words <= 6)


def twinned(keys: list[str], i: int) -> bool:
    """The same words on the next or previous line: a picture's alt text over its caption, or a teaser card's
    picture over its link, never two lines of a story."""
    k = keys[i]
    return len(k) >= 20 and ((i > 0 and keys[i - 1] == k) or (i + 1 < len(keys) and keys[i + 1] == k))


def discount_comments(weights: list[float], barriers: set[int]) -> None:
    """After a comment thread opens below some prose, prose counts for little: readers' comments, not the story.

    A "12 Comments" link above the article (a header button) opens nothing, so
    only a marker with prose above it discounts what follows.
    """
    mass = 0.0
    for i, w in enumerate(weights):
        if i in barriers and mass >= MIN_BODY * 2:
            for k in range(i + 1, len(weights)):
                if weights[k] > 0:
                    weights[k] *= _COMMENT_DISCOUNT
            return
        mass += max(w, 0.0)


def best_segment(weights: list[float], barriers: set[int]) -> tuple[int, int]:
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
