"""Every article under ../shared/articles: no crash, a title, at least one section, every line accounted for.

The articles are third-party and never copied here; they are read at test
time (skipped without ../shared, failing under READER_REQUIRE_SHARED=1).
Expectations for the reference article are structural (counts, dates, which
input line holds what), never its sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.model import Article
from reader.core.parse import parse_article
from reader.load import load_path
from tests.core.invariants import assert_accounted, assert_well_formed
from tests.shared import SHARED, shared_articles, shared_dir

ARTICLES = shared_articles()


def _parse(path: Path) -> tuple[str, Article]:
    loaded = load_path(path)
    return loaded.text, parse_article(loaded.text, source=loaded.source)


def test_shared_articles_present() -> None:
    shared_dir("articles")
    assert len(ARTICLES) >= 100


@pytest.mark.shared
@pytest.mark.parametrize("path", ARTICLES, ids=[str(p.relative_to(SHARED)) for p in ARTICLES])
def test_every_shared_article(path: Path) -> None:
    text, article = _parse(path)
    assert article.meta.title
    assert article.sections
    assert any(b.kind not in ("title", "subtitle") for b in article.blocks)
    assert_accounted(text, article)
    assert_well_formed(article)


@pytest.mark.shared
def test_bbc_headline_is_the_first_line() -> None:
    for path in sorted(shared_dir("articles", "bbc").rglob("*.txt")):
        if path.name == "README.TXT":
            continue
        text, article = _parse(path)
        assert article.blocks[0].kind == "title" and article.blocks[0].lines == (1, 1), path
        assert article.meta.title == text.split("\n", 1)[0].strip()
        assert not article.removed, path


@pytest.mark.shared
def test_reference_article_structure() -> None:
    path = shared_dir("articles", "seed", "openai-nato.txt")
    text, a = _parse(path)
    lines = text.split("\n")
    kinds = [b.kind for b in a.blocks]
    assert a.meta.title == lines[a.blocks[0].lines[0] - 1].strip() and kinds[0] == "title"
    assert (a.meta.published, a.meta.updated) == ("2026-03-04", "2026-04-02")
    assert len(a.meta.authors) == 1 and a.meta.publisher and a.meta.category and a.meta.subtitle
    assert a.meta.dateline and "(Reuters)" in a.meta.dateline
    assert kinds.count("paragraph") == 9 and kinds.count("credits") == 1
    assert len([s for s in a.sections if s.title]) == 9  # seven story sections, the takeaways, the FAQ
    assert len(a.takeaways) == 3 and len(a.faq) == 5
    reasons = sorted(r.reason for r in a.removed)
    assert reasons.count("duplicate") == 3 and reasons.count("empty-heading") == 1
    assert {"category", "publisher", "published", "updated", "reading_time", "byline"} == {k for k, _ in a.meta_lines}


@pytest.mark.shared
def test_web_page_dump_keeps_only_the_story() -> None:
    text, a = _parse(shared_dir("articles", "corrections", "20.txt"))
    assert a.meta.authors and a.meta.published
    title_line = a.blocks[0].lines[0]
    assert a.blocks[0].kind == "title"
    assert all(r.lines[0] < title_line for r in a.removed if r.reason == "menu")
    assert sum(r.reason == "footer" for r in a.removed) >= 10
    assert all(len(b.text.split()) >= 5 for b in a.blocks if b.kind == "paragraph")


@pytest.mark.shared
def test_markdown_articles_use_front_matter() -> None:
    for path in sorted(shared_dir("articles", "markdown").glob("*.md")):
        _, a = _parse(path)
        assert a.source.format == "markdown"
        assert a.blocks[0].kind == "title" and a.meta.authors, path
        assert not any(b.text.startswith(("---", "[/", "![")) for b in a.blocks), path
