"""Removal is conservative: only lines that are positively clutter go, never a line for being short.

Every line here is invented for these tests. Each rule has a case that keeps
content (results lists, scores, datelines, short paragraphs, lists of names)
beside one that still removes clutter (a navigation menu, an empty "Tags").
"""

from __future__ import annotations

import re

import pytest

from reader.core.model import Article
from reader.core.parse import parse_article
from reader.core.structure.clutter import is_empty_label, is_footer_marker, line_reason
from reader.core.structure.lines import split_units
from reader.core.structure.meta import date_only, dateline_only
from reader.core.structure.plain_build import data_like

_MARKER = re.compile(r"^(?:•|\d+\.)\s+")
HEAD = "Harbour Games End in Rain"
LEDE = "The harbour games closed on Sunday after two days of racing that drew crowds along the quay."
MORE = "Organisers said the event would return next summer with a longer course and more boats."


def doc(*parts: str) -> str:
    return "\n\n".join(parts)


def kept(a: Article) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in a.blocks]


def removed(a: Article) -> dict[str, str]:
    return {r.text: r.reason for r in a.removed}


RESULTS = [
    "1. Ada Varga (Hungary) 11.92 seconds",
    "2. Lena Moss (Canada) 12.04",
    "3. Ines Prado (Chile) 12.10",
    "4. Tove Lund (Norway) 12.33",
    "5. Mia Okoro (Ghana) 12.41",
]
NAMES = ["• Rosa Lindgren", "• Omar Haddad", "• Petra Novak", "• Sean Doyle"]
BARE_NAMES = [n.lstrip("• ") for n in NAMES]
BARE_NAV = ["About Us", "Careers", "Advertise", "Contact Us", "Newsletters"]
NAV = ["• Home", "• World", "• Business", "• Sport", "• Culture", "• Subscribe"]


@pytest.mark.parametrize(
    ("parts", "expect"),
    [
        pytest.param([LEDE, "Women's sprint final", "\n".join(RESULTS)], RESULTS, id="results-list-after-story"),
        pytest.param(["\n\n".join(RESULTS), LEDE, MORE], RESULTS, id="results-list-before-story"),
        pytest.param([LEDE, "Crews named for the final:", "\n".join(NAMES)], NAMES, id="names-list-after-story"),
        pytest.param([LEDE, "Crews named:", "\n".join(BARE_NAMES)], BARE_NAMES, id="bare-names-after-story"),
        pytest.param([LEDE, "Harbour Rovers 3 Quay United 1", MORE], ["Harbour Rovers 3 Quay United 1"], id="score"),
        pytest.param([LEDE, "Rovers 3 United 1", "Anglers 2 Divers 2"], ["Rovers 3 United 1", "Anglers 2 Divers 2"]),
        pytest.param([LEDE, "Attendance: 4,310"], ["Attendance: 4,310"], id="label-and-number-at-the-end"),
        pytest.param([LEDE, "6-4 3-6 7-5", MORE], ["6-4 3-6 7-5"], id="digits-only-score"),
        pytest.param([LEDE, "2031 48,000", "2032 51,500"], ["2031 48,000", "2032 51,500"], id="table-rows"),
        pytest.param(["OSLO 2031-05-04", LEDE], ["OSLO 2031-05-04"], id="dateline-only-paragraph"),
        pytest.param(["Vik Sandberg", "TROMSO, Norway 2031-05-04", LEDE], ["TROMSO, Norway 2031-05-04"], id="dateline"),
        pytest.param(
            [LEDE, "Nobody Went Home", "Late Boats", MORE], ["Nobody Went Home"], id="short-line-before-heading"
        ),
        pytest.param([LEDE, MORE, "Ulla Brandt"], ["Ulla Brandt"], id="short-line-at-the-end"),
    ],
)
def test_content_lines_are_kept(parts: list[str], expect: list[str]) -> None:
    a = parse_article(doc(HEAD, *parts))
    texts = [b.text for b in a.blocks]
    assert all(_MARKER.sub("", line) in texts for line in expect), (texts, a.removed)
    assert not a.removed


@pytest.mark.parametrize(
    ("parts", "gone", "reason"),
    [
        pytest.param(["\n".join(NAV), LEDE, MORE], NAV, "menu", id="nav-menu-before-story"),
        pytest.param([LEDE, MORE, "\n".join(NAV)], NAV, "menu", id="nav-menu-after-story"),
        pytest.param([LEDE, MORE, "\n".join(BARE_NAV)], BARE_NAV, "menu", id="bare-nav-lines-after-story"),
        pytest.param([LEDE, MORE, "Tags"], ["Tags"], "boilerplate", id="tags-label-at-the-end"),
        pytest.param([LEDE, "References", "Late Boats", MORE], ["References"], "empty-heading", id="empty-label"),
        pytest.param([LEDE, "Further Reading", "Late Boats", MORE], ["Further Reading"], "empty-heading", id="reading"),
        pytest.param([LEDE, MORE, "Sponsored Stories"], ["Sponsored Stories"], "empty-heading", id="sponsored"),
        pytest.param([LEDE, "12", MORE], ["12"], "boilerplate", id="lone-counter"),
        pytest.param([LEDE, "0:00", "2:41", MORE], ["0:00", "2:41"], "boilerplate", id="player-clock"),
    ],
)
def test_clutter_is_removed(parts: list[str], gone: list[str], reason: str) -> None:
    a = parse_article(doc(HEAD, *parts))
    assert {line: reason for line in gone} == {t: r for t, r in removed(a).items() if t in gone}
    assert ("paragraph", LEDE) in kept(a) and ("paragraph", MORE) in kept(a)


def test_heading_pair_keeps_the_second_as_the_heading() -> None:
    a = parse_article(doc(HEAD, LEDE, "Quay Closed Early", "What Comes Next", MORE))
    assert [s.title for s in a.sections if s.title] == ["What Comes Next"]
    assert ("paragraph", "Quay Closed Early") in kept(a)


def test_dateline_line_gives_dateline_and_date_but_no_heading() -> None:
    a = parse_article(doc(HEAD, "Vik Sandberg", "OSLO 2031-05-04", LEDE, MORE))
    assert (a.meta.dateline, a.meta.published, a.meta.authors) == ("OSLO 2031-05-04", "2031-05-04", ("Vik Sandberg",))
    assert [s.title for s in a.sections if s.title] == []
    assert ("paragraph", "OSLO 2031-05-04") in kept(a)


@pytest.mark.parametrize(
    "parts",
    [
        pytest.param(["OSLO 2031-05-04", "By Vik Sandberg", LEDE, MORE], id="dateline-first"),
        pytest.param([HEAD, "OSLO 2031-05-04", "By Vik Sandberg", LEDE, MORE], id="dateline-under-headline"),
        pytest.param(["Games End", "OSLO 2031-05-04", "By Vik Sandberg", LEDE], id="dateline-under-short-headline"),
    ],
)
def test_dateline_line_is_never_the_title_or_dek(parts: list[str]) -> None:
    a = parse_article(doc(*parts))
    assert a.meta.title != "OSLO 2031-05-04" and a.meta.subtitle is None
    assert ("paragraph", "OSLO 2031-05-04") in kept(a) and a.meta.published == "2031-05-04"


def test_furniture_date_wins_over_a_dateline_line() -> None:
    a = parse_article(doc(HEAD, "OSLO 2031-05-04", "Posted on May 6, 2031", LEDE, MORE))
    assert a.meta.published == "2031-05-06"


def test_story_sentence_about_copyright_does_not_start_a_footer() -> None:
    story = [LEDE, MORE, LEDE.replace("Sunday", "Monday"), MORE.replace("summer", "spring")]
    note = "The club said the copyright in the race photos stays with the photographers."
    a = parse_article(doc(HEAD, *story, note, "Late Boats", "Nobody went home early."))
    assert not a.removed


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("- - -", "separator"),
        ("17", "boilerplate"),
        ("250", "boilerplate"),
        ("1:05", "boilerplate"),
        ("1250", None),
        ("4:08.22", None),
        ("6-3 6-4", None),
        ("2031 48,000", None),
        ("(- 12.5)", None),
    ],
)
def test_lines_without_letters(line: str, reason: str | None) -> None:
    assert line_reason(split_units(line)[0]) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("The harbour bill is supported by 40 councillors.", None),
        ("Cookie sales at the quay doubled.", None),
        ("Hundreds sign up for the rowing club every spring.", None),
        ("Its newsletter reached 3,000 sailors.", None),
        ("Sign up for our newsletter.", "boilerplate"),
        ("Subscribe now!", "boilerplate"),
        ("Newsletter sign-up", "boilerplate"),
        ("Privacy Policy", "boilerplate"),
        ("PLEASE WAIT ...", "boilerplate"),
        ("Click to share on Mastodon (Opens in new window)", "boilerplate"),
    ],
)
def test_site_words_in_a_story_sentence_are_not_clutter(line: str, reason: str | None) -> None:
    assert line_reason(split_units(line)[0]) == reason


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Tags", True),
        ("References", True),
        ("Related Articles", True),
        ("More from Sport", True),
        ("Explore more stories in Sport", True),
        ("Share this article", True),
        ("Advertisement", True),
        ("Share", True),
        ("Most Read", True),
        ("Further reading:", True),
        ("Nobody Went Home", False),
        ("Ulla Brandt", False),
        ("Sources Close to the Club", False),
        ("References to the Past in the Race", False),
    ],
)
def test_empty_labels(text: str, label: bool) -> None:
    assert is_empty_label(text) is label


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("OSLO 2031-05-04", "2031-05-04"),
        ("NEW HAVEN 2031-05-04", "2031-05-04"),
        ("TROMSO, Norway 2031-05-04", "2031-05-04"),
        ("Bergen, May 4, 2031", "2031-05-04"),
        ("Bergen May 4, 2031", None),  # title case without a comma: a heading-like phrase, not a wire dateline
        ("Twelve weeks to May 4, 2031", None),
        ("Sunday, May 4, 2031", None),
        ("2031-05-04", None),
        ("OSLO 2031-05-04 was a wet day", None),
    ],
)
def test_dateline_only(text: str, iso: str | None) -> None:
    assert dateline_only(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [("Sun 4 May 2031 10.15 GMT", "2031-05-04"), ("NEW HAVEN 2031-05-04", None), ("Twelve weeks to May 4, 2031", None)],
)
def test_date_only_reads_upper_case_zones_only(text: str, iso: str | None) -> None:
    assert date_only(text) == iso


@pytest.mark.parametrize(
    ("text", "data"),
    [
        ("Harbour Rovers 3 Quay United 1", True),
        ("Attendance: 4,310", True),
        ("Norway - Ulla Brandt (12th)", True),
        ("Why the Quay (Still) Matters", False),
        ("Ada Varga (Hungary) 11.92 seconds", False),  # one number: the list shape keeps it, not this rule
        ("Top 10 Boats of 2031", False),
        ("The Race in 2031", False),
    ],
)
def test_data_like(text: str, data: bool) -> None:
    assert data_like(text) is data


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("© 2031 Harbour Media Ltd", True),
        ("Privacy Policy", True),
        ("All rights reserved.", True),
        ("The club said it would update its privacy policy before the next race.", False),
        ("The court ruled that the copyright stays with the photographer who took it.", False),
    ],
)
def test_footer_marker(text: str, marker: bool) -> None:
    assert is_footer_marker(text) is marker


@pytest.mark.parametrize(
    ("lede", "title"),
    [
        (LEDE, "The harbour games closed on Sunday after two days of racing…"),
        (
            "On Sunday, the harbour games closed in Vik, Norway, where crowds lined the old quay and cheered loudly.",
            "On Sunday, the harbour games closed in Vik, Norway…",
        ),
        ("Boats raced.", "Boats raced."),
        (
            "Crowds who had waited since dawn along the quay for the harbour games to begin went home",
            "Crowds who had waited since dawn along the quay for the harbour…",
        ),
    ],
)
def test_title_derived_from_the_lede_is_short(lede: str, title: str) -> None:
    a = parse_article(doc(lede, MORE, MORE.replace("summer", "spring")))
    assert a.meta.title == title


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Photo by Jane Doe/Getty Images", True),
        ("Passengers board a night train at the central station. Photograph: Lena Kraus/The Ledger", True),
        ("The council met on Monday. Photos by the council were shared widely after the meeting ended late.", False),
        ("He showed the photo: a night train crossing the bridge.", False),
    ],
    ids=["credit", "caption-then-credit", "prose-about-photos", "prose-with-colon"],
)
def test_caption_like(text: str, caption: bool) -> None:
    from reader.core.structure.clutter import caption_like

    assert caption_like(text) is caption
