"""Figures, timeline and sourcing on the reference article and the BBC set from ../shared (never copied here)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from reader.core import analyse, parse_article, to_dict
from reader.core.model import Article
from reader.load.files import load_path
from tests.shared import shared_dir

pytestmark = pytest.mark.shared


@cache
def _analysed(path: Path) -> Article:
    loaded = load_path(path)
    return analyse(parse_article(loaded.text, source=loaded.source, fmt=loaded.source.format))


def _seed() -> Article:
    return _analysed(shared_dir("articles", "seed", "openai-nato.txt"))


def test_seed_timeline() -> None:
    art = _seed()
    days = {(t.text, t.date) for t in art.timeline}
    assert ("on Tuesday", "2026-03-03") in days
    assert ("on Monday", "2026-03-02") in days
    assert ("on Friday", "2026-02-27") in days
    [late] = [t for t in art.timeline if t.text == "late last week"]
    assert late.range is not None and "2026-02-23" <= late.range[0] <= late.range[1] <= "2026-03-01"
    assert all(t.anchor == "dateline" for t in art.timeline if t.text.startswith("on "))


def test_seed_figures() -> None:
    art = _seed()
    [member] = [f for f in art.figures if f.text.startswith("32-member")]
    assert member.kind == "count" and member.value == 32
    assert member.counts is not None and "member" in member.counts and "alliance" in member.counts


def test_seed_sourcing() -> None:
    art = _seed()

    def strength(opening: str) -> str | None:
        [block] = [b for b in art.body if b.text.startswith(opening) or opening in b.text[:60]]
        return block.sourcing.strength if block.sourcing else None

    assert strength("OpenAI is considering a contract") == "anonymous"
    assert strength("The Wall Street Journal first reported") == "reported"
    assert strength('"I think this was an example') == "on-record"


def test_bbc_offsets_inside_blocks() -> None:
    paths = sorted(shared_dir("articles", "bbc").glob("*/*.txt"))[:25]
    for path in paths:
        art = _analysed(path)
        data = to_dict(art)
        blocks = {b["id"]: b["text"] for b in data["blocks"]}
        for item in data["figures"] + data["timeline"]:
            assert blocks[item["block"]][item["start"] : item["end"]] == item["text"], path
        for c in data["figure_conflicts"]:
            i, j = c["figures"]
            assert 0 <= i < j < len(data["figures"])
