"""Where the article body of a page dump starts and ends (issue 11): one table per rule, on dumps written for them.

The pages are built from `tests.core.dumps` (a menu tree, a headline block, a
hard-wrapped story, teasers, a footer) with one piece changed per case: the
lead photo's credit, a dek, a rating widget, a share label, a teaser stream.
"""

from __future__ import annotations

import pytest

from reader.core.structure.dump_body import stream_stamps
from reader.core.structure.lines import split_units
from reader.core.structure.page_dump import find_article
from tests.core import dumps as d
from tests.core.dumps import body_text as _body
from tests.core.dumps import parsed as _parsed
from tests.core.dumps import removed_reason as _reason


def _page(*header: str, story: str | None = None) -> str:
    """Menus, the headline, `header` lines (each its own block), the story, teasers and the footer."""
    return d.page(d.MENU_TREE, d.HEADLINE, *header, story or d.story(), d.TEASERS, d.FOOTER)


LEDE = d.STORY[0][:40]


@pytest.mark.parametrize(
    ("above", "kept"),
    [
        ("Photo by Jane Doe/Getty Images", True),  # the lead photo's credit: shown with the story
        ("Cranes stand still on the quay. (Photo: Jane Doe, Reuters)", True),
        ("Image caption Cranes stand still on the quay", False),  # a screen reader's label
    ],
    ids=["credit", "caption-and-credit", "spoken-label"],
)
def test_the_lead_photos_credit_stays_right_above_the_lede(above: str, kept: bool) -> None:
    a = _parsed(_page(d.BYLINE + "\n" + d.DATE, above))
    body = _body(a)
    assert LEDE in body
    if kept:
        assert body.index(above) < body.index(LEDE)
        assert body.index(LEDE) < 200
    else:
        assert above not in body
        assert _reason(a, above) == "caption"


def test_a_credit_inside_the_story_is_still_set_aside() -> None:
    paragraphs = [*d.STORY[:2], "Photo by Jane Doe/Getty Images", *d.STORY[2:]]
    a = _parsed(_page(d.BYLINE + "\n" + d.DATE, story=d.story(paragraphs)))
    assert "Jane Doe/Getty" not in _body(a)
    assert _reason(a, "Jane Doe/Getty") == "caption"


def test_a_caption_that_repeats_its_alt_text_is_not_kept() -> None:
    alt = "Cranes stand still on the quay of the harbour while the strike goes on."
    a = _parsed(_page(d.BYLINE + "\n" + d.DATE, alt + "\n" + alt + " Photo by Jane Doe/Getty Images"))
    assert "Jane Doe/Getty" not in _body(a)


@pytest.mark.parametrize(
    ("line", "dek"),
    [
        ("Union leaders say the talks will not resume before the port authority changes its offer.", True),
        ("Facebook Twitter Pinterest LinkedIn Reddit WhatsApp Email Copy Link", False),  # a share row
        ("Published May 14, 2025 at 10:20 am, updated at noon", False),  # a date line
        ("Source: the weekly bulletin of the port authority for shipping lines", False),  # a labelled line
        ("Cranes stand still on the quay of the harbour. (The Associated Press)", False),  # a caption's credit
    ],
    ids=["sentence", "share-row", "dated", "labelled", "credited"],
)
def test_the_first_sentence_under_the_headline_is_its_dek(line: str, dek: bool) -> None:
    a = _parsed(_page(line, d.BYLINE + "\n" + d.DATE))
    assert (a.meta.subtitle == line) is dek
    assert LEDE in _body(a)


def test_a_dek_the_weighing_took_for_prose_does_not_open_the_body() -> None:
    dek = (
        "Union leaders say the talks will not resume before the port authority changes its offer, "
        "and ships keep waiting offshore."
    )
    a = _parsed(_page(dek, d.BYLINE + " | " + d.DATE))
    assert a.meta.title == d.HEADLINE
    assert a.meta.subtitle == dek
    assert _body(a).startswith(d.STORY[0][:30])


@pytest.mark.parametrize(
    ("line", "reasons"),
    [
        ("Share All sharing options for: " + d.HEADLINE, {"duplicate"}),  # the headline said again
        ("1,204 views", {"page-header", "boilerplate"}),  # a count
        ("Harbour Ports Shipping Unions Europe Strikes Cranes Cargo Ferries", {"page-header", "menu"}),
        ("Cranes stand still on the quay. (The Associated Press)", {"page-header", "caption"}),  # a credit
    ],
    ids=["headline-repeat", "count", "link-row", "credited"],
)
def test_furniture_between_headline_and_lede_is_set_aside(line: str, reasons: set[str]) -> None:
    a = _parsed(_page(d.BYLINE + "\n" + d.DATE, line))
    assert line not in _body(a)
    assert _reason(a, line) in reasons


VIDEO = "Watch\n0:49\nNow playing"
"""A video teaser between the first paragraph and the rest: the weighing starts the body below it."""


@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("Location: the harbour district", ""),
        ("Subject: " + d.HEADLINE + ", second edition", ""),  # the headline used as a name in a fact
        ("Rotterdam/ New Harbour:", ""),  # the lede's dateline on a line of its own
        ("The strike began on a Monday.", VIDEO),
        ("The port has been closed since Monday, and the union says the strike will go on.", VIDEO),
    ],
    ids=["labelled-fact", "fact-naming-the-headline", "dateline", "sentence", "lede-under-byline"],
)
def test_facts_and_sentences_between_headline_and_lede_are_kept(line: str, after: str) -> None:
    a = _parsed(_page(d.BYLINE + "\n" + d.DATE, line, *([after] if after else [])))
    assert line in _body(a)
    assert a.meta.subtitle is None


def test_a_rating_widget_and_its_label_are_set_aside() -> None:
    stars = "\n".join(f"  • Rate {n} stars" for n in range(1, 6))
    a = _parsed(_page(d.BYLINE + "\n" + d.DATE, "Rate:", stars))
    body = _body(a)
    assert "Rate 3 stars" not in body and "Rate:" not in body
    assert _reason(a, "Rate 3 stars") == "menu"
    assert body.index(LEDE) < 100


def test_a_story_the_page_repeats_in_a_summary_box_is_found_the_first_time() -> None:
    text = d.page(d.MENU_TREE, d.HEADLINE, d.BYLINE + "\n" + d.DATE, d.story(), d.TEASERS, d.story(), d.FOOTER)
    units = split_units(text)
    found = find_article(units, {})
    assert found is not None
    assert units[found.start].body.startswith(LEDE)


STAMP = "April {day}, 2014 -- Updated 13{day} GMT (21{day} HKT)"
TWEET = "— Jane Doe (@janedoe) April {day}, 2019"


@pytest.mark.parametrize(
    ("line", "times", "stamps"),
    [
        (STAMP, 3, True),  # a teaser stream stamps each teaser alike
        (STAMP, 2, False),  # twice is not a stream
        (TWEET, 3, False),  # quoted tweets sign with a name and a handle
    ],
    ids=["stream", "twice", "tweets"],
)
def test_date_lines_of_one_shape_said_three_times_are_a_streams_stamps(line: str, times: int, stamps: bool) -> None:
    parts = []
    for n in range(times):
        parts += [f"Another Story Headline Number {n}", line.format(day=10 + n), "One sentence about that story."]
    units = split_units(d.page(*parts))
    found = stream_stamps(units)
    dated = {i for i, u in enumerate(units) if u.body.startswith(("April", "—"))}
    assert found == (dated if stamps else set())


def test_a_teaser_streams_stamped_summaries_are_not_the_story() -> None:
    stream = d.page(
        *[
            f"Teaser Headline Number {n}\n{STAMP.format(day=10 + n)}\n"
            + d.wrap("A summary of another story that reads like a sentence of running text about the port.")
            for n in range(4)
        ]
    )
    a = _parsed(d.page(d.MENU_TREE, d.HEADLINE, d.BYLINE + "\n" + d.DATE, d.story(), stream, d.FOOTER))
    assert LEDE in _body(a)
    assert "A summary of another story" not in _body(a)


@pytest.mark.parametrize(
    "button",
    ["Save javascript:void(0)", "Share javascript:void(0)javascript:void(0)"],
    ids=["save", "share"],
)
def test_buttons_printed_with_their_script_link_are_set_aside(button: str) -> None:
    paragraphs = [d.STORY[0], button, *d.STORY[1:]]
    a = _parsed(_page(d.BYLINE + "\n" + d.DATE, story=d.story(paragraphs)))
    assert "javascript" not in _body(a)
    assert _reason(a, button) is not None


@pytest.mark.parametrize(
    ("between", "kept"),
    [
        ("", True),
        ("Related article\n\nWhy the harbour's cranes are older than its workers", True),  # a related link first
        ("Read more\n\nA Teaser Headline\n\nA Second Teaser\n\nA Third Teaser\n\nA Fourth Teaser\n\nA Fifth", False),
    ],
    ids=["right-under", "under-a-related-link", "past-the-teasers"],
)
def test_the_storys_credits_line_stays_with_it_under_a_related_link(between: str, kept: bool) -> None:
    credits = "Ines Marlow contributed reporting from Rotterdam."
    tail = [between] if between else []
    a = _parsed(d.page(d.MENU_TREE, d.HEADLINE, d.BYLINE + "\n" + d.DATE, d.story(), *tail, credits, d.FOOTER))
    assert (a.meta.credits == credits) is kept
    assert "Why the harbour's cranes" not in _body(a)


@pytest.mark.parametrize(
    "line",
    [
        "Get the latest port news delivered to your inbox every week.",
        "By subscribing, you agree to our privacy policy and terms.",
    ],
    ids=["inbox", "agree"],
)
def test_a_newsletter_box_inside_the_story_is_set_aside(line: str) -> None:
    paragraphs = [d.STORY[0], "Sign up for our Ports newsletter", line, "Sign up", *d.STORY[1:]]
    a = _parsed(_page(d.BYLINE + "\n" + d.DATE, story=d.story(paragraphs)))
    assert line not in _body(a)
    assert d.STORY[1][:40] in _body(a)


def test_teaser_headlines_wrapped_onto_two_lines_are_not_the_story() -> None:
    heads = [
        f"Harbour authority number {n} says the new cranes will not arrive before the summer season"
        for n in range(1, 9)
    ]
    teasers = d.page(*[d.wrap(h, 80) for h in heads])
    story = "\n\n".join(d.wrap(p, 80) for p in d.STORY)
    a = _parsed(d.page(d.MENU_TREE, d.HEADLINE, d.BYLINE + "\n" + d.DATE, story, teasers, d.FOOTER))
    assert LEDE in _body(a)
    assert "Harbour authority number" not in _body(a)
