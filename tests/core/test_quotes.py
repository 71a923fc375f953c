"""Quotes: what counts as a quotation, its kind, offsets and speaker (own sentences only)."""

from __future__ import annotations

import pytest

from reader.core.model import Article
from reader.core.quotes.find import find_quotes
from tests.core.article_builder import build, ent

MAYA = ent("p1", "Maya Lindqvist", "PERSON", "Lindqvist")
OMAR = ent("p2", "Omar Haddad", "PERSON", "Haddad")
FERRY = ent("o1", "Northwind Ferries", "ORG", "Northwind")
GAZETTE = ent("o2", "The Harbour Gazette", "ORG", "Harbour Gazette", "Gazette")
ENTS = [MAYA, OMAR, FERRY, GAZETTE]


def _quotes(paras: list[str]) -> list[tuple[str, str, str | None]]:
    art = build(paras, ENTS)
    return [(q.text, q.kind, q.speaker) for q in find_quotes(art)]


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        (
            ['"We will rebuild the pier before winter," Lindqvist said.'],
            [("We will rebuild the pier before winter", "direct", "Maya Lindqvist")],
        ),
        (
            ["“The timetable is not negotiable,” said Omar Haddad, the port manager."],
            [("The timetable is not negotiable", "direct", "Omar Haddad")],
        ),
        (
            ['Maya Lindqvist said: "Nobody will lose a job over this."'],
            [("Nobody will lose a job over this.", "direct", "Maya Lindqvist")],
        ),
        (
            ['Northwind said its boats "will never sail without a second engineer aboard" from May.'],
            [("will never sail without a second engineer aboard", "partial", "Northwind Ferries")],
        ),
        (
            ["Omar Haddad arrived late.", "“We tried,” he said, “and we failed.”"],
            [("We tried", "direct", "Omar Haddad"), ("and we failed.", "direct", "Omar Haddad")],
        ),
        (
            ["Northwind Ferries cut two routes.", '"We had no choice," it said in a statement.'],
            [("We had no choice", "direct", "Northwind Ferries")],
        ),
        (
            ['"The harbour is safe," a company spokeswoman said.'],
            [("The harbour is safe", "direct", "a company spokeswoman")],
        ),
        (
            ['"Fares will rise again in spring," according to the Harbour Gazette.'],
            [("Fares will rise again in spring", "direct", "The Harbour Gazette")],
        ),
    ],
    ids=[
        "x-said-after",
        "said-x-after",
        "x-said-colon-before",
        "partial-reported",
        "broken-by-attribution",
        "pronoun-it-org",
        "anonymous-description",
        "according-to",
    ],
)
def test_quote_and_speaker(paras: list[str], expected: list[tuple[str, str, str | None]]) -> None:
    assert _quotes(paras) == expected


@pytest.mark.parametrize(
    "paras",
    [
        ['The ferry runs on Northwind\'s "temporary" timetable.'],
        ["She watched “Harbour Lights” twice and then “The Long Night at Sea” again."],
        ['Critics call it a "ghost route" and a "vanity project".'],
        ["The “Blue Line” singer opened the festival."],
    ],
    ids=["scare-one-word", "titles", "scare-two-words", "title-as-modifier"],
)
def test_scare_quotes_and_titles_are_not_quotes(paras: list[str]) -> None:
    assert _quotes(paras) == []


def test_quote_spanning_paragraphs() -> None:
    art = build(
        [
            "Maya Lindqvist spoke to the crew on Friday.",
            "“The first winter was the hardest one any of us had known.",
            "“But we learned to trust each other, and that is why we are still here,” Lindqvist said.",
        ],
        ENTS,
    )
    [q] = find_quotes(art)
    assert q.blocks == ("b1", "b2")
    assert q.block == "b1" and q.kind == "direct" and q.speaker == "Maya Lindqvist"
    assert "first winter" in q.text and "still here" in q.text


def test_offsets_point_at_the_quoted_words() -> None:
    art = build(['Haddad said the plan "puts every passenger first, not the budget" and left.'], ENTS)
    [q] = find_quotes(art)
    assert art.block(q.block).text[q.start : q.end] == q.text
    assert q.id == "q0" and q.speaker_entity == "p2"


def test_unattributed_paragraph_quote_continues_previous_speaker() -> None:
    paras = ['"We are ready," Lindqvist said.', '"The boats are fuelled and the crews are rested."']
    assert [s for _, _, s in _quotes(paras)] == ["Maya Lindqvist", "Maya Lindqvist"]


def test_pronoun_resolves_to_nearest_person_not_org() -> None:
    paras = ["Northwind hired Maya Lindqvist in 2020.", '"It was the right move for the company," she said.']
    assert _quotes(paras) == [("It was the right move for the company", "direct", "Maya Lindqvist")]


def test_unknown_name_is_kept_unlinked() -> None:
    art = build(['"The tide waits for nobody," said Ellis Park.'], [])
    [q] = find_quotes(art)
    assert q.speaker == "Ellis Park" and q.speaker_entity is None


def test_only_prose_blocks_are_searched() -> None:
    art: Article = build([("heading", '"Never again," says captain'), "Plain text."], ENTS)
    assert find_quotes(art) == ()


@pytest.mark.parametrize(
    ("para", "expected"),
    [
        (
            "“We never gave up on the night route,’’ Haddad said.",
            [("We never gave up on the night route", "direct", "Omar Haddad")],
        ),
        ("Fares rose in the ‘90s and fell in the mid-’00s, said the report.", []),
        (
            'The captain behaved "like a true professional in a storm" on Monday, a crew member said.',
            [("like a true professional in a storm", "partial", "a crew member")],
        ),
        (
            "The ferries, Haddad said, were “too slow for modern commuters” in every survey.",
            [("too slow for modern commuters", "partial", "Omar Haddad")],
        ),
    ],
    ids=["two-single-quotes-close", "decade-apostrophes", "tag-closes-sentence", "tag-before-partial"],
)
def test_mark_and_tag_variants(para: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _quotes([para]) == expected


def test_names_inside_quotes_are_not_pronoun_antecedents() -> None:
    paras = [
        "Maya Lindqvist met the crews on Monday.",
        "“I owe everything to Omar Haddad,” she said.",
    ]
    assert _quotes(paras)[0][2] == "Maya Lindqvist"


@pytest.mark.parametrize(
    ("para", "speaker"),
    [
        ('"The river belongs to the city again," said the artists.', "the artists"),
        ('"We will study the bill," said the chairman of the harbour committee, Omar Haddad.', "Omar Haddad"),
        ('"It is over," the two skippers said.', "the two skippers"),
    ],
    ids=["described-inverted", "role-then-name", "described-before-verb"],
)
def test_described_speakers_in_tags(para: str, speaker: str) -> None:
    assert _quotes([para])[0][2] == speaker


def test_pronoun_prefers_the_sentence_subject_over_a_nearer_modifier() -> None:
    paras = [
        "Omar Haddad, who leads the dockers' union, has met many Lindqvist voters this year.",
        "“They are not fools,” he says.",
    ]
    assert _quotes(paras)[0][2] == "Omar Haddad"


def test_a_new_speaker_between_two_quotes_takes_the_second() -> None:
    paras = ['Haddad asked about the "long winter contracts," Lindqvist replied, "They are signed and sealed."']
    assert _quotes(paras)[-1][2] == "Maya Lindqvist"


@pytest.mark.parametrize(
    ("para", "expected"),
    [
        ("‘We will not sell the boats,’ Lindqvist said.", [("We will not sell the boats", "direct", "Maya Lindqvist")]),
        ("«Nous resterons ici tout l'hiver», a déclaré Haddad.", [("Nous resterons ici tout l'hiver", "direct", None)]),
        (
            "“The crew’s ‘winter rota’ works well,” Haddad said.",
            [("The crew’s ‘winter rota’ works well", "direct", "Omar Haddad")],
        ),
    ],
    ids=["curly-single", "guillemets", "nested-single-inside-double"],
)
def test_other_quote_styles(para: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _quotes([para]) == expected


def test_the_person_named_before_a_colon_speaks() -> None:
    assert _quotes(['Lindqvist was blunt about the winter timetable: "We are done with it."'])[0][2] == "Maya Lindqvist"
