"""The page's visible text: what a browser never shows is dropped, the rest cut into landmark-tagged runs.

Scripts, styles, templates and hidden elements are removed from the tree before
the extractor sees it (so it cannot show them either), and the visible text is
read in reading order as `Chunk`s, each tagged with the landmark it sits in
(menu, footer, comments, related, ...): the reason it is given when the article
leaves it out. `norm` is the one way kept and left-out text are compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_WS = re.compile(r"\s+")
_TOKENS = re.compile(r"\w+")
_NAV = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|masthead|skip-?link|pagination)(?:$|[\s_-])", re.I
)
_FOOT = re.compile(r"(?:^|[\s_-])(?:footer|copyright|colophon|legal)(?:$|[\s_-])", re.I)
_RELATED = re.compile(
    r"(?:^|[\s_-])(?:related|recommended|recirc|more-?stories|trending|popular|sidebar|promo|outbrain|taboola|"
    r"most-?read|newsletter|signup|subscribe)(?:$|[\s_-])",
    re.I,
)
_COMMENTS = re.compile(r"(?:^|[\s_-])(?:comments?|disqus|respond|replies)(?:$|[\s_-])", re.I)
_SHARE = re.compile(r"(?:^|[\s_-])(?:share|sharing|social|follow|sharebar)(?:$|[\s_-])", re.I)
_ADS = re.compile(r"(?:^|[\s_-])(?:ads?|advert\w*|sponsor\w*|dfp|gpt)(?:$|[\s_-])", re.I)
_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "embed", "canvas"}
    | {"select", "textarea", "title", "meta", "link", "base", "audio", "video", "source", "track", "picture", "img"}
)
_BLOCK_TAGS = frozenset(
    {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table"}
    | {"blockquote", "pre", "section", "article", "header", "footer", "nav", "aside", "figure", "figcaption", "form"}
    | {"main", "body", "html", "address", "center", "hr", "br", "caption", "thead", "tbody", "tfoot", "fieldset"}
    | {"legend", "details", "summary", "dialog", "menu", "label", "option", "button"}
)


def norm(s: str) -> str:
    """The text's words, case-folded and single-spaced: how kept and left-out page text are compared."""
    return " ".join(_TOKENS.findall(s.casefold()))


@dataclass(slots=True)
class Chunk:
    """One run of visible text between block boundaries, with the landmark it sits in."""

    text: str
    reason: str
    figure: bool = False
    """Inside a <figure> or <figcaption>: the words under a picture (its caption or credit)."""


def _landmark(el: Any, parent: str) -> str:
    tag = el.tag
    role = (el.get("role") or "").lower()
    names = " ".join(x for x in (el.get("class"), el.get("id")) if x)
    if tag == "nav" or role in ("navigation", "menu", "menubar") or (names and _NAV.search(names)):
        return "menu"
    if tag == "footer" or role == "contentinfo" or (names and _FOOT.search(names)):
        return "footer"
    if names and _COMMENTS.search(names):
        return "comments"
    if tag == "aside" or role == "complementary" or (names and _RELATED.search(names)):
        return "related"
    if names and _SHARE.search(names):
        return "share"
    if names and _ADS.search(names):
        return "advertising"
    if tag == "form" or role == "search":
        return "form"
    if tag == "header" and parent == "boilerplate" or role == "banner":
        return "header"
    return parent


def _hidden(el: Any) -> bool:
    if el.get("hidden") is not None:
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def visible_chunks(root: Any) -> list[Chunk]:
    """The page's visible text in reading order, cut at block elements (no script, style, hidden parts)."""
    out: list[Chunk] = []
    buf: list[str] = []
    reasons: list[str] = ["boilerplate"]
    figures: list[bool] = [False]

    def flush() -> None:
        text = _WS.sub(" ", "".join(buf)).strip()
        buf.clear()
        if text and any(ch.isalnum() for ch in text):
            out.append(Chunk(text, reasons[-1], figures[-1]))

    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else None
        if closing:
            if tag in _BLOCK_TAGS:
                flush()
            reasons.pop()
            figures.pop()
            if el.tail:
                buf.append(el.tail)
            continue
        if tag is None or tag.lower() in _SKIP_TAGS or _hidden(el):
            if el.tail:
                buf.append(el.tail)
            continue
        tag = tag.lower()
        if tag in _BLOCK_TAGS:
            flush()
        reasons.append(_landmark(el, reasons[-1]))
        figures.append(figures[-1] or tag in ("figure", "figcaption"))
        stack.append((el, True))
        if el.text:
            buf.append(el.text)
        stack.extend((child, False) for child in reversed(el))
    flush()
    return out


def drop_invisible(root: Any) -> None:
    """Remove what a browser never shows as text (scripts, styles, templates, hidden parts), keeping tails.

    The extractor then cannot show it either: it sees only the visible page.
    """
    doomed = [
        el
        for el in root.iter()
        if isinstance(el.tag, str) and el is not root and (el.tag.lower() in _INVISIBLE or _hidden(el))
    ]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


_INVISIBLE = _SKIP_TAGS - {"img", "picture", "meta", "link", "base", "head"}
