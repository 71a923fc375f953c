"""Datelines and context cues, rule by rule, on lines written for these tests."""

from __future__ import annotations

import pytest

from reader.core.entities import RuleEngine
from reader.core.entities.cues import is_code, place_frame, work_frame
from reader.core.entities.dateline import is_dateline, prose_dateline
from reader.core.entities.tokens import tokenize
from reader.core.model import EntityType


@pytest.mark.parametrize(
    ("line", "place", "story"),
    [
        ("THE HAGUE, Netherlands (AP) \u2014 Farmers drove tractors.", "THE HAGUE", "Farmers"),
        ("WARSAW, June 3 (Reuters) - Varta Bank said on Tuesday.", "WARSAW", "Varta"),
        ("MILLBROOK \u2014 Drivers should expect delays.", "MILLBROOK", "Drivers"),
        ("ABERDEEN, Scotland, Sept. 9, 2026 /PRNewswire/ -- Northwind Energy said.", "ABERDEEN", "Northwind"),
        ("SAN JOSE, Costa Rica (AP) \u2014 Rain fell.", "SAN JOSE", "Rain"),
    ],
)
def test_prose_dateline_found(line: str, place: str, story: str) -> None:
    toks = tokenize(line)
    n, at = prose_dateline(toks)
    assert " ".join(t.text for t in toks[:n]) == place
    assert toks[at].text == story


@pytest.mark.parametrize(
    "line",
    [
        "SOCCER - Late goal gives Rovers the title.",  # a category before a hyphen
        "NASA said on Monday it would launch.",  # a shouted first word in a sentence
        "The HAGUE talks ended.",
        "UN officials, speaking in Geneva, said so.",
    ],
)
def test_prose_dateline_not_found(line: str) -> None:
    assert prose_dateline(tokenize(line)) == (0, 0)


@pytest.mark.parametrize(
    ("line", "n"),
    [("LONDON 1996-08-30", 1), ("MILWAUKEE, Wisconsin 1996-08-29", 1), ("PARIS (Reuters) -", 1), ("Paris is big", 0)],
)
def test_dateline_line(line: str, n: int) -> None:
    assert is_dateline(tokenize(line)) == n


@pytest.mark.parametrize(
    ("word", "code"),
    [("A12", True), ("B3293", True), ("F-16", True), ("M25", True), ("Brentford3", False), ("Apeldoorn", False)],
)
def test_is_code(word: str, code: bool) -> None:
    assert is_code(word) is code


@pytest.mark.parametrize(
    ("prev2", "prev", "nxt", "place"),
    [
        ("city", "of", "", True),
        ("village", "of", "", True),
        ("north", "of", "", True),
        ("fled", "to", "", True),
        ("", "the", "river", True),
        ("chief", "of", "", False),
        ("spoke", "to", "", False),
        ("", "the", "board", False),
    ],
)
def test_place_frame(prev2: str, prev: str, nxt: str, place: bool) -> None:
    assert place_frame(prev2, prev, nxt) is place


@pytest.mark.parametrize(
    ("prev2", "prev", "work"),
    [("the", "novel", True), ("novel", ",", True), ("game", ",", False), ("the", "company", False)],
)
def test_work_frame(prev2: str, prev: str, work: bool) -> None:
    assert work_frame(prev2, prev) is work


def _typed(text: str) -> dict[str, EntityType]:
    return {text[m.start : m.end]: m.type for m in RuleEngine().mentions(text)}


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("Crews cleared roads near the town of Velmora on Sunday.", "Velmora", "PLACE"),
        ("Rescuers reached the village of Ostin Vale by boat.", "Ostin Vale", "PLACE"),
        ("Water rose along the Drava river overnight.", "Drava", "PLACE"),
        ("Mrs Quellan said the plan was rushed.", "Quellan", "PERSON"),
        ("Trade fell, Dana Orrin, Chief Financial Officer of Brisk Foods, said.", "Brisk Foods", "ORG"),
        ("She praised his novel, Harrow Lights, in a review.", "Harrow Lights", "MISC"),
        ("Flooding followed Hurricane Odile in the region.", "Hurricane Odile", "MISC"),
        ("Bookings rose in Greater Manchester this year.", "Greater Manchester", "PLACE"),
        ("Visitors came from Brighton, Selwick and Leeds last week.", "Selwick", "PLACE"),
        ("The Army Corps of Engineers declined to comment.", "Army Corps of Engineers", "ORG"),
        ("Former Trade Minister Elsa Varga spoke.", "Elsa Varga", "PERSON"),
        ("NATO \u2014 the alliance \u2014 said on Monday it would act.", "NATO", "ORG"),  # not a dateline
        ("Lorries used the A12 and the M25 all day.", "A12", "MISC"),  # a road: a code, never an organisation
        ("Fans bought the PS3 at launch.", "PS3", "MISC"),
        ("The BBC said BBC2 would show it.", "BBC2", "ORG"),  # a channel of a listed broadcaster
    ],
)
def test_context_types_a_name(text: str, name: str, etype: EntityType) -> None:
    assert _typed(text).get(name) == etype


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Traffic on Route 9 slowed. Route 9 reopens in May.", "Route"),
        ("Separately, the firm said it would hire.", "Separately"),
        ("Media Contact: Jo Pell", "Media Contact"),
        ("The Industry Secretary said little.", "Industry Secretary"),
        ("Former Trade Minister Elsa Varga spoke.", "Former Trade Minister Elsa Varga"),
        ("It grew in the 19th Century.", "Century"),
    ],
)
def test_not_a_name(text: str, name: str) -> None:
    assert name not in _typed(text)
