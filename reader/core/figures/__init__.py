"""Figures: every quantity in the body, what it counts, who states it, and the ones that disagree.

`find_figures` needs an analysed article's quotes and sources (for
`attributed_to`); it reads body blocks only, because a headline's or a
takeaway's numbers restate the body's.
"""

from __future__ import annotations

from reader.core.figures.attributed import Attributions
from reader.core.figures.conflicts import find_conflicts
from reader.core.figures.scan import Found, scan
from reader.core.model import Article, Figure, FigureConflict
from reader.core.quotes.marks import BODY_KINDS
from reader.core.text.sentences import split_sentences

__all__ = ["find_figures", "scan"]


def find_figures(
    article: Article, sentences_of: dict[str, list[tuple[int, int]]] | None = None
) -> tuple[tuple[Figure, ...], tuple[FigureConflict, ...]]:
    """Figures in reading order, and the pairs that count one thing differently.

    `sentences_of` (block id -> sentence spans) is shared with the timeline by the
    pipeline, so a block is split into sentences once.
    """
    memo = {} if sentences_of is None else sentences_of
    who = Attributions(article)
    found: list[tuple[str, Found]] = []
    figures: list[Figure] = []
    sentence_of: dict[int, tuple[str, int, str]] = {}
    for block in article.blocks:
        if block.kind not in BODY_KINDS:
            continue
        items = scan(block.text)
        if not items:
            continue
        # Sentences serve attribution (a block with sources) and conflicts (exact counts): split only then.
        needed = block.id in who.sources or any(f.head and not f.approximate for f in items)
        sentences = _sentences(memo, block.id, block.text) if needed else []
        starts = [s for s, _ in sentences]
        for f in items:
            k = _sentence_index(starts, f.start)
            if k >= 0:
                s, e = sentences[k]
                sentence_of[len(found)] = (block.id, s, block.text[s:e])
            found.append((block.id, f))
            figures.append(
                Figure(
                    text=f.text,
                    value=f.value,
                    unit=f.unit,
                    kind=f.kind,
                    counts=f.counts,
                    block=block.id,
                    start=f.start,
                    end=f.end,
                    attributed_to=who.speaker(block.id, block.text, f.start, sentences),
                    approximate=f.approximate,
                )
            )
    conflicts = tuple(FigureConflict((i, j), why) for i, j, why in find_conflicts(found, sentence_of))
    return tuple(figures), conflicts


def _sentences(memo: dict[str, list[tuple[int, int]]], block: str, text: str) -> list[tuple[int, int]]:
    spans = memo.get(block)
    if spans is None:
        spans = memo[block] = split_sentences(text)
    return spans


def _sentence_index(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1
