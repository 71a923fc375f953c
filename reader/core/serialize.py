"""The "reader.article/1" JSON contract.

Other tools (and the evaluation) read this shape; field names here are a
public API. New fields may be added, existing ones never renamed.
"""

from __future__ import annotations

from typing import Any

from reader.core.model import Article, Block, Claim, Figure, Mention, TimeRef

SCHEMA = "reader.article/1"


def _mention(m: Mention) -> dict[str, Any]:
    return {"block": m.block, "start": m.start, "end": m.end}


def _claim(c: Claim | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"block": c.block, "start": c.start, "end": c.end, "text": c.text}


def _sourcing(b: Block) -> dict[str, Any]:
    if b.sourcing is None:
        return {}
    s = b.sourcing
    return {"sourcing": {"strength": s.strength, "by": s.by, "hedges": list(s.hedges)}}


def _figure(f: Figure) -> dict[str, Any]:
    return {
        "text": f.text,
        "value": f.value,
        "unit": f.unit,
        "kind": f.kind,
        "counts": f.counts,
        "block": f.block,
        "start": f.start,
        "end": f.end,
        "attributed_to": f.attributed_to,
    }


def _time(t: TimeRef) -> dict[str, Any]:
    return {
        "text": t.text,
        "date": t.date,
        "range": list(t.range) if t.range else None,
        "anchor": t.anchor,
        "event": t.event,
        "block": t.block,
        "start": t.start,
        "end": t.end,
    }


def to_dict(article: Article) -> dict[str, Any]:
    """The article as plain JSON-ready data in the documented schema."""
    a, m, s = article, article.meta, article.source
    return {
        "schema": SCHEMA,
        "source": {"path": s.path, "format": s.format, "encoding": s.encoding, "sha256": s.sha256},
        "meta": {
            "title": m.title,
            "subtitle": m.subtitle,
            "publisher": m.publisher,
            "category": m.category,
            "authors": list(m.authors),
            "dateline": m.dateline,
            "published": m.published,
            "updated": m.updated,
            "reading_minutes": m.reading_minutes,
            "credits": m.credits,
            "url": m.url,
            "language": m.language,
        },
        "meta_lines": dict(a.meta_lines),
        "blocks": [
            {
                "id": b.id,
                "kind": b.kind,
                "text": b.text,
                "section": b.section,
                "lines": list(b.lines),
                **({"level": b.level} if b.level else {}),
                **(
                    {"spans": [{"start": x.start, "end": x.end, "kind": x.kind, "href": x.href} for x in b.spans]}
                    if b.spans
                    else {}
                ),
                **_sourcing(b),
            }
            for b in a.blocks
        ],
        "sections": [{"id": x.id, "title": x.title, "level": x.level, "blocks": list(x.blocks)} for x in a.sections],
        "takeaways": [
            {
                "text": t.text,
                "origin": t.origin,
                "block": t.block,
                "support": list(t.support),
                "grounding": t.grounding,
            }
            for t in a.takeaways
        ],
        "faq": [
            {
                "question": f.question,
                "answer": f.answer,
                "question_block": f.question_block,
                "answer_block": f.answer_block,
                "support": list(f.support),
                "grounding": f.grounding,
            }
            for f in a.faq
        ],
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "mentions": [_mention(x) for x in e.mentions],
            }
            for e in a.entities
        ],
        "quotes": [
            {
                "id": q.id,
                "text": q.text,
                "kind": q.kind,
                "speaker": q.speaker,
                "speaker_entity": q.speaker_entity,
                "block": q.block,
                "start": q.start,
                "end": q.end,
                "blocks": list(q.blocks or (q.block,)),
            }
            for q in a.quotes
        ],
        "sources": [
            {"name": x.name, "named": x.named, "entity": x.entity, "blocks": list(x.blocks)} for x in a.sources
        ],
        "corrections": [
            {
                "kind": c.kind,
                "text": c.text,
                "block": c.block,
                "start": c.start,
                "end": c.end,
                "by": c.by,
                "claim": _claim(c.claim),
                "corrected": c.corrected,
                "scope": c.scope,
            }
            for c in a.corrections
        ],
        "removed": [{"lines": list(r.lines), "text": r.text, "reason": r.reason} for r in a.removed],
        "figures": [_figure(f) for f in a.figures],
        "figure_conflicts": [{"figures": list(c.figures), "why": c.why} for c in a.figure_conflicts],
        "timeline": [_time(t) for t in a.timeline],
    }
