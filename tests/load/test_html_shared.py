"""Every real saved page in ../shared/articles/web: reads, accounts for every line, shows no markup.

The pages are third-party and never copied here: the test reads them at run
time, skips without ../shared and fails instead under READER_REQUIRE_SHARED=1.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core import read_article
from reader.load import load_path
from tests.core.invariants import assert_accounted, assert_well_formed
from tests.shared import SHARED, shared_dir

MOJIBAKE = re.compile("\u00e2\u20ac|\u00c3[\u00a0-\u00bf]|\ufffd")
MARKUP = re.compile(r"<(?:div|span|script|style|/p|a href)\b|data-uri=|\x1b", re.IGNORECASE)


def _pages() -> list[Path]:
    base = SHARED / "articles" / "web"
    found = sorted(base.glob("*/page.html")) if base.exists() else []
    return found or [Path("absent")]


@pytest.mark.shared
@pytest.mark.parametrize("path", _pages(), ids=lambda p: p.parent.name)
def test_every_shared_web_page_reads_clean(path: Path) -> None:
    shared_dir("articles", "web")
    loaded = load_path(path)
    assert loaded.source.format == "html"
    article = read_article(loaded.text, source=loaded.source)
    assert_accounted(loaded.text, article)
    assert_well_formed(article)
    body = [b.text for b in article.blocks if b.kind not in ("title", "subtitle")]
    assert body, "no article text"
    assert not any(MARKUP.search(t) for t in body), next(t for t in body if MARKUP.search(t))[:200]
    assert article.meta.title and not MARKUP.search(article.meta.title)
    assert MOJIBAKE.search(loaded.text) is None, MOJIBAKE.search(loaded.text)  # the page's charset was honoured
