"""Quantities in one block of text: money, percentages, measures and counts with the noun they count.

A single regex finds every written number; the words right after it say what
kind of figure it is ("%", "million euros", "km", "-member", a noun phrase).
Numbers that are names or dates rather than quantities are skipped: years,
days of a month ("March 3"), clock times, identifiers ("F-35", "Article 5"),
and durations that place an event in time ("two days ago"), which belong to
the timeline. A bare number with no noun after it ("rose to 45") says too
little to be listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.figures.numbers import DIGITS, NUMBER_WORDS, SCALE_WORD, SCALES, to_value
from reader.core.figures.units import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MEASURES,
    TIME_UNITS,
    plural,
)
from reader.core.figures.words import (
    APPROX_PHRASES,
    APPROX_WORDS,
    ID_WORDS,
    MONTH_AFTER,
    MONTH_WORDS,
    noun_phrase,
    subject_before,
    words_before,
)
from reader.core.model import FigureKind
from reader.core.text.sentences import alternation


@dataclass(frozen=True, slots=True)
class Found:
    """A figure in one block, before attribution (offsets into the block text)."""

    text: str
    value: float | None
    unit: str | None
    kind: FigureKind
    counts: str | None
    start: int
    end: int
    approximate: bool
    head: str | None
    """The counted noun alone, lower-cased ("berths"): what conflicts compare."""
    modifiers: str = ""


_SYMBOLS = alternation(CURRENCY_SYMBOLS)
_CODES = "|".join(sorted(CURRENCY_CODES))
_SHORT_SCALE = r"(?:bn|mn|mln|trn|tn|m|k|b)"
_MONEY = re.compile(
    rf"(?:(?P<sym>{_SYMBOLS})\s?|(?P<code>{_CODES})\s)(?P<num>{DIGITS})"
    rf"(?:(?P<short>{_SHORT_SCALE})(?![\w])|\s+(?P<scale>{SCALE_WORD})\b)?"
)
_CODE_CUE = re.compile(alternation(CURRENCY_CODES))
_SYMBOL_CHARS = "$£€¥₹₩₽₺₦"


def _money_cue(text: str) -> bool:
    """Whether a block may hold money: a currency symbol (`in` tests) or an ISO code (a literal-led regex)."""
    return any(c in text for c in _SYMBOL_CHARS) or _CODE_CUE.search(text) is not None


# The patterns start with what they need (a digit, a symbol), never with a look-behind or an
# optional word: Python's re then skips quickly to candidate positions. What may come before a
# number is checked in Python (`_BAD_BEFORE`).
_DIGIT_NUMBER = re.compile(rf"{DIGITS}(?:\s+(?i:{SCALE_WORD}))?(?![\w])")
_WORD_NUMBER = re.compile(
    alternation([*NUMBER_WORDS, "dozen", "dozens"])
    + rf"(?:-(?:{'|'.join(('one', *NUMBER_WORDS))}))?(?:\s+{SCALE_WORD})?(?![\w])"
)
"""Number words, factored by prefix ("a dozen" and "half a dozen" are widened in `scan`)."""
_MAYBE_WORD_NUMBER = re.compile(r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty\b|ty-|dozen")
_BAD_BEFORE = frozenset("$£€¥.,/-–") | frozenset("0123456789")
_PERCENT = re.compile(r"\s?(?:%|percent\b|per\s?cent\b)|\s(?P<pp>percentage points?)\b", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(
    rf"\s(?P<word>{alternation(CURRENCY_WORDS)}|pounds|{_CODES})\b(?!-)",
    re.IGNORECASE,
)
_CENTS = re.compile(r"\s?(?:cents?|pence|p)\b(?!-)")
_MEASURE = re.compile(
    rf"(?P<space>\s?)(?P<unit>{alternation(u for u in MEASURES if ' ' not in u)}|basis points|square \w+)\b(?!-)",
    re.IGNORECASE,
)
_COMPOUND = re.compile(r"-(?P<unit>[a-z]+)(?P<old>-old)?\b(?!-)")
_TIMELINE_AFTER = re.compile(r"\s+(?:ago|later|earlier|after|before|from now|since|prior)\b", re.IGNORECASE)
_NOT_QUANTITY_AFTER = re.compile(
    r"(?::\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|ET\b|BST\b|UTC\b)|/\d|\s(?:times|per|out of|of\s+\d)\b)", re.IGNORECASE
)
_RANGE_BEFORE = re.compile(r"\d\s*(?:-|–|to|or|and)\s*$")
_RANGE_AFTER = re.compile(rf"\s*(?:-|–|to|or)\s*(?:{DIGITS})", re.IGNORECASE)


def _is_year(num: str, value: float | None) -> bool:
    return value is not None and "," not in num and "." not in num and num.isdigit() and 1800 <= value <= 2100


def scan(text: str) -> list[Found]:
    """Every figure in `text`, in reading order."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    for m in _MONEY.finditer(text) if _money_cue(text) else ():
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "$£€¥"):
            continue
        value = to_value(m.group("num"))
        scale = m.group("short") or m.group("scale")
        if scale and value is not None:
            value *= SCALES[scale.lower()]
        unit = CURRENCY_SYMBOLS.get(m.group("sym") or "") or m.group("code")
        found.append(_money(text, m.start(), m.end(), value, unit))
        taken.append((m.start(), m.end()))
    lower = text.lower()
    words = _WORD_NUMBER.finditer(lower) if len(lower) == len(text) and _MAYBE_WORD_NUMBER.search(lower) else ()
    for m in [*_DIGIT_NUMBER.finditer(text), *words]:
        start, end = m.span()
        if m.group().startswith("dozen") and m.group() != "dozens":
            for lead in ("half a ", "a "):
                if lower.endswith(lead, 0, start):
                    start -= len(lead)
                    break
        if start and (text[start - 1].isalpha() or text[start - 1] == "_" or text[start - 1] in _BAD_BEFORE):
            continue
        if any(a <= start < b for a, b in taken):
            continue
        item = _classify(text, text[start:end], start, end)
        if item is not None:
            found.append(item)
    found.sort(key=lambda f: f.start)
    return found


def _approximate(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 16) : start]
    if _RANGE_BEFORE.search(before):
        return True  # the upper end of "40 to 45"
    words = [w.lower() for w in words_before(text, start)]
    if words and (words[-1] in APPROX_WORDS or " ".join(words[-2:]) in APPROX_PHRASES):
        return True
    return len(words) == 3 and " ".join(words) in APPROX_PHRASES or bool(_RANGE_AFTER.match(text, end))


def _money(text: str, start: int, end: int, value: float | None, unit: str | None) -> Found:
    counts, _ = noun_phrase(text, end, 2)
    if not counts:
        m = re.match(r"\s+(?:in|of|for|worth of)\s+(?:the\s+|new\s+)?", text[end : end + 24])
        counts = noun_phrase(text, end + m.end() - 1, 2)[0] if m else ""
    head = counts.split()[-1].lower() if counts else None
    # The subject before the verb says what the amount is ("The deal is worth $1.2 billion"); it is shown,
    # but only a noun after the amount ("a $5 million deal") keys conflicts: subjects recur too loosely.
    counts = counts or subject_before(text, start) or ""
    return Found(
        text[start:end], value, unit, "money", counts or None, start, end, _approximate(text, start, end), head
    )


def _classify(text: str, num: str, start: int, end: int) -> Found | None:
    value = to_value(num)
    words = words_before(text, start)
    last = words[-1] if words else ""
    if last.rstrip(".") in MONTH_WORDS or last.lower().rstrip(".") in ID_WORDS or MONTH_AFTER.match(text, end):
        return None
    approx = _approximate(text, start, end) or value is None
    if m := _PERCENT.match(text, end):
        unit = "percentage points" if m.group("pp") else "%"
        counts = None
        if of := re.match(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?", text[m.end() : m.end() + 20]):
            counts = noun_phrase(text, m.end() + of.end() - 1)[0] or None
        counts = counts or subject_before(text, start)
        return Found(text[start : m.end()], value, unit, "percent", counts, start, m.end(), approx, None)
    if _is_year(num, value) or _NOT_QUANTITY_AFTER.match(text, end):
        return None
    if (m := _CURRENCY_AFTER.match(text, end)) is not None:
        word = m.group("word").lower()
        scaled = num.split()[-1].lower() in SCALES
        if word != "pounds" or scaled:
            unit = "GBP" if word == "pounds" else CURRENCY_WORDS.get(word, word.upper())
            return _money(text, start, m.end(), value, unit)
    if (m := _CENTS.match(text, end)) is not None and value is not None:
        unit = "GBP" if m.group().strip() in ("pence", "p") else "USD"
        return _money(text, start, m.end(), value / 100, unit)
    if (m := _COMPOUND.match(text, end)) is not None:
        return _compound(text, num, value, start, m, approx)
    if (m := _MEASURE.match(text, end)) is not None:
        raw = m.group("unit").lower()
        unit = MEASURES.get(raw, raw)
        if (raw == "m" and not m.group("space")) or (unit in TIME_UNITS and _TIMELINE_AFTER.match(text, m.end())):
            return None
        counts = None
        if of := re.match(r"\s+of\s+(?:the\s+)?", text[m.end() : m.end() + 16]):
            counts = noun_phrase(text, m.end() + of.end() - 1)[0] or None
        return Found(text[start : m.end()], value, unit, "measure", counts, start, m.end(), approx, None)
    counts, np_end = noun_phrase(text, end)
    if not counts and (of := re.match(r"\s+of\s+(?:the\s+|them\s+|those\s+)?", text[end : end + 16])):
        counts, np_end = noun_phrase(text, end + of.end() - 1)
    if not counts:
        return None
    words = counts.split()
    head = words[-1].lower()
    return Found(text[start:np_end], value, None, "count", counts, start, np_end, approx, head, " ".join(words[:-1]))


def _compound(text: str, num: str, value: float | None, start: int, m: re.Match[str], approx: bool) -> Found:
    """ "a 32-member military alliance", "a 10-year plan", "a 40-year-old man"."""
    word = m.group("unit")
    np, np_end = noun_phrase(text, m.end())
    end = max(m.end(), np_end)
    if m.group("old"):
        return Found(
            text[start : m.end()], value, MEASURES.get(word, word), "measure", "age", start, m.end(), approx, None
        )
    if word in MEASURES:
        unit = MEASURES[word]
        return Found(text[start:end], value, unit, "measure", np or None, start, end, approx, None)
    noun = plural(word)
    counts = f"{noun} of the {np}" if np else noun
    return Found(text[start:end], value, None, "count", counts, start, end, approx, noun, np.lower())
