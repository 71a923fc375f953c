"""What the article view draws, tested without an app: wrapping, items, highlights."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.core.model import Article, Removed
from reader.ui.citation import cite_passage, cite_quote
from reader.ui.widgets.corrections import correction_passage
from reader.ui.widgets.view_model import GUTTER_AMENDED, build_highlights, build_items, wrap_offsets


def lines(text: str, width: int) -> list[str]:
    offsets = [0, *wrap_offsets(text, width), len(text)]
    return [text[a:b].rstrip() for a, b in zip(offsets, offsets[1:], strict=False)]


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("", 10, [""]),
        ("short", 10, ["short"]),
        ("one two three four", 9, ["one two", "three", "four"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("a\nb c", 10, ["a", "b c"]),
        ("界界界 ab", 4, ["界界", "界", "ab"]),
        ("exactly ten", 11, ["exactly ten"]),
    ],
    ids=["empty", "fits", "words", "fold-long-word", "hard-newline", "wide-chars", "exact-fit"],
)
def test_wrap_offsets(text: str, width: int, expected: list[str]) -> None:
    assert lines(text, width) == expected


def test_wrapped_lines_never_exceed_the_width() -> None:
    text = "The harbour master files every route a day ahead, and nobody flies over the reserve. " * 20
    for width in (7, 20, 33, 80):
        assert all(len(line) <= width for line in lines(text, width))


def test_items_follow_reading_order_and_prefix_kinds(article: Article) -> None:
    items = build_items(article)
    assert [i.key for i in items] == [b.id for b in article.blocks[1:]]  # the title is drawn by the header
    bullets = [i for i in items if i.kind == "list_item"]
    assert bullets and all(i.first_prefix == "• " for i in bullets)
    assert bullets[1].gap == 0  # consecutive list items run on


def test_removed_clutter_goes_where_it_stood(article: Article) -> None:
    article = replace(
        article, removed=(Removed((2, 2), "Share this", "boilerplate"), Removed((999, 999), "End", "footer"))
    )
    items = build_items(article, show_removed=True)
    keys = [i.key for i in items]
    assert keys[0] == "removed-0"  # the title (line 1) is the header's; the clutter on line 2 comes first
    assert keys[-1] == "removed-1"
    assert "(boilerplate)" in items[0].text
    assert len(build_items(article)) == len(article.blocks) - 1


def test_highlights_cover_entities_quotes_and_claims(article: Article) -> None:
    hl = build_highlights(article)
    claim = article.corrections[0].claim
    assert claim is not None
    assert hl.gutter[claim.block] == GUTTER_AMENDED
    assert (claim.start, claim.end) in hl.amended[claim.block]
    quote = article.quotes[0]
    assert (quote.start, quote.end) in hl.quotes[quote.block]
    kinds = {cls for spans in hl.entities.values() for *_, cls in spans}
    assert kinds == {"person", "org", "place"}


def test_citations_name_the_source(article: Article) -> None:
    passage = cite_passage(article, "Some words.")
    assert passage.startswith("Some words.\n— ") and "Harbour Gazette" in passage and "2026-05-04" in passage
    quote = cite_quote(article, article.quotes[0])
    assert quote.startswith("“We want") and "Noor Haddad, in" in quote


def test_correction_passage_leaves_out_the_claim(article: Article) -> None:
    correction = article.corrections[0]
    text = correction_passage(correction)
    assert "misspoke" in text and "at night" not in text
    bare = replace(correction, claim=None)
    assert correction_passage(bare) == correction.text


def test_only_the_first_paragraph_of_an_answer_is_labelled(article: Article) -> None:
    from reader.core.model import Block

    answer = next(b for b in article.blocks if b.kind == "faq_answer")
    more = Block("b-more", "faq_answer", "And a second paragraph of the same answer.", answer.section, answer.lines)
    at = article.blocks.index(answer) + 1
    article = replace(article, blocks=(*article.blocks[:at], more, *article.blocks[at:]))
    items = {i.key: i for i in build_items(article)}
    assert items[answer.id].first_prefix == "A "
    assert items["b-more"].first_prefix == "  "  # a continuation hangs under the answer, unlabelled


def test_the_title_is_drawn_once_when_the_header_shows_it(article: Article) -> None:
    assert article.blocks[0].kind == "title" and article.blocks[0].text == article.meta.title
    assert article.blocks[0].id not in {i.key for i in build_items(article)}
    untitled = replace(article, meta=replace(article.meta, title=None))
    assert build_items(untitled)[0].key == article.blocks[0].id  # no title in the header: the body shows it


async def test_example_badge_and_amended_claim() -> None:
    from pathlib import Path

    from reader.core.parse import parse_article
    from reader.core.pipeline import analyse
    from reader.ui.app import ReaderApp
    from reader.ui.widgets.corrections import CorrectionsPanel
    from reader.ui.widgets.header import ArticleHeader
    from tests.app.pilot import ready

    text = (Path(__file__).parents[2] / "examples" / "harbour-drones.txt").read_text(encoding="utf-8")
    app = ReaderApp(analyse(parse_article(text)))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        header = screen.query_one(ArticleHeader).render().plain
        assert " 1 correction · 1 clarification · updated " in header
        panel = screen.query_one(CorrectionsPanel)
        rows = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        amends = [row.split("amends: ")[1] for row in rows if "amends: " in row]
        assert any("29 commercial berths" in claim for claim in amends)


async def test_takeaway_badges_hang_under_their_takeaway_and_source_is_no_verdict(article: Article) -> None:
    from reader.ui.app import ReaderApp
    from reader.ui.widgets.takeaways import Takeaways
    from tests.app.pilot import ready

    first, *rest = article.takeaways
    extracted = replace(first, origin="extracted", grounding="source")
    app = ReaderApp(replace(article, takeaways=(extracted, *rest)))
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await ready(pilot)
        panel = screen.query_one(Takeaways)
        rows = [str(panel.get_option_at_index(i).prompt).split("\n") for i in range(panel.option_count)]
        assert all(len(r) == 2 and r[1].startswith("  ") for r in rows)  # the badge is indented under its text
        assert rows[2][1].strip() == "~ partial"
        source = rows[0][1].strip()
        assert "supported" not in source and "✓" not in source and "sentence of the article" in source
