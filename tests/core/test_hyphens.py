"""Words a wrapper broke with a hyphen at a line's end are joined again (text copied from a PDF or a column)."""

from __future__ import annotations

import pytest

from reader.core.parse import parse_article
from reader.core.structure.hyphens import Compounds, join_broken


@pytest.mark.parametrize(
    ("line", "nxt", "joined"),
    [
        ("to run the cross-", "ing until February", "to run the crossing until February"),
        ("in a statement on Mon-", "day. Safety first", "in a statement on Monday. Safety first"),
        ("a well-", "known face", "a well-known face"),  # a word that makes compounds, and no mere ending
        ("the self-", "ish man", "the selfish man"),  # an ending after it: the wrapper's hyphen
        ("the decision-", "making process", "the decision-making process"),  # the page writes it so elsewhere
        ("in the 2019-", "20 season", None),  # figures: not a broken word
        ("said Jean-", "Pierre Dumas", None),  # a capital after the break: a name's own hyphen, the usual space
        ("a long dash -", "and then", None),
    ],
    ids=["soft", "weekday", "compound-head", "ending", "written-elsewhere", "figures", "capital", "dash"],
)
def test_a_word_broken_at_a_lines_end(line: str, nxt: str, joined: str | None) -> None:
    assert join_broken(line, nxt, Compounds("The decision-making was slow.")) == joined


def test_compounds_are_found_in_the_text_whatever_their_case() -> None:
    compounds = Compounds("A well-known, long-running, Mid-Term story.")
    assert ["long-running" in compounds, "mid-term" in compounds, "cross-ing" in compounds] == [True, True, False]


def test_a_pdf_copy_reads_as_whole_words() -> None:
    text = (
        "Ferry operator cancels winter timetable\n\n"
        "The operator of the island's main ferry link has cancelled its\n"
        "winter timetable after engine failures took two of its three\n"
        "vessels out of service, leaving a single boat to run the cross-\n"
        "ing until February, a decision-making process that took weeks.\n"
        "The island's well-known ferry has run since 1962 and will now\n"
        "run every three hours, the company said in a statement on Mon-\n"
        "day.\n"
    )
    body = " ".join(b.text for b in parse_article(text).blocks if b.kind == "paragraph")
    assert "the crossing until February" in body
    assert "on Monday." in body
