"""Grounding of takeaways and FAQ answers, and extracted takeaways (own sentences)."""

from __future__ import annotations

import pytest

from reader.core.takeaways.evidence import build_evidence
from reader.core.takeaways.grounding import claim_units, grade, ground
from tests.core.article_builder import build

BODY = [
    "Northwind Ferries will add a night crossing between Aberlow and the outer islands from March.",
    "The company said the new route would use its two largest boats and carry up to 400 passengers.",
    "Fares on the night crossing will be lower than on the day service, a company spokeswoman said.",
    "Island councils had asked for a later crossing for years, citing workers who commute to the mainland.",
    "The harbour authority approved the timetable on Tuesday after a short consultation.",
]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Ferries add a night route amid demand from island workers",
            ["Ferries add a night route", "amid demand from island workers"],
        ),
        ("Fares fall; councils welcome the change", ["Fares fall", "councils welcome the change"]),
        (
            "The harbour authority approved the timetable after a public consultation",
            ["The harbour authority approved the timetable", "after a public consultation"],
        ),
        ("The authority approved it after a consultation", ["The authority approved it after a consultation"]),
        ("Night route approved", ["Night route approved"]),
    ],
)
def test_claim_units(text: str, units: list[str]) -> None:
    assert claim_units(text) == units


@pytest.mark.parametrize(
    ("summary", "grounding"),
    [
        ("Northwind Ferries will add a night crossing to the outer islands from March.", "supported"),
        ("The harbour authority approved the timetable after a short consultation.", "supported"),
        (
            "Northwind adds a night crossing from March, following a government subsidy for green shipping fuel.",
            "partial",
        ),
        (
            "The national rail operator plans electric trains on coastal lines amid a climate strategy push.",
            "unsupported",
        ),
    ],
    ids=["verbatim-ish", "two-clauses-both-backed", "one-clause-invented", "nothing-in-body"],
)
def test_grade(summary: str, grounding: str) -> None:
    art = build(BODY)
    g, support = grade(build_evidence(art), summary)
    assert g == grounding
    assert (g == "unsupported") == (support == ())
    assert all(art.block(b).kind == "paragraph" for b in support)


def test_takeaways_and_faq_are_graded_against_the_body_only() -> None:
    art = build(
        BODY,
        takeaways=[
            "Northwind will add a night crossing to the outer islands from March.",
            "The ferry firm is planning a stock market listing next year amid investor appetite.",
        ],
        faq=[
            ("When does the night crossing start?", "The night crossing starts in March."),
            ("Who approved it?", "The harbour authority approved the timetable on Tuesday."),
        ],
    )
    takeaways, faq = ground(art)
    assert [t.grounding for t in takeaways] == ["supported", "unsupported"]
    assert [f.grounding for f in faq] == ["supported", "supported"]
    assert takeaways[0].support == ("b0",) and faq[1].support == ("b4",)
    own = {t.block for t in art.takeaways} | {f.answer_block for f in art.faq}
    assert not own & {b for t in takeaways for b in t.support}


def test_extracted_takeaways_when_the_article_has_none() -> None:
    art = build(BODY)
    takeaways, _ = ground(art)
    assert 3 <= len(takeaways) <= 5
    assert takeaways[0].text == BODY[0]  # the lede
    # an extracted takeaway is its own source sentence: grounding does not apply
    assert all(t.origin == "extracted" and t.grounding == "source" for t in takeaways)
    assert all(t.block is not None and t.support == (t.block,) for t in takeaways)
    blocks = [t.block for t in takeaways]
    assert blocks == sorted(blocks, key=lambda b: int((b or "b0")[1:]))  # reading order
    assert len({t.text for t in takeaways}) == len(takeaways)


def test_extraction_skips_questions_bare_quotes_and_short_lines() -> None:
    paras = [
        *BODY,
        '"We waited years for this night boat and now it is finally here for all of us," one said.',
        "Is it worth it?",
        "More soon.",
    ]
    takeaways, _ = ground(build(paras))
    assert not any(t.text.startswith(('"', "Is it", "More")) for t in takeaways)


def test_no_extraction_from_a_tiny_article() -> None:
    assert ground(build(["Short note.", "Another one."])) == ((), ())


def test_a_qa_format_article_does_not_grade_its_answers_against_themselves() -> None:
    qa = [
        (
            "Why build a new terminal?",
            "The old terminal floods every winter and cannot take the larger boats "
            "that now serve the islands, so passengers wait outside in the rain.",
        ),
        (
            "Who pays for it?",
            "The harbour board pays two thirds of the cost and the island councils pay the rest "
            "from a fund they set up in 2019.",
        ),
    ]
    _, faq = ground(build(["Questions and answers about the terminal."], faq=qa))
    assert [f.grounding for f in faq] == ["source", "source"]
    assert [f.support for f in faq] == [(f.answer_block,) for f in faq]


def test_sentences_leaning_on_the_previous_one_rank_lower() -> None:
    from reader.core.takeaways.evidence import Sentence
    from reader.core.takeaways.extract import _score

    keys = frozenset({"ferry", "route"})
    prob = {"ferry": 0.1, "route": 0.1}
    own = Sentence("b0", 0, 10, "The ferry route opens.", keys, 0)
    leaning = Sentence("b0", 0, 10, "But the ferry route opens.", keys, 0)
    assert _score(leaning, prob, 10) < _score(own, prob, 10)


def test_a_changed_figure_is_not_supported() -> None:
    body = ["The new terminal will cost 45 million pounds and open in 2028, the harbour board said."]
    ev = build_evidence(build(body))
    assert grade(ev, "The new terminal will cost 45 million pounds")[0] == "supported"
    assert grade(ev, "The new terminal will cost 90 million pounds")[0] != "supported"
