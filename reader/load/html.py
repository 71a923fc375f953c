"""Saved web pages (.html, .mhtml) to the Markdown text the core already parses with full structure.

Why Markdown: the core stays pure and has one structured front end; a page
becomes YAML front matter (title, dek, authors, dates, publisher, section,
canonical URL) plus the article's headings, paragraphs, lists, quotes and
tables, so every panel, search, the library and `--json` work unchanged.

What `lines` means for an HTML article: the 1-based lines of that Markdown
rendering (`reader --json` blocks point into it). The page's visible text the
extractor left out (menus, related links, comments, footers) is written into
the same rendering inside `<!-- reader:removed REASON -->` regions, which the
Markdown front end sets aside as `removed` entries with that reason; so every
piece of visible page text is in exactly one block, metadata line or removed
entry.

trafilatura and lxml are imported only here, and only when a page is opened:
the text path never pays for them. Nothing is fetched: trafilatura gets the
page's text (no URL), lxml parses with `no_network` and never loads a DTD.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from reader.load.detect import HTML_SUFFIXES, MHTML_SUFFIXES, PageKind, page_kind

__all__ = ["HTML_SUFFIXES", "MHTML_SUFFIXES", "PageError", "PageKind", "extract", "page_kind", "page_text"]

REMOVED_OPEN = "<!-- reader:removed {reason} -->"
REMOVED_CLOSE = "<!-- /reader:removed -->"

_SNIFF = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.I | re.S
)
_MHTML_HEAD = re.compile(rb"^(?:[\w-]+:[^\n]*\n|[ \t][^\n]*\n)*?content-type:\s*multipart/related", re.I)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_WS = re.compile(r"\s+")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
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


class PageError(Exception):
    """A page that cannot be turned into an article; str() is the user-facing message."""


# ---------------------------------------------------------------- detection and decoding


_SUPERSETS = {
    # what browsers decode these labels as (WHATWG Encoding): the vendor supersets pages really use
    **dict.fromkeys(("shift-jis", "x-sjis", "sjis", "windows-31j", "ms-kanji", "csshiftjis"), "cp932"),
    **dict.fromkeys(("gb2312", "gbk", "x-gbk", "gb-2312", "chinese", "csgb2312"), "gb18030"),
    **dict.fromkeys(("euc-kr", "ks-c-5601-1987", "korean", "cseuckr"), "cp949"),
    **dict.fromkeys(("big5", "x-x-big5", "csbig5", "big5-hkscs"), "big5hkscs"),
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "iso-8859-9": "cp1254",
}


def _codec(label: str) -> str | None:
    """A Python codec for a declared charset (WHATWG aliases: latin-1 and ascii mean windows-1252)."""
    low = label.strip().strip("\"'").lower()
    if low in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "l1"):
        return "cp1252"
    if low.startswith(("utf-16", "utf-32")):  # a page that declares utf-16 in ASCII bytes is not utf-16
        return "utf-8"
    superset = _SUPERSETS.get(low.replace("_", "-"))
    if superset:
        return superset
    try:
        return codecs.lookup(low).name
    except LookupError:
        return None


def decode_page(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes: BOM, then the transport or <meta> charset, then reader's text fallbacks."""
    from reader.load.decode import decode

    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, "replace"), name
    labels = [declared] if declared else []
    labels += [(m.group(1) or m.group(2)).decode("ascii", "ignore") for m in _META_CHARSET.finditer(data[:8192])][:2]
    for label in labels:
        codec = label and _codec(label)
        if not codec:
            continue
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    text, encoding = decode(data.replace(b"\x00", b""))
    return text, encoding


def mhtml_html(data: bytes) -> tuple[bytes, str | None]:
    """The text/html part of an MHTML archive, transfer-decoded, and its declared charset."""
    import email
    import email.policy

    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in msg.walk():
        if part.get_content_type() in ("text/html", "application/xhtml+xml"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                charset = part.get_content_charset()
                return payload, charset
    raise PageError("this MHTML archive holds no text/html part; save the page again as a web page (.html)")


# ---------------------------------------------------------------- the page's visible text


@dataclass(slots=True)
class Chunk:
    """One run of visible text between block boundaries, with the landmark it sits in."""

    text: str
    reason: str


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

    def flush() -> None:
        text = _WS.sub(" ", "".join(buf)).strip()
        buf.clear()
        if text and any(ch.isalnum() for ch in text):
            out.append(Chunk(text, reasons[-1]))

    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else None
        if closing:
            if tag in _BLOCK_TAGS:
                flush()
            reasons.pop()
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
        stack.append((el, True))
        if el.text:
            buf.append(el.text)
        stack.extend((child, False) for child in reversed(el))
    flush()
    return out


# ---------------------------------------------------------------- the extractor's XML to Markdown


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

    def block(self, md: list[str], text: str) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
        self.lines.extend(md)
        self.texts.append(text)


def _fence(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def _emit(el: Any, body: Body, depth: int = 0) -> None:
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
            _emit(child, body, depth)
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


# ---------------------------------------------------------------- metadata choice


_TITLE_SEP = re.compile(r"\s+(?:[|–—·:»－]|-{1,2}|::)\s+|\s*[｜_]\s*|\s*：\s*(?=\S)")


def _norm(s: str) -> str:
    return " ".join(_TOKENS.findall(s.casefold()))


def choose_title(
    titles: list[str], h1: list[str], extracted: str | None, site: str | None, shown: frozenset[str] = frozenset()
) -> str | None:
    """The headline: the page's <h1> when its metadata agrees, else the metadata title without a site suffix.

    `shown` holds the page's visible text runs (normalised): a metadata title
    the page also shows beats an <h1> that no metadata confirms.
    """
    cands = [t for t in titles if t]
    if len(set(h1)) == 1 and cands:
        parts = [p for p in _TITLE_SEP.split(cands[0]) if p.strip()]
        rest = cands[0][len(parts[0]) :].strip(" -|:–—｜：_") if len(parts) > 1 else ""
        if _norm(parts[0]) == _norm(h1[0]) and len(rest) > len(parts[0]):
            return rest  # a blog's only <h1> is its name, repeated before every page's title
    for h, t in [(h, t) for t in cands for h in h1]:
        if (found := _confirms(h, t)) is not None:
            return found
    for t in cands:
        if len(_norm(t)) >= 12 and _norm(t) in shown:
            return t
    for h in h1 if extracted else []:
        if (found := _confirms(h, extracted or "")) is not None:
            return found
    if extracted:
        cands.append(extracted)
    if not cands:
        return h1[0] if h1 else None
    return _strip_site(cands[0], site, h1)


def _confirms(h: str, t: str) -> str | None:
    """The headline when an <h1> and a metadata title name the same story, else None."""
    nh, nt = _norm(h), _norm(t)
    if len(nh) < 8:
        return None
    if nh.startswith(nt) and nh != nt and len(nt) > 0.6 * len(nh):
        return t  # the <h1> has something glued after the headline (a site name, a kicker)
    if nh == nt or (nt.startswith(nh) and len(nh) > 0.4 * len(nt)) or _ratio(nh, nt) >= 0.85:
        return h
    return None


def _ratio(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b, autojunk=False).ratio() if a and b else 0.0


def _strip_site(title: str, site: str | None, h1: list[str]) -> str:
    """A metadata title without the site's name and section labels around it ("Headline | Section | Site")."""
    parts = [p for p in _TITLE_SEP.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    names = {n for n in (_norm(site or ""),) if n}
    keep = list(parts)
    while len(keep) > 1:
        last, first = _norm(keep[-1]), _norm(keep[0])
        rest = " ".join(keep[:-1])
        if any(last == n or last in n or n in last for n in names):
            keep.pop()
        elif any(first == n or first in n for n in names) and len(" ".join(keep[1:])) > len(keep[0]):
            keep.pop(0)
        elif len(last.split()) <= 3 and len(keep[-1]) <= 30 and len(rest) >= 2 * len(keep[-1]) and len(rest) >= 12:
            keep.pop()
        else:
            break
    if len(keep) == len(parts):
        return title
    start = title.find(keep[0])
    end = title.find(keep[-1], start) + len(keep[-1])
    return title[start:end].strip() if start >= 0 and end > start else keep[0]


# ---------------------------------------------------------------- the whole page


def extract(html: str) -> str:
    """A decoded page as the Markdown text the core parses (front matter, article, removed regions)."""
    import logging

    import lxml.html
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its warnings are not the reader's to print
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)

    from reader.load.html_meta import person_name, read_page_meta

    # control bytes are never page text (and lxml refuses them in text nodes); escape sequences lose their ESC
    html = _CONTROLS.sub("", _XML_DECL.sub("", html, count=1))
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, collect_ids=False)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise PageError("this page has no readable HTML content; check that it is a saved web page") from exc
    meta = read_page_meta(tree)
    root = tree.find("body") if tree.find("body") is not None else tree
    _drop_invisible(root)
    chunks = visible_chunks(root)
    shown = frozenset(_norm(c.text) for c in chunks)
    doc: Any = None
    try:
        doc = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
            deduplicate=False,
            favor_precision=True,
            # no dateparser sweep over every locale (seconds on some pages); reader's own date rules follow
            date_extraction_params={"extensive_search": False, "original_date": False, "outputformat": "%Y-%m-%d"},
            config=_config(),
        )
    except (ValueError, TypeError, RecursionError, lxml.etree.LxmlError):
        doc = None
    body = Body()
    if doc is not None and getattr(doc, "body", None) is not None:
        _emit(doc.body, body)
    if not body.texts and not chunks:
        raise PageError("this page shows no text (empty, or only scripts and images); open the article's own page")
    if not body.texts:  # not an article to the extractor: show every visible paragraph, nothing lost
        for ch in chunks:
            body.block([md_escape(ch.text)], ch.text)
        chunks = []
    site = meta.publisher or (doc.sitename if doc is not None else None)
    title = choose_title(meta.titles, meta.h1, doc.title if doc is not None else None, site, shown)
    authors = tidy_authors(meta.authors)
    if authors and all(_organisation(a, site) for a in authors):
        authors = []  # the publisher named as author: a person's byline, when the page shows one, is better
    if not authors:
        authors = tidy_authors(_byline_authors([t for t in meta.byline_text if t[:3].lower() == "by "]))
    if not authors and doc is not None and doc.author:
        authors = tidy_authors([n for a in str(doc.author).split(";") if (n := person_name(a))])
    if not authors:
        authors = tidy_authors([n for a in meta.author_links if (n := person_name(a))])
    if not authors:
        authors = tidy_authors(_byline_authors(meta.byline_text))
    if not authors:
        authors = tidy_authors(meta.authors)
    people = [a for a in authors if not _organisation(a, site)]
    if people:
        authors = people  # "Jane Doe; The Associated Press": the agency beside a person is not an author
    published = meta.published or _page_date(
        chunks, title, _iso(doc.date) if doc is not None else None, meta.image_date
    )
    # the dek: the page's description when the page also shows it, else an element named for it
    shown_description = meta.description if meta.description and _norm(meta.description) in shown else None
    dek = shown_description or meta.subtitle
    front = {
        "title": title,
        "subtitle": dek if dek and not _in(dek, body.texts) else None,
        "published": published,
        "updated": meta.updated if meta.updated != published else None,
        "publisher": site,
        "category": meta.category or (", ".join(doc.categories[:1]) if doc is not None and doc.categories else None),
        "url": meta.url,
    }
    return _render(front, authors, body, chunks)


def _drop_invisible(root: Any) -> None:
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


def _config() -> Any:
    """trafilatura's settings with its file-size guard raised: reader applies its own --max-size."""
    from trafilatura.settings import use_config

    cfg = use_config()
    cfg.set("DEFAULT", "MAX_FILE_SIZE", str(10**9))
    cfg.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return cfg


def _iso(value: object) -> str | None:
    from reader.load.html_meta import iso_date

    return iso_date(value) if isinstance(value, str) else None


def _in(text: str, texts: list[str]) -> bool:
    n = _norm(text)
    return any(n and n in _norm(t) for t in texts[:5])


_NOT_NAME = re.compile(
    r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|updated|published|posted|last|on|at|\d.*|\W+)[.,:]?$",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^[A-Z]{2,4}$")


_PARTS = re.compile(r"\s*(?:,|;|\s/\s|\s\|\s)\s*")
_PARTICLES = frozenset(
    {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "al", "el", "bin"}
)


def _name_shaped(name: str) -> bool:
    """Latin-script names are capitalised ("See full bio" is not a name); other scripts pass."""
    words = [w for w in name.split() if w.isalpha() and w.isascii()]
    return all(w[0].isupper() or w.lower() in _PARTICLES for w in words)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_SPLIT = re.compile(r"[、，,／/●◎■|｜]+")
_CJK_ROLES = frozenset(
    {"著者", "著", "文", "訳", "監訳", "翻訳", "編", "編集", "イラスト", "絵", "写真", "撮影"}
    | {"取材", "構成", "作", "記者", "作者", "记者", "编辑", "文字", "摄影", "글", "기자", "사진"}
)
_CJK_ORG = re.compile(r"(?:編集部|編集局|新聞|通信|日報|报社|編集室)$")


def _cjk_names(raw: str) -> list[str]:
    """Names from an East Asian byline: role words ("著者", "イラスト", "訳") separate the names they label."""
    out: list[str] = []
    for part in _CJK_SPLIT.split(raw):
        segment: list[str] = []
        for token in [*part.split(), ""]:
            if token and token not in _CJK_ROLES:
                segment.append(token)
                continue
            name = " ".join(segment).strip()
            if name and not _CJK_ORG.search(name):
                out.append(name)
            segment = []
    return out


def tidy_authors(names: list[str]) -> list[str]:
    """Author strings as names: a trailing date or "Updated" cut off, an agency code beside a person dropped."""
    out: list[str] = []
    parts = [p for n in names for p in _PARTS.split(n) if p.strip()]
    parts = [x for p in parts for x in (_cjk_names(p) if _CJK.search(p) else [p])]
    for raw in parts:
        tokens = raw.split()
        half = len(tokens) // 2
        if half and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]:
            tokens = tokens[:half]  # "Confreaks Confreaks": a name printed twice (avatar text and link)
        cut = next((i for i, t in enumerate(tokens) if i and _NOT_NAME.match(t)), len(tokens))
        tokens = tokens[:cut]
        if len(tokens) >= 3 and _ACRONYM.match(tokens[-1]):
            tokens = tokens[:-1]  # "Gina Trapani CEO": a role or desk code after the name
        if len(tokens) >= 4 and tokens[-1].lower() in _ORG_WORDS:
            tokens = tokens[:-2]  # "Joe Davidson Washington Post": the outlet glued after the name
        name = " ".join(tokens).strip(" ,;|")
        if name and name not in out and not _NOT_NAME.match(name) and _name_shaped(name):
            out.append(name)
    people = [n for n in out if not _ACRONYM.match(n)]
    return people if people else out


_ORG_WORDS = frozenset(
    {"news", "staff", "magazine", "media", "press", "desk", "team", "editors", "newsroom", "online", "inc", "ltd"}
    | {"group", "nast", "network", "digital", "publishing", "wire", "daily", "times", "post", "weekly"}
)


def _organisation(name: str, site: str | None) -> bool:
    """A publisher, desk or brand rather than a person (judged on the name's shape, never a list of sites)."""
    n = _norm(name)
    s = _norm(site or "")
    if s and (n == s or n in s or s in n):
        return True
    if _ACRONYM.match(name.strip()) or name.strip().isupper() and len(name.split()) == 1:
        return True
    return bool(set(n.split()) & _ORG_WORDS)


_JA_DATE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _date_in(text: str) -> str | None:
    from reader.core.structure.dates import to_iso

    if m := _JA_DATE.search(text):
        y, mo, d = (int(x) for x in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return to_iso(text)


def _page_date(chunks: list[Chunk], title: str | None, extracted: str | None, image: str | None = None) -> str | None:
    """The date the page shows next to its headline, else the extractor's guess.

    A guess of 1 January is the extractor falling back to a bare year (a
    copyright line), so a visible date near the headline beats it.
    """
    if extracted and not extracted.endswith("-01-01"):
        return extracted
    nt = _norm(title or "")
    at = next((i for i, c in enumerate(chunks) if nt and _norm(c.text) == nt), None)
    if at is not None:
        for c in chunks[max(0, at - 3) : at + 12]:
            if len(c.text) <= 200 and (d := _date_in(c.text)):
                return d
    if extracted or image:
        return extracted or image
    for c in chunks[:150]:  # no date anywhere else: the first short line of the page that states one
        if len(c.text) <= 120 and (d := _date_in(c.text)):
            return d
    return None


def _byline_authors(candidates: list[str]) -> list[str]:
    """reader's own byline rules on the page's byline elements ("By Jane Doe and John Roe")."""
    from reader.core.structure.meta import read_meta_line, split_byline_names

    for text in candidates:
        if (at := text.lower().find(" by ")) > 0:
            text = text[at + 1 :]  # "January 17, 2017 at 6:08 PM by Jane Doe"
        hit = read_meta_line(text if text.lower().startswith("by ") else "By " + text)
        if hit is not None and hit.field == "byline" and hit.authors:
            return list(hit.authors)
        names, _ = split_byline_names(text)
        if names:
            return list(names)
    return []


def _yaml(value: str) -> str:
    v = _WS.sub(" ", value).strip().replace("&", "&amp;").replace("\\", "\\\\").replace('"', '\\"')
    return f'"{v}"'


def _render(front: dict[str, str | None], authors: list[str], body: Body, chunks: list[Chunk]) -> str:
    lines = ["---"]
    lines += [f"{k}: {_yaml(v)}" for k, v in front.items() if v]
    if authors:
        lines.append("authors:")
        lines += [f"  - {_yaml(a)}" for a in authors]
    lines += ["---", ""]
    kept = " " + " ".join(_norm(t) for t in [*(v for v in front.values() if v), *authors, *body.texts]) + " "
    before, after = _left_out(chunks, kept, {_norm(a) for a in authors})
    lines += _regions(before)
    lines += body.lines
    lines.append("")
    lines += _regions(after)
    return "\n".join(lines).rstrip("\n") + "\n"


def _left_out(chunks: list[Chunk], kept: str, names: set[str]) -> tuple[list[Chunk], list[Chunk]]:
    """Visible chunks the article does not hold, split into those before it and those after it.

    A chunk counts as kept when its words occur in the article's words; short
    chunks ("Share", "World") only near where the previous one matched, so a
    menu word is not taken for a word of the story.
    """
    before: list[Chunk] = []
    after: list[Chunk] = []
    cursor = 0
    started = False
    for ch in chunks:
        n = _norm(ch.text)
        if not n:
            continue
        needle = f" {n} "
        pos = kept.find(needle, cursor)
        short = len(n.split()) < 4
        near = pos - cursor <= 400
        if pos >= 0 and (not short or near or not started) and not (short and not started and not near):
            cursor = pos + len(needle) - 1
            started = True
            continue
        if not short and kept.find(needle) >= 0:
            continue
        reason = "byline" if n in names or any(x and x in n for x in names) else ch.reason
        (after if started else before).append(Chunk(ch.text, reason))
    return before, after


def _regions(chunks: list[Chunk]) -> list[str]:
    lines: list[str] = []
    for reason, group in _groups(chunks):
        lines.append(REMOVED_OPEN.format(reason=reason))
        lines += [c.text.replace("<!--", "<!-") for c in group]
        lines += [REMOVED_CLOSE, ""]
    return lines


def _groups(chunks: list[Chunk]) -> Iterator[tuple[str, list[Chunk]]]:
    group: list[Chunk] = []
    for ch in chunks:
        if group and group[-1].reason != ch.reason:
            yield group[0].reason, group
            group = []
        group.append(ch)
    if group:
        yield group[0].reason, group


def page_text(data: bytes, kind: PageKind) -> tuple[str, str]:
    """(Markdown text, encoding) of a saved page's bytes; cached by the page's sha256."""
    from reader.load import webcache

    cached = webcache.get(data)
    if cached is not None:
        return cached
    if kind == "mhtml":
        part, charset = mhtml_html(data)
        html, encoding = decode_page(part, charset)
    else:
        html, encoding = decode_page(data)
    text = extract(html)
    webcache.put(data, text, encoding)
    return text, encoding
