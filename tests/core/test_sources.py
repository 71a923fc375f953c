"""Sources: named and anonymous, linked to entities, with the blocks that use them (own sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.core.model import Source
from reader.core.quotes.find import find_quotes
from reader.core.quotes.sources import find_sources
from tests.core.article_builder import build, ent

MAYA = ent("p1", "Maya Lindqvist", "PERSON", "Lindqvist")
FERRY = ent("o1", "Northwind Ferries", "ORG", "Northwind")
GAZETTE = ent("o2", "The Harbour Gazette", "ORG", "Harbour Gazette", "Gazette")
ENTS = [MAYA, FERRY, GAZETTE]


def _sources(paras: list[str]) -> list[Source]:
    art = build(paras, ENTS)
    art = replace(art, quotes=find_quotes(art))
    return list(find_sources(art))


@pytest.mark.parametrize(
    ("sentence", "name", "named", "entity"),
    [
        (
            "The route will close, a person familiar with the matter said.",
            "a person familiar with the matter",
            False,
            None,
        ),
        ("People familiar with the talks said a deal was close.", "People familiar with the talks", False, None),
        ("The Harbour Gazette first reported the plan on Monday.", "The Harbour Gazette", True, "o2"),
        (
            "A company spokeswoman declined to give figures but said talks continue.",
            "A company spokeswoman",
            False,
            None,
        ),
        ("Officials said the pier would reopen.", "Officials", False, None),
        ("Sources told the Gazette that the sale was agreed.", "Sources", False, None),
        ("The fleet is old, according to analysts at a shipping bank.", "analysts at a shipping bank", False, None),
        ("Northwind said fares would rise.", "Northwind Ferries", True, "o1"),
        ("The fares will rise, Lindqvist told reporters.", "Maya Lindqvist", True, "p1"),
    ],
    ids=[
        "familiar-with",
        "people-familiar",
        "first-reported",
        "spokeswoman",
        "officials",
        "sources-told",
        "according-to-analysts",
        "org-said",
        "person-told",
    ],
)
def test_source_found(sentence: str, name: str, named: bool, entity: str | None) -> None:
    got = _sources(["The harbour is busy this year.", sentence])
    assert (name, named, entity, ("b1",)) in [(s.name, s.named, s.entity, s.blocks) for s in got]


def test_blocks_collect_every_use_and_the_newspaper_links_to_the_outlet() -> None:
    paras = [
        "The Harbour Gazette reported that Northwind would sell two boats.",
        "The newspaper said the sale was agreed in April.",
        '"We are proud of the deal," Lindqvist said.',
    ]
    got = {s.name: s for s in _sources(paras)}
    assert got["The Harbour Gazette"].blocks == ("b0", "b1")
    assert got["Maya Lindqvist"].named and got["Maya Lindqvist"].blocks == ("b2",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Many people say they like the new boats.",
        "I think the route is a good idea.",
        "The boats said to be the oldest in the fleet were sold.",
        "Northwind did not respond to a request for comment.",
    ],
    ids=["vox-pop", "first-person", "said-to-be", "no-comment"],
)
def test_not_sources(sentence: str) -> None:
    assert _sources([sentence]) == []


def test_speech_verbs_inside_a_quote_are_not_attributions() -> None:
    got = _sources(['"Omar Haddad said we would sail, and the Gazette reported it," Lindqvist said.'])
    assert [s.name for s in got] == ["Maya Lindqvist"]


def test_question_words_are_not_sources() -> None:
    assert _sources(["(Who said the sea was calm?)"]) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Maya Lindqvist, the port's chief executive, said the pier would reopen.", "Maya Lindqvist"),
        ("Maya Lindqvist, 52, said the pier would reopen.", "Maya Lindqvist"),
        ("The port's chief executive, Maya Lindqvist, said the pier would reopen.", "Maya Lindqvist"),
        ("The pier will reopen, said Maya Lindqvist.", "Maya Lindqvist"),
    ],
    ids=["apposition-after-name", "age-apposition", "name-in-apposition", "inverted-said"],
)
def test_apposition_and_inversion(sentence: str, expected: str) -> None:
    assert [s.name for s in _sources([sentence])] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "She starred in a film with Omar Haddad, who wrote the musical Harbour Lights.",
        "Lindqvist told the Gazette's Island Focus programme about the plan.",
        "The Shipping Executive said the route was safe.",
    ],
    ids=["wrote-takes-an-object", "told-takes-an-object", "role-word-inside-a-name"],
)
def test_objects_and_names_are_not_misread(sentence: str) -> None:
    got = _sources([sentence])
    assert not any(
        s.name in ("Harbour Lights", "Island Focus") or (s.name.endswith("Executive") and not s.named) for s in got
    ), got


def test_works_do_not_speak() -> None:
    film = ent("m1", "Harbour Lights", "MISC")
    art = build(["Harbour Lights tells the story of a ferry crew, and Harbour Lights says little about pay."], [film])
    assert find_sources(replace(art, quotes=find_quotes(art))) == ()


def test_a_quoted_description_is_an_unnamed_source() -> None:
    got = _sources(['"The pier is safe," the magazine said.', '"We agree," a spokeswoman said.'])
    assert {(s.name, s.named) for s in got} >= {("a spokeswoman", False)}
    assert all(not s.named for s in got if s.entity is None)


def test_the_spokeswoman_takes_up_the_earlier_description() -> None:
    got = _sources(["A company spokeswoman said the pier was safe.", "The spokeswoman said repairs start in May."])
    assert [(s.name, s.blocks) for s in got] == [("A company spokeswoman", ("b0", "b1"))]


def test_a_name_inside_a_description_is_not_the_source() -> None:
    got = _sources(["The fund pays a third, according to a budget paper seen by the Harbour Gazette."])
    assert not any(s.entity == "o2" for s in got)


def test_reported_by_an_outlet() -> None:
    got = _sources(["The sale, first reported by the Harbour Gazette, closed on Friday."])
    assert [(s.name, s.entity) for s in got] == [("The Harbour Gazette", "o2")]
