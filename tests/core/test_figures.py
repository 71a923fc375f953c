"""Figures: money forms, percentages, measures, counts with their noun, non-figures, conflicts, attribution."""

from __future__ import annotations

import pytest

from reader.core import read_article
from reader.core.figures import find_figures, scan
from tests.core.article_builder import build

FIGURES = [
    # money: symbol, code or name; scale word or suffix
    ("The deal is worth $1.2 billion.", "$1.2 billion", "money", 1.2e9, "USD", "deal"),
    ("The club paid £30m for him.", "£30m", "money", 30e6, "GBP", None),
    ("It raised €4.5bn from investors.", "€4.5bn", "money", 4.5e9, "EUR", None),
    ("Fares rose to US$12 a ride.", "US$12", "money", 12.0, "USD", "Fares"),
    ("The fine was 5 million euros.", "5 million euros", "money", 5e6, "EUR", "fine"),
    ("A ticket costs 50 cents.", "50 cents", "money", 0.5, "USD", "ticket"),
    ("The council set aside 20 million pounds.", "20 million pounds", "money", 20e6, "GBP", None),
    ("It won a $40,000 grant.", "$40,000", "money", 40000.0, "USD", "grant"),
    # percentages
    ("Turnout was 61% this time.", "61%", "percent", 61.0, "%", "Turnout"),
    ("Prices rose 3.5 percent.", "3.5 percent", "percent", 3.5, "%", "Prices"),
    ("Unemployment fell 2 per cent.", "2 per cent", "percent", 2.0, "%", "Unemployment"),
    ("It rose 4%.", "4%", "percent", 4.0, "%", None),
    ("The rate rose 0.25 percentage points.", "0.25 percentage points", "percent", 0.25, "percentage points", "rate"),
    ("She won 52% of the vote.", "52%", "percent", 52.0, "%", "vote"),
    # measures
    ("The pipeline runs 1,200 km to the coast.", "1,200 km", "measure", 1200.0, "km", None),
    ("The storm dumped 30 cm of snow.", "30 cm", "measure", 30.0, "cm", "snow"),
    ("The ship carried 2,000 tonnes of grain.", "2,000 tonnes", "measure", 2000.0, "t", "grain"),
    ("It signed a 10-year lease.", "10-year lease", "measure", 10.0, "years", "lease"),
    ("A 40-year-old man was arrested.", "40-year-old", "measure", 40.0, "years", "age"),
    ("The siege lasted three weeks.", "three weeks", "measure", 3.0, "weeks", None),
    # counts: digits, number words, compounds, scale words
    (
        "NATO, a 32-member military alliance, did not reply.",
        "32-member military alliance",
        "count",
        32.0,
        None,
        "members of the military alliance",
    ),
    ("The port has 29 commercial berths.", "29 commercial berths", "count", 29.0, None, "commercial berths"),
    ("Five officials said the talks had stalled.", "Five officials", "count", 5.0, None, "officials"),
    ("At least 40 people were killed.", "40 people", "count", 40.0, None, "people"),
    ("The blast left 40 killed and many hurt.", "40 killed", "count", 40.0, None, "killed"),
    ("Twenty-five soldiers were wounded.", "Twenty-five soldiers", "count", 25.0, None, "soldiers"),
    ("The company employs 3.5 million workers.", "3.5 million workers", "count", 3.5e6, None, "workers"),
    ("A dozen schools closed.", "A dozen schools", "count", 12.0, None, "schools"),
    ("It built 1,200 new homes.", "1,200 new homes", "count", 1200.0, None, "new homes"),
    ("Five people killed in the crash were named.", "Five people", "count", 5.0, None, "people"),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "unit", "counts"), FIGURES, ids=[f[0] for f in FIGURES])
def test_figure(sentence: str, text: str, kind: str, value: float, unit: str | None, counts: str | None) -> None:
    found = scan(sentence)
    assert len(found) == 1, found
    f = found[0]
    assert (f.text, f.kind, f.unit, f.counts) == (text, kind, unit, counts)
    assert f.value == pytest.approx(value)
    assert sentence[f.start : f.end] == f.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The law passed in 2024.",
        "The vote is on March 3.",
        "The talks began at 10:30 a.m.",
        "The F-35 and COVID-19 were on the agenda.",
        "Article 5 of the treaty applies.",
        "The leak began three days ago.",
        "It finished third, 3-1 up.",
        "He scored 45.",
        "One of the officials left.",
        "The two continued to argue.",
    ],
)
def test_not_a_figure(sentence: str) -> None:
    assert [f.text for f in scan(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "approximate"),
    [
        ("More than 40 people died.", True),
        ("About 40 people died.", True),
        ("Between 40 and 45 people died.", True),
        ("Dozens of people died.", True),
        ("Forty people died.", False),
    ],
)
def test_approximate(sentence: str, approximate: bool) -> None:
    assert scan(sentence)[0].approximate is approximate


CONFLICTS = [
    (["The attack left 40 killed, police said.", "By evening officials put it at 45 killed."], True),
    (["The port has 39 berths.", "Ships dock at its 29 commercial berths."], True),
    (["The club signed a $1.2 billion deal.", "The $1.5 billion deal was signed on Monday."], True),
    (["Two officials spoke.", "Five officials declined to comment."], False),  # small counts: different groups
    (["The toll rose from 40 killed to 45 killed."], False),  # one sentence: a change
    (["The attack left 40 killed.", "Another 45 killed were counted in the north."], False),  # another group
    (["Some 40 people died.", "The toll reached 45 people."], False),  # approximate
    (["The port has 29 commercial berths.", "The navy has 12 military berths."], False),  # different things
    (["The port has 29 berths.", "It has 29 berths in all."], False),  # same value
]


@pytest.mark.parametrize(("paragraphs", "conflict"), CONFLICTS, ids=[" / ".join(c[0]) for c in CONFLICTS])
def test_conflicts(paragraphs: list[str], conflict: bool) -> None:
    figures, conflicts = find_figures(build(paragraphs))
    assert bool(conflicts) is conflict, (figures, conflicts)
    for c in conflicts:
        i, j = c.figures
        assert i < j < len(figures)
        assert c.why


def test_only_body_blocks() -> None:
    art = build([("heading", "29 berths"), "The port has 29 berths."], takeaways=["The port has 39 berths."])
    figures, _ = find_figures(art)
    assert [f.block for f in figures] == ["b1"]


def test_attributed_to_speaker_and_source() -> None:
    art = read_article(
        "Port news\n\n"
        '"We lost 40 containers in the storm," Mara Lindqvist said on Tuesday.\n\n'
        "The harbour handled 2,000 ships last year, according to Mara Lindqvist.\n\n"
        "The harbour has 29 commercial berths.\n\n"
        "Mara Lindqvist said the port would reopen. She said the stoppage cost €40 million.\n"
    )
    by_text = {f.text: f.attributed_to for f in art.figures}
    assert by_text["40 containers"] == "Mara Lindqvist"
    assert by_text["2,000 ships"] == "Mara Lindqvist"
    assert by_text["29 commercial berths"] is None
    assert by_text["€40 million"] == "Mara Lindqvist"  # "She said": the subject, resolved
