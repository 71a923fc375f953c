"""Lynx's link numbers ("[12]Crumb & Co") come out of the text when the page lists its links at the end."""

from __future__ import annotations

import pytest

from tests.core import dumps as d
from tests.core.dumps import body_text, parsed

REFERENCES = (
    "References\n\n   Visible links:\n"
    + "\n".join(f"  {n}. https://news.example/{n}" for n in range(1, 6))
    + "\n  6. mailto:?subject=Harbour cranes stand idle&body=https://news.example/6"  # a link with spaces
    + "\n\n   Hidden links:\n"
    + "\n".join(f"  {n}. https://news.example/{n}" for n in range(7, 9))
)
"""Lynx's list of links at the foot of the page, in its two parts."""


def _lynx(sentence: str, *, references: bool = True) -> str:
    menu = "   [1]Skip to content\n\n     * [2]News\n     * [3]Sport\n     * [4]Weather"
    story = d.story([d.STORY[0], sentence, *d.STORY[1:]])
    return d.page(menu, d.HEADLINE, d.BYLINE + "\n" + d.DATE, story, d.FOOTER, *([REFERENCES] if references else []))


@pytest.mark.parametrize(
    ("sentence", "references", "shown"),
    [
        ("The union met at the [5]Harbour Workers' Hall on the quay.", True, "the Harbour Workers' Hall on"),
        ("The union met at the [5]Harbour Workers' Hall on the quay.", False, "the [5]Harbour Workers' Hall"),
        ("The union met at the [55]Harbour Workers' Hall on the quay.", True, "the [55]Harbour"),  # not listed
        ("The strike is the longest since 1998.[5] The union met on the quay.", True, "1998.[5] The union"),
    ],
    ids=["listed-link", "no-reference-list", "number-not-listed", "footnote-after-a-word"],
)
def test_link_numbers_are_taken_out_only_where_lynx_lists_the_links(
    sentence: str, references: bool, shown: str
) -> None:
    a = parsed(_lynx(sentence, references=references))  # checks every line is still accounted for
    assert shown in body_text(a)
    assert a.meta.title == d.HEADLINE


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("The union\u02bcs leader met the port\u02bcs owners on the quay.", "The union's leader met the port's owners"),
        ("The docks are the workers\u02bc own, the union says.", "the workers' own, the union"),
        (
            "The word \u043c\u2019\u044f\u0442\u0430 and \u0437\u02bc\u0457\u0432 stay as written.",
            "\u0437\u02bc\u0457\u0432",
        ),
    ],
    ids=["contraction", "plural-possessive", "cyrillic-letter-kept"],
)
def test_lynx_modifier_apostrophe_is_an_apostrophe_after_latin_letters(sentence: str, shown: str) -> None:
    a = parsed(_lynx(sentence))
    assert shown in body_text(a)


@pytest.mark.parametrize(
    ("head", "references", "kept"),
    [
        ("   #[9]Harbour News feed [10]alternate\n   [11]alternate", True, False),
        ("   #[9]Harbour News feed [10]alternate", True, False),
    ],
    ids=["wrapped-link-rels-set-aside", "one-line-link-rels-set-aside"],
)
def test_lynx_link_rels_head_line_is_boilerplate(head: str, references: bool, kept: bool) -> None:
    a = parsed(head + "\n\n" + _lynx(d.STORY[0], references=references))
    assert a.meta.title == d.HEADLINE
    removed = {r.text: r.reason for r in a.removed}
    rels = [reason for t, reason in removed.items() if t.startswith("#") and "Harbour News feed" in t]
    assert (rels == ["boilerplate"]) is not kept


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("IFRAME: https://tags.example/ns.html?id=ABC", True),
        ("(BUTTON) Search", True),
        ("(BUTTON)", True),
        ("The IFRAME: tag embeds one page in another, the council was told.", False),
    ],
    ids=["iframe", "button-label", "bare-button", "prose-mentioning-iframe"],
)
def test_lynx_widgets_are_boilerplate(line: str, widget: bool) -> None:
    from reader.core.structure.clutter import line_reason
    from reader.core.structure.lines import split_units

    (u,) = split_units(line)
    assert (line_reason(u) == "boilerplate") is widget
