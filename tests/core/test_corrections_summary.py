"""Corrections: scope of narrative findings, the badge by kind, the claim excerpt (own sentences only)."""

from __future__ import annotations

import pytest

from reader.core.corrections.notices import find_corrections
from reader.core.corrections.summary import badge_parts, badge_text, claim_excerpt
from reader.core.model import Claim, Correction, Meta
from tests.core.article_builder import build, ent

MAYA = ent("p1", "Maya Lindqvist", "PERSON", "Lindqvist")
FERRY = ent("o1", "Northwind Ferries", "ORG", "Northwind")
ENTS = [MAYA, FERRY]
BODY = "Northwind Ferries will run six boats on the northern route from March."


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("A Northwind spokeswoman later clarified that Lindqvist misspoke about the winter route.", "reported"),
        (
            "Lindqvist later told the Harbour Gazette that she misspoke, and the route actually opens in May.",
            "reported",
        ),
        ("Lindqvist walked back her remarks about the crews on Thursday.", "reported"),
        ("Lindqvist initially said the boats were new, but later said they were ten years old.", "reported"),
        ("Correction: An earlier version of this article said the route had five boats.", "article"),
        ("This article was amended on 3 May to correct the name of the harbour master.", "article"),
        ("The Harbour Gazette later issued a correction to its report on the fares.", "reported"),
    ],
    ids=[
        "spokeswoman-clarified",
        "told-another-outlet",
        "walked-back",
        "initially-later",
        "notice",
        "amended",
        "outlet",
    ],
)
def test_scope_says_whose_correction_it_is(text: str, scope: str) -> None:
    """Only the publisher's own notice corrects this article; what a person said, put right, is reported."""
    [c] = find_corrections(build([BODY, text], ENTS))
    assert c.scope == scope


def _with(kinds: list[str]) -> list[str]:
    paras = [BODY]
    sentences = {
        "correction": "Correction: An earlier version of this article said the route had five boats.",
        "clarification": "A Northwind spokeswoman later clarified that Lindqvist misspoke about the winter route.",
        "retraction": "Lindqvist retracted her claim that the pier was unsafe.",
    }
    paras += [sentences[k] for k in kinds if k != "update"]
    meta = Meta(published="2026-03-04", updated="2026-04-02") if "update" in kinds else None
    art = build(paras, ENTS, meta=meta)
    from dataclasses import replace

    return badge_parts(replace(art, corrections=find_corrections(art)))


@pytest.mark.parametrize(
    ("kinds", "parts"),
    [
        ([], []),
        (["update"], ["updated"]),
        (["clarification", "update"], ["1 clarification", "updated"]),
        (["correction"], ["1 correction"]),
        (["correction", "correction", "retraction"], ["2 corrections", "1 retraction"]),
    ],
    ids=["none", "update-only", "clarification-and-update", "one-correction", "plural"],
)
def test_badge_counts_and_names_by_kind(kinds: list[str], parts: list[str]) -> None:
    assert _with(kinds) == parts


def test_badge_text_joins_the_parts() -> None:
    from dataclasses import replace

    art = build([BODY], ENTS)
    art = replace(
        art,
        corrections=(
            Correction("clarification", "x", "b0"),
            Correction("update", "Last updated", None),
            Correction("update", "Update: more", "b0"),
        ),
    )
    assert badge_text(art) == "1 clarification · updated"


def test_claim_excerpt_keeps_the_amended_words_in_view() -> None:
    claim_text = (
        "MILLPORT, May 2 (Harbour Gazette) - The Millport Harbour Trust will spend a year testing new cranes on "
        "the old quays that serve the town's 29 commercial berths, two people familiar with the plan said on Friday."
    )
    c = Correction(
        "correction",
        "Correction: An earlier version of this article said the harbour had 39 commercial berths. It has 29.",
        "b1",
        claim=Claim("b0", 0, len(claim_text), claim_text),
        corrected="It has 29.",
    )
    got = claim_excerpt(c, 110)
    assert got is not None and len(got) <= 110
    assert "29 commercial berths" in got
    assert got.startswith("…") and claim_text.find(got.strip("…")) >= 0


def test_claim_excerpt_short_or_missing() -> None:
    c = Correction("correction", "Correction: five, not six.", "b1", claim=Claim("b0", 0, 10, "Six boats."))
    assert claim_excerpt(c, 110) == "Six boats."
    assert claim_excerpt(Correction("update", "Last updated", None), 110) is None


def test_a_claim_found_in_the_body_leaves_out_the_dateline() -> None:
    paras = [
        "MILLPORT, May 2 (Harbour Gazette) - The Millport Harbour Trust will test new cranes on the quays "
        "that serve the town's 29 commercial berths, two people familiar with the plan said.",
        "Correction: An earlier version of this article said the harbour had 39 commercial berths. It has 29.",
    ]
    [c] = find_corrections(build(paras, ENTS))
    assert c.claim is not None and c.claim.text.startswith("The Millport Harbour Trust")
    assert "29 commercial berths" in c.claim.text
