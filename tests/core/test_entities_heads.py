"""Name shapes, head words and linking rules for names outside news wire (own sentences only).

A telescope, a galaxy or a newspaper is no person, whatever its capitals; an
acronym in parentheses names the words before it; a first name alone is the
person named in full; a surname shared by two people goes to the one named
most recently.
"""

from __future__ import annotations

import pytest

from reader.core.entities import find_entities
from reader.core.model import Entity, EntityType
from tests.core.article_builder import build


def _by_name(ents: tuple[Entity, ...], name: str) -> Entity:
    hits = [e for e in ents if e.name == name or name in e.aliases]
    assert len(hits) == 1, [(e.name, e.type, e.aliases) for e in ents]
    return hits[0]


@pytest.mark.parametrize(
    ("para", "name", "typ"),
    [
        (
            "Images from the Kestrel Deep Sky Telescope show a faint arc of young stars.",
            "Kestrel Deep Sky Telescope",
            "MISC",
        ),
        ("Astronomers pointed the Varden Telescopes at the cluster last winter.", "Varden Telescopes", "MISC"),
        ("The light left the galaxy long before our own Silver Way had formed.", "Silver Way", "PLACE"),
        ("The figures were first reported by the Northshore Ledger on Monday.", "Northshore Ledger", "ORG"),
        ("Data came from the Harlan Peak Observatory in the desert.", "Harlan Peak Observatory", "ORG"),
        ("The firm ran similar trials at the Port of Varnholm last year.", "Port of Varnholm", "PLACE"),
    ],
    ids=["telescope", "telescopes", "way", "ledger", "observatory", "port-of"],
)
def test_head_words_type_the_name(para: str, name: str, typ: EntityType) -> None:
    e = _by_name(find_entities(build([para])), name)
    assert (e.name, e.type) == (name, typ)


def test_acronym_in_parentheses_after_a_sentence_start_common_word() -> None:
    ents = find_entities(
        build(
            [
                "Rowing Norland (RN) had banned the sculler for a year.",
                "RN later lifted the ban, and RN officials said so.",
            ]
        )
    )
    e = _by_name(ents, "RN")
    assert e.name == "Rowing Norland" and e.type == "ORG" and len(e.mentions) == 4


def test_first_name_alone_is_the_person_named_in_full_most_often() -> None:
    ents = find_entities(
        build(
            [
                "Talia Brennan opened the gallery in 2010.",
                "In 1995, when Talia Okafor, as she was then called, was 20, she moved to Oslo.",
                "Talia had arrived from Lagos the year before.",
                "Talia Brennan said the gallery would stay open.",
            ]
        )
    )
    e = _by_name(ents, "Talia")
    assert e.name == "Talia Brennan" and len(e.mentions) == 3


def test_first_name_shared_evenly_is_left_ambiguous() -> None:
    ents = find_entities(build(["Talia Brennan met Talia Okafor at the fair.", "Talia left early."]))
    assert all("Talia" not in e.aliases for e in ents), [(e.name, e.aliases) for e in ents]


def test_shared_surname_goes_to_the_person_named_most_recently() -> None:
    ents = find_entities(
        build(
            [
                "Years before she met her husband Victor Halloran, Greta Halloran worked as a model.",
                "Greta Halloran was photographed in Milan that spring.",
                "Asked about it, Victor Halloran said he was proud of her.",
                "She first met Halloran at a party in 1998.",
                "Greta Halloran in Milan, 1996.",
            ]
        )
    )
    victor = _by_name(ents, "Victor Halloran")
    greta = _by_name(ents, "Greta Halloran")
    last = [m for e in ents for m in e.mentions if m.block == "b3"]
    assert [m for m in victor.mentions if m.block == "b3"] == last
    assert all(m.block != "b3" for m in greta.mentions)


def test_first_word_of_a_named_instrument_is_that_instrument() -> None:
    ents = find_entities(
        build(["The Kestrel Deep Sky Telescope took the images.", "Even Kestrel alone could not resolve the knots."])
    )
    e = _by_name(ents, "Kestrel")
    assert e.name == "Kestrel Deep Sky Telescope" and e.type == "MISC" and len(e.mentions) == 2


@pytest.mark.parametrize(
    ("para", "name", "typ"),
    [
        ('"The ice is thinning," said Ana Ruiz of UC Santa Barbara, who led the survey.', "UC Santa Barbara", "ORG"),
        ("The survey was led by Ana Ruiz of NU Port Cruz in the spring.", "NU Port Cruz", "ORG"),
        ("Using Varden's new camera, the team timed the flare to the second.", "Varden", None),
    ],
    ids=["acronym-then-campus", "acronym-then-surname-shape", "sentence-start-gerund"],
)
def test_name_shapes(para: str, name: str, typ: EntityType | None) -> None:
    ents = find_entities(build([para]))
    assert all(not e.name.startswith("Using") for e in ents), [(e.name, e.type) for e in ents]
    e = _by_name(ents, name)
    assert typ is None or e.type == typ


def test_shared_surname_before_anyone_is_named_goes_to_the_first_named_after() -> None:
    ents = find_entities(
        build(
            [
                "Halloran said the gallery would stay open.",
                "Victor Halloran founded it in 1990; his wife Greta Halloran runs it now.",
                "Greta Halloran declined to comment.",
            ]
        )
    )
    victor = _by_name(ents, "Victor Halloran")
    assert any(m.block == "b0" for m in victor.mentions)
