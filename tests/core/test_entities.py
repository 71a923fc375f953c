"""The built-in recogniser, rule by rule, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.entities import RuleEngine, find_entities
from reader.core.entities.tokens import sentence_starts, tokenize
from reader.core.model import BlockKind, Entity, EntityType
from tests.core.article_builder import build


def _spans(article_blocks: Sequence[tuple[BlockKind, str] | str]) -> set[tuple[str, EntityType]]:
    art = build([b if isinstance(b, tuple) else ("paragraph", b) for b in article_blocks])
    out: set[tuple[str, EntityType]] = set()
    for e in find_entities(art):
        for m in e.mentions:
            out.add((art.block(m.block).text[m.start : m.end], e.type))
    return out


FOUND = [
    (
        "Shares in Brindle Holdings rose after Maria Kessler joined the board.",
        {("Brindle Holdings", "ORG"), ("Maria Kessler", "PERSON")},
    ),
    ("The talks in Nairobi ended without a deal, officials in Kenya said.", {("Nairobi", "PLACE"), ("Kenya", "PLACE")}),
    (
        "U.S. President Gordon Pike met the Finance Minister of Norway.",
        {("U.S.", "PLACE"), ("Gordon Pike", "PERSON"), ("Norway", "PLACE")},
    ),
    (
        "Mr. Tolland declined to comment on the Harwick Mining Corp bid.",
        {("Tolland", "PERSON"), ("Harwick Mining Corp", "ORG")},
    ),
    (
        "A spokeswoman for the Ministry of Transport said the Bank of Lisbon would pay.",
        {("Ministry of Transport", "ORG"), ("Bank of Lisbon", "ORG")},
    ),
    ('"We will not stop," Odile Marchetti told reporters in Lyon.', {("Odile Marchetti", "PERSON"), ("Lyon", "PLACE")}),
    ("Quellstone's profits fell, Quellstone said on Tuesday.", {("Quellstone", "ORG")}),
    (
        "Farmers from Peru and Chile met the European Union delegation.",
        {("Peru", "PLACE"), ("Chile", "PLACE"), ("European Union", "ORG")},
    ),
    (
        "Critics of Ibrahim Haddad and Lena Ostrova gathered outside the Ostrava Daily Herald.",
        {("Ibrahim Haddad", "PERSON"), ("Lena Ostrova", "PERSON"), ("Ostrava Daily Herald", "ORG")},
    ),
    (
        "The analyst, Jorge van der Berg, works for Telvano Group in Madrid.",
        {("Jorge van der Berg", "PERSON"), ("Telvano Group", "ORG"), ("Madrid", "PLACE")},
    ),
    (
        "Shares of Quint Brothers and Harlan Semiconductor fell.",
        {("Quint Brothers", "ORG"), ("Harlan Semiconductor", "ORG")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[f"found-{i}" for i in range(len(FOUND))])
def test_finds_names_with_types(text: str, expected: set[tuple[str, EntityType]]) -> None:
    assert expected <= _spans([text])


NOT_NAMES = [
    ("The committee met on Monday. However, Nobody agreed.", ["The", "Monday", "However", "Nobody"]),
    ("Key Takeaways", ["Key Takeaways", "Key", "Takeaways"]),
    ("In March the company said its AI chips and CEO pay were fine.", ["In", "March", "AI", "CEO"]),
    ("President Gordon Pike spoke.", ["President Gordon Pike", "President"]),
    ("Brindle's shares fell.", ["Brindle's"]),
    ("Attendance: 4,000", ["Attendance"]),
    ("Sales of PCs and CPUs rose, No. 2 maker said.", ["PCs", "CPUs", "No."]),
]


@pytest.mark.parametrize(("text", "banned"), NOT_NAMES, ids=[f"not-{i}" for i in range(len(NOT_NAMES))])
def test_leaves_common_words_titles_and_possessives_out(text: str, banned: list[str]) -> None:
    surfaces = {s for s, _t in _spans([text])}
    assert not surfaces & set(banned)


def test_headings_create_no_entities_but_known_names_are_marked() -> None:
    art = build(
        [
            ("heading", "Mass Surveillance Concerns"),
            ("heading", "Why Quellstone Lost Ground"),
            "Quellstone, the drone maker, lost its contract.",
            ("heading", "Frequently Asked Questions"),
        ]
    )
    ents = find_entities(art)
    assert [e.name for e in ents] == ["Quellstone"]
    assert {m.block for m in ents[0].mentions} == {"b1", "b2"}


def test_shouted_headline_uses_names_from_the_body() -> None:
    spans = _spans(
        [
            ("title", "RUGBY - WALLABIES BEAT FIJI IN OSAKA"),
            "Fiji lost 30-12 to Australia in Osaka on Saturday.",
        ]
    )
    assert {("FIJI", "PLACE"), ("OSAKA", "PLACE"), ("Fiji", "PLACE")} <= spans
    assert not any(s == "RUGBY" for s, _t in spans)


def test_dateline_place() -> None:
    assert ("HELSINKI", "PLACE") in _spans(["HELSINKI 2001-03-04", "Prices rose in Finland."])


def test_sentence_start_word_needs_evidence() -> None:
    # "Trailing" starts a sentence and appears nowhere else: not a name
    assert _spans(["Trailing by ten points, the team rallied."]) == set()
    # a name at sentence start that recurs mid-sentence is kept
    assert ("Brixmoor", "ORG") in _spans(["Brixmoor won.", "Analysts expect Brixmoor to grow."])


def test_table_rows_name_teams() -> None:
    spans = _spans(["Halvik 3 Dornbury 1", "Dornbury 12 5 4 3 19"])
    assert {("Halvik", "ORG"), ("Dornbury", "ORG")} <= spans


def test_offsets_point_exactly_at_the_name() -> None:
    art = build(["Chief executive Maria Kessler's plan, backed by Telvano Group Inc., won."])
    text = art.blocks[0].text
    for e in find_entities(art):
        for m in e.mentions:
            assert text[m.start : m.end] in {e.name, *e.aliases}
            assert not text[m.start : m.end].endswith("'s")


def _by_name(ents: tuple[Entity, ...], name: str) -> Entity:
    return next(e for e in ents if e.name == name)


def test_engine_protocol_answers_for_one_text() -> None:
    raws = RuleEngine().mentions("Lena Ostrova flew to Oslo.")
    assert [(r.type) for r in raws] == ["PERSON", "PLACE"]


@pytest.mark.parametrize(
    ("text", "first_words"),
    [
        ("He left. She stayed.", ["He", "She"]),
        ('She said: "We won." Then left.', ["She", "We", "Then"]),
        ("Mr. Pike left.", ["Mr."]),
    ],
)
def test_sentence_starts(text: str, first_words: list[str]) -> None:
    toks = tokenize(text)
    assert [toks[i].text for i in sorted(sentence_starts(toks)) if i < len(toks) and toks[i].text[0].isalpha()] == (
        first_words
    )


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("U.S. forces", ["U.S.", "forces"]),
        ("O'Neill's car", ["O'Neill", "'", "s", "car"]),
        ("al-Assad and AT&T", ["al-Assad", "and", "AT&T"]),
        ("Acme Inc. rose", ["Acme", "Inc.", "rose"]),
    ],
)
def test_tokenize_keeps_names_whole(text: str, tokens: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == tokens


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(TypeError):
        find_entities(build(["Text."]), engine=object())  # type: ignore[arg-type]


DOCUMENT_RULES = [
    # a place word once after "in" makes every mention of it a place
    (["Rebels entered Varkhan on Monday.", "Fighting in Varkhan went on."], {("Varkhan", "PLACE")}),
    # a sports report: a place named as a side is a team
    (
        [
            ("title", "CRICKET - DERBYSHIRE WIN"),
            "Derbyshire beat Somerset by six wickets.",
            "Somerset 210 Derbyshire 211",
        ],
        {("Derbyshire", "ORG"), ("Somerset", "ORG")},
    ),
    # an unknown word glued to a country is two names
    (["Voronov Moldova talks stalled."], {("Moldova", "PLACE")}),
    # nationality-like words before a noun are MISC, not organisations
    (["Zandorian troops crossed the river."], {("Zandorian", "MISC")}),
    # name particles stay part of the name
    (
        ["Analysts said De Kuyper and Maarten van der Linde agreed."],
        {("De Kuyper", "PERSON"), ("Maarten van der Linde", "PERSON")},
    ),
    # organisation prefixes, '&', place suffixes, events
    (
        ["Dynamo Pirnau lost at Castlebrook Stadium.", "Harlow & Finch rose.", "He won the Ostrava Open."],
        {
            ("Dynamo Pirnau", "ORG"),
            ("Castlebrook Stadium", "PLACE"),
            ("Harlow & Finch", "ORG"),
            ("Ostrava Open", "MISC"),
        },
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), DOCUMENT_RULES, ids=[f"doc-{i}" for i in range(len(DOCUMENT_RULES))])
def test_document_rules(blocks: list[tuple[BlockKind, str] | str], expected: set[tuple[str, EntityType]]) -> None:
    assert expected <= _spans(blocks)


def test_place_in_ordinary_report_stays_a_place() -> None:
    spans = _spans(["Derbyshire beat the flood defences, officials in Derbyshire said."])
    assert ("Derbyshire", "PLACE") in spans


_WORDS = st.sampled_from(
    [
        "The",
        "the",
        "Acme",
        "Corp",
        "of",
        "and",
        "U.S.",
        "Mr.",
        "President",
        "Lena",
        "Ostrova",
        "NATO",
        "(",
        ")",
        "'s",
        ",",
        ".",
        '"',
        "said",
        "in",
        "Oslo",
        "1996-08-30",
        "LONDON",
        "-",
        "&",
        "van",
        "der",
        "Bank",
        "Journal",
        "X",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_WORDS, max_size=25).map(" ".join), min_size=1, max_size=6), st.booleans())
def test_any_text_gives_exact_offsets(paragraphs: list[str], heading: bool) -> None:
    blocks: list[tuple[BlockKind, str] | str] = [
        ("heading", paragraphs[0]) if heading else paragraphs[0],
        *paragraphs[1:],
    ]
    art = build([b if isinstance(b, tuple) else ("paragraph", b) for b in blocks])
    for e in find_entities(art):
        assert e.mentions == tuple(sorted(e.mentions, key=lambda m: (art.block_index(m.block), m.start)))
        for m in e.mentions:
            span = art.block(m.block).text[m.start : m.end]
            assert span and span == span.strip() and span in {e.name, *e.aliases}
