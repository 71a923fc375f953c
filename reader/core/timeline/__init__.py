"""Timeline: every dated or relative time expression of the body, resolved to a day or a range.

The anchor is the article's own "now": the dateline's date, else the
published date; a dateline without a year takes the published year (the
year before when that would put the dateline more than a month after
publication). Expressions inside a quote are resolved against the statement's
date when its attribution gives one ('"... on Friday," she said on Monday');
"the next day" and "days after" count from the last date of the same
sentence or paragraph when there is one. Entries come in date order,
unresolved ones last, ties in reading order.
"""

from __future__ import annotations

import datetime as dt
import re

from reader.core.model import Article, Block, TimeAnchor, TimeRef
from reader.core.quotes.marks import BODY_KINDS, quoted_spans
from reader.core.structure.meta import after_dateline
from reader.core.text.sentences import split_sentences
from reader.core.timeline.calendar import MONTHS, infer_year
from reader.core.timeline.clauses import clauses, event, is_future
from reader.core.timeline.expressions import Expr, find_expressions

__all__ = ["anchor_of", "find_timeline"]

_DATELINE_DATE = re.compile(r"\b(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>[0-3]?\d)\b(?:,?\s+(?P<y>(?:19|20)\d\d))?")
_SENTENCE_RELATIVE = frozenset({"offset", "narrative"})


def anchor_of(article: Article) -> tuple[dt.date | None, TimeAnchor]:
    """The day relative expressions count from, and where it came from."""
    published = _iso(article.meta.published)
    dateline = article.meta.dateline or ""
    m = _DATELINE_DATE.search(dateline)
    mon = MONTHS.get(m.group("mon").lower()[:3]) if m else None
    if m and mon:
        try:
            if m.group("y"):
                return dt.date(int(m.group("y")), mon, int(m.group("d"))), "dateline"
            if published is not None:
                return dt.date(infer_year(published, mon, int(m.group("d")), future=False), mon, int(m.group("d"))), (
                    "dateline"
                )
        except ValueError:
            pass
    return published, "published"


def _iso(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def find_timeline(
    article: Article, sentences_of: dict[str, list[tuple[int, int]]] | None = None
) -> tuple[TimeRef, ...]:
    """Every time expression of the body, resolved, in date order.

    `sentences_of` (block id -> sentence spans) is shared with the figures by the pipeline.
    """
    base, anchor = anchor_of(article)
    memo = {} if sentences_of is None else sentences_of
    refs: list[tuple[int, TimeRef]] = []
    for index, block in enumerate(article.blocks):
        if block.kind in BODY_KINDS:
            refs.extend((index, r) for r in _block_refs(block, base, anchor, memo))
    refs.sort(key=lambda p: (p[1].sort_key, p[0], p[1].start))
    return tuple(r for _, r in refs)


def _block_refs(
    block: Block, base: dt.date | None, anchor: TimeAnchor, memo: dict[str, list[tuple[int, int]]]
) -> list[TimeRef]:
    text = block.text
    exprs = find_expressions(text)
    if not exprs:
        return []
    rest = after_dateline(text)
    floor = len(text) - len(rest) if rest is not None else 0
    quotes = quoted_spans(text) if any(mark in text for mark in "\"“”„«»‘’'") else []
    if block.id not in memo:
        memo[block.id] = split_sentences(text)
    sentences = memo[block.id] or [(0, len(text))]
    clause_cache: dict[int, list[tuple[int, int]]] = {}
    out: list[TimeRef] = []
    last: dt.date | None = None  # the paragraph's latest resolved day, for "the next day"
    resolved: dict[int, tuple[dt.date | None, tuple[dt.date, dt.date] | None]] = {}
    # Outside quotes first: a quote's statement date comes from its attribution.
    order = sorted(range(len(exprs)), key=lambda i: _inside(quotes, exprs[i].start) is not None)
    for i in order:
        e = exprs[i]
        if e.start < floor:
            continue
        s, t = next(((a, b) for a, b in sentences if a <= e.start < b), (0, len(text)))
        quote = _inside(quotes, e.start)
        here_base, here_anchor = base, anchor
        if quote is not None:
            stated = _statement_date(exprs, resolved, quote, s, t, quotes)
            if stated is not None:
                here_base, here_anchor = stated, "statement"
        if e.form in _SENTENCE_RELATIVE:
            prior = [resolved[j][0] for j in range(i) if j in resolved and resolved[j][0] and exprs[j].start >= s]
            if prior:
                here_base = prior[-1]
            elif e.form == "narrative":
                here_base = last
        if s not in clause_cache:
            clause_cache[s] = clauses(text, max(s, floor), t)
        parts = clause_cache[s]
        date, span = e.resolve(here_base, future=is_future(text, s, e.start, parts))
        resolved[i] = (date, span)
        if date is not None:
            last = date
        out.append(
            TimeRef(
                text=e.text,
                date=date.isoformat() if date else None,
                range=(span[0].isoformat(), span[1].isoformat()) if span else None,
                anchor="explicit" if e.explicit else here_anchor,
                event=event(text, s, t, e.start, e.end, floor, parts),
                block=block.id,
                start=e.start,
                end=e.end,
            )
        )
    out.sort(key=lambda r: r.start)
    return out


def _inside(quotes: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    return next(((a, b) for a, b in quotes if a < pos < b), None)


def _statement_date(
    exprs: list[Expr],
    resolved: dict[int, tuple[dt.date | None, tuple[dt.date, dt.date] | None]],
    quote: tuple[int, int],
    s: int,
    t: int,
    quotes: list[tuple[int, int]],
) -> dt.date | None:
    """The day of the statement a quote belongs to: a dated expression of its sentence outside quotes."""
    lo, hi = min(s, quote[0]), max(t, quote[1] + 200)
    for j, other in enumerate(exprs):
        if j in resolved and lo <= other.start < hi and _inside(quotes, other.start) is None:
            day = resolved[j][0]
            if day is not None:
                return day
    return None
