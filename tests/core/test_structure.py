"""Table-driven tests for the plain-text structure rules, on short articles written for these tests."""

from __future__ import annotations

import pytest

from reader.core.model import Article
from reader.core.parse import parse_article

LEDE = "Dock workers extended their strike on Friday, leaving dozens of container ships waiting offshore."
MORE = "The port authority said it had no plans to hire temporary crews before talks resume next month."
THIRD = "Union leaders said members would vote on any new offer within two days of receiving it."


def kinds(a: Article) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in a.blocks]


def removed(a: Article) -> dict[str, str]:
    return {r.text: r.reason for r in a.removed}


def titles(a: Article) -> list[str | None]:
    return [s.title for s in a.sections if s.title]


def doc(*parts: str) -> str:
    return "\n\n".join(parts)


@pytest.mark.parametrize(
    ("heading", "is_heading"),
    [
        ("Talks Stall Over Pay", True),
        ("WHAT HAPPENS NEXT", True),
        ("The Road to a Deal in the Port of Rotterdam", True),
        ("Why the strike matters", True),  # sentence case, followed by prose
        ("How did we get here?", True),  # a question heading opens with a question word
        ("So who blinks first?", False),  # a rhetorical question is prose
        ("Talks stall over pay.", False),  # closing full stop
        ("Officials said talks had stalled over pay and conditions at the port, again", False),  # too long
        ("“Not Moving”", False),  # a quotation, not a heading
    ],
)
def test_headings_by_shape(heading: str, is_heading: bool) -> None:
    a = parse_article(doc("Port Strike Drags On", LEDE, heading, MORE))
    assert (heading in titles(a)) is is_heading


def test_story_after_a_key_points_box_is_its_own_section() -> None:
    box = "Key points\n- Ships queue offshore\n- Talks resume Friday"
    a = parse_article(doc("Port Strike Drags On", box, LEDE, MORE))
    assert [(s.title, len(s.blocks)) for s in a.sections] == [("Key points", 3), (None, 2)]


def test_heading_needs_space_around_it() -> None:
    a = parse_article(doc("Port Strike Drags On", LEDE, "Talks Stall Over Pay\n" + MORE))
    assert titles(a) == []


def test_sections_hold_their_paragraphs_and_lede_is_untitled() -> None:
    a = parse_article(doc("Port Strike Drags On", LEDE, "Talks Stall", MORE, "What Comes Next", THIRD))
    assert [(s.title, [a.block(b).kind for b in s.blocks]) for s in a.sections] == [
        (None, ["paragraph"]),
        ("Talks Stall", ["heading", "paragraph"]),
        ("What Comes Next", ["heading", "paragraph"]),
    ]
    for s in a.sections[1:]:
        assert s.heading_block is not None and a.block(s.heading_block).text == s.title


def test_page_furniture_is_metadata() -> None:
    text = doc(
        "Business",
        "Port Strike Drags On",
        "Published by The Harbour Gazette",
        "Posted on 14 May 2025",
        "4 min read",
        "· Last updated: May 16, 2025",
        "By Alva Kettering",
        "ROTTERDAM (Reuters) - " + LEDE,
        MORE,
        "(Reporting by Alva Kettering; Editing by Pim Loos)",
    )
    a = parse_article(text)
    m = a.meta
    assert (m.title, m.category, m.publisher, m.authors) == (
        "Port Strike Drags On",
        "Business",
        "The Harbour Gazette",
        ("Alva Kettering",),
    )
    assert (m.published, m.updated, m.dateline) == ("2025-05-14", "2025-05-16", "ROTTERDAM (Reuters)")
    assert m.credits == "Reporting by Alva Kettering; Editing by Pim Loos"
    assert dict(a.meta_lines) == {
        "category": 1,
        "publisher": 5,
        "published": 7,
        "reading_time": 9,
        "updated": 11,
        "byline": 13,
    }
    assert [b.kind for b in a.blocks] == ["title", "paragraph", "paragraph", "credits"]


def test_byline_with_date_and_reading_time_on_one_line() -> None:
    a = parse_article(doc("Port Strike Drags On", "By Alva Kettering | March 3, 2026 | 5 min read", LEDE))
    assert (a.meta.authors, a.meta.published) == (("Alva Kettering",), "2026-03-03")
    assert dict(a.meta_lines) == {"byline": 3}


def test_repeated_meta_fields_get_unique_keys() -> None:
    a = parse_article(doc("Port Strike Drags On", "By Alva Kettering", LEDE, "By Pim Loos", MORE))
    assert [k for k, _ in a.meta_lines] == ["byline", "byline#2"]
    assert a.meta.authors == ("Alva Kettering", "Pim Loos")


def test_date_line_under_byline_is_the_publication_date() -> None:
    a = parse_article("Port Strike Drags On\n\nBy Alva Kettering\nDecember 7, 2016\n\n" + LEDE)
    assert a.meta.published == "2016-12-07"
    assert dict(a.meta_lines)["published"] == 4


def test_date_line_near_the_top_is_the_publication_date() -> None:
    a = parse_article(doc("Port Strike Drags On", "Tue 3 Mar 2026 10.15 GMT", LEDE, MORE))
    assert a.meta.published == "2026-03-03" and [b.kind for b in a.blocks] == ["title", "paragraph", "paragraph"]


def test_date_line_deep_in_a_timeline_is_content() -> None:
    timeline = doc(*[f"Event number {i} happened at the port and was recorded in the log." for i in range(8)])
    a = parse_article(doc("Port Strike Timeline", timeline, "June 16, 2015", MORE))
    assert a.meta.published is None and "June 16, 2015" in [b.text for b in a.blocks]


def test_dates_in_a_timeline_under_the_byline_stay_content() -> None:
    timeline = "\n".join(["March 1, 2026", "Talks open.", "March 2, 2026", "Talks stall.", "March 3, 2026", "Strike."])
    a = parse_article(doc("Port Strike Timeline", "By Mara Lindqvist", "Updated March 4, 2026", LEDE, timeline))
    assert a.meta.updated == "2026-03-04" and a.meta.published is None
    assert [b.text for b in a.blocks if "2026" in b.text] == ["March 1, 2026", "March 2, 2026", "March 3, 2026"]


def test_stray_markdown_heading_in_text() -> None:
    a = parse_article(doc("Port Strike Drags On", LEDE, "## Talks Stall", MORE))
    assert titles(a) == ["Talks Stall"]


def test_byline_without_by_next_to_the_date() -> None:
    text = doc(
        "Port Strike Drags On", "Dockers dig in over pay", "Mara Lindqvist in Rotterdam\nTue 3 Mar 2026 10.15 GMT", LEDE
    )
    a = parse_article(text)
    assert (a.meta.title, a.meta.subtitle, a.meta.authors) == (
        "Port Strike Drags On",
        "Dockers dig in over pay",
        ("Mara Lindqvist",),
    )
    assert dict(a.meta_lines) == {"byline": 5, "published": 6}


def test_headline_above_dek_and_photo_clutter() -> None:
    clutter = "• Share full article\n\n[photo_0012]\n\nCranes idle on Monday.Credit...Sem Visser"
    dek = "The strike has left dozens of ships waiting at anchor off the coast."
    furniture = "By Mara Lindqvist\nReporting from Rotterdam\nMarch 3, 2026\nUpdated 4:12 p.m. ET"
    a = parse_article(doc("Menu", "Port Strike Drags On", dek, clutter, furniture, LEDE, MORE))
    assert (a.meta.title, a.meta.subtitle, a.meta.published) == ("Port Strike Drags On", dek, "2026-03-03")
    assert [k for k, _ in a.meta_lines] == ["byline", "location", "published", "updated"]
    assert [b.kind for b in a.blocks] == ["title", "subtitle", "paragraph", "paragraph"]


def test_dek_under_the_title() -> None:
    a = parse_article(doc("Port Strike Drags On", "Ships queue offshore as talks stall", "By Alva Kettering", LEDE))
    assert a.meta.subtitle == "Ships queue offshore as talks stall"
    assert a.blocks[1].kind == "subtitle"


def test_dek_as_title_case_line_before_first_heading() -> None:
    a = parse_article(doc("Port Strike Drags On", "Dockers Dig In Over Pay", "The Picket Line", LEDE))
    assert a.meta.subtitle == "Dockers Dig In Over Pay"
    assert titles(a) == ["The Picket Line"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share this article", "boilerplate"),
        ("Follow us on Mastodon", "boilerplate"),
        ("Follow The Harbour Gazette on LinkedIn", "boilerplate"),
        ("Add as preferred source on Search", "boilerplate"),
        ("Harbour Awards 2026 — Call for Entries", "boilerplate"),
        ("Subscribe to our newsletter", "boilerplate"),
        ("Advertisement", "boilerplate"),
        ("Tags", "boilerplate"),
        ("Related Articles", "related"),
        ("More from Business", "related"),
        ("Explore more articles in the Business category", "related"),
        ("Photo by Sem Visser/Getty Images", "caption"),
        ("* * *", "separator"),
        ("0:00", "boilerplate"),
        ("[ ]More", "boilerplate"),
        ("Share", "boilerplate"),
        ("Advertisement", "boilerplate"),
        ("Image source, Sem Visser", "caption"),
        ("Cranes at the port on Friday (Photo: Sem Visser/AP)", "caption"),
        ("Cranes line the quay at dawn on Friday. (AP Photo/Sem Visser)", "caption"),
        ("Story continues below advertisement", "boilerplate"),
        ("Supported by", "boilerplate"),
        ("Credit...Sem Visser for The Harbour Gazette", "caption"),
        ("Ad Feedback", "boilerplate"),
        ("See more on: Harbour Board, Port Strike", "boilerplate"),
        ("More about Sem Visser", "related"),
    ],
)
def test_clutter_lines(line: str, reason: str) -> None:
    a = parse_article(doc("Port Strike Drags On", LEDE, line, MORE))
    assert removed(a) == {line: reason}
    assert all(line != b.text for b in a.blocks)


def test_long_prose_mentioning_clutter_words_is_kept() -> None:
    para = (
        "Readers who subscribe to the union newsletter were told to share this article with colleagues before Monday."
    )
    a = parse_article(doc("Port Strike Drags On", LEDE, para))
    assert ("paragraph", para) in kinds(a)


def test_related_links_run_is_removed() -> None:
    text = doc("Port Strike Drags On", LEDE, "More News\n\nCranes Stand Idle\nA Ship Waits for Weeks\nMore News", MORE)
    a = parse_article(text)
    assert set(removed(a)) == {"More News", "Cranes Stand Idle", "A Ship Waits for Weeks"}
    assert ("paragraph", MORE) in kinds(a)


def test_related_links_at_the_end_one_per_paragraph() -> None:
    links = doc("Related Articles", "Cranes stand idle in Antwerp", "Ferry Operator Cuts Routes", "Fuel costs climb")
    a = parse_article(doc("Port Strike Drags On", LEDE, MORE, links))
    assert set(removed(a).values()) == {"related"} and len(a.removed) == 4


def test_teaser_without_the_dateline_of_the_lede() -> None:
    teaser = "Dock workers extended their strike on Friday, leaving dozens"
    a = parse_article(doc("Port Strike Drags On", teaser, "ROTTERDAM (Reuters) - " + LEDE, MORE))
    assert removed(a) == {teaser: "duplicate"}


def test_read_on_button_takes_the_headline_above() -> None:
    a = parse_article(doc("Port Strike Drags On", LEDE, "Dockers Win Pay Rise in Antwerp", "Read article", MORE))
    assert removed(a) == {"Dockers Win Pay Rise in Antwerp": "related", "Read article": "boilerplate"}


def test_menus_and_footer() -> None:
    menu = "\n".join(f"  • {w}" for w in ["News", "Sport", "Weather", "Business", "Culture"])
    footer = "\n".join(f"  • {w}" for w in ["© 2025 Harbour Gazette", "Privacy Policy", "Terms of Use"])
    text = doc(
        "Harbour Gazette",
        menu,
        "LOGIN",
        "Port Strike Drags On",
        "By Alva Kettering",
        LEDE,
        MORE,
        footer,
        "Manage Cookies",
        "My Account Sign Out",
    )
    a = parse_article(text)
    reasons = removed(a)
    assert reasons["• Sport"] == "menu" and reasons["Harbour Gazette"] == "menu"
    assert reasons["• Privacy Policy"] == "footer" and reasons["My Account Sign Out"] == "footer"
    assert a.meta.title == "Port Strike Drags On"
    assert [b.text for b in a.blocks if b.kind == "paragraph"] == [LEDE, MORE]


def test_short_list_inside_the_story_is_kept_and_nested() -> None:
    items = "  • Cranes\n  • Tugs\n      • Harbour tugs\n  • Pilots\n  • Ferries"
    a = parse_article(doc("Port Strike Drags On", LEDE, items, MORE))
    assert [(b.text, b.level) for b in a.blocks if b.kind == "list_item"] == [
        ("Cranes", 1),
        ("Tugs", 1),
        ("Harbour tugs", 2),
        ("Pilots", 1),
        ("Ferries", 1),
    ]


def test_navigation_list_inside_the_page_is_a_menu() -> None:
    nav = "\n".join(f"• {w}" for w in ["Home", "News", "Sport", "Weather"])
    a = parse_article(doc("Port Strike Drags On", LEDE, nav, MORE))
    assert set(removed(a).values()) == {"menu"} and len(a.removed) == 4


def test_caption_with_its_alt_line() -> None:
    a = parse_article(
        doc("Port Strike Drags On", LEDE, "Cranes Stand Idle in Rotterdam\nPhoto by Sem Visser/Getty Images", MORE)
    )
    assert removed(a) == {"Cranes Stand Idle in Rotterdam": "caption", "Photo by Sem Visser/Getty Images": "caption"}


def test_repeated_headline_is_a_duplicate() -> None:
    a = parse_article(doc("Port Strike Drags On", "By Alva Kettering", "Port Strike Drags On", LEDE))
    assert removed(a) == {"Port Strike Drags On": "duplicate"}
    assert [b.kind for b in a.blocks] == ["title", "paragraph"]


@pytest.mark.parametrize(
    "teaser",
    [
        "Dock workers extended their strike on Friday, leaving dozens",
        "By Alva Kettering Dock workers extended their strike on Friday, leaving dozens",
    ],
)
def test_teaser_repeating_the_lede_is_a_duplicate(teaser: str) -> None:
    a = parse_article(doc("Port Strike Drags On", "By Pim Loos", teaser, LEDE, MORE))
    assert removed(a) == {teaser: "duplicate"}
    assert sum(LEDE[:40] in b.text for b in a.blocks) == 1


def test_faq_answer_repeating_the_story_is_kept() -> None:
    faq = "When do talks resume?\nDock workers extended their strike on Friday, leaving dozens"
    a = parse_article(doc("Port Strike Drags On", LEDE, "FAQ", faq))
    assert a.removed == () and len(a.faq) == 1


def test_shouted_repeat_of_an_earlier_heading() -> None:
    a = parse_article(doc("Port Strike Drags On", LEDE, "Talks Stall Over Pay", MORE, "TALKS STALL OVER PAY", THIRD))
    assert removed(a) == {"TALKS STALL OVER PAY": "duplicate"}


def test_shouted_repeat_of_a_heading() -> None:
    a = parse_article(doc("Port Strike Drags On", LEDE, "Talks Stall Over Pay", "TALKS STALL", MORE))
    assert removed(a) == {"TALKS STALL": "duplicate"}
    assert titles(a) == ["Talks Stall Over Pay"]


def test_short_repeated_lines_in_a_list_are_kept() -> None:
    roster = "\n".join(["Ana Ruiz", "Harbour pilot", "Li Wei", "Harbour pilot"])
    a = parse_article(doc("Port Pilots Named", LEDE, roster))
    assert [b.text for b in a.blocks].count("Harbour pilot") == 2


def test_run_of_heading_shaped_lines_is_a_list_not_headings() -> None:
    roster = doc("Ana Ruiz", "Harbour Pilot", "Li Wei", "Crane Operator")
    a = parse_article(doc("Port Staff Named", LEDE, roster, MORE))
    assert titles(a) == [] and not a.removed
    assert [b.text for b in a.blocks if b.kind == "paragraph"][1:5] == [
        "Ana Ruiz",
        "Harbour Pilot",
        "Li Wei",
        "Crane Operator",
    ]


def test_empty_heading_is_kept_as_text_unless_it_is_a_page_label() -> None:
    a = parse_article(doc("Port Strike Drags On", LEDE, "Background", "What Comes Next", MORE, "Sources"))
    assert removed(a) == {"Sources": "empty-heading"}
    assert titles(a) == ["What Comes Next"] and ("paragraph", "Background") in kinds(a)


@pytest.mark.parametrize("marker", ["•", "-", "*", "1.", "2)", "▪"])
def test_list_markers(marker: str) -> None:
    a = parse_article(doc("Port Strike Drags On", LEDE, f"{marker} Ships queue offshore\n{marker} Cranes stand idle"))
    assert [(b.kind, b.text) for b in a.blocks if b.kind == "list_item"] == [
        ("list_item", "Ships queue offshore"),
        ("list_item", "Cranes stand idle"),
    ]


@pytest.mark.parametrize("label", ["Key Takeaways", "Highlights", "What to know", "Summary", "Key points:"])
def test_takeaways_list(label: str) -> None:
    items = "\n".join(["  • Strike enters its second week.", "  • Ships queue offshore.", "  • No talks are planned."])
    a = parse_article(doc("Port Strike Drags On", LEDE, MORE, label, items, "Other News Today", THIRD))
    assert [t.text for t in a.takeaways] == [
        "Strike enters its second week.",
        "Ships queue offshore.",
        "No talks are planned.",
    ]
    assert all(t.origin == "article" and t.grounding is None for t in a.takeaways)
    assert [a.block(t.block).kind for t in a.takeaways if t.block] == ["takeaway"] * 3


def test_takeaways_without_bullets_are_a_block_of_lines() -> None:
    block = "Strike enters its second week.\nShips queue offshore."
    a = parse_article(
        doc("Port Strike Drags On", "Key Takeaways", block, LEDE, MORE, THIRD, LEDE + " Again.", MORE[:-1])
    )
    assert [t.text for t in a.takeaways] == ["Strike enters its second week.", "Ships queue offshore."]


def test_unbounded_paragraphs_after_a_summary_label_are_not_takeaways() -> None:
    body = [f"Paragraph {i} of the story goes on about the strike at some length." for i in range(9)]
    a = parse_article(doc("Port Strike Drags On", "Summary", *body))
    assert a.takeaways == ()


def test_faq_pairs_each_question_with_its_answer() -> None:
    faq = "\n".join(
        [
            "Why are dockers striking?",
            "They want pay that matches inflation.",
            "When will talks resume?",
            "No date has been set.",
            "It may take weeks.",
        ]
    )
    a = parse_article(doc("Port Strike Drags On", LEDE, "Frequently Asked Questions", faq))
    assert [(f.question, f.answer) for f in a.faq] == [
        ("Why are dockers striking?", "They want pay that matches inflation."),
        ("When will talks resume?", "No date has been set. It may take weeks."),
    ]
    pair = a.faq[0]
    assert pair.question_block and a.block(pair.question_block).kind == "faq_question"
    assert pair.answer_block and a.block(pair.answer_block).kind == "faq_answer"
    assert pair.grounding is None


def test_story_after_a_compact_faq_is_not_an_answer() -> None:
    faq = "Why are dockers striking?\nThey want pay that matches inflation."
    a = parse_article(doc("Port Strike Drags On", LEDE, "FAQ", faq, MORE))
    assert [(f.question, f.answer) for f in a.faq] == [
        ("Why are dockers striking?", "They want pay that matches inflation.")
    ]
    assert ("paragraph", MORE) in kinds(a)


def test_spaced_faq_answers_run_over_paragraphs() -> None:
    a = parse_article(doc("Port Strike Drags On", LEDE, "FAQ", "Why are dockers striking?", "For pay.", "And hours."))
    assert [(f.question, f.answer) for f in a.faq] == [("Why are dockers striking?", "For pay. And hours.")]


def test_q_and_a_pairs_without_a_heading() -> None:
    a = parse_article(doc("Port Strike Drags On", LEDE, "Q: When will talks resume?", "A: No date has been set."))
    assert [(f.question, f.answer) for f in a.faq] == [("When will talks resume?", "No date has been set.")]


def test_question_outside_an_faq_is_prose() -> None:
    a = parse_article(doc("Port Strike Drags On", LEDE, "So who will blink first?", MORE))
    assert a.faq == () and ("paragraph", "So who will blink first?") in kinds(a)


def test_blockquotes() -> None:
    a = parse_article(
        doc("Port Strike Drags On", LEDE, "    We will not move until the offer changes.", "> Nor will we.")
    )
    assert [b.text for b in a.blocks if b.kind == "blockquote"] == [
        "We will not move until the offer changes.",
        "Nor will we.",
    ]


def test_hard_wrapped_text_is_reflowed() -> None:
    wrapped = (
        "Dock workers in {} extended their strike on Friday, leaving dozens of ships\n"
        "waiting offshore while the port authority said it had no plans to hire crews\n"
        "before talks resume next month, a spokesman for the authority said.\n"
    )
    ports = ("Rotterdam", "Antwerp", "Hamburg")
    text = "Port Strike Drags On\n\n" + "\n".join(wrapped.format(p) for p in ports) + "\nShort closing line.\n"
    a = parse_article(text)
    paras = [b for b in a.blocks if b.kind == "paragraph"]
    assert [p.lines for p in paras[:3]] == [(3, 5), (7, 9), (11, 13)]
    assert paras[0].text.startswith("Dock workers") and "ships waiting offshore" in paras[0].text


def test_wrapped_text_with_a_long_url_line_is_still_reflowed() -> None:
    para = (
        "Dock workers in Rotterdam extended their strike on Friday, leaving dozens of\n"
        "ships waiting offshore while the port authority said it would not hire crews\n"
        "before talks resume next month, according to a statement posted online at\n"
        "https://example.invalid/a/very/long/path/that/goes/on/and/on/well/past/the/wrap/column/of/the/text\n"
        "on Friday afternoon.\n"
    )
    a = parse_article("Port Strike Drags On\n\n" + para + "\n" + para.replace("Friday", "Monday"))
    assert [b.lines for b in a.blocks if b.kind == "paragraph"] == [(3, 7), (9, 13)]


def test_title_without_headline_is_derived_from_the_lede() -> None:
    a = parse_article(doc(LEDE, MORE))
    assert a.meta.title == LEDE
    assert a.blocks[0].kind == "paragraph"


def test_byline_inside_the_story_does_not_move_the_title() -> None:
    a = parse_article(doc("Port Strike Drags On", LEDE, "A Letter From the Union", "By Ina Brouwer", MORE))
    assert a.meta.title == "Port Strike Drags On" and a.blocks[0].kind == "title"
    assert "A Letter From the Union" in titles(a)


def test_bare_headline_is_the_title() -> None:
    a = parse_article(doc("Port strike drags on into a second week", LEDE, MORE))
    assert a.blocks[0].kind == "title" and a.meta.title == "Port strike drags on into a second week"


@pytest.mark.parametrize(("words", "minutes"), [(10, 1), (460, 2), (1150, 5)])
def test_reading_minutes(words: int, minutes: int) -> None:
    body = "\n\n".join(" ".join(["word"] * 10) + "." for _ in range(words // 10))
    assert parse_article("Counting Words\n\n" + body).meta.reading_minutes == minutes


def test_fmt_routes_to_markdown() -> None:
    text = "# Port Strike\n\nDock *workers* struck.\n"
    assert parse_article(text, fmt="markdown").blocks[1].spans
    assert parse_article(text).source.format == "text"
    assert parse_article(text).blocks[0].text == "# Port Strike"


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "\x1b[31m\x07", "\ufeff", "•", "?"])
def test_degenerate_input(text: str) -> None:
    a = parse_article(text)
    assert a.sections


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this article gave the wrong date for the vote.",
        "Editor's note: This story was updated with comment from the union.",
        "Update: Talks resumed on Friday.",
    ],
)
def test_labelled_note_after_an_answer_is_not_part_of_it(note: str) -> None:
    qa = "Q: When will talks resume?\nA: No date has been set."
    a = parse_article(doc("Port Strike Drags On", LEDE, qa, note))
    assert [(f.question, f.answer) for f in a.faq] == [("When will talks resume?", "No date has been set.")]
    assert ("paragraph", note) in kinds(a)


@pytest.mark.parametrize(
    ("closing", "bio"),
    [
        ("Ana Kovac covers the ports for The Harbour Gazette.", True),
        ("Ana Kovac contributed reporting from Leith.", True),
        ("Ana Kovac, Harbour Gazette", False),
        ("Dockers told Ana Kovac they would strike again.", False),
    ],
)
def test_closing_line_about_the_writer(closing: str, bio: bool) -> None:
    a = parse_article(
        doc("Port Strike Drags On", "By Ana Kovac", LEDE, MORE, MORE.replace("Unions", "Workers"), closing)
    )
    assert (removed(a).get(closing) == "author-bio") is bio


def test_a_reader_views_copy_gives_site_headline_byline_and_reading_time() -> None:
    story = [
        "The operator of the island's ferry link has cancelled its winter timetable after engine failures.",
        "Passengers will be able to book on the remaining ferry, which will run every three hours instead.",
    ]
    text = "harbour-times.example\nFerry operator cancels winter timetable\nRuth Okafor\n5–6 minutes\n\n"
    a = parse_article(text + "\n\n".join(story) + "\n")
    assert a.meta.title == "Ferry operator cancels winter timetable"
    assert a.meta.publisher == "harbour-times.example"
    assert a.meta.authors == ("Ruth Okafor",)
    assert [b.text for b in a.blocks if b.kind == "paragraph"] == story
