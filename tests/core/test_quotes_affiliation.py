"""Quotes by a person with an affiliation, and quotes whose closing mark is missing (own sentences only).

"X of Y", "X, of Y", "Y's X" and "X at Y" name a person and where they work:
the person is the speaker, never the affiliation.
"""

from __future__ import annotations

import pytest

from reader.core.quotes.find import find_quotes
from tests.core.article_builder import build, ent

MAYA = ent("p1", "Maya Lindqvist", "PERSON", "Lindqvist")
OMAR = ent("p2", "Omar Haddad", "PERSON", "Haddad")
FERRY = ent("o1", "Northwind Ferries", "ORG", "Northwind")
UNI = ent("o2", "Baltic Sea University", "ORG")
BANK = ent("o3", "Bank of Lakeland", "ORG")
ENTS = [MAYA, OMAR, FERRY, UNI, BANK]


def _speakers(paras: list[str]) -> list[str | None]:
    return [q.speaker for q in find_quotes(build(paras, ENTS))]


@pytest.mark.parametrize(
    ("para", "speaker"),
    [
        ('"We will reopen the dock in May," said Professor Maya Lindqvist of Baltic Sea University.', "Maya Lindqvist"),
        (
            '"We will reopen the dock in May," said Professor Maya Lindqvist of Baltic Sea University, an engineer.',
            "Maya Lindqvist",
        ),
        ('"We will reopen the dock in May," said Maya Lindqvist, of Northwind Ferries.', "Maya Lindqvist"),
        ('"We will reopen the dock in May," said Maya Lindqvist at Northwind Ferries.', "Maya Lindqvist"),
        ('Maya Lindqvist of Northwind Ferries said: "We will reopen the dock in May."', "Maya Lindqvist"),
        ('Northwind Ferries\' Maya Lindqvist said: "We will reopen the dock in May."', "Maya Lindqvist"),
        ('"We will reopen the dock in May," Dr Omar Haddad of Baltic Sea University said.', "Omar Haddad"),
        ('"The ice came early this year," said Dr Ana Ruiz of Baltic Sea University.', "Ana Ruiz"),
        ('"Rates will hold until spring," said the Bank of Lakeland.', "Bank of Lakeland"),
    ],
    ids=[
        "said-x-of-y",
        "said-x-of-y-apposition",
        "said-x-comma-of-y",
        "said-x-at-y",
        "x-of-y-said-colon",
        "y-possessive-x",
        "x-of-y-said-after",
        "unknown-person-of-y",
        "of-inside-an-org-name",
    ],
)
def test_person_with_affiliation_is_the_speaker(para: str, speaker: str) -> None:
    assert _speakers([para])[0] == speaker


def test_missing_closing_mark_before_the_next_quote() -> None:
    """'X said: "A. "B."': the writer left out the mark closing A; A and B are both X's."""
    para = (
        'Haddad said: "We doubled the fleet in two years, it was four boats when we started. '
        '"We are going to add six more by next spring and keep every route open."'
    )
    quotes = find_quotes(build([para], ENTS))
    assert [(q.text.split()[:3], q.speaker) for q in quotes] == [
        (["We", "doubled", "the"], "Omar Haddad"),
        (["We", "are", "going"], "Omar Haddad"),
    ]


def test_a_name_inside_a_relative_clause_is_not_the_subject() -> None:
    """'The actor, whose films include Harbour Lights and Northwind Ferries, said:' is the actor speaking."""
    paras = [
        "Maya Lindqvist, the actor, opened the festival.",
        'The actor, whose films include Harbour Lights, Long Night and Northwind Ferries, said: "The pier made me."',
    ]
    assert _speakers(paras) == ["Maya Lindqvist"]


def test_the_colon_fallback_does_not_take_a_name_from_an_adverbial_after_a_speech_verb() -> None:
    """'Writing in the Harbour Gazette, the bishop said:' names no speaker; the Gazette did not say it."""
    gazette = ent("o4", "Harbour Gazette", "ORG")
    art = build(['Writing in the Harbour Gazette, the bishop said: "We will pray for the crews."'], [*ENTS, gazette])
    assert [q.speaker for q in find_quotes(art)] != ["Harbour Gazette"]


def test_the_colon_fallback_still_names_the_person_before_a_verbless_colon() -> None:
    assert _speakers(['Lindqvist was blunt about the winter timetable: "We are done with it."']) == ["Maya Lindqvist"]


def test_the_colon_fallback_does_not_take_a_name_from_a_relative_clause() -> None:
    paras = ['The actor, whose films include Omar Haddad: A Life, said: "The pier made me."']
    assert _speakers(paras) != ["Omar Haddad"]
