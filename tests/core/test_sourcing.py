"""Sourcing: each strength, the best of several, quotes over paragraphs, hedge words."""

from __future__ import annotations

import pytest

from reader.core import read_article
from reader.core.model import Article, Entity
from reader.core.sourcing.hedges import find_hedges
from reader.core.sourcing.strength import strength_of

HEAD = "Harbour news\n\n"


def sourcing(*paragraphs: str) -> list[tuple[str, str | None]]:
    art: Article = read_article(HEAD + "\n\n".join(paragraphs) + "\n")
    return [(b.sourcing.strength, b.sourcing.by) for b in art.body if b.sourcing is not None]


STRENGTHS = [
    ("Mara Lindqvist, the port's director, said the berths would reopen.", "on-record", "Mara Lindqvist"),
    ('"We are not going to rush this," Tobias Okafor told reporters.', "on-record", "Tobias Okafor"),
    ("The Harbour Authority said it would review the plan.", "official", "The Harbour Authority"),
    ("A spokeswoman for the Harbour Authority said the plan was under review.", "official", None),
    ("The Northfield Gazette first reported that the plan had stalled.", "reported", "The Northfield Gazette"),
    ("The plan had stalled, according to media reports.", "reported", None),
    ("A person familiar with the matter said talks had stalled.", "anonymous", "a person familiar with the matter"),
    ("Officials said the talks had stalled.", "anonymous", None),
    ("Police said three men were arrested.", "official", None),
    ("The talks stalled over pricing.", "unattributed", None),
]


@pytest.mark.parametrize(("paragraph", "strength", "by"), STRENGTHS, ids=[s[0] for s in STRENGTHS])
def test_strength(paragraph: str, strength: str, by: str | None) -> None:
    [(got, got_by)] = sourcing(paragraph)
    assert got == strength
    if by is not None:
        assert got_by is not None
        assert got_by.lower().removeprefix("the ") == by.lower().removeprefix("the ")


def test_reported_names_the_outlet() -> None:
    [(strength, by)] = sourcing("The bank is weighing cuts, according to a report in the Northfield Gazette.")
    assert strength == "reported"
    assert by is not None and "Northfield Gazette" in by


def test_best_attribution_wins() -> None:
    [(strength, by)] = sourcing(
        '"It was the right call," Mara Lindqvist said on Tuesday, according to the Northfield Gazette.'
    )
    assert (strength, by) == ("on-record", "Mara Lindqvist")


def test_quote_over_paragraphs_attributes_each() -> None:
    got = sourcing(
        '"We are not going to rush this," Tobias Okafor said. "The berths need checks.',
        '"Then we reopen."',
    )
    assert [s for s, _ in got] == ["on-record", "on-record"]


@pytest.mark.parametrize(
    ("name", "entity", "named", "want"),
    [
        ("Jane Doe", Entity("e1", "Jane Doe", "PERSON"), True, "on-record"),
        ("Acme Corp", Entity("e1", "Acme Corp", "ORG"), True, "official"),
        ("The Daily Herald", Entity("e1", "The Daily Herald", "ORG"), True, "reported"),
        ("Peru", Entity("e1", "Peru", "PLACE"), True, "official"),
        ("a company spokesman", None, False, "official"),
        ("the newspaper", None, False, "reported"),
        ("people familiar with the talks", None, False, "anonymous"),
        ("two diplomats", None, False, "anonymous"),
    ],
)
def test_strength_of(name: str, entity: Entity | None, named: bool, want: str) -> None:
    assert strength_of(name, entity, named) == want


HEDGES = [
    ("The minister reportedly resigned.", ["reportedly"]),
    ("The allegedly stolen car was found.", ["allegedly"]),
    ("The plan could cost jobs.", ["could"]),
    ("He is said to be furious.", ["is said to"]),
    ("The ship appears to have sunk.", ["appears to"]),
    ("Talks may resume in May.", ["may"]),
    ("Apparently the talks might fail.", ["Apparently", "might"]),
    ("The talks ended on Friday.", []),
]


@pytest.mark.parametrize(("sentence", "hedges"), HEDGES, ids=[h[0] for h in HEDGES])
def test_hedges(sentence: str, hedges: list[str]) -> None:
    assert [h for _, _, h in find_hedges(sentence, [])] == hedges


def test_hedge_inside_quote_is_the_speakers() -> None:
    text = '"It could fail," she said, and the plan reportedly stalled.'
    assert [h for _, _, h in find_hedges(text, [(0, 15)])] == ["reportedly"]


def test_hedges_in_pipeline() -> None:
    art = read_article(HEAD + "The minister reportedly resigned, and the plan could collapse.\n")
    [block] = art.body
    assert block.sourcing is not None
    assert block.sourcing.hedges == ("reportedly", "could")
    assert block.sourcing.strength == "unattributed"


def test_section_counts() -> None:
    from reader.core.sourcing import section_counts

    art = read_article(
        HEAD
        + "## Talks\n\nMara Lindqvist said the talks had stalled.\n\nThe talks stalled over pricing.\n\n"
        + "## Pay\n\nOfficials said pay was the issue.\n",
        fmt="markdown",
    )
    by_title = {s.title: section_counts(art).get(s.id, {}) for s in art.sections}
    assert by_title["Talks"] == {"on-record": 1, "unattributed": 1}
    assert by_title["Pay"] == {"anonymous": 1}
    assert list(by_title["Talks"]) == ["on-record", "unattributed"]  # strongest first
