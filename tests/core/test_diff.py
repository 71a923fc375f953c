"""Comparing two versions: no false changes, and each kind and facet found (table-driven)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest

from reader.core import read_article
from reader.core.diff import ArticleDiff, Change, diff_articles, summary_line
from reader.core.model import Article
from tests.core.diff_pairs import FERRY, curly, drop_line, example, move_paragraph, rewrap, spaced

Edit = Callable[[str], str]
NOTICE = "Correction: An earlier version of this article said the harbour had 39 commercial berths. It has 29.\n"


@cache
def analysed(text: str) -> Article:
    return read_article(text)


def compare(old: str, new: str) -> ArticleDiff:
    return diff_articles(analysed(old), analysed(new))


def base(name: str) -> str:
    return FERRY if name == "ferry" else example()


SAME: list[tuple[str, str, Edit]] = [
    ("rewrapped-60", "ferry", rewrap),
    ("rewrapped-40", "ferry", lambda t: rewrap(t, 40)),
    ("curly-quotes", "ferry", curly),
    ("whitespace", "ferry", spaced),
    ("other-clutter", "ferry", lambda t: t.replace("Share this article", "Follow us on Facebook")),
    ("no-clutter", "ferry", lambda t: drop_line(drop_line(t, "Advertisement"), "Share this")),
    (
        "invisible-characters",
        "ferry",
        lambda t: t.replace("crossings", "cross\u00adings").replace(" a day", " a\u200b day"),
    ),
    ("unicode-hyphens", "example", lambda t: t.replace("start-up", "start\u2010up").replace(" - ", " \u2013 ")),
    ("example-rewrapped", "example", rewrap),
    ("example-curly", "example", curly),
    ("example-whitespace", "example", spaced),
    ("example-clutter", "example", lambda t: t.replace("Share this article", "Advertisement")),
]


@pytest.mark.parametrize(("name", "text", "edit"), SAME, ids=[s[0] for s in SAME])
def test_no_visible_change_is_no_change(name: str, text: str, edit: Edit) -> None:
    diff = compare(base(text), edit(base(text)))
    assert diff.changes == (), [(c.kind, c.old_text, c.new_text) for c in diff.changes]
    assert summary_line(diff.summary, diff.changes) == "no changes"


# (id, base, old edit, new edit, (kind, facets, silent) of the one expected change, note fragment)
CASES: list[tuple[str, str, Edit, Edit, tuple[str, tuple[str, ...], bool], str]] = [
    (
        "number-silent",
        "example",
        lambda t: t,
        lambda t: t.replace("more than 400 hours", "more than 300 hours"),
        ("changed", ("number",), True),
        "400 → 300",
    ),
    (
        "number-in-words",
        "ferry",
        lambda t: t,
        lambda t: t.replace("down from five", "down from four"),
        ("changed", ("number",), True),
        "five → four",
    ),
    (
        "quote-reworded",
        "ferry",
        lambda t: t,
        lambda t: t.replace("Nobody at this company wanted", "Nobody here wanted"),
        ("changed", ("quote",), True),
        "quote reworded",
    ),
    (
        "quote-reworded-example",
        "example",
        lambda t: t,
        lambda t: t.replace("Divers are not going anywhere", "Divers are going nowhere"),
        ("changed", ("quote",), True),
        "quote reworded",
    ),
    (
        "speaker-changed",
        "ferry",
        lambda t: t,
        lambda t: t.replace("chief executive Marta Lind said", "operations director Karl Aho said"),
        ("changed", ("quote", "entity", "attribution"), True),
        "speaker: Marta Lind → Karl Aho",
    ),
    (
        "named-to-anonymous",
        "ferry",
        lambda t: t,
        lambda t: t.replace("Councillor Tom Baird said", "A person familiar with the matter said"),
        ("changed", ("entity", "attribution"), True),
        "source: Tom Baird → A person familiar with the matter",
    ),
    (
        "named-to-anonymous-example",
        "example",
        lambda t: t,
        lambda t: t.replace("The Commercial Diving Union said", "A person familiar with the matter said"),
        ("changed", ("entity", "attribution"), True),
        "source: Commercial Diving Union",
    ),
    (
        "entity-added",
        "ferry",
        lambda t: t,
        lambda t: t.replace("emergency funding.", "emergency funding with Highland Ports Authority."),
        ("changed", ("entity",), True),
        "entity added",
    ),
    (
        "date-in-text",
        "ferry",
        lambda t: t,
        lambda t: t.replace("on Thursday", "on Friday"),
        ("changed", ("date",), False),
        "",
    ),
    (
        "paragraph-moved",
        "ferry",
        lambda t: t,
        lambda t: move_paragraph(t, "The company said it had", -3),
        ("moved", (), False),
        "",
    ),
    (
        "paragraph-moved-example",
        "example",
        lambda t: t,
        lambda t: move_paragraph(t, "The trial follows", 6),
        ("moved", (), False),
        "",
    ),
    (
        "moved-and-edited",
        "ferry",
        lambda t: t,
        lambda t: move_paragraph(t, "The company said it had", -3).replace("four engineering", "six engineering"),
        ("moved", ("number",), True),
        "four → six",
    ),
    (
        "paragraph-removed",
        "ferry",
        lambda t: t,
        lambda t: drop_line(t, "A spokesman for Orkney"),
        ("removed", ("entity",), True),
        "entity removed: Orkney Islands Council",
    ),
    (
        "quote-paragraph-added",
        "example",
        lambda t: t,
        lambda t: t.replace("What Happens Next\n", 'What Happens Next\n\n"We welcome it," said Mhairi Black.\n'),
        ("added", ("quote", "entity"), True),
        "quote added",
    ),
    (
        "plain-paragraph-added",
        "ferry",
        lambda t: t,
        lambda t: t.replace("Advertisement", "The timetable will be reviewed every month.\n\nAdvertisement"),
        ("added", (), False),
        "",
    ),
    (
        "headline",
        "ferry",
        lambda t: t,
        lambda t: t.replace("cuts winter crossings to two a day", "halves winter service"),
        ("changed", ("headline",), False),
        "headline changed",
    ),
    (
        "headline-figure",
        "ferry",
        lambda t: t,
        lambda t: t.replace("crossings to two a day", "crossings to three a day"),
        ("changed", ("headline", "number"), True),
        "number: two → three",
    ),
    (
        "byline",
        "ferry",
        lambda t: t,
        lambda t: t.replace("By Ana Kovac", "By Ana Kovac and Ola Berg"),
        ("changed", ("byline",), False),
        "byline changed",
    ),
    (
        "published-date",
        "ferry",
        lambda t: t,
        lambda t: t.replace("Published: 2026-11-02", "Published: 2026-11-03"),
        ("changed", ("date",), False),
        "date changed",
    ),
]


def _one(diff: ArticleDiff) -> Change:
    assert len(diff.changes) == 1, [(c.kind, c.facets, c.notes) for c in diff.changes]
    return diff.changes[0]


@pytest.mark.parametrize(("name", "text", "old", "new", "expected", "note"), CASES, ids=[c[0] for c in CASES])
def test_each_kind_and_facet(
    name: str, text: str, old: Edit, new: Edit, expected: tuple[str, tuple[str, ...], bool], note: str
) -> None:
    change = _one(compare(old(base(text)), new(base(text))))
    assert (change.kind, change.facets, change.silent) == expected, change.notes
    assert not note or any(note in n for n in change.notes), change.notes


def test_correction_notice_accounts_for_what_it_corrects() -> None:
    new = example()
    old = new.replace("29 commercial", "39 commercial").replace(NOTICE, "")
    diff = compare(old, new)
    kinds = [(c.kind, c.facets, c.silent) for c in diff.changes]
    assert kinds == [("changed", ("number",), False), ("added", ("correction",), False)]
    notice = diff.changes[1].new_block
    assert diff.changes[0].accounted_by == notice
    assert diff.summary.corrections_added == 1 and diff.summary.silent == 0


def test_a_notice_about_something_else_leaves_the_change_silent() -> None:
    new = example().replace(NOTICE, "Correction: An earlier version of this article misspelled Fiona MacLeod.\n")
    old = new.replace("29 commercial", "39 commercial").replace("Correction: An earlier", "Note: An earlier")
    number = next(c for c in compare(old, new).changes if "number" in c.facets)
    assert number.silent and number.accounted_by is None


def test_a_notice_already_in_the_older_version_accounts_for_nothing_new() -> None:
    old = example()
    new = old.replace("two officials familiar with the plan said", "the board said").replace(
        "29 commercial", "30 commercial"
    )
    changed = [c for c in compare(old, new).changes if c.kind == "changed"]
    assert changed and all(c.silent and c.accounted_by is None for c in changed)


def test_number_edit_offsets_on_both_sides() -> None:
    old = FERRY
    new = FERRY.replace("about 600 residents", "about 650 island residents")
    change = _one(compare(old, new))
    assert change.old_text is not None and change.new_text is not None
    (edit,) = change.edits
    assert edit.op == "replace" and (edit.old_text, edit.new_text) == ("600", "650 island")
    assert edit.old is not None and edit.new is not None
    assert change.old_text[edit.old[0] : edit.old[1]] == "600"
    assert change.new_text[edit.new[0] : edit.new[1]] == "650 island"
    assert edit.old[0] == change.old_text.index("600")


def test_offsets_index_the_blocks_of_each_side() -> None:
    old = analysed(FERRY)
    new_text = move_paragraph(FERRY, "The company said", -2).replace("on Monday", "late on Monday")
    new = analysed(new_text.replace("Kirkwall", "Stromness"))
    diff = diff_articles(old, new)
    assert diff.changes
    for c in diff.changes:
        for e in c.edits:
            if c.old_block and e.old:
                assert old.block(c.old_block).text[e.old[0] : e.old[1]] == e.old_text
            if c.new_block and e.new:
                assert new.block(c.new_block).text[e.new[0] : e.new[1]] == e.new_text


def test_summary_line_reads_like_the_issue() -> None:
    new = FERRY.replace("cuts winter crossings to two a day", "halves winter service")
    new = new.replace("Nobody at this company wanted", "Nobody here wanted").replace("about 600", "about 900")
    diff = compare(FERRY, new)
    line = summary_line(diff.summary, diff.changes)
    assert line.startswith("headline changed · 2 paragraphs changed")
    assert "1 quote reworded" in line and line.endswith("2 silent changes")
