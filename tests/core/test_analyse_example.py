"""The analysis on the project's own example article (examples/harbour-drones.txt, written by the team)."""

from __future__ import annotations

from functools import cache

from reader.core.model import Article
from reader.core.parse import parse_article
from reader.core.pipeline import analyse
from reader.load import load_path
from tests.shared import EXAMPLES


@cache
def _example() -> Article:
    loaded = load_path(EXAMPLES / "harbour-drones.txt")
    return analyse(parse_article(loaded.text, source=loaded.source))


def test_quote_broken_by_attribution_keeps_one_speaker() -> None:
    quotes = _example().quotes
    pairs = [(a, b) for a, b in zip(quotes, quotes[1:], strict=False) if a.block == b.block and a.end < b.start]
    assert any(a.speaker and a.speaker == b.speaker for a, b in pairs)


def test_partial_quote_has_a_speaker() -> None:
    partial = [q for q in _example().quotes if q.kind == "partial"]
    assert partial and all(q.speaker for q in partial)


def test_every_quote_offset_points_at_its_words() -> None:
    art = _example()
    for q in art.quotes:
        assert art.block(q.block).text[q.start : q.end] == q.text.split("\n")[0]


def test_unnamed_sources_are_listed() -> None:
    unnamed = [s for s in _example().sources if not s.named]
    assert any("familiar with" in s.name for s in unnamed)
    assert any("spokeswoman" in s.name for s in unnamed)


def test_clarification_correction_and_update() -> None:
    art = _example()
    kinds = sorted(c.kind for c in art.corrections)
    assert kinds == ["clarification", "correction", "update"]
    [clar] = [c for c in art.corrections if c.kind == "clarification"]
    assert "misspoke" in clar.text and clar.claim is not None and "initially" in clar.claim.text
    assert clar.corrected and clar.by and "spokeswoman" in clar.by
    [cor] = [c for c in art.corrections if c.kind == "correction"]
    assert cor.by == art.meta.publisher and cor.corrected and cor.claim is not None


def test_takeaway_grounding() -> None:
    art = _example()
    grounds = [t.grounding for t in art.takeaways]
    assert "unsupported" in grounds or "partial" in grounds
    assert grounds.count("supported") >= 1
    assert all(f.grounding in ("supported", "partial") for f in art.faq)
