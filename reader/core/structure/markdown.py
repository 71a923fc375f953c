"""Markdown input: markdown-it-py tokens into the same drafts the plain-text parser makes.

Headings, paragraphs, lists, block quotes and code come from the token stream
with their source line maps; emphasis, links and inline code become `Span`s
over the plain text; raw HTML is kept as literal text, never interpreted.
YAML front matter supplies title, subtitle, authors and dates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.core.model import Span
from reader.core.structure.clutter import line_reason, norm
from reader.core.structure.collected import Collected, Draft
from reader.core.structure.dates import to_iso
from reader.core.structure.frontmatter import FrontMatter, read_front_matter
from reader.core.structure.lines import Unit
from reader.core.structure.markdown_links import set_aside_link_lists
from reader.core.structure.meta import read_credits, read_dateline, read_meta_line, split_byline_names
from reader.core.structure.sections import is_label
from reader.core.structure.titles import derived_title

_FIELDS = MappingProxyType(
    {
        "title": "title",
        "headline": "title",
        "subtitle": "subtitle",
        "dek": "subtitle",
        "subhead": "subtitle",
        "description": "subtitle",
        "summary": "subtitle",
        "excerpt": "subtitle",
        "author": "byline",
        "authors": "byline",
        "byline": "byline",
        "date": "published",
        "published": "published",
        "pubdate": "published",
        "updated": "updated",
        "modified": "updated",
        "lastmod": "updated",
        "publisher": "publisher",
        "category": "category",
        "url": "url",
        "canonical": "url",
        "source": "url",
    }
)
SpanKind = Literal["em", "strong", "link", "code", "strike"]
_SPAN_OPEN: Mapping[str, SpanKind] = MappingProxyType(
    {"em_open": "em", "strong_open": "strong", "link_open": "link", "s_open": "strike"}
)
_SHORTCODES = re.compile(r"^(?:\[/?[a-z][\w-]{0,20}\]\s*)+")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S")
_ASIDE_OPEN = re.compile(r"^<!-- reader:removed (?P<reason>[a-z][a-z-]{0,30}) -->$")
_ASIDE_CLOSE = "<!-- /reader:removed -->"
_CAPTION_MARK = "<!-- reader:caption -->"
"""The loader's mark on the line above a web page's lead photo caption (its `<figcaption>`, say)."""


def parse_markdown(text: str) -> Collected:
    """Parse Markdown into drafts, metadata and removed lines."""
    lines = text.split("\n")
    c = Collected()
    fm = read_front_matter(lines)
    _front_matter(fm, lines, c)
    body_lines = _set_aside(lines, fm.end, c)
    body = "\n" * fm.end + "\n".join(body_lines[fm.end :])
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    _walk(md.parse(body), lines, c)
    _furniture(c)
    set_aside_link_lists(c)
    _account_for_rest(lines, c)
    return c


def _set_aside(lines: list[str], start: int, c: Collected) -> list[str]:
    """Regions marked `<!-- reader:removed REASON -->` ... `<!-- /reader:removed -->` become removed entries.

    The loader writes a web page's left-out text (menus, related links,
    comments) this way, so it stays in the article's lines, visible with `r`,
    and is never parsed as Markdown. The lines are blanked for the parser.
    """
    out = list(lines)
    i = start
    while i < len(lines):
        m = _ASIDE_OPEN.match(lines[i])
        if m is None:
            i += 1
            continue
        end = next((j for j in range(i + 1, len(lines)) if lines[j] == _ASIDE_CLOSE), None)
        if end is None:
            break
        c.remove((i + 1, end + 1), "\n".join(lines[i + 1 : end]), m.group("reason"))
        out[i : end + 1] = [""] * (end + 1 - i)
        i = end + 1
    return out


def _front_matter(fm: FrontMatter, lines: list[str], c: Collected) -> None:
    if not fm.end:
        return
    used: set[int] = set()
    for key, (value, line) in fm.values.items():
        name = _FIELDS.get(key)
        if name is None or not value:
            continue
        used.add(line)
        if name == "title" or name == "subtitle":
            c.drafts.append(Draft("title" if name == "title" else "subtitle", value, (line, line)))
            c.set_meta(name, value)
        elif name == "byline":
            c.note_meta("byline", line)
            c.add_authors(_authors(value))
        elif key == "source" and not value.startswith(("http://", "https://")):
            used.discard(line)  # a source that is no address (an agency's name) is no canonical URL
        else:
            c.note_meta(name, line)
            c.set_meta(name, to_iso(value) if name in ("published", "updated") else value)
    for key in ("author", "authors"):
        for value, line in fm.lists.get(key, []):
            used.add(line)
            c.note_meta("byline", line)
            c.add_authors(_authors(value))
    c.drafts.sort(key=lambda d: d.kind != "title")
    run: list[int] = []
    for line in [*range(1, fm.end + 1), 0]:
        if line and line not in used:
            run.append(line)
            continue
        if run:
            c.remove((run[0], run[-1]), "\n".join(lines[run[0] - 1 : run[-1]]), "front-matter")
            run = []


def _authors(value: str) -> tuple[str, ...]:
    """Names from a front-matter author field; the whole value when it is not a list of people's names.

    "Ray Villard, Public affairs officer" gives the name; "Public Information Office" stays whole.
    """
    names, tail = split_byline_names(value)
    if names and (not tail or "," in value or " and " in value):
        return names
    return (value,)


def _walk(tokens: Sequence[Token], lines: list[str], c: Collected) -> None:
    quote = lists = 0
    skip_until: str | None = None
    caption_at: int | None = None  # the line of a caption mark, whose paragraph follows
    for i, tok in enumerate(tokens):
        t = tok.type
        if skip_until is not None:
            skip_until = None if t == skip_until else skip_until
            continue
        if t == "html_block" and tok.map and tok.content.strip() == _CAPTION_MARK:
            caption_at = tok.map[0] + 1
            continue
        if t == "inline" and tok.map and caption_at is not None and not (quote or lists):
            n = len(c.drafts)
            _inline_block(tokens[i - 1], tok, quote, lists, c)
            if len(c.drafts) > n and c.drafts[-1].kind == "paragraph":
                c.drafts[-1].kind, c.drafts[-1].lines = "caption", (caption_at, c.drafts[-1].lines[1])
            caption_at = None
            continue
        if t == "blockquote_open":
            quote += 1
        elif t == "blockquote_close":
            quote -= 1
        elif t in ("bullet_list_open", "ordered_list_open"):
            lists += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists -= 1
        elif t == "table_open" and tok.map:
            a, b = tok.map
            c.drafts.append(Draft("code", "\n".join(lines[a:b]).strip("\n"), (a + 1, b)))
            skip_until = "table_close"
        elif t in ("fence", "code_block") and tok.map:
            c.drafts.append(Draft("code", tok.content.rstrip("\n"), (tok.map[0] + 1, tok.map[1])))
        elif t == "html_block" and tok.map and tok.content.strip():
            c.drafts.append(Draft("paragraph", tok.content.strip(), (tok.map[0] + 1, tok.map[1])))
        elif t == "hr" and tok.map:
            c.remove((tok.map[0] + 1, tok.map[1]), lines[tok.map[0]].strip(), "separator")
        elif t == "inline" and tok.map:
            _inline_block(tokens[i - 1], tok, quote, lists, c)


def _inline_block(opener: Token, tok: Token, quote: int, lists: int, c: Collected) -> None:
    span = (tok.map[0] + 1, tok.map[1]) if tok.map else (0, 0)
    text, spans, images = render_inline(tok.children or [])
    shortcode = _SHORTCODES.match(text)
    if shortcode:
        text, spans = _drop_prefix(text, spans, shortcode.end())
    if "[" in text:
        text, spans = _drop_inline_shortcodes(text, spans)
    if text[:1].isspace():  # a picture the line opened with, then its caption: the caption's words
        text, spans = _drop_prefix(text, spans, len(text) - len(text.lstrip()))
    if not text.strip():
        reason = "image" if images else ("shortcode" if shortcode else "markup")
        c.remove(span, tok.content.strip() or tok.content, reason)
        return
    if _after_quote_shortcode(c, span[0]):
        c.drafts.append(Draft("blockquote", text, span, spans=spans))
    elif opener.type == "heading_open":
        c.drafts.append(Draft("heading", text, span, level=int(opener.tag[1:] or 2), spans=spans))
    elif lists:
        c.drafts.append(Draft("list_item", text, span, level=lists, spans=spans))
    elif quote:
        c.drafts.append(Draft("blockquote", text, span, spans=spans))
    else:
        c.drafts.append(Draft("paragraph", text, span, spans=spans))


def _after_quote_shortcode(c: Collected, line: int) -> bool:
    """Blog engines wrap pull quotes in a `[quote]` shortcode; what follows it is a quotation."""
    if not c.removed:
        return False
    last = c.removed[-1]
    return (
        last.reason == "shortcode"
        and last.lines[1] == line - 1
        and last.text.rstrip().endswith("quote]")
        and ("[/" not in last.text.rstrip()[-12:])
    )


def render_inline(children: Sequence[Token]) -> tuple[str, tuple[Span, ...], int]:
    """Plain text of an inline token, its spans, and how many images it held."""
    out: list[str] = []
    size = 0
    spans: list[Span] = []
    open_: list[tuple[SpanKind, int, str | None]] = []
    images = 0
    for ch in children:
        t = ch.type
        piece = ""
        if t in ("text", "html_inline"):
            piece = ch.content
        elif t == "softbreak":
            piece = " "
        elif t == "hardbreak":
            piece = "\n"
        elif t == "code_inline":
            spans.append(Span(size, size + len(ch.content), "code"))
            piece = ch.content
        elif t == "image":
            images += 1
        elif t in _SPAN_OPEN:
            href = ch.attrs.get("href") if t == "link_open" else None
            open_.append((_SPAN_OPEN[t], size, str(href) if href is not None else None))
        elif t.endswith("_close") and open_:
            kind, start, href = open_.pop()
            if size > start:
                spans.append(Span(start, size, kind, href))
        out.append(piece)
        size += len(piece)
    return "".join(out), tuple(sorted(spans, key=lambda s: (s.start, s.end))), images


_INLINE_SHORTCODE = re.compile(r"\[(?P<close>/?)(?P<name>[a-z][\w-]{0,20})\]")


def _drop_inline_shortcodes(text: str, spans: tuple[Span, ...]) -> tuple[str, tuple[Span, ...]]:
    """Site shortcodes left inside a paragraph ("... the end.[/big]", "[b]word[/b]").

    A closing "[/tag]" is never prose; an opening "[tag]" is dropped only when its
    closing tag follows, so editorial brackets ("[sic]", "[laughs]") stay.
    """
    tags = list(_INLINE_SHORTCODE.finditer(text))
    closed = {m.group("name") for m in tags if m.group("close")}
    cut = [(m.start(), m.end()) for m in tags if m.group("close") or m.group("name") in closed]
    if not cut:
        return text, spans

    def moved(pos: int) -> int:
        return pos - sum(min(e, pos) - a for a, e in cut if a < pos)

    out = "".join(
        text[b:a] for b, a in zip([0] + [e for _a, e in cut], [a for a, _e in cut] + [len(text)], strict=True)
    )
    kept = tuple(
        Span(moved(sp.start), moved(sp.end), sp.kind, sp.href) for sp in spans if moved(sp.end) > moved(sp.start)
    )
    return out, kept


def _drop_prefix(text: str, spans: tuple[Span, ...], n: int) -> tuple[str, tuple[Span, ...]]:
    kept = tuple(Span(max(0, s.start - n), s.end - n, s.kind, s.href) for s in spans if s.end > n)
    return text[n:], kept


def _furniture(c: Collected) -> None:
    """Bylines, dates and clutter written as ordinary paragraphs; the title when there is no front matter."""
    kept: list[Draft] = []
    has_title = any(d.kind == "title" for d in c.drafts)
    for d in c.drafts:
        single = d.lines[0] == d.lines[1]
        if d.kind == "heading" and d.level == 1 and not has_title and not kept:
            d.kind, has_title = "title", True
            c.set_meta("title", d.text)
        elif d.kind == "heading" and has_title and norm(d.text) == norm(c.meta.get("title", "")):
            c.remove(d.lines, d.text, "duplicate")
            continue
        elif d.kind == "paragraph" and single and (hit := read_meta_line(d.text)):
            c.take_meta(hit, d.lines[0])
            continue
        elif d.kind == "paragraph" and is_label(d.text):  # "**Key Takeaways**" written as a bold line
            d.kind, d.level = "heading", 2
        elif d.kind == "paragraph" and (credits := read_credits(d.text)):
            d.kind = "credits"
            c.set_meta("credits", credits)
        elif d.kind == "paragraph":
            unit = Unit(d.lines[0], d.lines[1], d.text, d.text, False, 0, True, True, len(d.text.split()))
            reason = line_reason(unit)
            if reason == "caption":
                d.kind = "caption"  # a photo's caption or credit, kept where the page has it
            elif reason is not None:
                c.remove(d.lines, d.text, reason)
                continue
        kept.append(d)
    c.drafts = kept
    if "title" not in c.meta:
        c.set_meta("title", derived_title(c.drafts))
    first = next((d for d in c.drafts if d.kind == "paragraph"), None)
    if first is not None and (dateline := read_dateline(first.text)):
        c.set_meta("dateline", dateline)


def _account_for_rest(lines: list[str], c: Collected) -> None:
    """Record non-blank lines no token claimed (link definitions, bare `>` lines) so none is lost."""
    covered: set[int] = {line for _, line in c.meta_lines}
    for d in c.drafts:
        covered.update(range(d.lines[0], d.lines[1] + 1))
    for r in c.removed:
        covered.update(range(r.lines[0], r.lines[1] + 1))
    run: list[int] = []
    for n in [*range(1, len(lines) + 1), 0]:
        if n and lines[n - 1].strip() and n not in covered:
            run.append(n)
            continue
        if run:
            text = "\n".join(lines[run[0] - 1 : run[-1]])
            defs = all(_REF_DEF.match(lines[k - 1]) for k in run)
            c.remove((run[0], run[-1]), text, "link-definition" if defs else "markup")
            run = []
