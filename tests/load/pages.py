"""Small web pages written for these tests (no third-party text): a news story and its page furniture."""

from __future__ import annotations

STORY = [
    "The harbour authority said on Tuesday that drones would inspect the sea wall every week, starting in April.",
    "The trial ran for six months and found three cracks that divers had missed, the authority's report said.",
    '"It is the right decision for the harbour," said the mayor, Tom Smith, who backed the plan last year.',
    "Critics said the cost of the scheme was too high and the benefits unclear for the residents of the bay.",
]


def page(
    body: str,
    *,
    head: str = "",
    title: str = "Harbour drones cleared for weekly sea wall checks",
    chrome: bool = True,
) -> str:
    """A complete page: <head> with metadata, a menu, the article `body`, related links and a footer."""
    nav = '<nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>'
    related = (
        '<aside class="related"><h3>More stories</h3><ul><li><a href="/a">Ferry timetable changes again</a></li>'
        '<li><a href="/b">Lighthouse reopens to visitors</a></li></ul></aside>'
    )
    footer = "<footer><p>Copyright 2026 The Bay Courier. All rights reserved.</p></footer>"
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title} | The Bay Courier</title>{head}</head><body>"
        + (nav if chrome else "")
        + f"<main><article><h1>{title}</h1>{body}</article></main>"
        + (related + footer if chrome else "")
        + "</body></html>"
    )


def story_paragraphs(extra: str = "") -> str:
    return "".join(f"<p>{p}</p>" for p in STORY) + extra
