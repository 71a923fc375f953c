"""A saved web page's own metadata: JSON-LD, Open Graph, <meta> tags, <time>, the canonical link.

Publishers state the headline, the authors and the publication instant for
search engines and social cards, far more reliably than any text heuristic can
recover them; so these come first, and the extractor's guesses only fill gaps.
Every rule is about a standard vocabulary (schema.org, Open Graph, Dublin Core,
the common `<meta name=...>` conventions), never about one site.

Works on an lxml tree that the caller parsed; imports nothing heavy itself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

_ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "techarticle",
        "scholarlyarticle",
        "liveblogposting",
        "socialmediaposting",
        "posting",
        "report",
        "webpage",
        "videoobject",
        "medicalwebpage",
    }
)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_URLISH = re.compile(r"^(?:https?:|www\.|//)|@|\.(?:com|org|net)\b", re.IGNORECASE)
_BY = re.compile(r"^\s*(?:by|von|par|por)\s*:?\s+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_AUTHOR_NAMES: tuple[str, ...] = (
    "author",
    "byl",
    "dc.creator",
    "dc.creator.author",
    "parsely-author",
    "sailthru.author",
    "dcterms.creator",
)
_AUTHOR_NAMES += ("citation_author", "article:author_name", "twitter:creator:name", "cxenseparse:author")
_DATE_NAMES = (
    "article:published_time",
    "og:published_time",
    "article:published",
    "published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
    "citation_date",
    "originalpublicationdate",
    "og:pubdate",
    "article.published",
    "displaydate",
    "cxenseparse:recs:publishtime",
)
_UPDATED_NAMES = ("article:modified_time", "og:updated_time", "datemodified", "lastmod", "last-modified")
_DEK_CLASS = re.compile(
    r"(?:^|[\s_-])(?:dek|deck|standfirst|sub-?title|sub-?head(?:line)?|strapline|summary|description|intro|"
    r"lede|tagline|excerpt)(?:$|[\s_-])",
    re.IGNORECASE,
)
_AUTHOR_HREF = re.compile(r"/(?:authors?|profiles?|writers?|staff|people|contributors?|journalists?|by)/[\w.-]", re.I)
_BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(?:by-?line|author|writer|contributor)s?(?:$|[\s_-])", re.IGNORECASE)


@dataclass(slots=True)
class PageMeta:
    """What the page says about itself; every field may be missing."""

    title: str | None = None
    titles: list[str] = field(default_factory=list)
    """Every headline candidate, best first (JSON-LD, Open Graph, <title>, <h1>)."""
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    publisher: str | None = None
    category: str | None = None
    url: str | None = None
    description: str | None = None
    image_date: str | None = None
    """A date in the path of the page's lead image (og:image, twitter:image): a last resort."""
    h1: list[str] = field(default_factory=list)
    byline_text: list[str] = field(default_factory=list)
    """Visible byline elements (class/rel/itemprop author), for reader's own byline rules."""
    author_links: list[str] = field(default_factory=list)
    """Texts of links to an author's page (/author/..., rel=author)."""


def clean_text(s: object) -> str:
    """One line of text, white space collapsed; '' for anything that is not a string."""
    return _SPACE.sub(" ", s).strip() if isinstance(s, str) else ""


def iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD from an ISO-like timestamp, the page's own local date (its offset is kept as written)."""
    if not value:
        return None
    m = _ISO.search(value)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    if not (1990 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?([01]\d)[/-]?([0-3]\d)(?:/|[^\d])")


def url_date(url: str | None) -> str | None:
    """The date a URL path carries (/2016/12/14/..., /20161214/), as news sites write them."""
    m = _URL_DATE.search(url or "")
    return iso_date("-".join(m.groups())) if m else None


def person_name(value: str) -> str | None:
    """An author string as a name: "By " dropped, URLs, e-mails and handles refused."""
    v = _BY.sub("", clean_text(value)).strip(" ,;|")
    if not v or len(v) > 80 or _URLISH.search(v) or v.startswith("@") or not any(ch.isalpha() for ch in v):
        return None
    return v


def _types(node: dict[str, Any]) -> set[str]:
    t = node.get("@type")
    items = t if isinstance(t, list) else [t]
    return {x.lower() for x in items if isinstance(x, str)}


def _walk_ld(data: object, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object, @graph members and nested values included (bounded depth)."""
    if depth > 6:
        return
    if isinstance(data, list):
        for x in data[:200]:
            yield from _walk_ld(x, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _walk_ld(data[key], depth + 1)


def _names(value: object) -> list[str]:
    """Author names from a JSON-LD author value (string, Person, list of either)."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        raw = item.get("name") if isinstance(item, dict) else item
        if isinstance(raw, list):
            raw = raw[0] if raw else None
        if isinstance(raw, str) and (name := person_name(raw)):
            out.append(name)
    return out


def _text_of(value: object) -> str:
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        value = next((x for x in value if isinstance(x, str)), None)
    return clean_text(value)


def _json_ld(tree: Any, meta: PageMeta) -> None:
    for script in tree.iter("script"):
        kind = (script.get("type") or "").lower()
        if "ld+json" not in kind or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().rstrip(";"))
        except (ValueError, RecursionError):
            continue
        for node in _walk_ld(data):
            if not (_types(node) & _ARTICLE_TYPES):
                continue
            is_page = _types(node) <= {"webpage", "medicalwebpage"}
            headline = clean_text(node.get("headline")) or ("" if is_page else _text_of(node.get("name")))
            if headline and headline not in meta.titles:
                meta.titles.append(headline)
            if not meta.authors:
                meta.authors = _names(node.get("author")) or _names(node.get("creator"))
            meta.published = meta.published or iso_date(_text_of(node.get("datePublished")) or None)
            if not meta.published and not is_page:
                meta.published = iso_date(_text_of(node.get("dateCreated")) or _text_of(node.get("uploadDate")) or None)
            meta.updated = meta.updated or iso_date(_text_of(node.get("dateModified")) or None)
            meta.publisher = meta.publisher or _text_of(node.get("publisher")) or None
            section = node.get("articleSection")
            meta.category = meta.category or _text_of(section) or None
            if not meta.subtitle and not is_page:
                meta.description = meta.description or clean_text(node.get("description")) or None


def _meta_tags(tree: Any) -> dict[str, list[str]]:
    """<meta name|property|itemprop=... content=...>, keys lower-cased, values in page order."""
    found: dict[str, list[str]] = {}
    for m in tree.iter("meta"):
        content = m.get("content", m.get("value"))  # some script-built pages write value=
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = (m.get(attr) or "").strip().lower()
            if key:
                found.setdefault(key, []).append(clean_text(content))
    for el in tree.iter():  # itemprop on visible elements (<time itemprop=datePublished datetime=...>)
        if not isinstance(el.tag, str) or el.tag == "meta":
            continue
        prop = (el.get("itemprop") or "").lower()
        if prop in ("datepublished", "datemodified"):
            value = el.get("datetime") or el.get("content") or clean_text(el.text_content())
            found.setdefault(prop, []).append(clean_text(value))
    return found


def _first(tags: dict[str, list[str]], names: Iterable[str]) -> str | None:
    for n in names:
        for v in tags.get(n, []):
            if v:
                return v
    return None


def read_page_meta(tree: Any) -> PageMeta:
    """All the metadata the page states about itself, from an lxml.html tree."""
    meta = PageMeta()
    _json_ld(tree, meta)
    tags = _meta_tags(tree)
    for name in ("og:title", "twitter:title", "title", "dc.title", "sailthru.title", "parsely-title"):
        for v in tags.get(name, []):
            if v and v not in meta.titles:
                meta.titles.append(v)
    title_el = next(iter(tree.iter("title")), None)
    # an unclosed <title> swallows the rest of the page as text: keep only what comes before the first tag
    raw_title = re.split(r"<[!/a-zA-Z]", title_el.text_content() if title_el is not None else "", maxsplit=1)[0]
    if (t := clean_text(raw_title)) and t not in meta.titles:
        meta.titles.append(t)
    meta.h1 = [t for h in tree.iter("h1") if (t := clean_text(h.text_content()))][:5]
    if not meta.authors:
        for name in _AUTHOR_NAMES:
            names = [n for v in tags.get(name, []) if (n := person_name(v))]
            if names:
                meta.authors = list(dict.fromkeys(names))
                break
    if not meta.authors:
        names = [n for v in tags.get("article:author", []) if (n := person_name(v))]
        meta.authors = list(dict.fromkeys(names))
    meta.published = meta.published or iso_date(_first(tags, _DATE_NAMES))
    meta.updated = meta.updated or iso_date(_first(tags, _UPDATED_NAMES))
    if not meta.published:
        for t in tree.iter("time"):
            if d := iso_date(t.get("datetime")):
                meta.published = d
                break
    meta.publisher = meta.publisher or _first(tags, ("og:site_name", "application-name", "publisher", "dc.publisher"))
    meta.category = meta.category or _first(tags, ("article:section", "section", "parsely-section", "category"))
    meta.description = meta.description or _first(tags, ("og:description", "description", "twitter:description"))
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = clean_text(link.get("href"))
        if "canonical" in rel and href.startswith(("http://", "https://")):
            meta.url = href
            break
    if meta.url is None and (og := _first(tags, ("og:url",))) and og.startswith(("http://", "https://")):
        meta.url = og
    meta.published = meta.published or url_date(meta.url)
    meta.image_date = url_date(_first(tags, ("og:image", "twitter:image", "twitter:image:src")))
    _visible(tree, meta)
    return meta


def _visible(tree: Any, meta: PageMeta) -> None:
    """Bylines and a dek the page shows in elements named for them."""
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "meta", "link", "body", "html", "head"):
            continue
        cls = " ".join(x for x in (el.get("class"), el.get("id"), el.get("itemprop"), el.get("rel")) if x)
        if el.tag == "a":
            continue
        if not cls:
            continue
        if el.tag in ("p", "h2", "h3", "div", "span") and not meta.subtitle and _DEK_CLASS.search(cls):
            text = clean_text(el.text_content())
            if 30 <= len(text) <= 400 and not text.lower().startswith("by "):
                meta.subtitle = text
        if _BYLINE_CLASS.search(cls) and len(meta.byline_text) < 10:
            text = clean_text(" ".join(el.itertext()))
            if 2 < len(text) <= 120:
                meta.byline_text.append(text)
    for a in tree.iter("a"):
        if len(meta.author_links) >= 10:
            break
        if "author" in (a.get("rel") or "").lower() or _AUTHOR_HREF.search(a.get("href") or ""):
            text = clean_text(" ".join(a.itertext()))
            if 2 < len(text) <= 60 and text not in meta.author_links:
                meta.author_links.append(text)
