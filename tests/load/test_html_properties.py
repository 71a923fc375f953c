"""The invariant for web pages, by hypothesis over generated and mutated HTML.

For an HTML article `lines` are the lines of the Markdown rendering the loader
makes of the page (see reader/load/html.py). Two properties together say that
every piece of visible page text is in exactly one block or removed entry:
every non-blank line of the rendering is claimed exactly once (by a block, a
removed entry or a metadata line), and every word of the page's visible text
occurs in the rendering.
"""

from __future__ import annotations

import re

import lxml.html
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.parse import parse_article
from reader.load import LoadError, load_bytes
from tests.core.invariants import assert_accounted, assert_well_formed

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_VOCABULARY = """harbour drones wall council mayor said report April ferry island cracks divers budget vote plan
Home World Sport Share Subscribe Copyright Related Comments By Jane Doe Published March 2026 Key Takeaways"""
WORDS = _VOCABULARY.split()
TAGS = ["p", "p", "p", "h2", "h3", "li", "blockquote", "div", "span", "nav", "footer", "aside", "header", "td", "b"]
INVISIBLE = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "title")
BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
"""What a browser lays out as blocks; any other element, a mangled one included ("<arbour<"), runs inline."""
_TOKENS = re.compile(r"\w+")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=18))
    text = " ".join(words)
    if draw(st.booleans()):
        text += draw(st.sampled_from([".", "?", ":", " & co.", " <3", " *x*", " #1", " [a]"]))
    return text


@st.composite
def pages(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 14))):
        tag = draw(st.sampled_from(TAGS))
        text = draw(sentences()).replace("&", "&amp;").replace("<", "&lt;")
        wrap = "ul" if tag == "li" else "table><tr" if tag == "td" else None
        inner = f"<{tag}>{text}</{tag}>"
        if wrap == "ul":
            inner = f"<ul>{inner}</ul>"
        elif wrap:
            inner = f"<table><tr>{inner}</tr></table>"
        parts.append(inner)
        if draw(st.integers(0, 9)) == 0:
            parts.append("<script>var hidden = 'never shown';</script>")
    html = "<!DOCTYPE html><html><head><title>" + draw(sentences()) + "</title></head><body><article>"
    html += "".join(parts) + "</article></body></html>"
    for _ in range(draw(st.integers(0, 3))):  # mutations: cut, drop a closing tag, insert junk
        kind = draw(st.sampled_from(["cut", "unclose", "junk"]))
        at = draw(st.integers(0, len(html)))
        if kind == "cut" and at > 40:
            html = html[:at]
        elif kind == "unclose":
            html = html.replace("</", "<", 1) if draw(st.booleans()) else re.sub(r"</\w+>", "", html, count=1)
        else:
            html = (
                html[:at]
                + draw(st.sampled_from(["<", ">", "&", "<div>", "</p>", "<!--", "\x1b[2J", "]]>"]))
                + html[at:]
            )
    return html


def visible_words(html: str) -> set[str]:
    """The words a browser shows: the parsed body's text without scripts, styles and the like."""
    try:
        tree = lxml.html.document_fromstring(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", html))
    except (ValueError, lxml.etree.ParserError):
        return set()
    body = tree.find("body")
    if body is None:
        return set()
    for el in [e for e in body.iter() if isinstance(e.tag, str) and e.tag in INVISIBLE]:
        el.drop_tree()
    for el in body.iter():  # block elements separate words, inline ones (b, span, unknown tags) do not
        if isinstance(el.tag, str) and el.tag in BLOCKS:
            el.text = " " + (el.text or "") + " "
            el.tail = " " + (el.tail or "")
    return set(_TOKENS.findall(body.text_content().casefold()))


@SETTINGS
@given(pages())
def test_every_visible_word_is_in_exactly_one_place(html: str) -> None:
    try:
        loaded = load_bytes(html.encode("utf-8"), path="page.html")
    except LoadError:
        return  # a page with nothing visible is refused with a message, which is fine
    article = parse_article(loaded.text, source=loaded.source)
    assert_accounted(loaded.text, article)
    assert_well_formed(article)
    rendered = set(_TOKENS.findall(loaded.text.casefold()))
    missing = visible_words(html) - rendered
    assert not missing, f"visible words lost: {sorted(missing)[:10]}"
    if "never" not in visible_words(html):  # a mangled "<<div>script>" is no script: its text shows
        assert "never shown" not in "\n".join(b.text for b in article.blocks)
