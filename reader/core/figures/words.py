"""The words around a number: the noun phrase it counts, and the words before it that make it a date,
an identifier or an approximation.

Word lists are sets looked up per word rather than regexes searched per number:
this runs for every number of a 1 MB article.
"""

from __future__ import annotations

import re

from reader.core.figures.units import is_plural
from reader.core.text.sentences import STOPWORDS

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)"
)
MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?{MONTH}\b")
MONTH_WORDS = frozenset(
    [
        "Jan",
        "January",
        "Feb",
        "February",
        "Mar",
        "March",
        "Apr",
        "April",
        "May",
        "Jun",
        "June",
        "Jul",
        "July",
        "Aug",
        "August",
        "Sep",
        "Sept",
        "September",
        "Oct",
        "October",
        "Nov",
        "November",
        "Dec",
        "December",
    ]
)
ID_WORDS = frozenset(
    [
        "no",
        "nos",
        "number",
        "article",
        "section",
        "chapter",
        "level",
        "phase",
        "round",
        "game",
        "week",
        "stage",
        "page",
        "room",
        "flight",
        "route",
        "highway",
        "gate",
        "terminal",
        "berth",
        "pier",
        "platform",
        "category",
        "class",
        "grade",
        "term",
        "season",
        "episode",
        "part",
        "vol",
        "volume",
        "act",
        "resolution",
        "rule",
        "item",
        "table",
        "figure",
        "fig",
        "line",
        "bus",
        "unit",
        "block",
        "zone",
        "district",
        "ward",
        "lot",
        "case",
        "version",
        "model",
    ]
)
APPROX_WORDS = frozenset(
    [
        "about",
        "around",
        "roughly",
        "some",
        "nearly",
        "almost",
        "over",
        "more",
        "less",
        "fewer",
        "under",
        "estimated",
        "approximately",
        "than",
        "between",
        "from",
        "dozens",
        "hundreds",
        "thousands",
        "up",
    ]
)
APPROX_PHRASES = frozenset(
    [
        "more than",
        "less than",
        "fewer than",
        "at least",
        "at most",
        "up to",
        "as many as",
        "as much as",
        "as few as",
        "an estimated",
        "close to",
        "upwards of",
        "just over",
        "just under",
        "well over",
    ]
)
WORD = re.compile(r"\s+([A-Za-z][A-Za-z'’\-]*)")
COUNTED_PARTICIPLES = frozenset(
    [
        "killed",
        "injured",
        "wounded",
        "dead",
        "arrested",
        "detained",
        "displaced",
        "evacuated",
        "hospitalised",
        "hospitalized",
        "rescued",
        "infected",
        "affected",
        "jailed",
        "charged",
        "convicted",
        "sentenced",
        "executed",
        "deported",
        "released",
        "abducted",
        "kidnapped",
        "stranded",
        "missing",
    ]
)
"""Participles that stand for people counted ("40 killed"); any other lone "-ed" word after a number is a verb."""
NP_STOP = (STOPWORDS - {"new", "other", "more"}) | {
    "percent",
    "cent",
    "times",
    "ago",
    "later",
    "earlier",
    "apiece",
    "each",
    "who",
    "which",
}


def noun_phrase(text: str, pos: int, limit: int = 3) -> tuple[str, int]:
    """The noun phrase starting after `pos` ("commercial berths"), and where it ends.

    It stops at a function word, at punctuation, after a plural noun, and before
    a participle that follows a noun ("five people killed" counts people).
    """
    words: list[str] = []
    end = pos
    while len(words) < limit:
        m = WORD.match(text, end)
        if m is None:
            break
        w = m.group(1)
        low = w.lower().rstrip("-")
        if low in NP_STOP or (low.endswith("ly") and len(low) > 4) or MONTH_AFTER.match(" " + w):
            break
        if words and low.endswith(("ed", "ing")) and w[0].islower():
            break
        if low.endswith(("'s", "’s")):
            break
        words.append(w.rstrip("-"))
        end = m.end()
        if is_plural(w) or end >= len(text) or not text[end].isspace():
            break
    if len(words) == 1 and words[0].lower().endswith("ed") and words[0].lower() not in COUNTED_PARTICIPLES:
        return "", pos  # "the two continued": a verb, not what is counted
    return " ".join(words), end


def words_before(text: str, start: int) -> list[str]:
    """Up to three words right before `start` (none when the number is glued to a word)."""
    before = text[max(0, start - 32) : start]
    if not before or not before[-1].isspace():
        return []
    return before.split()[-3:]


_SUBJECT_BEFORE = re.compile(
    r"(?P<noun>[A-Za-z][\w'’-]*)(?:\s+(?:has|have|had|also|only|now))?\s+"
    r"(?:rose|rise[sn]?|fell|falls?|grew|grows?|dropped|drops?|jumped|climbed|declined|increased|decreased|was|were|"
    r"is|are|stood|stands|reached|hit|gained|lost|slipped|slumped|surged|soared|tumbled|edged up|edged down|"
    r"(?:is |was |are |were )?worth|cost|costs|totall?ed|came to|amounted to)\s+"
    r"(?:by\s+|to\s+|at\s+|from\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+|some\s+|around\s+|over\s+|"
    r"an estimated\s+|just\s+)?$"
)
_NOT_SUBJECT = frozenset({"it", "they", "this", "that", "which", "who", "what", "there", "he", "she", "we", "i"})


def subject_before(text: str, start: int) -> str | None:
    """The noun a percentage or an amount describes, from the verb before it ("Turnout was 61%", "Prices rose 3%")."""
    m = _SUBJECT_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return None
    noun = m.group("noun")
    low = noun.lower()
    if low in _NOT_SUBJECT or low in STOPWORDS:
        return None
    return noun.removesuffix("'s").removesuffix("’s")
