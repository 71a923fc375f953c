"""Markdown clipped from a web page (a web clipper, MarkDownload): its front matter and the page's link lists."""

from __future__ import annotations

import pytest

from reader.core.model import Article
from tests.core.test_markdown import md

STORY = [
    "The operator of the island's ferry link has cancelled its winter timetable after engine failures took two out.",
    "Passengers will be able to book on the remaining ferry, which will run every three hours instead of every ninety.",
    "The council said it would ask the government for emergency funding to charter a replacement vessel this winter.",
]
FRONT = """---
title: "Ferry operator cancels winter timetable"
source: "{source}"
author:
  - "[[Ruth Okafor]]"
description: "Two of the three ferries are out of service until February."
---
"""


def _clip(*, source: str = "https://news.example/ferry", above: str = "", below: str = "", story: str = "") -> Article:
    body = "\n\n".join([above, *STORY[:2], story, STORY[2], below])
    return md(FRONT.format(source=source) + "\n" + body + "\n")


def _texts(a: Article) -> list[str]:
    return [b.text for b in a.blocks]


def _reason(a: Article, text: str) -> str | None:
    return next((r.reason for r in a.removed if text in r.text), None)


def test_a_clippers_front_matter_gives_author_dek_and_address() -> None:
    a = _clip()
    assert a.meta.authors == ("Ruth Okafor",)  # the note-taking app's [[link]] is the name it shows
    assert a.meta.subtitle == "Two of the three ferries are out of service until February."
    assert a.meta.url == "https://news.example/ferry"


def test_a_source_that_is_no_address_is_no_url() -> None:
    assert _clip(source="Harbour Times").meta.url is None


@pytest.mark.parametrize(
    ("where", "lists", "reason"),
    [
        ("above", "- [News](/news)\n- [Business](/business)", "menu"),  # the site's menu above the story
        ("below", "## Related\n\n- [Bus fares rise](/bus)\n- [Cycle path opens](/cycle)", "related"),
        ("below", "- [Bus fares rise](/bus)\n- [Cycle path opens](/cycle)", "related"),  # right under the story
        ("below", "## Sources\n\n- [The operator's statement](/s)\n- [Council minutes](/m)", None),  # its own
        ("story", "- [The operator's statement](/s)\n- [Council minutes](/m)", None),  # inside the story
        ("story", "- Read [the statement](/s) in full\n- See [the minutes](/m)", None),  # items with words
    ],
    ids=["menu-above", "related-heading", "right-under", "sources", "in-the-story", "items-with-words"],
)
def test_lists_of_bare_links_around_the_story_are_the_pages_own(where: str, lists: str, reason: str | None) -> None:
    a = _clip(**{where: lists})
    first = lists.split("[", 1)[1].split("]", 1)[0]  # the first link's words
    if reason is None:
        assert any(first in t for t in _texts(a))
    else:
        assert not any(first in t for t in _texts(a))
        assert _reason(a, first) == reason


def test_a_caption_under_a_picture_keeps_no_leading_space() -> None:
    a = _clip(above="![Ferry](f.jpg)\n*The ferry at the pier. Photo: Dan Weir/Harbour Times*")
    assert "The ferry at the pier. Photo: Dan Weir/Harbour Times" in _texts(a)
