"""The article inside a whole web page saved as text (issue 11), one rule per test, on dumps written for them.

The dumps in `tests.core.dumps` have the shape `w3m -dump` gives: a bullet tree
of menus, the headline block, a share row, a hard-wrapped story, a cookie
notice, a teaser stream, a comment thread and a footer.
"""

from __future__ import annotations

import pytest

from reader.core.structure import language, rewrap, teasers
from reader.core.structure.lines import split_units
from reader.core.structure.page_dump import find_article
from reader.core.structure.page_header import any_date, names_on
from tests.core import dumps as d
from tests.core.dumps import body_text as _body
from tests.core.dumps import parsed as _parsed
from tests.core.dumps import removed_reason as _removed_reason

PAGE = d.full_page()


def test_headline_byline_and_date_are_found_under_the_menus() -> None:
    a = _parsed(PAGE)
    assert a.meta.title == d.HEADLINE
    assert a.meta.authors == ("Alva Kettering",)
    assert a.meta.published == "2025-05-14"
    assert a.blocks[0].kind == "title"


def test_the_story_is_kept_whole_one_block_per_paragraph() -> None:
    a = _parsed(PAGE)
    paragraphs = [b.text for b in a.blocks if b.kind == "paragraph"]
    for p in d.STORY:
        assert p in paragraphs  # the wrapped lines are joined again, exactly
    assert _body(a).index(d.STORY[0][:40]) < 200  # the lede opens the body


@pytest.mark.parametrize(
    ("needle", "reasons"),
    [
        ("Football", {"menu", "page-header"}),  # the w3m bullet tree of the site's sections
        ("Copy link", {"menu", "boilerplate"}),  # the share-icon row
        ("We use cookies", {"footer", "boilerplate", "page-footer"}),  # the cookie notice
        ("Ferry Operator Adds Night Crossings", {"teaser", "related"}),  # another story's headline
        ("32M ago", {"teaser"}),  # its time stamp
        ("ferry-night.jpg", {"teaser"}),  # its picture, as w3m names it
        ("12 Comments", {"comments"}),  # the thread opens
        ("never seen the terminals", {"comments"}),  # a reader's comment, sentence-like as it is
        ("harbourwatcher", {"comments"}),  # the commenter's name
        ("Privacy Policy", {"footer", "page-footer"}),
    ],
    ids=[
        "menu-tree",
        "share-row",
        "cookie-notice",
        "teaser",
        "time-ago",
        "image-name",
        "thread",
        "comment",
        "user",
        "footer",
    ],
)
def test_page_furniture_is_set_aside_with_its_reason(needle: str, reasons: set[str]) -> None:
    a = _parsed(PAGE)
    assert needle not in _body(a)
    assert _removed_reason(a, needle) in reasons


def test_comments_never_join_the_story_even_when_longer() -> None:
    thread = "\n\n".join(
        f"reader{k}\n{k + 1} days ago\n{d.wrap(d.STORY[k % len(d.STORY)].replace('The ', 'Our '))}\nReply"
        for k in range(8)
    )
    text = d.page(d.MENU_TREE, d.headline_block(), d.story(), d.COMMENTS.split("\n")[0], thread, d.FOOTER)
    a = _parsed(text)
    assert a.meta.title == d.HEADLINE
    assert "reader3" not in _body(a) and d.STORY[-1] in _body(a)


def test_a_teaser_stream_before_the_story_is_not_the_headline() -> None:
    text = d.page(d.MENU_TREE, d.TEASERS, d.headline_block(), d.story(), d.FOOTER)
    a = _parsed(text)
    assert a.meta.title == d.HEADLINE
    assert "Tram Line" not in _body(a)


def test_a_non_english_page_reads_too() -> None:
    text = d.page(
        d.SPANISH_MENU, d.SPANISH_HEADLINE, "Por Marta Ruiz\n14 de mayo de 2025", d.story(d.SPANISH_STORY), d.FOOTER
    )
    a = _parsed(text)
    assert a.meta.title == d.SPANISH_HEADLINE
    body = _body(a)
    assert all(p in body for p in d.SPANISH_STORY) and "Baloncesto" not in body


@pytest.mark.parametrize(
    "text",
    [
        d.page(d.HEADLINE, d.BYLINE, *d.STORY),  # one paragraph per line, no page around it
        d.page(d.HEADLINE, d.story()),  # a wrapped story with nothing around it
        d.page("RESULTS", *[f"Team {k} {k} Team {k + 1} {k % 3}" for k in range(30)]),  # a results table
    ],
    ids=["clean", "wrapped-clean", "table"],
)
def test_text_that_is_no_page_dump_is_left_to_the_ordinary_rules(text: str) -> None:
    units = split_units(text)
    assert find_article(units, {}) is None
    a = _parsed(text)
    assert not {r.reason for r in a.removed} & {"page-header", "page-footer", "teaser", "comments"}


@pytest.mark.parametrize(
    ("text", "width"),
    [("a", 1), ("日本語", 6), ("e\u0301", 1), ("", 0), ("ไทย", 3)],
    ids=["ascii", "wide", "combining", "empty", "thai"],
)
def test_display_width(text: str, width: int) -> None:
    assert rewrap.display_width(text) == width


def test_wrap_width_and_joining_cjk() -> None:
    line = "本" * 49
    text = "\n".join([line] * 6 + ["本文の最後。"])
    assert rewrap.wrap_width(text.split("\n")) == 98
    units = split_units(text)
    assert len(units) == 1 and " " not in units[0].text  # CJK joined without spaces, words kept whole


@pytest.mark.parametrize(
    ("current", "nxt", "joined"),
    [
        ("word " * 19 + "end", "next line", True),  # full line: "next" did not fit
        ("A short menu entry", "Another entry", False),
        ("本" * 49, "続き", True),
        ("word " * 17 + "ends", "earlier", True),  # broken two columns early, as lynx does
        ("word " * 17 + "ends", "a", False),
    ],
    ids=["full", "short", "cjk", "broken-early", "stops-short"],
)
def test_continues(current: str, nxt: str, joined: bool) -> None:
    assert rewrap.continues(current, nxt, 99) is joined


def test_a_list_of_long_urls_does_not_hide_the_wrap_width() -> None:
    story = d.story()  # wrapped at d.WIDTH
    links = "\n".join(f"  {n}. https://news.example/section/2026/12/03/{'a-long-slug-' * 8}{n}" for n in range(40))
    lines = (story + "\n\nReferences\n\n" + links).split("\n")
    assert d.WIDTH - 3 <= rewrap.wrap_width(lines) <= d.WIDTH


def test_a_short_story_at_a_wide_width_is_still_seen_wrapped() -> None:
    # At 120 columns a short story has only a few full lines, each followed by its sentence's next word.
    story = [d.wrap(p, 120) for p in d.STORY[:3]]
    menu = ["  • Home", "  • News", "  • Sport", "Site name | the news", "Harbour Cranes Stand Idle"]
    lines = "\n".join([*menu, "", *story]).split("\n")
    assert sum(1 for x in lines if len(x) >= 108) < 5  # too few full lines for the width on their own
    assert 114 <= rewrap.wrap_width(lines) <= 120


def test_unwrapped_text_has_no_wrap_width() -> None:
    lines = [d.STORY[k % 4] * 2 for k in range(10)]
    assert rewrap.wrap_width(lines) == 0


@pytest.mark.parametrize(
    ("text", "time_ago", "file_name", "marker", "comment"),
    [
        ("32M ago", True, False, False, False),
        ("2 hours ago", True, False, False, False),
        ("hace 28 minutos", True, False, False, False),
        ("5分前", True, False, False, False),
        ("harbour.jpg", False, True, False, False),
        ("12 Comments", False, False, True, False),
        ("Leave a Reply", False, False, True, False),
        ("Comentarios (4)", False, False, True, False),
        ("Reply", False, False, False, True),
        ("March 3, 2026 at 2:15 pm | Reply", False, False, False, True),
        ("The ships waited two hours ago at the mouth of the harbour.", False, False, False, False),
    ],
)
def test_teaser_and_comment_furniture(text: str, time_ago: bool, file_name: bool, marker: bool, comment: bool) -> None:
    assert teasers.is_time_ago(text) is time_ago
    assert teasers.is_file_name(text) is file_name
    assert teasers.comment_marker(text) is marker
    assert teasers.is_comment_furniture(text) is comment


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("May 14, 2025", "2025-05-14"),
        ("2025年5月14日 06:02", "2025-05-14"),
        ("Publicado 14.05.2025 10:00", "2025-05-14"),
        ("2025-05-14T06:02:15Z", "2025-05-14"),
        ("Publié le 14 mai 2025 à 13h59", "2025-05-14"),
        ("14 de mayo de 2025", "2025-05-14"),
        ("Page 2 of 3", None),
        ("12 Monkeys 2025", None),
    ],
)
def test_header_dates(text: str, iso: str | None) -> None:
    assert any_date(text) == iso


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Alva Kettering@alvak May 14, 2025, 10:20am EST", ("Alva Kettering",)),
        ("Alva Kettering/May 14, 2025", ("Alva Kettering",)),
        ("Analysis by Alva Kettering, Senior Port Correspondent", ("Alva Kettering",)),
        ("[img] By: Alva Kettering May 14, 2025", ("Alva Kettering",)),
        ("Par Jeanne Dupont(Bruxelles)", ("Jeanne Dupont",)),
        ("Share Tweet Share", ()),
        ("Location: Downtown — Port Harbour", ()),
    ],
)
def test_header_bylines(text: str, names: tuple[str, ...]) -> None:
    assert names_on(text, near_top=True) == names


def test_stop_words_choose_the_language() -> None:
    english = language.stop_words_for(" ".join(d.STORY))
    assert english is language.ENGLISH
    spanish = language.stop_words_for(" ".join(d.SPANISH_STORY))
    if spanish is language.ENGLISH:
        pytest.skip("justext's stop-word lists are not installed")
    assert {"que", "de", "la"} <= spanish
    tokens = language.words(" ".join(d.SPANISH_STORY))
    assert language.stop_density(tokens, spanish) > language.stop_density(tokens, english)
