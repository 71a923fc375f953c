"""The analysis on real articles from ../shared: the reference article, the corrections set, the BBC set.

These read third-party text at test time only (nothing is copied into the repository);
without ../shared they skip, and under READER_REQUIRE_SHARED=1 they fail.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from reader.core.model import Article
from reader.core.parse import parse_article
from reader.core.pipeline import analyse
from reader.load import load_path
from tests.shared import shared_dir

pytestmark = pytest.mark.shared

BBC_FALSE_POSITIVES = 0
"""Articles among the 100 BBC ones with any correction finding, as measured (none carry one)."""


@cache
def _analysed(path: Path) -> Article:
    loaded = load_path(path)
    return analyse(parse_article(loaded.text, source=loaded.source, fmt=loaded.source.format))


def _seed() -> Article:
    return _analysed(shared_dir("articles", "seed", "openai-nato.txt"))


def test_seed_quotes_and_speakers() -> None:
    art = _seed()
    direct = [q for q in art.quotes if "complex, but right decision" in q.text]
    partial = [q for q in art.quotes if "shall not be intentionally used" in q.text]
    assert len(direct) == 1 and "Altman" in (direct[0].speaker or "") and direct[0].kind == "direct"
    assert len(partial) == 1 and "OpenAI" in (partial[0].speaker or "") and partial[0].kind == "partial"
    assert not any(re.sub(r"\W", "", q.text).lower() == "unclassified" for q in art.quotes)
    for q in art.quotes:
        assert art.block(q.block).text[q.start : q.end] == q.text.split("\n")[0]


def test_seed_sources() -> None:
    names = {s.name.lower(): s for s in _seed().sources}
    anon = [s for n, s in names.items() if "familiar with the matter" in n]
    assert anon and not anon[0].named
    assert any("spokeswoman" in n and not s.named for n, s in names.items())
    assert any("journal" in n and s.named for n, s in names.items())


def test_seed_corrections() -> None:
    art = _seed()
    [mis] = [c for c in art.corrections if "misspoke" in c.text]
    assert mis.kind == "clarification" and mis.scope == "reported"  # a spokeswoman's, reported by another outlet
    assert mis.claim is not None and "initially said" in mis.claim.text
    assert "unclassified" in (mis.corrected or "")
    assert mis.by is not None and "spokeswoman" in mis.by
    assert any(c.kind == "update" and "2026-04-02" in c.text for c in art.corrections)


def test_seed_grounding() -> None:
    art = _seed()
    g = [t.grounding for t in art.takeaways]
    assert len(g) == 3 and g[0] in ("supported", "partial") and g[2] in ("supported", "partial")
    assert g[1] != "supported"
    assert len(art.faq) == 5 and all(f.grounding in ("supported", "partial") for f in art.faq)
    body = {b.id for b in art.body}
    assert all(s in body for t in art.takeaways for s in t.support)


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        ("01.txt", {"correction", "clarification"}),  # a photographer "misspoke"
        ("02.txt", {"correction"}),  # "This article was amended ..."
        ("03.txt", {"correction"}),  # "Correction:" + "An earlier version of this graphic ..."
        ("04.txt", {"clarification"}),  # "Later, he clarified that ..."
        ("20.txt", {"clarification"}),  # "... later clarified that ..."
    ],
)
def test_corrections_set(name: str, kinds: set[str]) -> None:
    art = _analysed(shared_dir("articles", "corrections", name))
    own = [c for c in art.corrections if c.kind != "update"]
    assert len(own) == 1, [c.text for c in own]
    assert own[0].kind in kinds
    assert own[0].claim is not None and own[0].corrected


def test_bbc_false_positives() -> None:
    paths = sorted(shared_dir("articles", "bbc").glob("*/*.txt"))
    assert len(paths) == 100
    flagged = [p.name for p in paths if _analysed(p).corrections]
    assert len(flagged) <= BBC_FALSE_POSITIVES, flagged


def test_bbc_extracted_takeaways() -> None:
    for p in sorted(shared_dir("articles", "bbc").glob("*/*.txt"))[:20]:
        art = _analysed(p)
        assert 3 <= len(art.takeaways) <= 5, p
        assert all(t.origin == "extracted" and t.block in {b.id for b in art.body} for t in art.takeaways)
