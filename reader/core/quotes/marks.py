"""Quote marks paired into quoted runs, shared by quotes, sources and speaker resolution.

Straight and curly marks are paired by context (an opener follows space or
an opening bracket and precedes a word; a closer follows a word), so text
that mixes "straight” and curly marks still pairs. Apostrophes ("it’s",
"the ’90s") are not marks. A run left open at the end of a block is kept
unclosed: the quote may continue in the next paragraph.

Straight single quotes ('...'), which British outlets use for quotations,
share their mark with the apostrophe, so they are paired apart and kept only
when the span is a quotation: a speech verb next to it, or a sentence-like
span of four or more words. An apostrophe inside a word (don't), before a
decade ('90s) or in "rock 'n' roll" never opens or closes one, and a plural
possessive (the Joneses' car) closes one only when no better closer follows.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.core.quotes.speech_verbs import SPEECH_VERBS

BODY_KINDS = ("paragraph", "list_item", "blockquote")
"""Prose block kinds: quotes and sources are looked for here only."""

_MARKS = re.compile(r"’’|''|[\"“”„«»]|‘(?![0-9])|’(?![A-Za-z0-9])")
_OPENERS = "“„«‘"
_CLOSERS = "”»’"
_OPEN_CONTEXT = " \t\n([{—–-/:;,"


@dataclass(slots=True)
class QuotedRun:
    """A quoted run in one block: the mark offsets and whether its closing mark was found."""

    block: int
    open: int
    close: int  # index of the closing mark (== len(text) when unclosed)
    closed: bool


def pair_marks(text: str) -> list[QuotedRun]:
    """Pair quote marks in one block; the last opener may stay unclosed."""
    spans: list[QuotedRun] = []
    dropped: list[QuotedRun] = []  # double runs never closed: single marks inside them are nested, not quotes
    open_at: int | None = None
    open_ch = ""
    for m in _MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if len(ch) == 2:
            ch = "”"  # two single quotes typed as a closing double quote
        prev = text[i - 1] if i else " "
        nxt = text[m.end()] if m.end() < len(text) else " "
        single = ch in "‘’"
        can_open = (ch in _OPENERS or ch == '"' or (ch == "”" and prev.isspace())) and not nxt.isspace()
        can_open = can_open and (i == 0 or prev in _OPEN_CONTEXT or ch in "“„«")
        can_close = ch in _CLOSERS or (ch == '"' and not prev.isspace())
        if open_at is None:
            if can_open and not (single and ch == "’"):
                open_at, open_ch = i, ch
            continue
        if single != (open_ch in "‘’"):
            # nested single quotes inside a double-quoted run (or vice versa) are left alone
            continue
        if can_close:
            spans.append(QuotedRun(-1, open_at, i, True))
            open_at = None
        elif can_open:
            if open_ch not in "‘’" and _closer_left_out(text, open_at, i):
                # 'X said: "A. "B."': the mark closing A was left out; A ends where B opens
                spans.append(QuotedRun(-1, open_at, len(text[:i].rstrip()), True))
            elif open_ch not in "‘’":
                dropped.append(QuotedRun(-1, open_at, i, False))
            open_at, open_ch = i, ch  # the earlier opener was never closed: drop it
    if open_at is not None and open_ch not in "‘’":
        spans.append(QuotedRun(-1, open_at, len(text), False))
    if "'" in text and _MAY_OPEN.search(text):
        spans = sorted(spans + _single_runs(text, spans + dropped), key=lambda r: r.open)
    return spans


def _closer_left_out(text: str, open_at: int, i: int) -> bool:
    """An opener at `i` right after a full sentence of an unclosed run: the run's closing mark was left out."""
    inner = text[open_at + 1 : i].rstrip()
    return inner[-1:] in (".", "!", "?") and len(inner.split()) >= 4 and text[i - 1 : i].isspace()


_SINGLE = re.compile(r"(?<!')'(?!')")
# cheap test (a literal first, so the scan is fast): most blocks hold apostrophes only
_MAY_OPEN = re.compile(r"'(?<![^\s(\[{—–/:;,-]')[A-Za-z]")
_ELISION = re.compile(r"'(?:n'|em\b|til\b|cause\b|tis\b|twas\b|\d)", re.IGNORECASE)
_SPEECH_NEAR = re.compile(rf"\b(?:{SPEECH_VERBS}|according to|describ\w+|call(?:ed|s)?)\b", re.IGNORECASE)
_MAX_SINGLE = 400


def _single_runs(text: str, taken: list[QuotedRun]) -> list[QuotedRun]:
    """Straight single-quoted quotations outside the runs already paired."""
    blocked = sorted((r.open, r.close) for r in taken)
    starts = [b[0] for b in blocked]

    def inside(i: int) -> bool:
        k = bisect.bisect_right(starts, i) - 1
        return k >= 0 and blocked[k][0] <= i <= blocked[k][1]

    openers: list[int] = []
    closers: list[int] = []
    for m in _SINGLE.finditer(text):
        i = m.start()
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if inside(i) or (prev.isalnum() and nxt.isalnum()):
            continue  # an apostrophe inside a word: don't, O'Neill
        if (i == 0 or prev in _OPEN_CONTEXT) and nxt.isalpha() and not _ELISION.match(text, i):
            openers.append(i)
        elif not prev.isspace() and not nxt.isalnum() and not text[max(0, i - 2) : i + 1].endswith(" n'"):
            closers.append(i)
    runs: list[QuotedRun] = []
    end = -1
    for k, o in enumerate(openers):
        if o <= end:
            continue
        lo, hi = bisect.bisect_right(closers, o + 1), bisect.bisect_right(closers, o + _MAX_SINGLE)
        cands = [c for c in closers[lo:hi] if not inside(c)]
        nxt_open = openers[k + 1] if k + 1 < len(openers) else len(text)
        cands = [c for c in cands if c < nxt_open] or cands[:1]
        if not cands:
            continue
        # "the Joneses' car": a plural possessive closes only when nothing better follows
        good = [c for c in cands if not _possessive(text, c)]
        close = good[0] if good else cands[0]
        if _is_quotation(text, o, close):
            runs.append(QuotedRun(-1, o, close, True))
            end = close
    return runs


def _possessive(text: str, c: int) -> bool:
    """A mark after a plural noun and before a lower-case word reads as a possessive apostrophe."""
    return text[c - 1] == "s" and bool(re.match(r"\s+[a-z]", text[c + 1 : c + 4]))


def _is_quotation(text: str, o: int, c: int) -> bool:
    """A speech verb within reach (same sentence), or a span that reads as a sentence."""
    inner = text[o + 1 : c].strip()
    words = inner.split()
    if not words:
        return False
    before = re.split(r"[.!?]\s", text[max(0, o - 80) : o])[-1]
    after = re.split(r"[.!?]\s", text[c + 1 : c + 50])[0]
    if _SPEECH_NEAR.search(before) or _SPEECH_NEAR.search(after):
        return True
    sentence = len(words) >= 4 and any(w[:1].islower() for w in words)
    return sentence and (inner[:1].isupper() or inner[-1:] in ".!?,")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) offsets of every quoted run in one block."""
    return [(r.open, r.close) for r in pair_marks(text)]
