"""Furniture around the lede: the lead photo's caption and credit, and share rows (page dumps and plain text).

One rule owns the lead caption whatever the text is (`plain_build.lead_captions`):
the caption or credit between the headline block and the lede is a `caption`
block above the story, never a paragraph of it. A share row (network names,
share buttons) is set aside wherever it stands, under its label or not, but a
sentence that names networks is the story's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.core.model import Article
from reader.core.parse import parse_article
from reader.core.structure.clutter import share_row
from tests.core import dumps as d
from tests.core.dumps import parsed, removed_reason

LEDE = d.STORY[0]
CAPTION = "Cranes stand idle on the quay of the harbour on Friday."
Form = Callable[..., str]
SENTENCE = "The union said on Friday that it had posted the offer on Facebook and Twitter for members to read."


def _dump(*header: str, after: tuple[str, ...] = ()) -> str:
    """A page dump: menus, headline, byline and date, `header` blocks, the story, `after` blocks, teasers, footer."""
    return d.page(d.MENU_TREE, d.HEADLINE, d.BYLINE + "\n" + d.DATE, *header, d.story(), *after, d.TEASERS, d.FOOTER)


def _text(*header: str, after: tuple[str, ...] = ()) -> str:
    """The same article pasted as plain text: one paragraph a line, no menus."""
    return "\n\n".join([d.HEADLINE, d.BYLINE, *header, *d.STORY[:2], *after, *d.STORY[2:]]) + "\n"


def _captions(a: Article) -> list[str]:
    return [b.text for b in a.blocks if b.kind == "caption"]


def _paragraphs(a: Article) -> list[str]:
    return [b.text for b in a.blocks if b.kind == "paragraph"]


CREDITS = [
    pytest.param(("Photo: Jane Roe/Agency",), ["Photo: Jane Roe/Agency"], id="labelled-credit"),
    pytest.param(("Credit: Jane Roe/Agency",), ["Credit: Jane Roe/Agency"], id="credit-label"),
    pytest.param(("Image: Jane Roe",), ["Image: Jane Roe"], id="image-name"),
    pytest.param((f"{CAPTION} (Getty Images)",), [f"{CAPTION} (Getty Images)"], id="agency-in-brackets"),
    pytest.param((f"{CAPTION}\nPhoto: Jane Roe/Agency",), [CAPTION, "Photo: Jane Roe/Agency"], id="caption-glued"),
    pytest.param(
        ("Cranes on the quay.", "Photo: Jane Roe/Agency"),
        ["Cranes on the quay.", "Photo: Jane Roe/Agency"],
        id="caption-then-credit",
    ),
]


@pytest.mark.parametrize(("header", "captions"), CREDITS)
@pytest.mark.parametrize("form", [_dump, _text], ids=["dump", "text"])
def test_the_lead_caption_is_a_caption_block_above_the_lede(
    form: Form, header: tuple[str, ...], captions: list[str]
) -> None:
    a = parsed(form(*header))
    assert _captions(a) == captions
    kinds = [b.kind for b in a.blocks]
    first_paragraph = kinds.index("paragraph")
    assert kinds[first_paragraph - len(captions) : first_paragraph] == ["caption"] * len(captions)
    assert _paragraphs(a)[0] == LEDE
    assert not any(c in b.text for b in a.body for c in captions)  # above the story, not in it


def test_a_long_caption_over_its_credit_is_a_caption_when_the_dumps_story_starts_below() -> None:
    a = parsed(_dump(CAPTION, "Photo: Jane Roe/Agency"))
    assert _captions(a) == [CAPTION, "Photo: Jane Roe/Agency"]
    assert _paragraphs(a)[0] == LEDE


def test_a_short_lede_over_the_lead_picture_is_the_storys() -> None:
    lede = "Dock workers extended their strike on Friday, leaving dozens of ships waiting offshore."
    a = parsed(
        d.page(
            d.MENU_TREE,
            d.HEADLINE,
            d.BYLINE + "\n" + d.DATE,
            d.story([lede, "Photo: Jane Roe/Agency", *d.STORY[1:]]),
            d.TEASERS,
            d.FOOTER,
        )
    )
    assert _paragraphs(a)[0] == lede
    assert lede not in _captions(a)


@pytest.mark.parametrize("form", [_dump, _text], ids=["dump", "text"])
def test_a_short_line_over_a_bare_credit_that_is_no_sentence_stays_what_it_was(form: Form) -> None:
    a = parsed(form("Dock strike, day eight", "Photo: Jane Roe/Agency"))
    assert _captions(a) == ["Photo: Jane Roe/Agency"]


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        pytest.param(("Image caption Cranes stand idle on the quay",), "caption", id="spoken-label"),
        pytest.param(("Photos: Inside the harbour during the strike",), "boilerplate", id="gallery-promo"),
    ],
)
def test_what_is_no_lead_caption_stays_set_aside(header: tuple[str, ...], reason: str) -> None:
    a = parsed(_dump(*header))
    assert _captions(a) == []
    assert removed_reason(a, header[0]) == reason


@pytest.mark.parametrize("form", [_dump, _text], ids=["dump", "text"])
def test_a_credit_inside_the_story_is_set_aside(form: Form) -> None:
    if form is _dump:
        story = d.story([*d.STORY[:2], "Photo: Jane Roe/Agency", *d.STORY[2:]])
        text = d.page(d.MENU_TREE, d.HEADLINE, d.BYLINE + "\n" + d.DATE, story, d.TEASERS, d.FOOTER)
    else:
        text = _text(after=("Photo: Jane Roe/Agency",))
    a = parsed(text)
    assert _captions(a) == []
    assert removed_reason(a, "Jane Roe/Agency") == "caption"


def test_a_lead_caption_is_no_takeaway_or_quote_source() -> None:
    from reader.core.pipeline import analyse

    a = analyse(parse_article(_dump(CAPTION, "Photo: Jane Roe/Agency")))
    ids = {b.id for b in a.blocks if b.kind == "caption"}
    assert ids and all(t.block not in ids for t in a.takeaways)
    assert all(q.block not in ids for q in a.quotes)


SHARE_ROWS = [
    pytest.param(("Share this article", "Facebook Twitter Email"), id="label-one-line"),
    pytest.param(("Share this article", "Facebook\nTwitter\nEmail"), id="label-one-per-line"),
    pytest.param(("Share", "  • Facebook\n  • Twitter\n  • LinkedIn\n  • Email"), id="label-w3m-bullets"),
    pytest.param(("Share", "Share on Facebook  Share on X  Copy link"), id="label-share-on"),
    pytest.param(("Facebook Twitter LinkedIn Email",), id="no-label"),
    pytest.param(("Facebook | Twitter | Pinterest | Copy link",), id="no-label-pipes"),
    pytest.param(("Share this story:", "Telegraph\nMastodon App"), id="label-unknown-names"),
]


@pytest.mark.parametrize("row", SHARE_ROWS)
@pytest.mark.parametrize("where", ["top", "end"])
@pytest.mark.parametrize("form", [_dump, _text], ids=["dump", "text"])
def test_a_share_row_is_set_aside_wherever_it_stands(form: Form, where: str, row: tuple[str, ...]) -> None:
    a = parsed(form(*row) if where == "top" else form(after=row))
    kept = "\n".join(b.text for b in a.blocks)
    for part in row:
        for line in part.split("\n"):
            entry = line.strip(" •")
            assert entry not in kept
    assert _paragraphs(a)[0] == LEDE
    assert len(_paragraphs(a)) == len(d.STORY)


@pytest.mark.parametrize("form", [_dump, _text], ids=["dump", "text"])
def test_a_sentence_that_names_networks_is_the_storys(form: Form) -> None:
    a = parsed(form(after=(SENTENCE,)))
    assert SENTENCE in _paragraphs(a)


def test_a_short_heading_under_a_share_label_is_not_a_button() -> None:
    a = parsed(_text(after=("Share", "What comes next")))
    assert "What comes next" in [b.text for b in a.blocks]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Facebook Twitter Email", True),
        ("Share on Facebook  Share on X  Copy link", True),
        ("Share Tweet Share", True),
        ("Facebook X Pinterest Linked in Tumblr Reddit Facebook Messenger Copy URL", True),
        ("Twitter | Facebook | Google+", True),
        ("Facebook 12 Twitter 3", True),
        ("Facebook", False),  # one button: the line rules' UI word, not a row
        ("Facebook takes on Zoom with a new video service", False),
        ("He posted on Facebook and Twitter that the strike was over.", False),
        ("Share this article", False),  # the label: set aside by the prompt rules
        ("Share Pin Email", True),
        ("Threads on X", False),  # networks named by everyday words only: a heading may say that
        ("Print Email", False),  # each a button the line rules know, not a row of networks
    ],
)
def test_share_row_shape(text: str, row: bool) -> None:
    assert share_row(text) is row


@pytest.mark.parametrize(
    "picture",
    [
        pytest.param((CAPTION, CAPTION + " Photo by Jane Roe/Getty Images"), id="alt-then-caption"),
        pytest.param((CAPTION + "\n" + CAPTION + " (Jane Roe / Reuters)",), id="alt-glued-to-caption"),
    ],
)
def test_alt_text_said_again_by_the_caption_is_shown_once(picture: tuple[str, ...]) -> None:
    a = parsed(_dump(*picture))
    assert _captions(a) == [CAPTION]
    assert _paragraphs(a)[0] == LEDE
    assert sum(CAPTION in b.text for b in a.blocks) == 1


def test_markdown_goes_through_the_same_share_row_rule() -> None:
    md = f"# {d.HEADLINE}\n\n{d.STORY[0]}\n\nShare this article\n\nFacebook | Twitter | Email\n\n{d.STORY[1]}\n"
    a = parse_article(md, fmt="markdown")
    assert [b.kind for b in a.blocks] == ["title", "paragraph", "paragraph"]
    assert {r.text: r.reason for r in a.removed}["Facebook | Twitter | Email"] == "boilerplate"
