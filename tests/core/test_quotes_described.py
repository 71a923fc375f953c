"""Described speakers ("the actress", "the 35-year-old") linked to the person, on firm ground only (own sentences)."""

from __future__ import annotations

import pytest

from reader.core.quotes.descriptions import in_apposition, parse_description
from reader.core.quotes.find import find_quotes
from tests.core.article_builder import build, ent

ELENA = ent("p1", "Elena Marsh", "PERSON", "Marsh")
DAVID = ent("p2", "David Okafor", "PERSON", "Okafor")
RENNER = ent("p3", "Skye Renner", "PERSON", "Renner")


def _speakers(paras: list[str]) -> list[str | None]:
    return [q.speaker for q in find_quotes(build(paras, [ELENA, DAVID, RENNER]))]


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        (
            ["Elena Marsh, the actress, arrived with David Okafor.", '"I loved every minute," the actress said.'],
            ["Elena Marsh"],
        ),
        (
            ["Former minister David Okafor met Elena Marsh.", '"The plan failed," said the former minister.'],
            ["David Okafor"],
        ),
        (
            ["Skye Renner, 35, joined the club in May.", '"I am staying," the 35-year-old said.'],
            ["Skye Renner"],
        ),
        (
            # main subject: named most, and the nearest fitting person
            ["Elena Marsh won.", "Marsh thanked David Okafor.", "Marsh cried.", '"It is a dream," the singer said.'],
            ["Elena Marsh"],
        ),
        (
            # no apposition and no main subject: left unnamed rather than guessed
            ["Elena Marsh thanked David Okafor.", '"It is a dream," the singer said.'],
            ["the singer"],
        ),
        (
            # an anonymous-source role needs the role beside the name, even for the main subject
            ["Elena Marsh won.", "Marsh thanked fans.", "Marsh cried.", '"We are proud," the spokeswoman said.'],
            ["the spokeswoman"],
        ),
        (
            # the description's gender skips the nearer man
            ["Elena Marsh, an actress, hugged David Okafor.", '"Thank you," the actress said.'],
            ["Elena Marsh"],
        ),
        (
            # the main subject, but someone else was named just before the description
            [
                "Elena Marsh won.",
                "Marsh cried.",
                'Teammate David Okafor praised Marsh. "She earned it," said the veteran.',
            ],
            ["the veteran"],
        ),
    ],
    ids=[
        "apposition-after",
        "role-before-name",
        "age",
        "main-subject",
        "no-ground",
        "anonymous-role",
        "gender",
        "other-person-just-named",
    ],
)
def test_described_speaker(paras: list[str], expected: list[str | None]) -> None:
    assert _speakers(paras) == expected


@pytest.mark.parametrize(
    ("phrase", "head", "gender"),
    [
        ("the American Horror Story actress", "actress", "F"),
        ("the 35-year-old", "35-year-old", None),
        ("the former minister", "minister", None),
        ("the actresses", None, None),
        ("a spokeswoman", None, None),
        ("the company", None, None),
        ("the Scottish Executive", None, None),
    ],
)
def test_parse_description(phrase: str, head: str | None, gender: str | None) -> None:
    d = parse_description(phrase)
    assert (d.head if d else None, d.gender if d else None) == (head, gender)


def test_apposition_of_another_role_does_not_count() -> None:
    text = "Elena Marsh, a teacher, spoke."
    d = parse_description("the actress")
    assert d is not None and not in_apposition(text, 0, len("Elena Marsh"), d)
