"""Timeline: each date form, weekday arithmetic across month and year ends, ranges, anchors, events."""

from __future__ import annotations

import datetime as dt

import pytest

from reader.core.model import Meta
from reader.core.timeline import anchor_of, find_timeline
from reader.core.timeline.calendar import weekday
from reader.core.timeline.expressions import find_expressions
from tests.core.article_builder import build

D = dt.date


def resolve(sentence: str, base: D) -> tuple[str, str | None, tuple[str, str] | None, str]:
    """(text, date, range, anchor) of the only time expression of one paragraph, against a dateline day."""
    meta = Meta(dateline=f"{base:%B} {base.day} (Wire)", published=base.isoformat())
    refs = find_timeline(build([sentence], meta=meta))
    assert len(refs) == 1, [r.text for r in refs]
    r = refs[0]
    return r.text, r.date, r.range, r.anchor


TUE = D(2026, 3, 3)  # a Tuesday

CASES = [
    # weekdays, past tense: the latest such day on or before the anchor
    ("The mayor resigned on Tuesday.", TUE, "2026-03-03", None),
    ("The mayor resigned on Monday.", TUE, "2026-03-02", None),
    ("The board met on Friday.", TUE, "2026-02-27", None),
    ("The board met on Wednesday.", TUE, "2026-02-25", None),
    ("Police said Sunday that two men were held.", TUE, "2026-03-01", None),
    ("The vote came last Tuesday.", TUE, "2026-02-24", None),
    ("Tuesday's vote was close.", TUE, "2026-03-03", None),
    ("The ship sank on Saturday night.", TUE, "2026-02-28", None),
    # weekdays, future tense: the next such day
    ("The council will vote on Thursday.", TUE, "2026-03-05", None),
    ("Talks are scheduled to resume on Monday.", TUE, "2026-03-09", None),
    ("The strike starts next Friday.", TUE, "2026-03-06", None),
    # across a month end and a year end
    ("The plant closed on Friday.", D(2026, 3, 2), "2026-02-27", None),
    ("The plant closed on Wednesday.", D(2026, 1, 1), "2025-12-31", None),
    ("The plant closed on Monday.", D(2026, 1, 2), "2025-12-29", None),
    ("The plant will reopen on Monday.", D(2025, 12, 31), "2026-01-05", None),
    ("The plant closed on Thursday.", D(2024, 3, 1), "2024-02-29", None),
    # deictic
    ("The minister resigned yesterday.", D(2026, 1, 1), "2025-12-31", None),
    ("The minister speaks tomorrow.", D(2025, 12, 31), "2026-01-01", None),
    # explicit dates
    ("The law took effect on March 3, 2024.", TUE, "2024-03-03", None),
    ("The law took effect on 3 March 2024.", TUE, "2024-03-03", None),
    ("The law took effect on 2024-03-03.", TUE, "2024-03-03", None),
    ("The law took effect on Feb. 12.", TUE, "2026-02-12", None),
    ("The law took effect on December 12.", D(2026, 1, 5), "2025-12-12", None),
    ("The law takes effect on January 12.", D(2025, 12, 20), "2026-01-12", None),
    # ranges
    ("The firm announced a deal late last week.", TUE, None, ("2026-02-26", "2026-02-28")),
    ("The firm announced a deal early last week.", TUE, None, ("2026-02-23", "2026-02-25")),
    ("The firm announced a deal last week.", TUE, None, ("2026-02-23", "2026-03-01")),
    ("The firm announced a deal earlier this week.", D(2026, 3, 5), None, ("2026-03-02", "2026-03-04")),
    ("The firm announced a deal last week.", D(2026, 1, 2), None, ("2025-12-22", "2025-12-28")),
    ("Sales fell last month.", TUE, None, ("2026-02-01", "2026-02-28")),
    ("Sales fell last month.", D(2026, 1, 15), None, ("2025-12-01", "2025-12-31")),
    ("Sales fell late last month.", TUE, None, ("2026-02-21", "2026-02-28")),
    ("Sales fell earlier this month.", D(2026, 3, 20), None, ("2026-03-01", "2026-03-19")),
    ("Sales fell last year.", TUE, None, ("2025-01-01", "2025-12-31")),
    ("The plant opened in 2024.", TUE, None, ("2024-01-01", "2024-12-31")),
    ("The plant opened in late 2024.", TUE, None, ("2024-09-01", "2024-12-31")),
    ("She lost the 2024 election.", TUE, None, ("2024-01-01", "2024-12-31")),
    ("The plant opened in March 2024.", TUE, None, ("2024-03-01", "2024-03-31")),
    ("The plant opened in January.", TUE, None, ("2026-01-01", "2026-01-31")),
    ("The plant opened in November.", TUE, None, ("2025-11-01", "2025-11-30")),
    ("Prices rose in the past week.", TUE, None, ("2026-02-24", "2026-03-02")),
    ("The leak began three days ago.", TUE, "2026-02-28", None),
    ("The leak began two weeks ago.", TUE, "2026-02-17", None),
    ("The leak began a month ago.", D(2026, 3, 31), "2026-02-28", None),
    ("The leak began days after the audit.", TUE, None, ("2026-02-25", "2026-03-01")),
]


@pytest.mark.parametrize(("sentence", "base", "date", "span"), CASES, ids=[c[0] + str(c[1]) for c in CASES])
def test_resolution(sentence: str, base: D, date: str | None, span: tuple[str, str] | None) -> None:
    _text, got_date, got_range, _anchor = resolve(sentence, base)
    assert (got_date, got_range) == (date, span)


@pytest.mark.parametrize(
    "sentence",
    [
        "Shoppers queued for Black Friday bargains.",
        "The company may cut jobs.",
        "The poll has Smith at 2024 votes.",
        "March is a month of rain.",
    ],
)
def test_not_time(sentence: str) -> None:
    assert [e.text for e in find_expressions(sentence)] == []


def test_longest_form_wins() -> None:
    assert [e.text for e in find_expressions("It fell late last week and on March 3, 2024.")] == [
        "late last week",
        "on March 3, 2024",
    ]


@pytest.mark.parametrize(
    ("base", "name", "future", "want"),
    [
        (D(2026, 3, 3), "tuesday", False, D(2026, 3, 3)),
        (D(2026, 3, 3), "tuesday", True, D(2026, 3, 10)),
        (D(2026, 3, 1), "saturday", False, D(2026, 2, 28)),
        (D(2027, 1, 1), "thursday", False, D(2026, 12, 31)),
        (D(2026, 12, 30), "monday", True, D(2027, 1, 4)),
    ],
)
def test_weekday_arithmetic(base: D, name: str, future: bool, want: D) -> None:
    assert weekday(base, name, future=future) == want


@pytest.mark.parametrize(
    ("meta", "want"),
    [
        (Meta(dateline="LONDON, March 3 (Wire)", published="2026-03-04"), (D(2026, 3, 3), "dateline")),
        (Meta(dateline="Dec 31 (Wire)", published="2027-01-02"), (D(2026, 12, 31), "dateline")),
        (Meta(dateline="PARIS (Wire)", published="2026-03-04"), (D(2026, 3, 4), "published")),
        (Meta(published="2026-03-04"), (D(2026, 3, 4), "published")),
        (Meta(), (None, "published")),
    ],
)
def test_anchor(meta: Meta, want: tuple[D | None, str]) -> None:
    assert anchor_of(build(["x"], meta=meta)) == want


def test_published_anchor_and_explicit_label() -> None:
    art = build(["The fund closed on Friday. It opened on May 2, 2019."], meta=Meta(published="2026-03-04"))
    refs = {r.text: r for r in find_timeline(art)}
    assert (refs["on Friday"].date, refs["on Friday"].anchor) == ("2026-02-27", "published")
    assert refs["on May 2, 2019"].anchor == "explicit"


def test_date_order_and_events() -> None:
    art = build(
        [
            "LIMA, March 3 (Wire) - The port reopened on Tuesday, days after a strike shut the docks.",
            "The union called the strike late last week to protest pay cuts.",
        ],
        meta=Meta(dateline="LIMA, March 3 (Wire)", published="2026-03-04"),
    )
    refs = find_timeline(art)
    assert [r.text for r in refs] == ["days after", "late last week", "on Tuesday"]
    by_text = {r.text: r for r in refs}
    assert by_text["days after"].event == "a strike shut the docks"
    assert by_text["on Tuesday"].event.startswith("The port reopened")
    assert "March 3" not in by_text  # the dateline itself is the anchor, not an event
    for r in refs:
        block = art.block(r.block)
        assert block.text[r.start : r.end] == r.text


def test_quote_resolved_against_statement_date() -> None:
    art = build(
        ['"We will sign on Friday," the minister said on Monday, March 16.'],
        meta=Meta(dateline="March 30 (Wire)", published="2026-03-30"),
    )
    refs = {r.text: r for r in find_timeline(art)}
    assert refs["on Friday"].anchor == "statement"
    assert refs["on Friday"].date == "2026-03-20"


def test_no_anchor_leaves_relative_unresolved() -> None:
    refs = find_timeline(build(["It rained on Tuesday and in 2020."]))
    got = {r.text: (r.date, r.range) for r in refs}
    assert got["on Tuesday"] == (None, None)
    assert got["in 2020"] == (None, ("2020-01-01", "2020-12-31"))


@pytest.mark.parametrize(
    ("sentence", "expr", "event"),
    [
        ("On Friday, the board approved the budget.", "On Friday", "On Friday, the board approved the budget"),
        ("The union struck in December, after 1,600 members voted.", "in December", "The union struck in December"),
        ("Talks collapsed days after the strike began.", "days after", "the strike began"),
        ("The plant, after a fire last month, closed.", "last month", "a fire last month"),
    ],
)
def test_event_clause(sentence: str, expr: str, event: str) -> None:
    refs = {r.text: r for r in find_timeline(build([sentence], meta=Meta(published="2026-03-04")))}
    assert refs[expr].event == event
