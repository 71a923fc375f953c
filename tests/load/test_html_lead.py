"""The top of a web page's story: the lead photo's caption, the page's reading order, the lede's dateline."""

from __future__ import annotations

import lxml.etree
import pytest

from reader.core.structure.meta import dateline_of
from reader.load.html_clean import Chunk
from reader.load.html_lead import in_page_order, with_dateline, without_trailing_furniture
from tests.load.pages import STORY, page, story_paragraphs
from tests.load.test_html import article_of, body_text, removed_text

HEADLINE = "<h1>Harbour drones cleared for weekly sea wall checks</h1>"


# ---------------------------------------------------------------- the lead photo's caption


@pytest.mark.parametrize(
    ("figure", "caption"),
    [
        pytest.param(
            "<figure><img src='x.jpg'><figcaption>The mayor speaks at the harbour on Monday.</figcaption></figure>",
            "The mayor speaks at the harbour on Monday.",
            id="figcaption-without-credit-words",
        ),
        pytest.param(
            "<figure><img src='x.jpg'><figcaption><span>BAYPRESS/Sem Visser</span></figcaption></figure>",
            "BAYPRESS/Sem Visser",
            id="bare-credit-in-figcaption",
        ),
        pytest.param(
            "<figure><img src='x.jpg'><p class='credit'>Sem Visser</p></figure>",
            "Sem Visser",
            id="credit-in-figure",
        ),
        pytest.param(
            "<figure><blockquote>"
            + " ".join(["An embedded post that runs on and on"] * 10)
            + ".</blockquote></figure>",
            None,
            id="long-figure-text-is-no-caption",
        ),
        pytest.param("<div class='hero'><span>The harbour at dawn</span></div>", None, id="no-figure-no-caption"),
    ],
)
def test_the_words_under_the_lead_picture_stay_above_the_lede(figure: str, caption: str | None) -> None:
    a = article_of(page(HEADLINE + figure + story_paragraphs()))
    body = body_text(a)
    if caption is None:
        assert body.startswith(STORY[0])
        return
    assert body.startswith(f"{caption}\n{STORY[0]}")
    assert caption not in removed_text(a)  # in exactly one place
    kinds = {b.text: b.kind for b in a.blocks}
    assert kinds[caption] == "caption"  # the page's markup said so: shown as one, never a takeaway or a quote


def test_a_figure_inside_the_story_is_left_out_as_before() -> None:
    figure = "<figure><figcaption>The mayor speaks at the harbour on Monday.</figcaption></figure>"
    a = article_of(page(HEADLINE + "".join(f"<p>{p}</p>" + (figure if i == 1 else "") for i, p in enumerate(STORY))))
    assert "The mayor speaks" not in body_text(a)
    assert "The mayor speaks at the harbour on Monday." in removed_text(a)


# ---------------------------------------------------------------- reading order


_TAGS = {"p": ("p", None), "q": ("quote", "p"), "h": ("head", None), "l": ("list", "item")}


def _tree(blocks: list[str]) -> lxml.etree._Element:
    """The extractor's article: "p:text" a paragraph, "q:" a quote, "h:" a heading, "l:" a one-item list."""
    body = lxml.etree.Element("body")
    for b in blocks:
        tag, _, text = b.partition(":")
        outer, inner = _TAGS[tag]
        el = lxml.etree.SubElement(body, outer)
        (lxml.etree.SubElement(el, inner) if inner else el).text = text
    return body


def _texts(body: lxml.etree._Element) -> list[str]:
    return ["".join(el.itertext()) for el in body]


@pytest.mark.parametrize(
    ("blocks", "page_runs", "expected"),
    [
        pytest.param(["q:Quoted", "p:Lede", "p:Second"], ["Lede", "Quoted", "Second"], ["Lede", "Quoted", "Second"],
                     id="quote-put-back-after-the-lede"),
        pytest.param(["p:Lede", "p:Second"], ["Lede", "Second"], ["Lede", "Second"], id="in-order-unchanged"),
        pytest.param(["q:Quoted", "p:Lede", "p:Merged text"], ["Lede", "Quoted", "Merged", "text"],
                     ["Lede", "Merged text", "Quoted"], id="unplaced-block-follows-the-one-before"),
        pytest.param(["q:Quoted", "p:Lede"], ["Lede", "Quoted", "Lede"], ["Quoted", "Lede"],
                     id="text-shown-twice-places-nothing"),
        pytest.param(["p:Unplaced", "p:Second", "p:First"], ["First", "Second"], ["Unplaced", "First", "Second"],
                     id="unplaced-opening-block-stays-first"),
    ],
)  # fmt: skip
def test_blocks_follow_the_pages_order(blocks: list[str], page_runs: list[str], expected: list[str]) -> None:
    body = _tree(blocks)
    moved = in_page_order(body, [Chunk(t, "boilerplate") for t in page_runs])
    assert _texts(body) == expected
    assert moved == (expected != [b.partition(":")[2] for b in blocks])


# ---------------------------------------------------------------- the lede's dateline


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Washington/ New Delhi:", "Washington/ New Delhi"),
        ("NEW DELHI:", "NEW DELHI"),
        ("LONDON (Reuters) —", "LONDON (Reuters)"),
        ("Rio de Janeiro —", "Rio de Janeiro"),
        ("TOKYO -", "TOKYO"),
        ("Highlights:", None),
        ("Editor's Note:", None),
        ("Key Points:", None),
        ("Updated 3:15 pm:", None),
        ("By Jane Doe", None),
        ("Share this —", None),
        ("By JANE DOE —", None),
        ("Transcript:", None),
        ("Mumbai:", "Mumbai"),
        ("One Two Three Four Five Six Seven:", None),
    ],
)
def test_dateline_shape(text: str, dateline: str | None) -> None:
    assert dateline_of(text) == dateline


LEDE = STORY[0]


@pytest.mark.parametrize(
    ("above", "opens"),
    [
        pytest.param("Bayport:", True, id="place-with-colon"),
        pytest.param("BAYPORT (BP) —", True, id="capitals-agency-dash"),
        pytest.param("Highlights:", False, id="a-label-is-no-place"),
        pytest.param("Harbour drones", False, id="no-closing-mark"),
    ],
)
def test_the_lede_opens_with_its_dateline(above: str, opens: bool) -> None:
    body = _tree([f"p:{LEDE}", f"p:{STORY[1]}"])
    runs = [Chunk(t, "boilerplate") for t in ("Harbour drones cleared", above, LEDE, STORY[1])]
    assert with_dateline(body, runs) == opens
    assert _texts(body)[0] == (f"{above} {LEDE}" if opens else LEDE)


def test_a_dateline_the_article_already_holds_is_not_repeated() -> None:
    body = _tree(["p:Bayport:", f"p:{LEDE}"])
    assert not with_dateline(body, [Chunk(t, "boilerplate") for t in ("Bayport:", LEDE)])


def test_a_bold_dateline_above_the_first_paragraph_is_read_with_it() -> None:
    html = page(HEADLINE + "<div class='story'><b class='place'>Bayport: </b>" + story_paragraphs() + "</div>")
    a = article_of(html)
    assert body_text(a).startswith(f"Bayport: {LEDE}") or body_text(a).startswith(f"Bayport:\n{LEDE}")
    assert "Bayport" not in removed_text(a)


# ---------------------------------------------------------------- a closing section set apart as furniture


@pytest.mark.parametrize(
    ("blocks", "landmarks", "kept"),
    [
        pytest.param(["p:Lede", "p:Second", "h:More stories", "l:Ferry times"],
                     ["boilerplate", "boilerplate", "related", "related"], 2, id="related-section-cut"),
        pytest.param(["p:Lede", "h:Comments", "p:Be kind"], ["boilerplate", "comments", "footer"], 1,
                     id="comments-then-footer-cut"),
        pytest.param(["p:Lede", "p:Ferry times"], ["boilerplate", "related"], 2, id="no-heading-no-section"),
        pytest.param(["h:Menu", "p:Lede"], ["menu", "menu"], 2, id="whole-story-in-one-region-kept"),
        pytest.param(["p:Lede", "h:More", "p:Last words"], ["boilerplate", "related", "boilerplate"], 3,
                     id="story-after-the-heading-kept"),
        pytest.param(["p:Lede", "h:More", "l:Elsewhere"], ["boilerplate", "related", None], 3,
                     id="unplaced-last-block-kept"),
    ],
)  # fmt: skip
def test_a_closing_section_in_a_furniture_region_is_cut(
    blocks: list[str], landmarks: list[str | None], kept: int
) -> None:
    body = _tree(blocks)
    runs = [Chunk(b.partition(":")[2], r) for b, r in zip(blocks, landmarks, strict=True) if r is not None]
    assert without_trailing_furniture(body, runs) == (kept < len(blocks))
    assert _texts(body) == [b.partition(":")[2] for b in blocks[:kept]]


def test_a_related_section_inside_the_article_goes_to_removed_with_its_reason() -> None:
    related = (
        "<div class='story-recirc'><h2>More from the Courier</h2><ul>"
        "<li>Lighthouse keepers return to the outer islands after a decade away</li>"
        "<li>Ferry timetables change again as the winter storms close the western route</li></ul></div>"
    )
    a = article_of(page(HEADLINE + story_paragraphs(related)))
    assert "More from the Courier" not in body_text(a)
    assert body_text(a).rstrip().endswith(STORY[-1])
    reasons = {r.reason for r in a.removed if "Lighthouse keepers" in r.text}
    assert reasons == {"related"}


def test_the_lead_caption_is_found_under_a_standfirst_the_page_describes() -> None:
    dek = "The city will inspect its sea wall from the air every week from March."
    head = f'<meta name="description" content="{dek}">'
    figure = "<figure><img src='x.jpg'><figcaption>A drone over the sea wall. Sem Visser</figcaption></figure>"
    a = article_of(page(HEADLINE + f"<p class='standfirst'>{dek}</p>" + figure + story_paragraphs(), head=head))
    kinds = {b.text: b.kind for b in a.blocks}
    assert kinds.get("A drone over the sea wall. Sem Visser") == "caption"
    assert body_text(a).index("A drone over the sea wall") < body_text(a).index(STORY[0])
