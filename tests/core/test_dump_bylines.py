"""Bylines and dates of page dumps (issue 11): one rule per table row, on lines and small dumps written for them."""

from __future__ import annotations

import pytest

from reader.core.model import Article
from reader.core.parse import parse_article
from reader.core.structure import language
from reader.core.structure.header_dates import figures_order, numeric_date, unglue
from reader.core.structure.meta import read_byline, split_byline_names
from reader.core.structure.page_header import read_header
from tests.core import dumps as d
from tests.core.invariants import assert_accounted, assert_well_formed


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("10/13/16 12:34PM", "2016-10-13"),  # month first: 13 can only be the day
        ("9/21/2016", "2016-09-21"),
        ("21/9/2016", "2016-09-21"),  # day first
        ("03/04/2026", None),  # either order: left unread
        ("2/30/2016", None),  # no such day
        ("Page 1/2", None),
        ("v1.2/3/4", None),
    ],
)
def test_numeric_dates_only_when_the_order_is_certain(text: str, iso: str | None) -> None:
    assert numeric_date(text) == iso


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("HarbourLedger.comOct. 13, 2016", "HarbourLedger.com Oct. 13, 2016"),
        ("Coastal LedgerMarch 3, 2026", "Coastal Ledger March 3, 2026"),
        ("December 10, 2021April 9, 2019", "December 10, 2021 April 9, 2019"),
        ("Marching band", "Marching band"),
        ("The Mayor", "The Mayor"),
    ],
)
def test_month_names_glued_to_a_word_are_cut_loose(text: str, glued: str) -> None:
    assert unglue(text) == glued


@pytest.mark.parametrize(
    ("line", "field", "value", "date"),
    [
        ("10/13/16 12:34PM", "published", "2016-10-13", None),
        ("Harbour Daily Harbour Daily 9/21/2016 Alva Kettering", "byline", "Alva Kettering", "2016-09-21"),
        ("HarbourLedger.comOct. 13, 2016", "published", "2016-10-13", None),
        (
            "Publié le 14 mai 2025 à 13h59 - Mis à jour le 15 mai 2025 à 09h03, une ligne longue de plus",
            "published",
            "2025-05-14",
            None,
        ),
        ("Updated May 15, 2025, first published May 14, 2025", "published", "2025-05-14", None),
        ("Posted on 2025年5月14日 by kettering", "byline", "kettering", "2025-05-14"),
        ("Posted by Alva Kettering on May 14, 2025", "byline", "Alva Kettering", "2025-05-14"),
        ("Alva Kettering, May 14, 2025", "byline", "Alva Kettering", "2025-05-14"),
        ("Author: Alva Kettering", "byline", "Alva Kettering", None),
        ("By Alva Kettering, Senior Port Correspondent", "byline", "Alva Kettering", None),
        (
            "By Alva K. Kettering , Tobias S.A. Okafor, and Mara Lindqvist, CNN",
            "byline",
            "Alva K. Kettering, Tobias S.A. Okafor, Mara Lindqvist",
            None,
        ),  # initials are no shouted name
        (
            "By Alva Kettering, Tobias Okafor and Mara Lindqvist",
            "byline",
            "Alva Kettering, Tobias Okafor, Mara Lindqvist",
            None,
        ),
        ("May 20, 2025May 14, 2025 by Alva Kettering", "byline", "Alva Kettering", "2025-05-14"),  # the earlier
        ("Published 3 hours ago", None, None, None),  # a relative date is no date
        ("Science May 14, 2025", "published", "2025-05-14", None),  # a section name is no writer
    ],
)
def test_headline_block_lines(line: str, field: str | None, value: str | None, date: str | None) -> None:
    hits = read_header([(0, line)], has_date=False, has_byline=False)
    if field is None:
        assert hits == {}
        return
    assert (hits[0].field, hits[0].value, hits[0].date) == (field, value, date)


@pytest.mark.parametrize(
    ("rest", "names"),
    [
        ('Amanda "Tide Mae" Kettering November 19, 2023', ('Amanda "Tide Mae" Kettering',)),
        ("Alva “AK” Kettering", ("Alva “AK” Kettering",)),
        ("About “Harbour Nights”", ()),  # a quoted title with no last name after it is no nickname
    ],
)
def test_a_quoted_nickname_stays_inside_the_name(rest: str, names: tuple[str, ...]) -> None:
    assert split_byline_names(rest)[0] == names
    assert read_byline("By " + rest) == names


def _parsed(text: str) -> Article:
    article = parse_article(text)
    assert_accounted(text, article)
    assert_well_formed(article)
    return article


def _dump(block: str, headline: str = d.HEADLINE) -> str:
    """A whole page with `block` as the lines between the headline and the story."""
    return d.page(d.MENU_TREE, headline, block, d.SHARE_ROW, d.story(), d.TEASERS, d.COMMENTS, d.FOOTER)


@pytest.mark.parametrize(
    ("block", "authors", "published"),
    [
        ("Alva\nMay 14, 2025", ("Alva",), "2025-05-14"),  # one-word name right under the headline, date below it
        ("[photo]\nEditor\nMay 14, 2025", ("Editor",), "2025-05-14"),  # a picture's placeholder between
        ("HarbourLedger May 14, 2025", ("HarbourLedger",), "2025-05-14"),  # a name glued to the date line
        ("[1] 岸田浩二2025-05-14 14:27:02", ("岸田浩二",), "2025-05-14"),
        ("author 岸田浩二\nMay 14, 2025", ("岸田浩二",), "2025-05-14"),  # a labelled byline
        ("May 14, 2025\n文● 岸田浩二／港湾編集部", ("岸田浩二",), "2025-05-14"),  # "text by", then the desk
        ("By Alva Kettering\nCoastal Ledger\nMay 14, 2025", ("Alva Kettering",), "2025-05-14"),  # an affiliation
        ("Alva Kettering\nUpdated:\nMay 20, 2025\nOriginal:\nMay 14, 2025", ("Alva Kettering",), "2025-05-14"),
        ("Harbour Strike\nMay 14, 2025", (), "2025-05-14"),  # words the story writes in lower case: a label
        ("Harbour Strike  May 14, 2025", (), "2025-05-14"),
        ("Culture\nMay 14, 2025", (), "2025-05-14"),  # a section name is no writer
        ("Analysis\nMay 14, 2025", (), "2025-05-14"),  # nor is the story's kind
        ("科技\nMay 14, 2025", (), "2025-05-14"),  # a bare word in a wide script there is as often a tag
    ],
)
def test_headline_block_on_a_page(block: str, authors: tuple[str, ...], published: str) -> None:
    a = _parsed(_dump(block))
    assert a.meta.title == d.HEADLINE
    assert (a.meta.authors, a.meta.published) == (authors, published)


def test_a_date_just_over_the_headline_when_none_is_under_it() -> None:
    a = _parsed(d.page(d.MENU_TREE, "News releases\n2025.05.14", d.HEADLINE, d.SHARE_ROW, d.story(), d.FOOTER))
    assert a.meta.title == d.HEADLINE
    assert a.meta.published == "2025-05-14"


def test_a_name_the_headline_holds_is_its_subject_not_its_writer() -> None:
    headline = "Port Honours Alva Kettering With a New Crane Named After Her"
    block = "by the Harbour Desk\nMay 14, 2025"
    a = _parsed(d.page(d.MENU_TREE, "ALVA KETTERING", headline, block, d.SHARE_ROW, d.story(), d.FOOTER))
    assert a.meta.title == headline
    assert a.meta.authors == ()


@pytest.mark.parametrize(
    ("texts", "foreign", "day_first"),
    [
        (["25/6/2012", "6/12/2012"], False, True),  # a number over 12 elsewhere on the page shows the order
        (["12/25/2012", "6/12/2012"], True, False),  # even on a page not in English
        (["08/01/2014"], True, True),  # no evidence but the language: day first outside English
        (["08/01/2014"], False, None),  # an English page with no evidence stays undecided
    ],
)
def test_the_order_of_dates_in_figures_comes_from_the_page(
    texts: list[str], foreign: bool, day_first: bool | None
) -> None:
    assert figures_order(texts, foreign) == day_first
    assert numeric_date("08/01/2014", True) == "2014-01-08"
    assert numeric_date("08/01/2014", False) == "2014-08-01"


def test_an_ambiguous_date_on_a_spanish_page_is_read_day_first() -> None:
    text = d.page(
        d.SPANISH_MENU,
        d.SPANISH_HEADLINE,
        "Alva Kettering | Palma | 08/01/2014",
        d.SHARE_ROW,
        d.story(d.SPANISH_STORY),
        d.FOOTER,
    )
    if language.stop_words_for(" ".join(d.SPANISH_STORY)) is language.ENGLISH:
        pytest.skip("justext's stop-word lists are not installed")
    a = _parsed(text)
    assert a.meta.title == d.SPANISH_HEADLINE
    assert (a.meta.authors, a.meta.published) == (("Alva Kettering",), "2014-01-08")
