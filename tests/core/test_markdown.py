"""Markdown input: markdown-it-py tokens into the same model as plain text (texts written for these tests)."""

from __future__ import annotations

import pytest

from reader.core.model import Article
from reader.core.parse import parse_article
from reader.core.structure.frontmatter import read_front_matter, unquote


def md(text: str) -> Article:
    return parse_article(text, fmt="markdown")


FRONT = """---
layout: post
title: 'Dockers&#39; Strike: Day Nine'
subtitle: "Ships queue offshore"
author: Alva Kettering, Port correspondent
date: '2025-05-14 09:00:00'
updated: 16 May 2025
tags:
  - ports
  - labour
---

Dock workers extended their strike on Friday.
"""


def test_front_matter_metadata() -> None:
    a = md(FRONT)
    m = a.meta
    assert (m.title, m.subtitle, m.authors) == (
        "Dockers' Strike: Day Nine",
        "Ships queue offshore",
        ("Alva Kettering",),
    )
    assert (m.published, m.updated) == ("2025-05-14", "2025-05-16")
    assert [(b.kind, b.lines) for b in a.blocks] == [("title", (3, 3)), ("subtitle", (4, 4)), ("paragraph", (13, 13))]
    assert dict(a.meta_lines) == {"byline": 5, "published": 6, "updated": 7}
    assert {r.lines: r.reason for r in a.removed} == {(1, 2): "front-matter", (8, 11): "front-matter"}


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("'It''s here'", "It's here"),
        ('"Say \\"hi\\""', 'Say "hi"'),
        ("Research&#58; Update", "Research: Update"),
        ("plain", "plain"),
    ],
)
def test_unquote(raw: str, value: str) -> None:
    assert unquote(raw) == value


def test_front_matter_lists_of_authors() -> None:
    fm = read_front_matter(["---", "authors:", "  - Ana Ruiz", "  - Li Wei", "---"])
    assert fm.end == 5 and fm.lists["authors"] == [("Ana Ruiz", 3), ("Li Wei", 4)]
    assert md("---\nauthors: [Ana Ruiz, Li Wei]\n---\n\nText here.\n").meta.authors == ("Ana Ruiz", "Li Wei")


@pytest.mark.parametrize(
    ("author", "authors"),
    [
        ("Ana Ruiz", ("Ana Ruiz",)),
        ("Ana Ruiz, Port correspondent", ("Ana Ruiz",)),
        ("Ana Ruiz and Li Wei", ("Ana Ruiz", "Li Wei")),
        ("Harbour Board Press Information Office", ("Harbour Board Press Information Office",)),
    ],
)
def test_front_matter_author_forms(author: str, authors: tuple[str, ...]) -> None:
    assert md(f"---\nauthor: {author}\n---\n\nText here.\n").meta.authors == authors


def test_no_front_matter_when_unclosed() -> None:
    assert read_front_matter(["---", "title: x"]).end == 0


def test_h1_is_the_title_and_headings_make_sections() -> None:
    a = md("# Port Strike\n\nLede here.\n\n## Talks Stall\n\nMore text.\n\n### Pay Offer\n\nDetail.\n")
    assert a.meta.title == "Port Strike" and a.blocks[0].kind == "title"
    assert [(s.title, s.level) for s in a.sections] == [(None, 2), ("Talks Stall", 2), ("Pay Offer", 3)]
    assert a.block(a.sections[2].heading_block or "").level == 3


def test_heading_followed_by_subheading_is_not_empty() -> None:
    a = md("# T\n\n## Part One\n\n### Detail\n\nText.\n")
    assert [s.title for s in a.sections if s.title] == ["Part One", "Detail"]
    a = md("# T\n\n## Part One\n\n## Part Two\n\nText.\n")
    assert not a.removed and [(b.kind, b.text) for b in a.blocks[1:3]] == [
        ("paragraph", "Part One"),
        ("heading", "Part Two"),
    ]
    a = md("# T\n\nText.\n\n## Tags\n\n## Part Two\n\nMore.\n")
    assert [(r.text, r.reason) for r in a.removed] == [("Tags", "empty-heading")]


def test_inline_spans() -> None:
    a = md("Dock *workers* and **crews** saw [the offer](https://example.invalid/offer) in `v2` ~~today~~.\n")
    b = a.blocks[0]
    assert b.text == "Dock workers and crews saw the offer in v2 today."
    got = [(b.text[s.start : s.end], s.kind, s.href) for s in b.spans]
    assert got == [
        ("workers", "em", None),
        ("crews", "strong", None),
        ("the offer", "link", "https://example.invalid/offer"),
        ("v2", "code", None),
        ("today", "strike", None),
    ]


def test_lists_quotes_code_and_raw_html() -> None:
    text = (
        "Intro line.\n\n- one\n- two\n  - nested\n\n1. first\n\n> quoted\n>\n> again\n\n"
        "```\nx = 1\n```\n\n<div>[b]raw[/b]</div>\n"
    )
    a = md(text)
    got = [(b.kind, b.text, b.level) for b in a.blocks]
    assert got == [
        ("paragraph", "Intro line.", 0),
        ("list_item", "one", 1),
        ("list_item", "two", 1),
        ("list_item", "nested", 2),
        ("list_item", "first", 1),
        ("blockquote", "quoted", 0),
        ("blockquote", "again", 0),
        ("code", "x = 1", 0),
        ("paragraph", "<div>[b]raw[/b]</div>", 0),
    ]
    assert [(r.lines, r.reason) for r in a.removed] == [((10, 10), "markup")]


def test_q_and_a_pairs_are_faq() -> None:
    a = md("# Visitor FAQ\n\nQ: When does it open?\n\nA: In the spring.\n\nMore detail.\n\nQ: Is it free?\n\nA: No.\n")
    assert [(f.question, f.answer) for f in a.faq] == [
        ("When does it open?", "In the spring. More detail."),
        ("Is it free?", "No."),
    ]
    assert [b.kind for b in a.blocks][1:] == ["faq_question", "faq_answer", "faq_answer", "faq_question", "faq_answer"]


def test_link_only_paragraph_ends_an_answer() -> None:
    a = md("Q: Is it free?\n\nA: No.\n\n[Source](http://example.invalid/)\n")
    assert [(f.question, f.answer) for f in a.faq] == [("Is it free?", "No.")]
    assert a.blocks[-1].kind == "paragraph"


def test_faq_section_with_question_headings() -> None:
    a = md("# T\n\nLede.\n\n## FAQ\n\n### Why strike?\n\nPay.\n\n### For how long?\n\nWeeks.\n")
    assert [(f.question, f.answer) for f in a.faq] == [("Why strike?", "Pay."), ("For how long?", "Weeks.")]


def test_takeaways_list() -> None:
    a = md("# T\n\nLede.\n\n## Key Takeaways\n\n- First point.\n- Second point.\n\n## Next\n\nBody.\n")
    assert [t.text for t in a.takeaways] == ["First point.", "Second point."]


def test_bold_label_opens_takeaways() -> None:
    a = md("# T\n\nLede.\n\n**Key Takeaways**\n\n- First point.\n- Second point.\n")
    assert [t.text for t in a.takeaways] == ["First point.", "Second point."]


def test_images_shortcodes_link_definitions_are_accounted_for() -> None:
    text = (
        "![alt][1]\n\n[box]\n\n[big]**Lead:** text here.\n\n[/box]\n\nBody [x][1].\n\n[1]: http://example.invalid/a\n"
    )
    a = md(text)
    assert [(r.lines, r.reason) for r in a.removed] == [
        ((1, 1), "image"),
        ((3, 3), "shortcode"),
        ((7, 7), "shortcode"),
        ((11, 11), "link-definition"),
    ]
    assert [b.text for b in a.blocks] == ["Lead: text here.", "Body x."]


def test_quote_shortcode_makes_a_blockquote() -> None:
    a = md("Intro.\n\n[quote]\n### “We will not move.”\n[/quote]\n\nAfter.\n")
    assert [(b.kind, b.text) for b in a.blocks][1] == ("blockquote", "“We will not move.”")


def test_byline_paragraph_and_duplicate_title() -> None:
    a = md("---\ntitle: Port Strike\n---\n\n# Port Strike\n\nBy Alva Kettering\n\nLede text here.\n")
    assert a.meta.authors == ("Alva Kettering",)
    assert [r.reason for r in a.removed if r.reason != "front-matter"] == ["duplicate"]
    assert [b.kind for b in a.blocks] == ["title", "paragraph"]


def test_q_and_a_on_consecutive_lines_are_split() -> None:
    a = md("# Ferry FAQ\n\nQ: Is it *free*?\nA: No, it costs **two** pounds.\n\n*Correction: Fare misstated.*\n")
    assert [(f.question, f.answer) for f in a.faq] == [("Is it free?", "No, it costs two pounds.")]
    question, answer = (a.block(x) for x in (a.faq[0].question_block or "", a.faq[0].answer_block or ""))
    assert (question.lines, answer.lines) == ((3, 3), (4, 4))
    assert [question.text[s.start : s.end] for s in question.spans] == ["free"]
    assert [answer.text[s.start : s.end] for s in answer.spans] == ["two"]
    assert a.blocks[-1].kind == "paragraph"


def test_q_and_a_on_one_line_stay_one_block() -> None:
    a = md("Q: Is it free? A: No.\n\nThe ferry runs daily.\n")
    assert all(b.lines[0] == b.lines[1] for b in a.blocks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[big]**Lead:** the quay reopens in May. — The desk[/big]\n", "Lead: the quay reopens in May. — The desk"),
        ("The quay reopens in May.[/big] Crews are back.\n", "The quay reopens in May. Crews are back."),
        ("The quay [b]reopens[/b] in May.\n", "The quay reopens in May."),
        ("The mayor said the quay [sic] reopens in May.\n", "The mayor said the quay [sic] reopens in May."),
        ("The crowd [laughs] and the mayor goes on.\n", "The crowd [laughs] and the mayor goes on."),
    ],
    ids=["trailing-close", "close-mid-text", "paired-inline", "sic-kept", "stage-direction-kept"],
)
def test_stray_shortcodes_inside_a_paragraph_are_dropped(text: str, expected: str) -> None:
    """A closing "[/tag]" is always markup; an opening "[tag]" only when its closing tag follows."""
    assert [b.text for b in md(text).blocks] == [expected]


def test_dropping_a_shortcode_keeps_spans_on_their_words() -> None:
    a = md("The [b]quay[/b] reopens in *May*.[/big]\n")
    [b] = a.blocks
    assert b.text == "The quay reopens in May."
    assert [b.text[s.start : s.end] for s in b.spans] == ["May"]
