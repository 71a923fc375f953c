"""Property tests for figures, timeline and sourcing: never raise, offsets always inside their block."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core import read_article, to_dict
from reader.core.figures import scan
from reader.core.model import Meta
from reader.core.timeline import find_timeline
from reader.core.timeline.expressions import find_expressions
from tests.core.article_builder import build

_DEEP = int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "0"))
MODERATE = settings(
    max_examples=_DEEP or 150, deadline=None, derandomize=not _DEEP, suppress_health_check=[HealthCheck.too_slow]
)

PIECES = [
    "on Tuesday",
    "late last week",
    "days after",
    "last month",
    "in 2024",
    "March 3",
    "3 March 2024",
    "yesterday",
    "two days ago",
    "next Friday",
    "the next day",
    "$1.2 billion",
    "£30m",
    "5%",
    "29 commercial berths",
    "a 32-member alliance",
    "five officials",
    "40 killed",
    "10 km",
    "a 40-year-old",
    "reportedly",
    "is said to",
    '"',
    "“",
    "”",
    ",",
    ".",
    " said ",
    "according to",
    "a person familiar with the matter",
    "Mara Lindqvist",
    "the Harbour Gazette reported",
    "\n\n",
    " ",
    "-",
    "2026-02-30",
    "February 30",
    "Monday, March 16",
    "0",
    "1,2,3",
]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=40).map(" ".join)


@MODERATE
@given(texts)
def test_scan_offsets(text: str) -> None:
    for f in scan(text):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text


@MODERATE
@given(texts)
def test_expressions_resolve(text: str) -> None:
    for e in find_expressions(text):
        assert text[e.start : e.end] == e.text
    meta = Meta(dateline="March 3 (Wire)", published="2026-03-04")
    for r in find_timeline(build([text], meta=meta)):
        assert text[r.start : r.end] == r.text
        assert r.date is None or r.range is None
        if r.range:
            assert r.range[0] <= r.range[1]


@MODERATE
@given(texts)
def test_pipeline_contract(text: str) -> None:
    data = to_dict(read_article("Title\n\n" + text + "\n"))
    blocks = {b["id"]: b for b in data["blocks"]}
    for item in data["figures"] + data["timeline"]:
        assert blocks[item["block"]]["text"][item["start"] : item["end"]] == item["text"]
    for b in data["blocks"]:
        if b["kind"] in ("paragraph", "list_item", "blockquote"):
            assert b["sourcing"]["strength"] in ("on-record", "official", "reported", "anonymous", "unattributed")
