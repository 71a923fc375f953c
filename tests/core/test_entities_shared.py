"""The recogniser on real articles from ../shared (never copied here): no crash, exact offsets, speed."""

from __future__ import annotations

import time

import pytest

from reader.core import read_article
from reader.core.entities import find_entities
from reader.core.model import Article
from tests.core.article_builder import build
from tests.shared import shared_articles, shared_dir


def _seed() -> Article:
    path = shared_dir("articles", "seed", "openai-nato.txt")
    return read_article(path.read_text(encoding="utf-8"))


def _names(article: Article) -> dict[str, tuple[str, set[str], int]]:
    out: dict[str, tuple[str, set[str], int]] = {}
    for e in article.entities:
        for n in (e.name, *e.aliases):
            out[n.lower()] = (e.type, {e.name, *e.aliases}, len(e.mentions))
    return out


@pytest.mark.parametrize(
    ("name", "etype"),
    [
        ("Sam Altman", "PERSON"),
        ("Dario Amodei", "PERSON"),
        ("Donald Trump", "PERSON"),
        ("Abu Sultan", "PERSON"),
        ("Shubham Kalia", "PERSON"),
        ("Alan Barona", "PERSON"),
        ("Kate Mayberry", "PERSON"),
        ("OpenAI", "ORG"),
        ("NATO", "ORG"),
        ("Pentagon", "ORG"),
        ("Microsoft", "ORG"),
        ("Amazon", "ORG"),
        ("Anthropic", "ORG"),
        ("Reuters", "ORG"),
        ("National Security Agency", "ORG"),
        ("Bengaluru", "PLACE"),
        ("U.S.", "PLACE"),
    ],
)
def test_seed_article_entities(name: str, etype: str) -> None:
    names = _names(_seed())
    assert name.lower() in names and names[name.lower()][0] == etype


def test_seed_article_linking() -> None:
    names = _names(_seed())
    typ, aliases, count = names["sam altman"]
    assert "Altman" in aliases and count >= 3
    assert "North Atlantic Treaty Organization" in names["nato"][1]
    assert "NSA" in names["national security agency"][1]
    assert not {"key takeaways", "mass surveillance concerns", "frequently asked questions", "tags"} & set(names)


def test_shared_articles_offsets_exact() -> None:
    paths = shared_articles()
    if not paths:
        shared_dir("articles")
    for path in paths:
        art = read_article(path.read_text(encoding="utf-8", errors="replace"))
        for e in art.entities:
            assert e.type in ("PERSON", "ORG", "PLACE", "MISC")
            for m in e.mentions:
                span = art.block(m.block).text[m.start : m.end]
                assert span in {e.name, *e.aliases}, (path.name, e, span)
                assert not span.endswith(("'s", "\u2019s")) and span == span.strip()


def test_entity_finding_grows_linearly() -> None:
    """1 MB of real prose costs about ten times 100 KB, never a hundred: a ratio in one process, in CPU time.

    The absolute figure (about 0.6 s for 1 MB on an idle machine) is printed by `make bench`.
    """
    paths = sorted(shared_dir("articles", "bbc").rglob("*.txt"))
    paras = [p for path in paths for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]

    def sized(limit: int) -> list[str]:
        text: list[str] = []
        size = 0
        while size < limit:
            text.append(paras[len(text) % len(paras)])
            size += len(text[-1]) + 2
        return text

    def cost(text: list[str]) -> float:
        art = build(text)
        best = float("inf")
        for _ in range(2):
            t0 = time.process_time()
            ents = find_entities(art)
            best = min(best, time.process_time() - t0)
        assert ents
        return best

    find_entities(build(sized(10_000)))  # warm the gazetteer cache
    ratio = cost(sized(1_000_000)) / max(cost(sized(100_000)), 1e-3)
    assert ratio < 25, f"1 MB costs {ratio:.1f}x 100 KB (linear is ~10x)"
