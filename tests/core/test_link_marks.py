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
