"""Pronoun speakers respect gender: "she" never goes to the man named just before (own sentences only)."""

from __future__ import annotations

import pytest

from reader.core.quotes.find import find_quotes
from reader.core.quotes.gender import name_gender, person_genders
from tests.core.article_builder import build, ent

# Given names with a clear sex in the Census table; "Jordan Pike" has none.
ELENA = ent("p1", "Elena Marsh", "PERSON", "Marsh")
DAVID = ent("p2", "David Okafor", "PERSON", "Okafor")
JORDAN = ent("p3", "Jordan Pike", "PERSON", "Pike")
SKYE = ent("p4", "Skye Renner", "PERSON", "Renner")
QUILL = ent("p5", "Quill Abara", "PERSON", "Abara")


def _speakers(paras: list[str]) -> list[str | None]:
    art = build(paras, [ELENA, DAVID, JORDAN, SKYE, QUILL])
    return [q.speaker for q in find_quotes(art)]


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        (
            ["David Okafor said Elena Marsh would lead the crew.", '"We start on Monday," she said.'],
            ["Elena Marsh"],
        ),
        (
            ["David Okafor met Elena Marsh at the depot.", '"We start on Monday," he said.'],
            ["David Okafor"],
        ),
        (
            ["Elena Marsh met David Okafor at the depot.", '"We start on Monday," he said.'],
            ["David Okafor"],
        ),
        (
            # unknown gender stays eligible for both pronouns
            ["Elena Marsh thanked Jordan Pike.", '"It was a team effort," he said.'],
            ["Jordan Pike"],
        ),
        (
            # an honorific settles a name the Census table does not know
            ["Mr Abara thanked Skye Renner.", '"Nobody asked us," she said.'],
            ["Skye Renner"],
        ),
        (
            # a gendered role noun in apposition does too
            ["Quill Abara, a spokesman for the union, thanked Skye Renner.", '"What a night," she said.'],
            ["Skye Renner"],
        ),
        (
            # an unnamed speaker of fitting gender just before the pronoun is who continues
            ['David Okafor left. A spokeswoman for Harbour Rail said the line was shut. She added: "We are sorry."'],
            ["A spokeswoman for Harbour Rail"],
        ),
        (
            ['Elena Marsh left. A spokesman for Harbour Rail said the line was shut. She added: "We are sorry."'],
            ["Elena Marsh"],
        ),
        (
            ['A spokeswoman said the line was shut. Elena Marsh disagreed. She added: "We are sorry."'],
            ["Elena Marsh"],
        ),
    ],
    ids=[
        "she-skips-man",
        "he-nearest",
        "he-skips-woman",
        "unknown-eligible",
        "honorific",
        "role-noun",
        "unnamed-spokeswoman",
        "unnamed-wrong-gender",
        "person-named-after-unnamed",
    ],
)
def test_pronoun_speaker_fits_gender(paras: list[str], expected: list[str | None]) -> None:
    assert _speakers(paras) == expected


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Elena Marsh", "F"),
        ("David Okafor", "M"),
        ("Jordan Pike", None),
        ("Lady Brightwell", "F"),
        ("Sir Tom Abara", "M"),
        ("Marsh", None),
    ],
)
def test_name_gender(name: str, gender: str | None) -> None:
    assert name_gender(name) == gender


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quill Abara opened the meeting. He said the team was ready, and he left early.", {"p5": "M"}),
        ("Quill Abara opened the meeting. He left early.", {}),  # one pronoun is not enough
        ("Quill Abara and Skye Renner met. She said it went well, and she left.", {}),  # either could be meant
        ('Quill Abara spoke. "She will win, she always does," the coach said.', {}),  # pronouns in quotes
    ],
    ids=["two-pronouns", "one-pronoun", "coordinated", "quoted"],
)
def test_pronoun_chain_gives_gender_when_nothing_else_does(text: str, expected: dict[str, str]) -> None:
    assert person_genders(build([text], [QUILL, SKYE])) == expected


def test_conflicting_evidence_stays_unknown() -> None:
    art = build(["Jordan Pike, the actress, and her husband.", "Pike, the chairman of the club, declined."], [JORDAN])
    assert person_genders(art) == {}
