"""The extractor's XML to Markdown: front matter, the article's blocks, and the removed regions around them.

Every block is written so that the Markdown front end reads back exactly the
extractor's text (`md_escape`), and `Body` keeps those plain texts beside the
Markdown lines, which is how left-out page text is told from kept text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from reader.core.structure.clutter import caption_like
from reader.load.html_clean import Chunk, norm
from reader.load.html_removed import left_out, regions

_WS = re.compile(r"\s+")
_MD_INLINE = re.compile(r"([\\`*_\[\]<&~])")
_MD_START = re.compile(r"^(?:[#>+=|:-]|\d{1,9}[.)])")


def md_escape(text: str) -> str:
    """Text as a Markdown paragraph that renders back to exactly this text (one line)."""
    t = _MD_INLINE.sub(r"\\\1", _WS.sub(" ", text).strip())
    if _MD_START.match(t):
        t = "\\" + t if not t[0].isdigit() else re.sub(r"^(\d+)([.)])", r"\1\\\2", t)
    return t


def _inline(el: Any, skip: frozenset[str] = frozenset()) -> str:
    """The text of an element, nested `skip` elements left out (their tails kept)."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in skip:
            parts.append(_inline(child, skip) if child.tag != "lb" else " ")
        parts.append(child.tail or "")
    return _WS.sub(" ", "".join(parts)).strip()


@dataclass(slots=True)
class Body:
    """The article as Markdown lines plus its plain texts (to tell kept page text from left-out)."""

    lines: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    """Where each text's block starts in `lines` (to put a block before another)."""

    def block(self, md: list[str], text: str) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
        self.starts.append(len(self.lines))
        self.lines.extend(md)
        self.texts.append(text)


CAPTION_MARK = "<!-- reader:caption -->"
"""Written on the line above a lead caption: the page's markup said it is one, which its words alone may not."""
_LEAD_CAPTION_CHUNKS = 3
"""The lead photo's caption and credit: at most this many runs of page text right above the first paragraph."""


def with_lead_caption(body: Body, chunks: list[Chunk], dek: str | None = None) -> Body:
    """The article with the lead photo's caption or credit above its first paragraph, where the page shows it.

    Extractors drop figures, but the words under the lead picture ("Photo by
    Jane Doe/Getty Images") are what a reader sees between the headline and the
    lede (the dek, `dek`, may stand above them); elsewhere in the story a
    caption is left out as before.
    """
    skip = norm(dek) if dek else ""  # a standfirst the extractor kept as the first paragraph is not the lede
    lede = next((k for k, t in enumerate(body.texts) if len(t.split()) >= 10 and norm(t) != skip), None)
    if lede is None or not chunks:
        return body
    key = norm(body.texts[lede])
    at = next((k for k, ch in enumerate(chunks) if norm(ch.text) == key), None)
    if at is None:
        return body
    found: list[str] = []
    for ch in reversed(chunks[max(0, at - _LEAD_CAPTION_CHUNKS) : at]):
        if not _under_picture(ch) or norm(ch.text) in (norm(t) for t in body.texts[:lede]):
            break
        found.insert(0, ch.text)
    if not found:
        return body
    md: list[str] = []
    for text in found:
        md += [CAPTION_MARK, md_escape(text), ""]  # the mark tells the Markdown front end its kind
    cut = body.starts[lede]
    out = Body()
    out.lines = [*body.lines[:cut], *md, *body.lines[cut:]]
    out.texts = [*body.texts[:lede], *found, *body.texts[lede:]]
    width = len(md)
    out.starts = [
        *body.starts[:lede],
        *(cut + 3 * k for k in range(len(found))),
        *(s + width for s in body.starts[lede:]),
    ]
    return out


_FIGURE_CAPTION_WORDS = 60
"""A figure's text longer than this is not a caption (an embedded post or a slideshow's story)."""


def _under_picture(ch: Chunk) -> bool:
    """Words a reader takes for the picture's caption or credit: worded like one, or set in the page's figure.

    The markup is the page's own statement: a `<figcaption>` ("Then-nominee
    Jane Doe speaks at a rally") or a bare credit inside the `<figure>`
    ("REUTERS/Jane Doe") is the caption even when its words alone do not say so.
    """
    return caption_like(ch.text) or (ch.figure and len(ch.text.split()) <= _FIGURE_CAPTION_WORDS)


def _fence(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def emit(el: Any, body: Body, depth: int = 0) -> None:
    """Add the extractor's element `el` (and what it holds) to `body` as Markdown blocks."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "head":
        text = _inline(el)
        if text:
            rend = el.get("rend") or "h2"
            level = int(rend[1]) if len(rend) == 2 and rend[1].isdigit() else 2
            body.block([f"{'#' * min(6, max(1, level))} {md_escape(text)}"], text)
    elif tag == "p":
        text = _inline(el)
        if text:
            body.block([md_escape(text)], text)
    elif tag == "list":
        lines = _list_lines(el, 0, body)
        if lines:
            body.block(lines, "")
    elif tag == "quote":
        paras = [t for child in el if child.tag == "p" and (t := _inline(child))]
        own = _inline(el, frozenset({"p"}))
        paras = ([own] if own else []) + paras
        quoted: list[str] = []
        for t in paras:
            quoted += ([">"] if quoted else []) + [f"> {md_escape(t)}"]
            body.texts.append(t)
        if quoted:
            body.block(quoted, "")
    elif tag == "table":
        _table(el, body)
    elif tag == "code":
        code = "".join(el.itertext()).strip("\n")
        if code.strip():
            fence = _fence(code)
            body.block([fence, *code.split("\n"), fence], code)
    elif tag in ("graphic", "ref", "hi", "lb"):
        text = _inline(el)
        if text:
            body.block([md_escape(text)], text)
    else:
        if el.text and el.text.strip():
            body.block([md_escape(el.text)], el.text.strip())
        for child in el:
            emit(child, body, depth)
            if child.tail and child.tail.strip():
                body.block([md_escape(child.tail)], child.tail.strip())


def _list_lines(el: Any, depth: int, body: Body) -> list[str]:
    lines: list[str] = []
    for item in el:
        if item.tag != "item":
            continue
        text = _inline(item, frozenset({"list"}))
        if text:
            lines.append("  " * depth + "- " + md_escape(text))
            body.texts.append(text)
        for sub in item:
            if sub.tag == "list":
                lines += _list_lines(sub, depth + 1, body)
    return lines


def _table(el: Any, body: Body) -> None:
    rows = [[_inline(c).replace("|", "\\|") for c in row if c.tag == "cell"] for row in el.iter("row")]
    rows = [r for r in rows if any(r)]
    if not rows:
        return
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    body.block(lines, " ".join(" ".join(r) for r in rows))


def _yaml(value: str) -> str:
    v = _WS.sub(" ", value).strip().replace("&", "&amp;").replace("\\", "\\\\").replace('"', '\\"')
    return f'"{v}"'


def render(front: dict[str, str | None], authors: list[str], body: Body, chunks: list[Chunk]) -> str:
    """The whole Markdown text: front matter, left-out text before the article, the article, left-out text after."""
    lines = ["---"]
    lines += [f"{k}: {_yaml(v)}" for k, v in front.items() if v]
    if authors:
        lines.append("authors:")
        lines += [f"  - {_yaml(a)}" for a in authors]
    lines += ["---", ""]
    kept = " " + " ".join(norm(t) for t in [*(v for v in front.values() if v), *authors, *body.texts]) + " "
    before, after = left_out(chunks, kept, {norm(a) for a in authors})
    lines += regions(before)
    lines += body.lines
    lines.append("")
    lines += regions(after)
    return "\n".join(lines).rstrip("\n") + "\n"
