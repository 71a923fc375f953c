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

This module is the entry (`page_text`: bytes to Markdown, `extract`: a decoded
page to Markdown) and the choice among the page's metadata (authors in order of
trust, the date shown by the headline, the dek); the steps live beside it:
`html_decode` (bytes to HTML text), `html_clean` (the visible text),
`html_lead` (the extractor's article put in the page's order, its lede's
dateline, a closing furniture section cut), `html_render` (the extractor's XML
to Markdown), `html_removed` (left-out text as removed regions), `html_title`
and `html_authors` (headline and byline rules).
"""

from __future__ import annotations

import re
from typing import Any

from reader.load.detect import HTML_SUFFIXES, MHTML_SUFFIXES, PageKind, page_kind
from reader.load.errors import PageError
from reader.load.html_authors import byline_authors, organisation, tidy_authors
from reader.load.html_clean import Chunk, drop_invisible, norm, visible_chunks
from reader.load.html_decode import decode_page, mhtml_html
from reader.load.html_lead import in_page_order, page_positions, with_dateline, without_trailing_furniture
from reader.load.html_render import Body, emit, md_escape, render, with_lead_caption
from reader.load.html_title import choose_title

__all__ = ["HTML_SUFFIXES", "MHTML_SUFFIXES", "PageError", "PageKind", "extract", "page_kind", "page_text"]

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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
    drop_invisible(root)
    chunks = visible_chunks(root)
    shown = frozenset(norm(c.text) for c in chunks)
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
        where = page_positions(chunks)  # the page's own order and regions: evidence for the article's ends
        in_page_order(doc.body, chunks, where)
        with_dateline(doc.body, chunks, where)
        without_trailing_furniture(doc.body, chunks, where)
        emit(doc.body, body)
    if not body.texts and not chunks:
        raise PageError("this page shows no text (empty, or only scripts and images); open the article's own page")
    # the dek: the page's description when the page also shows it, else an element named for it
    shown_description = meta.description if meta.description and norm(meta.description) in shown else None
    dek = shown_description or meta.subtitle
    body = with_lead_caption(body, chunks, dek)
    if not body.texts:  # not an article to the extractor: show every visible paragraph, nothing lost
        for ch in chunks:
            body.block([md_escape(ch.text)], ch.text)
        chunks = []
    site = meta.publisher or (doc.sitename if doc is not None else None)
    title = choose_title(meta.titles, meta.h1, doc.title if doc is not None else None, site, shown)
    authors = tidy_authors(meta.authors)
    if authors and all(organisation(a, site) for a in authors):
        authors = []  # the publisher named as author: a person's byline, when the page shows one, is better
    if not authors:
        authors = tidy_authors(byline_authors([t for t in meta.byline_text if t[:3].lower() == "by "]))
    if not authors and doc is not None and doc.author:
        authors = tidy_authors([n for a in str(doc.author).split(";") if (n := person_name(a))])
    if not authors:
        authors = tidy_authors([n for a in meta.author_links if (n := person_name(a))])
    if not authors:
        authors = tidy_authors(byline_authors(meta.byline_text))
    if not authors:
        authors = tidy_authors(meta.authors)
    people = [a for a in authors if not organisation(a, site)]
    if people:
        authors = people  # "Jane Doe; The Associated Press": the agency beside a person is not an author
    published = meta.published or _page_date(
        chunks, title, _iso(doc.date) if doc is not None else None, meta.image_date
    )
    front = {
        "title": title,
        "subtitle": dek if dek and not _in(dek, body.texts) else None,
        "published": published,
        "updated": meta.updated if meta.updated != published else None,
        "publisher": site,
        "category": meta.category or (", ".join(doc.categories[:1]) if doc is not None and doc.categories else None),
        "url": meta.url,
    }
    return render(front, authors, body, chunks)


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
    n = norm(text)
    return any(n and n in norm(t) for t in texts[:5])


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
    nt = norm(title or "")
    at = next((i for i, c in enumerate(chunks) if nt and norm(c.text) == nt), None)
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
