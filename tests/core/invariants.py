"""The parser's invariants, asserted by the property and shared-article tests alike."""

from __future__ import annotations

from collections import Counter

from reader.core.model import Article
from reader.core.text.clean import clean


def assert_accounted(text: str, article: Article) -> None:
    """Every non-blank line of the cleaned input is claimed exactly once."""
    lines = clean(text).lstrip("\ufeff").split("\n")
    claims: Counter[int] = Counter()
    for lo, hi in [b.lines for b in article.blocks] + [r.lines for r in article.removed]:
        assert 1 <= lo <= hi <= len(lines), (lo, hi, len(lines))
        claims.update(range(lo, hi + 1))
    claims.update(line for _, line in article.meta_lines)
    for n, line in enumerate(lines, 1):
        if line.strip():
            assert claims[n] == 1, f"line {n} {line!r} claimed {claims[n]} times"


def assert_well_formed(article: Article) -> None:
    """Ids in reading order, sections pointing at real blocks, at least one section."""
    assert [b.id for b in article.blocks] == [f"b{i}" for i in range(len(article.blocks))]
    assert article.sections
    ids = {b.id for b in article.blocks}
    for s in article.sections:
        assert set(s.blocks) <= ids
    keys = [k for k, _ in article.meta_lines]
    assert len(keys) == len(set(keys))
    assert article.meta.reading_minutes >= 1
