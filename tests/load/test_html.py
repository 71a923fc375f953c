"""Saved web pages: detection, charsets, MHTML, and the mapping into the Article model."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from reader.core import read_article
from reader.core.model import Article
from reader.core.serialize import to_dict
from reader.load import LoadError, load_bytes, load_path
from reader.load.html import page_kind
from reader.load.html_decode import decode_page
from reader.load.html_render import md_escape
from tests.load.pages import STORY, page, story_paragraphs


def article_of(html: str | bytes, name: str | None = "page.html") -> Article:
    data = html.encode("utf-8") if isinstance(html, str) else html
    loaded = load_bytes(data, path=name)
    return read_article(loaded.text, source=loaded.source)


def body_text(a: Article) -> str:
    return "\n".join(b.text for b in a.blocks if b.kind not in ("title", "subtitle"))


def removed_text(a: Article) -> str:
    return "\n".join(r.text for r in a.removed)


# ---------------------------------------------------------------- detection


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("a.html", b"hello", "html"),
        ("a.HTM", b"", "html"),
        ("a.xhtml", b"", "html"),
        ("a.mhtml", b"", "mhtml"),
        ("a.mht", b"", "mhtml"),
        (None, b"<!DOCTYPE html><html>", "html"),
        (None, b"\n  <!doctype HTML>", "html"),
        ("a.txt", b"<!doctype html><p>quoted markup</p>", None),
        (None, b"<html lang=en><body>", "html"),
        (None, b"<?xml version='1.0'?>\n<html xmlns='x'>", "html"),
        (None, b"<!-- saved --><head><title>x</title>", "html"),
        (None, b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n", "mhtml"),
        (None, b"Plain story about <html> tags in a sentence.", None),
        ("notes.md", b"# Title\n\n<div>x</div>", None),
    ],
)
def test_page_kind(name: str | None, head: bytes, kind: str | None) -> None:
    assert page_kind(name, head) == kind


def test_html_on_stdin_is_detected_by_content() -> None:
    loaded = load_bytes(page(story_paragraphs()).encode(), path=None)
    assert loaded.source.format == "html"
    assert "<p>" not in loaded.text and "Home" in loaded.text


def test_text_article_path_is_unchanged() -> None:
    loaded = load_bytes(b"A headline\n\nA paragraph of the story.\n", path="a.txt")
    assert loaded.source.format == "text"


# ---------------------------------------------------------------- charsets


def test_meta_charset_decides() -> None:
    html = "<html><head><meta charset='windows-1251'></head><body><p>Привет мир</p></body></html>"
    text, enc = decode_page(html.encode("cp1251"))
    assert "Привет мир" in text and enc == "cp1251"


def test_http_equiv_charset() -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><p>日本語の記事</p>'
    )
    text, _ = decode_page(html.encode("shift_jis"))
    assert "日本語の記事" in text


def test_bom_beats_the_declaration() -> None:
    html = "<html><head><meta charset='iso-8859-1'></head><p>naïve café</p></html>"
    text, enc = decode_page(b"\xef\xbb\xbf" + html.encode("utf-8"))
    assert "naïve café" in text and enc == "utf-8-sig"


def test_latin1_declaration_means_windows_1252() -> None:
    text, _ = decode_page("<meta charset=iso-8859-1><p>it\u2019s</p>".encode("cp1252"))
    assert "it\u2019s" in text


def test_wrong_declaration_falls_back_to_text_rules() -> None:
    text, enc = decode_page("<meta charset='utf-8'><p>caf\u00e9 \u2019</p>".encode("cp1252"))
    assert "caf\u00e9 \u2019" in text and enc == "cp1252"


def test_unknown_charset_label_is_ignored() -> None:
    text, enc = decode_page(b"<meta charset='x-made-up'><p>plain</p>")
    assert "plain" in text and enc == "utf-8"


# ---------------------------------------------------------------- MHTML


def _mhtml(html: str, encoding: str) -> bytes:
    raw = html.encode("utf-8")
    payload = quopri.encodestring(raw) if encoding == "quoted-printable" else base64.encodebytes(raw)
    return (
        b"From: <Saved by Blink>\r\nSubject: Harbour drones\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; type="text/html"; boundary="----BOUNDARY"\r\n\r\n'
        b"------BOUNDARY\r\nContent-Type: text/html; charset=utf-8\r\n"
        + f"Content-Transfer-Encoding: {encoding}\r\n".encode()
        + b"Content-Location: https://example.com/drones\r\n\r\n"
        + payload.replace(b"\n", b"\r\n")
        + b"\r\n------BOUNDARY\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
        b"------BOUNDARY--\r\n"
    )


@pytest.mark.parametrize("encoding", ["quoted-printable", "base64"])
def test_mhtml_html_part(tmp_path: Path, encoding: str) -> None:
    html = page(story_paragraphs("<p>Résumé: the café’s owner welcomed the news at once, she told us.</p>"))
    path = tmp_path / "saved.mhtml"
    path.write_bytes(_mhtml(html, encoding))
    loaded = load_path(path)
    a = read_article(loaded.text, source=loaded.source)
    assert a.meta.title == "Harbour drones cleared for weekly sea wall checks"
    assert "café’s owner" in body_text(a)
    assert STORY[0] in body_text(a)
    assert "iVBOR" not in loaded.text


def test_mhtml_by_content_without_suffix() -> None:
    a = article_of(_mhtml(page(story_paragraphs()), "base64"), name=None)
    assert STORY[1] in body_text(a)


def test_mhtml_without_html_part_is_refused() -> None:
    data = b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\n"
    data += b"--x\nContent-Type: image/png\n\nabc\n--x--\n"
    with pytest.raises(LoadError, match="text/html"):
        load_bytes(data, path="a.mhtml")


# ---------------------------------------------------------------- mapping


HEAD = (
    '<meta property="og:site_name" content="The Bay Courier">'
    '<meta property="article:published_time" content="2026-03-03T09:30:00+01:00">'
    '<link rel="canonical" href="https://example.com/news/harbour-drones">'
)


def test_metadata_from_the_page() -> None:
    a = article_of(page(story_paragraphs(), head=HEAD + '<meta name="author" content="Jane Doe">'))
    assert a.meta.title == "Harbour drones cleared for weekly sea wall checks"
    assert a.meta.authors == ("Jane Doe",)
    assert a.meta.published == "2026-03-03"
    assert a.meta.publisher == "The Bay Courier"
    assert a.meta.url == "https://example.com/news/harbour-drones"
    assert to_dict(a)["meta"]["url"] == a.meta.url
    assert a.source.format == "html"


def test_json_ld_news_article_first() -> None:
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},'
        '{"@type":"NewsArticle","headline":"Harbour drones cleared for weekly sea wall checks",'
        '"datePublished":"2026-02-01T08:00:00Z","dateModified":"2026-02-02T08:00:00Z",'
        '"author":[{"@type":"Person","name":"Ana Lima"},{"@type":"Person","name":"Ben Ode"}],'
        '"publisher":{"@type":"Organization","name":"Bay Courier Ltd"},"articleSection":"Local"}]}</script>'
    )
    a = article_of(page(story_paragraphs(), head=ld + '<meta name="author" content="Someone Else">'))
    assert a.meta.authors == ("Ana Lima", "Ben Ode")
    assert a.meta.published == "2026-02-01" and a.meta.updated == "2026-02-02"
    assert a.meta.category == "Local"


def test_byline_in_a_span() -> None:
    body = '<p><span class="byline__name">By Maria Okafor and Li Wei</span></p>' + story_paragraphs()
    a = article_of(page(body))
    assert set(a.meta.authors) == {"Maria Okafor", "Li Wei"}


def test_date_shown_in_a_time_element() -> None:
    body = '<p class="meta"><time datetime="2025-11-20T10:00:00-05:00">Nov. 20, 2025</time></p>' + story_paragraphs()
    assert article_of(page(body)).meta.published == "2025-11-20"


def test_dek_in_a_paragraph_class() -> None:
    dek = "A six-month trial found cracks divers had missed, and the city wants more of it."
    a = article_of(page(f'<p class="article-dek">{dek}</p>' + story_paragraphs()))
    assert dek in (a.meta.subtitle or "") + body_text(a)


def test_headings_make_sections() -> None:
    body = "".join(f"<p>{p}</p>" for p in STORY[:2]) + "<h2>What happens next</h2>"
    a = article_of(page(body + "".join(f"<p>{p}</p>" for p in STORY[2:])))
    section = next(s for s in a.sections if s.title == "What happens next")
    assert [a.block(b).text for b in section.blocks if a.block(b).kind == "paragraph"] == STORY[2:]


def test_key_takeaways_list() -> None:
    box = "<h2>Key Takeaways</h2><ul><li>Drones will inspect the sea wall weekly.</li>"
    box += "<li>Checks start in April.</li></ul>"
    a = article_of(page(box + story_paragraphs()))
    assert [t.text for t in a.takeaways if t.origin == "article"] == [
        "Drones will inspect the sea wall weekly.",
        "Checks start in April.",
    ]


def test_correction_note() -> None:
    note = (
        "<p><em>Correction: An earlier version of this article misstated the start of the checks. "
        "They start in April, not in March.</em></p>"
    )
    a = article_of(page(story_paragraphs(note)))
    assert any(c.kind == "correction" for c in a.corrections)


def test_nested_lists() -> None:
    lst = (
        "<p>The plan has three parts, the report said, each with its own budget line:</p>"
        "<ul><li>Inspection<ul><li>Weekly drone flights</li><li>Monthly dives</li></ul></li><li>Repairs</li></ul>"
    )
    a = article_of(page(story_paragraphs(lst)))
    items = {b.text: b.level for b in a.blocks if b.kind == "list_item"}
    assert items.get("Weekly drone flights", 0) > items.get("Inspection", 0) >= 1
    assert "Repairs" in items


def test_table_is_kept() -> None:
    table = (
        "<table><tr><th>Year</th><th>Cracks found</th></tr><tr><td>2024</td><td>3</td></tr>"
        "<tr><td>2025</td><td>7</td></tr></table>"
    )
    a = article_of(page(story_paragraphs(table)))
    tables = [b for b in a.blocks if b.kind == "code" and "Cracks found" in b.text]
    assert tables and "2025" in tables[0].text


def test_left_out_text_is_removed_with_a_reason() -> None:
    a = article_of(page(story_paragraphs()))
    reasons = {r.reason for r in a.removed if r.text.strip() and r.reason != "front-matter"}
    assert "menu" in reasons and "footer" in reasons
    assert "Copyright 2026" in removed_text(a)
    assert "Copyright 2026" not in body_text(a)
    assert "Home World Sport" in removed_text(a)


def test_markdown_escape_roundtrip() -> None:
    for text in ["# not a heading", "1. not a list", "- not a bullet", "a *b* _c_ [d](e) <i>x</i> &amp; \\ `q`"]:
        a = read_article("---\ntitle: T\n---\n\n" + md_escape(text) + "\n", fmt="markdown")
        assert [b.text for b in a.blocks if b.kind == "paragraph"] == [text]


def test_page_with_no_article_keeps_every_paragraph() -> None:
    html = "<html><body><div><a href='/'>Home</a></div><div>Opening hours: 9 to 5</div></body></html>"
    a = article_of(html)
    assert "Opening hours: 9 to 5" in body_text(a) + removed_text(a)


def test_webcache_reuses_and_survives_corruption(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.load import webcache

    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    data = page(story_paragraphs()).encode()
    first = load_bytes(data, path="p.html").text
    entries = list((tmp_path / "data" / webcache.CACHE_DIR).glob("*.json"))
    assert len(entries) == 1
    assert webcache.get(data) is not None
    entries[0].write_text("{not json", encoding="utf-8")
    assert webcache.get(data) is None
    assert load_bytes(data, path="p.html").text == first  # rebuilt
    assert webcache.get(data) is not None


def test_xml_declaration_encoding() -> None:
    page_bytes = "<?xml version='1.0' encoding='iso-8859-15'?><html><body><p>prix 5 €</p></body></html>"
    text, _ = decode_page(page_bytes.encode("iso-8859-15"))
    assert "5 €" in text


@pytest.mark.parametrize(("label", "codec"), [("gb2312", "gb18030"), ("shift_jis", "cp932"), ("euc-kr", "cp949")])
def test_legacy_labels_decode_as_browsers_do(label: str, codec: str) -> None:
    sample = {"gb18030": "港口无人机", "cp932": "港のドローン①", "cp949": "항구 드론"}[codec]
    html = f"<html><head><meta charset='{label}'></head><body><p>{sample}</p></body></html>"
    text, used = decode_page(html.encode(codec))
    assert sample in text and used == codec


@pytest.mark.parametrize(
    ("figure", "caption"),
    [
        pytest.param(
            "<figure><img src='x.jpg'><figcaption>Photo by Sem Visser/Getty Images</figcaption></figure>",
            "Photo by Sem Visser/Getty Images",
            id="figcaption",
        ),
        pytest.param("<div class='hero'><span>Image: Sem Visser</span></div>", "Image: Sem Visser", id="credit-div"),
        pytest.param("<div class='hero'><span>The harbour at dawn</span></div>", None, id="not-a-caption"),
    ],
)
def test_the_lead_photos_caption_stays_above_the_story(figure: str, caption: str | None) -> None:
    a = article_of(page("<h1>Harbour drones cleared for weekly sea wall checks</h1>" + figure + story_paragraphs()))
    kinds = [b.kind for b in a.blocks if b.kind != "title"]
    if caption is None:
        assert "caption" not in kinds
        return
    assert kinds[:2] == ["caption", "paragraph"]
    assert next(b.text for b in a.blocks if b.kind == "caption") == caption
    assert caption not in removed_text(a)  # in exactly one place


def test_a_caption_inside_the_story_is_left_out_as_before() -> None:
    figure = "<figure><figcaption>Photo by Sem Visser/Getty Images</figcaption></figure>"
    a = article_of(page("".join(f"<p>{p}</p>" + (figure if i == 1 else "") for i, p in enumerate(STORY))))
    assert "caption" not in [b.kind for b in a.blocks]
