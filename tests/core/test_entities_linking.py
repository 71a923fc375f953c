"""Document-level linking: one entity per referent, whatever the engine."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from reader.core.entities import RawMention, find_entities
from reader.core.entities.engine import BlockMode
from reader.core.entities.linking import initials, squash
from reader.core.model import Entity, Meta
from tests.core.article_builder import build


def _one(ents: tuple[Entity, ...], name: str) -> Entity:
    hits = [e for e in ents if e.name == name or name in e.aliases]
    assert len(hits) == 1, [(e.name, e.aliases) for e in ents]
    return hits[0]


def test_surname_alone_is_the_person_named_in_full() -> None:
    ents = find_entities(build(["Chief executive Maria Kessler resigned.", "Kessler said the board agreed."]))
    e = _one(ents, "Maria Kessler")
    assert e.type == "PERSON" and "Kessler" in e.aliases and len(e.mentions) == 2


def test_acronym_in_parentheses_is_its_expansion() -> None:
    ents = find_entities(build(["The Federal Grain Inspection Authority (FGIA) said so.", "The FGIA later denied it."]))
    e = _one(ents, "FGIA")
    assert e.name == "Federal Grain Inspection Authority" and e.type == "ORG" and len(e.mentions) == 3


def test_possessive_expansion_before_acronym() -> None:
    ents = find_entities(build(["It uses the Nordic Rail Safety Board's (NRSB) rules."]))
    e = _one(ents, "NRSB")
    assert e.name == "Nordic Rail Safety Board"


def test_head_word_after_full_name() -> None:
    ents = find_entities(build(["The Ostrava Daily Journal reported it first.", "A source told the Journal."]))
    e = _one(ents, "Ostrava Daily Journal")
    assert "Journal" in e.aliases and len(e.mentions) == 2


def test_lone_head_word_without_antecedent_is_dropped() -> None:
    assert find_entities(build(["A source told the Journal."])) == ()


def test_gazetteer_other_names_join_one_entity() -> None:
    ents = find_entities(build(["The United Nations met.", "Later the UN voted."]))
    e = _one(ents, "UN")
    assert e.name == "United Nations" and len(e.mentions) == 2


def test_byline_author_is_a_person_even_without_a_mention() -> None:
    ents = find_entities(build(["Rain fell."], meta=Meta(authors=("Ana Kovac",))))
    assert [(e.name, e.type, e.mentions) for e in ents] == [("Ana Kovac", "PERSON", ())]


def test_ids_follow_first_mention() -> None:
    ents = find_entities(build(["Lena Ostrova met Ibrahim Haddad in Oslo."]))
    assert [(e.id, e.name) for e in ents] == [("e0", "Lena Ostrova"), ("e1", "Ibrahim Haddad"), ("e2", "Oslo")]


class _Fixed:
    """A stand-in engine: always the same mentions, to test linking alone."""

    def __init__(self, raws: Sequence[RawMention]) -> None:
        self.raws = list(raws)

    def mentions(self, text: str) -> list[RawMention]:
        return [r for r in self.raws if r.end <= len(text)]


def test_linking_works_for_any_engine() -> None:
    text = "Sam Pike met Pike."
    eng = _Fixed([RawMention(0, 8, "PERSON"), RawMention(13, 17, "PERSON")])
    ents = find_entities(build([text]), engine=eng)
    assert [(e.name, e.aliases, len(e.mentions)) for e in ents] == [("Sam Pike", ("Pike",), 2)]


class _Doc(_Fixed):
    def document(self, blocks: Sequence[tuple[str, BlockMode]]) -> list[list[RawMention]]:
        return [self.mentions(t) if mode == "body" else [] for t, mode in blocks]


def test_document_engines_get_block_modes() -> None:
    eng = _Doc([RawMention(0, 4, "ORG")])
    ents = find_entities(build([("heading", "Acme News"), "Acme rose."]), engine=eng)
    assert [m.block for e in ents for m in e.mentions] == ["b1"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("North Atlantic Treaty Organization", "NATO"),
        ("Bank of the Andes", "BA"),
        ("Acme", ""),
    ],
)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_first_name_alone_links_when_unambiguous() -> None:
    ents = find_entities(build(["Singer Marla Quint and actor Dev Anand met.", "Later Marla left early."]))
    e = _one(ents, "Marla Quint")
    assert "Marla" in e.aliases


def test_country_before_a_listed_organisation_is_the_same_body() -> None:
    ents = find_entities(build(["The Federal Reserve met.", "Officials at the US Federal Reserve said so."]))
    e = _one(ents, "Federal Reserve")
    assert e.type == "ORG" and "US Federal Reserve" in e.aliases


@pytest.mark.parametrize(
    ("blocks", "spellings"),
    [
        (
            ["Shares in Brightwater Media rose.", "BrightwaterMedia said profits doubled."],
            {"Brightwater Media", "BrightwaterMedia"},
        ),
        (["Officials in the U.S. agreed.", "The US later objected."], {"U.S.", "US"}),
        (
            ["Kessel-Rhein Logistics Inc grew.", "Kessel Rhein Logistics Inc then fell."],
            {"Kessel-Rhein Logistics Inc", "Kessel Rhein Logistics Inc"},
        ),
    ],
    ids=["joined-words", "dotted-initials", "hyphen-or-space"],
)
def test_spellings_differing_by_spaces_hyphens_dots_are_one_entity(blocks: list[str], spellings: set[str]) -> None:
    ents = find_entities(build(blocks))
    holders = [e for e in ents if spellings & {e.name, *e.aliases}]
    assert len(holders) == 1, [(e.name, e.type, e.aliases) for e in ents]
    assert spellings <= {holders[0].name, *holders[0].aliases}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Time Warner", "TimeWarner", True),
        ("U.S.", "US", True),
        ("Coca-Cola", "Coca Cola", True),
        ("Warner", "Warren", False),
    ],
)
def test_squash_key(a: str, b: str, same: bool) -> None:
    assert (squash(a) == squash(b)) is same
