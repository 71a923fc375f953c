"""Corrections: notices, narrative clarifications, updates, hard negatives, claim and value (own sentences)."""

from __future__ import annotations

import pytest

from reader.core.corrections.notices import find_corrections
from reader.core.model import Meta
from tests.core.article_builder import build, ent

MAYA = ent("p1", "Maya Lindqvist", "PERSON", "Lindqvist")
FERRY = ent("o1", "Northwind Ferries", "ORG", "Northwind")
ENTS = [MAYA, FERRY]
BODY = "Northwind Ferries will run six boats on the northern route from March."


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Correction: An earlier figure for the fleet was wrong; it has six boats.", "correction"),
        ("CLARIFICATION: The route closes on Sundays only in winter.", "clarification"),
        ("Editor's note: This story was updated to clarify who owns the pier.", "editor_note"),
        ("Retraction: The claim that the captain resigned was false.", "retraction"),
        ("Update: The council voted on Tuesday evening to keep the route.", "update"),
        ("An earlier version of this article misstated the number of boats.", "correction"),
        ("A previous version of this story gave the wrong date for the vote.", "correction"),
        ("This article was amended on 3 May to correct the name of the harbour master.", "correction"),
        ("This story has been updated with comment from the council.", "update"),
        ("This article has been corrected to show the route opens in March.", "correction"),
        ("FOR THE RECORD", "correction"),
        ("We regret the error.", "correction"),
        ("The fare table was wrong in print. Correction appended.", "correction"),
    ],
    ids=[
        "label-correction",
        "label-clarification",
        "editors-note",
        "label-retraction",
        "label-update",
        "earlier-version",
        "previous-version",
        "amended",
        "updated-with",
        "has-been-corrected",
        "for-the-record",
        "regret",
        "appended",
    ],
)
def test_publisher_notices(text: str, kind: str) -> None:
    art = build([BODY, text], ENTS)
    [c] = find_corrections(art)
    assert (c.kind, c.scope, c.block) == (kind, "article", "b1")


@pytest.mark.parametrize("where", ["top", "middle", "end"])
def test_notice_found_anywhere(where: str) -> None:
    note = "Correction: The ferry has six boats, not five."
    paras = [BODY, "The council approved the plan.", "Crews were told on Monday."]
    paras.insert({"top": 0, "middle": 2, "end": 3}[where], note)
    assert [c.kind for c in find_corrections(build(paras, ENTS))] == ["correction"]


def test_label_on_its_own_line_takes_the_next_paragraph() -> None:
    art = build([BODY, "Correction: May 3, 2026", "An earlier version of this article said the route had five boats."])
    [c] = find_corrections(art)
    assert c.block == "b2" and c.kind == "correction" and "five boats" in c.text


@pytest.mark.parametrize(
    ("text", "kind", "by"),
    [
        ("Maya Lindqvist later clarified that the route would stay open all year.", "clarification", "Maya Lindqvist"),
        (
            "A Northwind spokeswoman said Lindqvist misspoke and the route closes in winter.",
            "correction",
            "A Northwind spokeswoman",
        ),
        ("Lindqvist walked back her remarks about the crews on Thursday.", "retraction", "Maya Lindqvist"),
        ("Lindqvist retracted her claim that the pier was unsafe.", "retraction", "Maya Lindqvist"),
        ("Lindqvist quickly corrected herself, saying the boats were leased.", "correction", "Maya Lindqvist"),
        (
            "Lindqvist initially said the boats were new, but later said they were ten years old.",
            "correction",
            "Maya Lindqvist",
        ),
    ],
    ids=["later-clarified", "misspoke", "walked-back", "retracted", "corrected-herself", "initially-but-later"],
)
def test_narrative_findings(text: str, kind: str, by: str) -> None:
    art = build([BODY, text], ENTS)
    [c] = find_corrections(art)
    assert (c.kind, c.by, c.scope) == (kind, by, "reported")  # a person's words put right, not this article
    assert c.text == text and art.block("b1").text[c.start : c.end] == text


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect a correction in the housing market before summer.",
        "Correction agency plans dropped",
        "Residents are asking for clarification about the new timetable.",
        "The corrections officer said the inmates were moved on Monday.",
        "The ruling clarified the law on harbour fees.",
        "In an updated statement, the council said the pier would reopen.",
        "Updates to the timetable will be posted online.",
        "The minister said she would not retract anything.",
    ],
    ids=[
        "market-correction",
        "headline-no-colon",
        "asking-for-clarification",
        "corrections-officer",
        "clarified-without-cue",
        "updated-statement",
        "updates-plural",
        "retract-no-object",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert find_corrections(build([BODY, text], ENTS)) == ()


def test_another_outlets_correction_is_reported_not_our_own() -> None:
    art = build([BODY, "The Harbour Gazette later issued a correction to its report on the fares."], ENTS)
    [c] = find_corrections(art)
    assert c.scope == "reported" and c.kind == "correction"


def test_claim_and_corrected_value_in_the_same_sentence() -> None:
    text = (
        "The paper said Lindqvist had initially said in a briefing that the fleet would serve all northern "
        'islands, but a spokeswoman later clarified that she misspoke and the plan covers only the "inner islands."'
    )
    art = build([BODY, text], ENTS)
    [c] = find_corrections(art)
    assert c.kind == "clarification" and c.by == "a spokeswoman"
    assert c.claim is not None and c.claim.text.startswith("had initially said in a briefing")
    assert art.block(c.claim.block).text[c.claim.start : c.claim.end] == c.claim.text
    assert c.corrected == '"inner islands"' or c.corrected == "inner islands"


def test_claim_is_found_earlier_in_the_article() -> None:
    paras = [
        "The new ferry terminal opened in Aberlow in 1998 after a long campaign.",
        "Local traders welcomed the extra visitors.",
        "Lindqvist later told the Gazette that she misspoke, and the terminal actually opened in Aberlow in 1999.",
    ]
    [c] = find_corrections(build(paras, ENTS))
    assert c.claim is not None and c.claim.block == "b0"
    assert c.corrected == "the terminal actually opened in Aberlow in 1999"


def test_notice_claim_points_at_the_body_not_the_notice() -> None:
    paras = [
        "Traders blame the Northern Coastal Shipping Accord for the loss of the winter route.",
        "This article was amended to reflect the fact that the accord is the Northern Coastal Shipping Accord. "
        "An earlier version of this article referred to it as the Northern Coast Sailing Pact.",
    ]
    [c] = find_corrections(build(paras, ENTS))
    assert c.kind == "correction" and c.block == "b1"
    assert c.corrected == "the accord is the Northern Coastal Shipping Accord"
    assert c.claim is not None and c.claim.block == "b0"


@pytest.mark.parametrize(
    ("published", "updated", "found"),
    [
        ("2026-03-04", "2026-04-02", True),
        ("2026-03-04", "2026-03-04", False),
        (None, "2026-04-02", False),
        ("2026-03-04", None, False),
    ],
)
def test_last_updated_after_published(published: str | None, updated: str | None, found: bool) -> None:
    art = build([BODY], ENTS, meta=Meta(published=published, updated=updated, publisher="Harbour Press"))
    got = [c for c in find_corrections(art) if c.kind == "update"]
    assert bool(got) == found
    if found:
        assert "2026-04-02" in got[0].text and got[0].block is None and got[0].by == "Harbour Press"


@pytest.mark.parametrize(
    ("paras", "corrected"),
    [
        (["Correction: An earlier version of this article said the pier had 39 berths. It has 29."], "It has 29."),
        (
            [
                "Correction: An earlier version of this piece wrongly stated that the ferry was built in Leith. "
                "Instead, it was built in Gdansk in 2011."
            ],
            "it was built in Gdansk in 2011",
        ),
        (
            ["A spokeswoman later clarified that Lindqvist misspoke and the route would serve only the inner islands."],
            "the route would serve only the inner islands",
        ),
        (
            ["The harbour master initially said the quay would reopen in June, but later said it would stay shut."],
            "it would stay shut",
        ),
    ],
    ids=["next-sentence", "instead-sentence", "misspoke-and", "initially-but-later-said"],
)
def test_corrected_value(paras: list[str], corrected: str) -> None:
    [c] = find_corrections(build([BODY, *paras], ENTS))
    assert c.corrected == corrected


def test_notice_wrong_value_is_looked_up_in_the_body() -> None:
    paras = [
        "The pier has 29 commercial berths and a small marina.",
        "Fishing boats use the eastern side.",
        "Correction: An earlier version of this article said the pier had 39 commercial berths.",
    ]
    [c] = find_corrections(build(paras, ENTS))
    assert c.claim is not None and c.claim.block == "b0"


@pytest.mark.parametrize(
    ("text", "scope", "kind"),
    [
        ("The Harbour Gazette later issued a correction to its report on the fares.", "reported", "correction"),
        ("Coastline Weekly ran a brief clarification on Friday.", "reported", "clarification"),
        ("The broadcaster retracted the story within hours.", "reported", "retraction"),
        ("Northwind corrected its report on Tuesday.", "reported", "correction"),
        ("We have appended a correction to the original story.", "article", "correction"),
    ],
    ids=["outlet-issued", "ran-clarification", "retracted-story", "company-corrected", "first-person"],
)
def test_reported_or_own_correction(text: str, scope: str, kind: str) -> None:
    [c] = find_corrections(build([BODY, text], ENTS))
    assert (c.scope, c.kind) == (scope, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The index posted a sharp correction after the rally.",
        "Shares made a correction of 10% in March.",
        "Northwind updated its annual report with new fleet figures.",
    ],
    ids=["market-posted", "market-made", "annual-report"],
)
def test_market_and_filing_language_is_not_a_correction(text: str) -> None:
    assert find_corrections(build([BODY, text], ENTS)) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Lindqvist walked back to the pier after the meeting.",
        "The crane retracted its arm before the storm.",
        "This article was edited by Omar Haddad.",
        "The pilot retracted the landing gear over the harbour.",
    ],
    ids=["walked-back-somewhere", "retracted-arm", "edited-by-credit", "landing-gear"],
)
def test_physical_and_credit_uses_are_not_corrections(text: str) -> None:
    assert find_corrections(build([BODY, text], ENTS)) == ()


def test_label_in_the_middle_of_a_paragraph() -> None:
    para = "The route opens in March. Clarification: The night crossing runs on weekdays only, not every day."
    [c] = find_corrections(build([BODY, para], ENTS))
    assert c.kind == "clarification" and c.text.startswith("Clarification:")
    assert build([BODY, para]).block("b1").text[c.start : c.end] == c.text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Initially, the coastguard said three boats were lost, but later said only one had sunk.", True),
        ("At first the council told residents the pier was safe, but then admitted it had cracks.", True),
        ("Northwind initially said it would expand, but later cut two routes.", False),
        ("The ferry first sailed in 1990, but later moved to a new port.", False),
    ],
    ids=["initially-comma", "at-first-admitted", "change-of-plan", "first-sailed"],
)
def test_initially_but_later(text: str, found: bool) -> None:
    assert bool(find_corrections(build([BODY, text], ENTS))) is found


def test_initially_clause_is_the_claim() -> None:
    text = "Initially, the coastguard said three boats were lost, but later said only one had sunk."
    [c] = find_corrections(build([BODY, text], ENTS))
    assert c.claim is not None and c.claim.text == "Initially, the coastguard said three boats were lost"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("UPDATE (3:45 p.m.): The council has now confirmed the route will stay open.", "update"),
        ("[Correction: The ferry was built in 2011, not 2001 as first stated.]", "correction"),
        (
            "• This article was amended on 4 May 2026 to correct the spelling of the harbour master's name.",
            "correction",
        ),
        ("Editor’s Note: This story was updated to clarify the timetable for winter sailings.", "editor_note"),
        ("This story has been updated to include comment from the island council.", "update"),
    ],
    ids=["update-with-time", "bracketed", "bulleted-amended", "curly-editors-note", "updated-to-include"],
)
def test_publisher_notice_styles(text: str, kind: str) -> None:
    [c] = find_corrections(build([BODY, text], ENTS))
    assert c.kind == kind and c.scope == "article"


def test_a_quoted_notice_belongs_to_the_outlet_that_published_it() -> None:
    text = 'The Harbour Gazette added a line: "An earlier version of this article misstated the winter fares."'
    [c] = find_corrections(build([BODY, text], ENTS))
    assert c.scope == "reported"


def test_a_bare_corrections_heading_over_unrelated_text_is_nothing() -> None:
    art = build([BODY, ("heading", "Corrections"), "Contact the newsroom by email or by post."], ENTS)
    assert find_corrections(art) == ()


def test_a_bare_correction_label_over_a_notice_is_found() -> None:
    art = build([BODY, "Correction", "An earlier version of this article misstated the winter fares."], ENTS)
    assert [c.kind for c in find_corrections(art)] == ["correction"]
