"""The recogniser on whole articles in the shapes news comes in, written for these tests.

Each file under tests/data/entities/ imitates one house style (a wire story with an
all-caps dateline, a Reuters dispatch, a Guardian or BBC report with "Ms"/"Mr"
honorifics, an NYT feature with "Mr."/"Ms." and a place-only dateline, a local paper
with roads and "the village of", a press release with a label block). The people,
firms and towns are invented; countries and large cities are real.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from reader.core import read_article
from reader.core.model import Article, EntityType

DATA = Path(__file__).resolve().parent.parent / "data" / "entities"


@cache
def _article(name: str) -> Article:
    return read_article((DATA / name).read_text(encoding="utf-8"))


def _by_name(name: str) -> dict[str, tuple[EntityType, str]]:
    """Every spelling of every entity -> (type, main name)."""
    out: dict[str, tuple[EntityType, str]] = {}
    for e in _article(name).entities:
        for n in (e.name, *e.aliases):
            out[n] = (e.type, e.name)
    return out


TYPED: list[tuple[str, str, EntityType]] = [
    # all-caps dateline with a region and an agency; place cues; a road number
    ("ap.txt", "Lisbon", "PLACE"),
    ("ap.txt", "Tomar", "PLACE"),  # "near the town of"
    ("ap.txt", "Ourem Velho", "PLACE"),  # "the village of", two unknown words
    ("ap.txt", "Santarem", "PLACE"),  # "north of"
    ("ap.txt", "Tagus", "PLACE"),  # "the Tagus river"
    ("ap.txt", "Helena Barroso", "PERSON"),
    ("ap.txt", "Rui Falcato", "PERSON"),  # title before the name
    ("ap.txt", "Leiria", "PLACE"),
    ("ap.txt", "Associated Press", "ORG"),
    ("ap.txt", "European Union", "ORG"),
    ("ap.txt", "A13", "MISC"),  # a road number: a code, not an organisation
    # Reuters dateline with a date; a firm named without a cue word, then by its first word
    ("reuters.txt", "Warsaw", "PLACE"),
    ("reuters.txt", "Varta Bank", "ORG"),
    ("reuters.txt", "Kestrel Capital", "ORG"),
    ("reuters.txt", "Brovik Securities", "ORG"),
    ("reuters.txt", "Tomasz Grelak", "PERSON"),
    ("reuters.txt", "Ewa Sosnowska", "PERSON"),
    ("reuters.txt", "Reuters", "ORG"),
    ("reuters.txt", "Poland", "PLACE"),
    # Guardian: "Ms" without a full stop, job title after the name, a union without cue word
    ("guardian.txt", "Nadia Okonjo", "PERSON"),
    ("guardian.txt", "Gareth Pryce", "PERSON"),
    ("guardian.txt", "Bristol", "PLACE"),
    ("guardian.txt", "Friends of Redfield Library", "ORG"),
    ("guardian.txt", "Castle Park", "PLACE"),
    ("guardian.txt", "City Hall", "PLACE"),  # "at City Hall": a common word and a surname-like one
    # BBC: "Mr"/"Mrs" at a sentence start, a council named after its county, a street
    ("bbc.txt", "Penhale", "PERSON"),
    ("bbc.txt", "Treloar", "PERSON"),
    ("bbc.txt", "Cornwall", "PLACE"),
    ("bbc.txt", "Cornwall Council", "ORG"),
    ("bbc.txt", "Porthallow", "PLACE"),
    ("bbc.txt", "Fore Street", "PLACE"),
    ("bbc.txt", "Amy Rowe", "PERSON"),
    ("bbc.txt", "B3293", "MISC"),
    # NYT: headline case, "Mr."/"Ms.", a dateline with no agency, a college named after its town
    ("nyt.txt", "Harwood", "PLACE"),
    ("nyt.txt", "Harwood College", "ORG"),
    ("nyt.txt", "Jonas Lindqvist", "PERSON"),
    ("nyt.txt", "Alvarez-Reid", "PERSON"),
    ("nyt.txt", "Deerfield Robotics", "ORG"),
    ("nyt.txt", "Des Moines", "PLACE"),
    ("nyt.txt", "Priya Raman", "PERSON"),
    ("nyt.txt", "Higher Learning Commission", "ORG"),
    # local paper: place-only dateline, roads, "the village of", a mayor named with his town
    ("local.txt", "Millbrook", "PLACE"),
    ("local.txt", "Fallsburg", "PLACE"),
    ("local.txt", "Elm Creek", "PLACE"),
    ("local.txt", "Oak Street", "PLACE"),
    ("local.txt", "Carl Jessup", "PERSON"),
    ("local.txt", "Dana Whitlock", "PERSON"),
    ("local.txt", "Department of Transportation", "ORG"),
    ("local.txt", "Millbrook Gazette", "ORG"),
    # press release: dateline with a wire name, a title after the name, a contact block
    ("release.txt", "Aberdeen", "PLACE"),
    ("release.txt", "Scotland", "PLACE"),
    ("release.txt", "Northwind Energy", "ORG"),
    ("release.txt", "Laura McBride", "PERSON"),
    ("release.txt", "Aberdeenshire", "PLACE"),  # "off the coast of"
    ("release.txt", "North Sea", "PLACE"),
    ("release.txt", "Edinburgh", "PLACE"),
    ("release.txt", "Fiona Grant", "PERSON"),
]


@pytest.mark.parametrize(("file", "name", "etype"), TYPED, ids=[f"{f[:-4]}-{n}" for f, n, _t in TYPED])
def test_entity_found_with_type(file: str, name: str, etype: EntityType) -> None:
    names = _by_name(file)
    assert name in names, f"{name!r} not found; entities: {sorted(names)}"
    assert names[name][0] == etype


ABSENT: list[tuple[str, str]] = [
    ("ap.txt", "LISBON"),  # as its own entity: the dateline form is an alias of "Lisbon" (checked below)
    ("ap.txt", "Rising"),  # the first word of the story after the dateline dash
    ("reuters.txt", "Separately"),  # an adverb opening a sentence, before "the"
    ("reuters.txt", "Varta"),  # an alias of Varta Bank, not an entity of its own (checked below)
    ("bbc.txt", "Mrs Penhale"),  # the honorific is context
    ("bbc.txt", "Councillor Amy Rowe"),
    ("local.txt", "Route"),  # "Route 9"
    ("local.txt", "Interstate"),
    ("local.txt", "MILLBROOK"),
    ("nyt.txt", "Deerfield"),
    ("release.txt", "Media Contact"),  # a label
    ("release.txt", "Chief Operating Officer of Northwind Energy"),
    ("release.txt", "Chief Operating Officer"),
    ("release.txt", "About Northwind Energy"),
]


@pytest.mark.parametrize(("file", "name"), ABSENT, ids=[f"{f[:-4]}-{n}" for f, n in ABSENT])
def test_no_entity_named(file: str, name: str) -> None:
    assert name not in {e.name for e in _article(file).entities}


ABSENT_ANYWHERE: list[tuple[str, str]] = [
    ("ap.txt", "Rising"),
    ("reuters.txt", "Separately"),
    ("local.txt", "Route"),
    ("local.txt", "Interstate"),
    ("release.txt", "Media Contact"),
    ("release.txt", "PRNewswire Northwind"),
]


@pytest.mark.parametrize(("file", "name"), ABSENT_ANYWHERE, ids=[f"{f[:-4]}-{n}" for f, n in ABSENT_ANYWHERE])
def test_not_even_an_alias(file: str, name: str) -> None:
    assert name not in _by_name(file)


LINKED: list[tuple[str, str, str]] = [
    ("ap.txt", "LISBON", "Lisbon"),  # the dateline's capitals, the city of the story
    ("reuters.txt", "WARSAW", "Warsaw"),
    ("release.txt", "ABERDEEN", "Aberdeen"),
    ("local.txt", "MILLBROOK", "Millbrook"),
    ("reuters.txt", "Varta", "Varta Bank"),  # a firm's first word after its full name
    ("reuters.txt", "Kestrel", "Kestrel Capital"),
    ("nyt.txt", "Deerfield", "Deerfield Robotics"),
    ("nyt.txt", "Lindqvist", "Jonas Lindqvist"),  # "Mr. Lindqvist" before the full name
    ("guardian.txt", "Okonjo", "Nadia Okonjo"),
    ("ap.txt", "Falcato", "Rui Falcato"),
]


@pytest.mark.parametrize(("file", "alias", "name"), LINKED, ids=[f"{f[:-4]}-{a}" for f, a, _n in LINKED])
def test_alias_linked_to_full_name(file: str, alias: str, name: str) -> None:
    names = _by_name(file)
    assert alias in names and names[alias][1] == name
