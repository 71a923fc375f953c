"""Sourcing: each body paragraph's best attribution and its hedge words.

Reuses the analysis' sources (who the article leans on, with the blocks where
it does) and quotes (a quote running over paragraphs attributes each of
them), so the strength agrees with the Sources and Quotes panels. A paragraph
with several attributions gets the strongest; ties go to the first source.
"""

from __future__ import annotations

from reader.core.model import STRENGTHS, Article, Block, Entity, Sourcing, Strength
from reader.core.quotes.marks import BODY_KINDS, quoted_spans
from reader.core.sourcing.hedges import find_hedges
from reader.core.sourcing.strength import REPORT_CUE, is_outlet, rank, strength_of

__all__ = ["find_sourcing", "section_counts", "with_sourcing"]


def find_sourcing(article: Article) -> dict[str, Sourcing]:
    """Block id -> sourcing, for every body block; needs entities, quotes and sources filled."""
    entities: dict[str, Entity] = {e.id: e for e in article.entities}
    cands: dict[str, list[tuple[Strength, str | None]]] = {}

    def add(block: str, name: str, entity: str | None, named: bool) -> None:
        strength = strength_of(name, entities.get(entity) if entity else None, named)
        cands.setdefault(block, []).append((strength, name))

    for q in article.quotes:
        if q.speaker:
            for b in q.blocks or (q.block,):
                add(b, q.speaker, q.speaker_entity, q.speaker_entity is not None)
    for s in article.sources:
        for b in s.blocks:
            add(b, s.name, s.entity, s.named)
    outlets: dict[str, str] = {}  # block id -> the first news outlet mentioned there
    for e in article.entities:
        if e.type == "ORG" and is_outlet(e, e.name):
            for m in e.mentions:
                outlets.setdefault(m.block, e.name)
    out: dict[str, Sourcing] = {}
    for block in article.blocks:
        if block.kind not in BODY_KINDS:
            continue
        found = cands.get(block.id, [])
        if not found and REPORT_CUE.search(block.text):
            found = [("reported", outlets.get(block.id))]  # "according to a report in the Financial Times"
        found_hedges = find_hedges(block.text, [])
        if found_hedges:  # pairing quote marks costs more than finding hedges: only when there are some
            quoted = quoted_spans(block.text)
            found_hedges = [h for h in found_hedges if not any(a < h[0] < b for a, b in quoted)]
        hedges = tuple(h for _, _, h in found_hedges)
        if found:
            best = min(found, key=lambda c: rank(c[0]))  # min() keeps the first of equal rank
            out[block.id] = Sourcing(best[0], best[1], hedges)
        else:
            out[block.id] = Sourcing("unattributed", None, hedges)
    return out


def with_sourcing(article: Article, sourcing: dict[str, Sourcing]) -> tuple[Block, ...]:
    """The article's blocks with `sourcing` set on the body blocks (a new tuple; blocks are frozen)."""
    # Built field by field: dataclasses.replace() inspects the fields on every call, 10x slower at 1 MB.
    return tuple(
        Block(b.id, b.kind, b.text, b.section, b.lines, b.spans, b.level, sourcing[b.id]) if b.id in sourcing else b
        for b in article.blocks
    )


def section_counts(article: Article) -> dict[str, dict[Strength, int]]:
    """Section id -> how many of its body paragraphs have each strength (strongest first, zeros left out)."""
    counts: dict[str, dict[Strength, int]] = {}
    for block in article.blocks:
        if block.sourcing is not None and block.section is not None:
            per = counts.setdefault(block.section, {})
            per[block.sourcing.strength] = per.get(block.sourcing.strength, 0) + 1
    return {sid: {s: per[s] for s in STRENGTHS if s in per} for sid, per in counts.items()}
