"""The headline of a page dump (issue 11): one rule per test, on small dumps written for them (fictional text).

`dump_headline` chooses among the lines above the body the one a reader takes
for the headline; `dump_title_evidence` tells the lines no reader would take
for one (credits, offers, addresses, player read-outs, labels).
"""

from __future__ import annotations

import pytest

from reader.core.structure.clutter import line_reason
from reader.core.structure.dump_furniture import byline_opening, furniture_at
from reader.core.structure.dump_title_evidence import (
    addressed,
    author_list,
    button_label,
    cut_short,
    handle_byline,
    never_headline,
    player_clock,
)
from reader.core.structure.lines import split_units
from tests.core import dumps as d
from tests.core.dumps import body_text as _body
from tests.core.dumps import parsed as _parsed
from tests.core.dumps import removed_reason as _removed_reason


@pytest.mark.parametrize(
    ("text", "never"),
    [
        ("A scooter is parked in Lisbon, March 29, 2019. REUTERS/Ana Lopes REUTERS/Ana Lopes", True),
        ("The harbour at dawn. Photo: Alva Kettering", True),
        ("Cranes at the terminal (Getty Images)", True),
        ("Cranes at the terminal. AP/Jane Doe", True),
        ("Harbour Boeing/Airbus Deal Stalls as Strike Goes On", False),  # a slash in a headline is no credit
        ("Associated Press Names a New Harbour Editor", False),
        ("Go VIP - One Month for Only $1", True),
        ("Subscribe today and save 50% off", False),  # no price: left to the other rules
        ("[logo-black] http://news.example.com/2015/08/harbour-strike.html", True),
        ("Write to the desk at desk@example.com", True),
        ("Visitors today: 80 ━━━━━━━━━━━━━━━━", True),
        ("NaN / NaN", True),
        ("Nan Kettering Wins the Harbour Prize", False),  # a name, not a player's read-out
        ("Harbour Cranes Stand Idle as Dock Strike Enters Its Second Week", False),
        ("Port Authority Offers $2bn to End the Dock Strike", False),  # a price, but no offer
        ("Union Wins 5% Rise After Dock Strike", False),
    ],
)
def test_lines_no_reader_takes_for_a_headline(text: str, never: bool) -> None:
    assert never_headline(text) is never


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("[ng-black-l] http://news.example.com/energy/2015/08/", True),
        ("[64c77908a3] Coastal Daily", True),  # w3m's image placeholder, a file name cut to ten characters
        ("[News] Harbour Strike Ends", False),  # a bracketed kicker is a word, not a file name
        ("Harbour Strike Ends [6_4971149]", True),
        ("Harbour Strike Ends After Two Weeks", False),
    ],
)
def test_addresses_and_image_placeholders(text: str, address: bool) -> None:
    assert addressed(text) is address


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("In this article", True),
        ("Give this article", True),
        ("Broken Pledge", False),  # a short headline is in title case
        ("Why Trump Won", False),
        ("Harbour cranes stand idle", False),  # four words: a sentence-case headline
    ],
)
def test_button_labels_are_sentence_case_and_short(text: str, label: bool) -> None:
    assert button_label(text.split()) is label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("README.md…", True),
        ("By signing up you agree to allow us to collect your user...", True),
        ("Harbour Cranes Stand Idle", False),
    ],
)
def test_cut_short(text: str, expected: bool) -> None:
    assert cut_short(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alva Kettering, @alvak", True),
        ("Alva Kettering @alvak", True),
        ("Follow us @coastalledger", False),  # a handle with no name before it
        ("Alva Kettering", False),  # a bare name is no handle byline
    ],
)
def test_handle_bylines(text: str, expected: bool) -> None:
    assert handle_byline(text) is expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Alva Kettering, Jun Ito, Marta C. de la Ruiz, Ken Okafor, et al.",
            ("Alva Kettering", "Jun Ito", "Marta C. de la Ruiz", "Ken Okafor"),
        ),
        ("Alva Kettering, Jun Ito and Ken Okafor", ()),  # three names: a byline line, read elsewhere
        ("Harbour, cranes, ships, trucks and the port authority", ()),
    ],
)
def test_author_lists(text: str, names: tuple[str, ...]) -> None:
    assert author_list(text) == names


@pytest.mark.parametrize(("text", "clock"), [("01:46", True), ("1:06:03", True), ("12", False), ("0:04 / 1:06", False)])
def test_player_clock(text: str, clock: bool) -> None:
    assert player_clock(text) is clock


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("By Alva Kettering", True),
        ("Alva Kettering/", True),  # glued to the separator before its date
        ("May 14, 2025 by Alva Kettering", True),
        ("Alva Kettering,LEDGER", True),  # the name glued to the publisher
        ("Key Highlights", False),  # name-shaped, but the words of a label
        ("Berlin Ferry Stopped In Harbour By Night Patrol Officer", False),  # a headline with "By" inside
        ("https://www.example.com/2018/10/09/harbour-strike.html", False),  # an address with a date in it
        ("Dock workers said on May 14, 2025 that Alva Kettering would lead the talks.", False),  # a sentence
    ],
)
def test_furniture_lines(text: str, furniture: bool) -> None:
    assert furniture_at(split_units(text), 0) is furniture


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("By Alva A. Kettering , Jun Ito, Marta Ruiz-Lopez, and Ken Okafor, Ledger", True),  # too long for a meta line
        ("By Alva Kettering", True),
        ("By the Numbers: Where the Harbour's Money Goes", False),
        ("Harbour Cranes Stand Idle", False),
    ],
)
def test_a_line_that_opens_like_a_byline_is_no_headline(text: str, byline: bool) -> None:
    assert byline_opening(text) is byline


def _gallery(n: int) -> str:
    """A photo gallery between the headline block and the story: captions, each with its number."""
    return d.page(*[f"[gallery-{k}]\n{k}\nShips wait offshore on day {k} of the strike" for k in range(n)])


def test_a_headline_far_above_the_body_when_its_byline_and_date_stand_under_it() -> None:
    """A gallery of captions between the headline block and the story: the headline is found above them all."""
    text = d.page(d.MENU_TREE, d.HEADLINE, d.BYLINE + "\n" + d.DATE, _gallery(12), d.story(), d.TEASERS, d.FOOTER)
    a = _parsed(text)
    assert a.meta.title == d.HEADLINE
    assert a.meta.authors == ("Alva Kettering",)
    assert _body(a).index(d.STORY[0][:40]) < 100  # the gallery is set aside, the lede opens the body
    assert _removed_reason(a, "day 3 of the strike") is not None


def test_a_far_line_with_no_byline_under_it_is_not_the_headline() -> None:
    text = d.page(d.MENU_TREE, d.HEADLINE, _gallery(12), d.DEK, d.BYLINE + "\n" + d.DATE, d.story(), d.FOOTER)
    assert _parsed(text).meta.title != d.HEADLINE  # nothing says the far line is this story's


def test_a_teaser_stream_far_above_is_not_the_headline() -> None:
    """Far above the body, each teaser of a stream has its own date: none is the headline."""
    stream = d.page(*[f"Ferry Operator Adds Crossing Number {k} for the Summer\nMay {k + 1}, 2025" for k in range(6)])
    text = d.page(d.MENU_TREE, stream, _gallery(20), d.HEADLINE, d.DEK, d.story(), d.FOOTER)
    assert "Ferry Operator" not in (_parsed(text).meta.title or "")


def test_a_headline_under_a_notice_the_weighing_took_for_the_body() -> None:
    notice = (
        "By signing up you agree to allow us to collect your user information and use it to better recommend "
        "content to you, send you offers and share it with our partners."
    )
    text = d.page(d.MENU_TREE, d.wrap(notice), d.SHARE_ROW, d.HEADLINE, d.BYLINE + "\n" + d.DATE, d.story(), d.FOOTER)
    a = _parsed(text)
    assert a.meta.title == d.HEADLINE
    assert "By signing up" not in _body(a)  # set aside above the headline


@pytest.mark.parametrize(
    "caption",
    [
        "Ships wait offshore at the harbour, May 13, 2025. REUTERS/Ana Lopes REUTERS/Ana Lopes",
        "Cranes stand idle at the container terminal (Getty Images)",
    ],
)
def test_a_caption_over_the_story_is_not_the_headline(caption: str) -> None:
    text = d.page(d.MENU_TREE, d.HEADLINE, d.DEK, "Alva Kettering, @alvak\n1h ago", caption, d.story(), d.FOOTER)
    assert _parsed(text).meta.title == d.HEADLINE


@pytest.mark.parametrize(
    ("above", "title"),
    [
        ("Harbour Cranes Stand Idle\nGo VIP - One Month for Only $1", "Harbour Cranes Stand Idle"),  # an offer
        ("Harbour Cranes Stand Idle\nIn this article", "Harbour Cranes Stand Idle"),  # a label
    ],
)
def test_offers_and_labels_lose_to_the_headline(above: str, title: str) -> None:
    text = d.page(d.MENU_TREE, "Harbour Cranes Stand Idle as Dock Strike Enters Its Second Week", above, d.story())
    assert _parsed(text + d.FOOTER).meta.title != above.split("\n")[-1]


def test_a_two_word_headline_with_a_byline_under_its_dek() -> None:
    dek = "The port authority's promises to the dock workers have officially proved to be a con."
    text = d.page(d.MENU_TREE, "Politics\nMay 14, 2025", "Broken Pledge", dek, d.BYLINE, d.story(), d.FOOTER)
    assert _parsed(text).meta.title == "Broken Pledge"


def test_a_two_word_byline_over_its_date_is_not_a_headline() -> None:
    text = d.page(d.MENU_TREE, d.HEADLINE, "Alva Kettering/", d.DATE, d.story(), d.FOOTER)
    a = _parsed(text)
    assert a.meta.title == d.HEADLINE


def test_the_headline_printed_twice_over_a_shorter_dek() -> None:
    """The headline twice (two layouts), then a shorter sentence-case dek: the repeated line is the headline."""
    head = "Why, despite the complaints of many, dock workers are actually not overpaid"
    dek = "Anger at the port's wages is wholly misguided"
    text = d.page(d.MENU_TREE, head + "\n" + head, dek, "Alva Kettering\nBy Alva Kettering\n" + d.DATE, d.story())
    assert _parsed(text + d.FOOTER).meta.title == head


def test_a_series_name_repeated_around_its_byline_is_not_the_headline() -> None:
    series = "The Harbour and Its People Through the Years"
    by = "By THE COASTAL LEDGER MAY 14, 2025"
    text = d.page(d.MENU_TREE, series, by, series, "I, Too, Sail Home", "By The Coastal Ledger", d.story(), d.FOOTER)
    assert _parsed(text).meta.title == "I, Too, Sail Home"


def test_a_lone_bullet_line_under_its_date_is_the_headline() -> None:
    head = "■ Harbour Cranes Stand Idle as Dock Strike Enters Its Second Week"
    text = d.page(d.MENU_TREE, "May 14, 2025", head, d.story(), d.FOOTER)
    assert _parsed(text).meta.title == head.removeprefix("■ ")


def test_a_headline_may_end_on_initials() -> None:
    head = "Harbour Envoy to Resign From Her Post at the U.N."
    text = d.page(d.MENU_TREE, head, d.BYLINE + "\n" + d.DATE, d.story(), d.FOOTER)
    assert _parsed(text).meta.title == head


def test_a_breadcrumb_trail_speaks_for_the_line_under_it() -> None:
    trail = "Home › Business › Ports › Article"
    text = d.page(d.MENU_TREE, trail, d.HEADLINE, d.DEK, "Ports Business", d.DATE, d.story(), d.FOOTER)
    assert _parsed(text).meta.title == d.HEADLINE


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Powered by WordPress", "boilerplate"),
        ("Here Are 6 Gadgets Powered by the Harbour's Own Assistant", None),
    ],
)
def test_powered_by_is_a_credit_only_on_a_short_line(text: str, reason: str | None) -> None:
    assert line_reason(split_units(text)[0]) == reason


def test_a_plain_page_whose_first_line_is_an_image_and_its_address() -> None:
    text = d.page("[logo-black] http://news.example.com/energy/2015/08/harbour-strike.html", d.HEADLINE, *d.STORY)
    assert _parsed(text).meta.title == d.HEADLINE
