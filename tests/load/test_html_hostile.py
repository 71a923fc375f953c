"""Hostile and broken pages: nothing runs, nothing is fetched, nothing blows up, everything still reads."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core import read_article
from reader.core.model import Article
from reader.core.text import sanitize
from reader.load import LoadError, load_bytes, load_path
from tests.load.pages import STORY, page, story_paragraphs


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield


def read(html: str | bytes, name: str = "page.html") -> Article:
    data = html.encode("utf-8") if isinstance(html, str) else html
    loaded = load_bytes(data, path=name)
    return read_article(loaded.text, source=loaded.source)


def everything(a: Article) -> str:
    return "\n".join([*(b.text for b in a.blocks), *(r.text for r in a.removed), a.meta.title or ""])


def test_scripts_and_styles_are_never_shown() -> None:
    extra = (
        "<script>document.write('SCRIPTTEXT')</script><style>.x{content:'STYLETEXT'}</style>"
        "<noscript>NOSCRIPTTEXT</noscript><template>TEMPLATETEXT</template>"
        '<p style="display:none">HIDDENTEXT</p><svg><text>SVGTEXT</text></svg>'
    )
    a = read(page(story_paragraphs(extra), head="<script>var HEADSCRIPT=1</script><style>b{}</style>"))
    text = everything(a)
    for word in ("SCRIPTTEXT", "STYLETEXT", "NOSCRIPTTEXT", "TEMPLATETEXT", "HIDDENTEXT", "SVGTEXT", "HEADSCRIPT"):
        assert word not in text
    assert STORY[0] in text


def test_escape_sequences_and_rich_markup_stay_inert() -> None:
    hostile = "Breaking \x1b[2J\x1b]0;PWN\x07 news [@click=app.quit]CLICK[/] and [/b] with [link=x]here[/link] done."
    a = read(page(story_paragraphs(f"<p>{hostile} The report said so in a long sentence.</p>")))
    text = everything(a)
    assert "\x1b" not in text and "\x07" not in text
    assert sanitize(text) == text
    assert "[@click=app.quit]CLICK[/]" in text  # literal text, never markup: the UI shows it through Content


def test_javascript_and_file_links_are_never_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETCONTENT", encoding="utf-8")
    links = (
        f'<p>See <a href="javascript:alert(1)">this link</a> and <a href="file://{secret}">that file</a>, '
        f'<img src="file://{secret}"> <iframe src="file://{secret}"></iframe> <link rel=stylesheet href="http://x/y.css">'
        "which the story mentions in passing here.</p>"
    )
    a = read(page(story_paragraphs(links)))
    text = everything(a)
    assert "TOPSECRETCONTENT" not in text
    assert "alert(1)" not in text and "javascript:" not in text


def test_entity_expansion_is_not_performed() -> None:
    lol = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
        '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
        '<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<html><body><article><h1>Entities</h1>"
        + story_paragraphs("<p>Expanded: &lol4; and external: &xxe; end of the sentence here.</p>")
        + "</article></body></html>"
    )
    a = read(lol, name="page.xhtml")
    text = everything(a)
    assert "lollollol" not in text
    assert "root:" not in text
    assert len(text) < 20_000


def test_truncated_markup_still_reads() -> None:
    full = page(story_paragraphs())
    cut = full[: full.index(STORY[2]) + 40]
    a = read(cut)
    assert STORY[0] in everything(a)


@pytest.mark.parametrize(
    "junk",
    [
        "<html><body><p>unclosed <b>bold <i>italic <div>para</p></span></table>text after the mess",
        "<<<>>><html<body<p>broken angle brackets everywhere</p>",
        "<html><body>" + "<div>" * 5000 + "deep text" + "</div>" * 10 + "</body></html>",
        "<!DOCTYPE html>\x00\x01\x02<html><body><p>control bytes</p></body></html>",
    ],
)
def test_malformed_pages_read_or_fail_cleanly(junk: str) -> None:
    try:
        a = read(junk)
    except LoadError as exc:
        assert str(exc)
        return
    assert sanitize(everything(a)) == everything(a)


def test_empty_page_is_a_load_error() -> None:
    with pytest.raises(LoadError):
        read("<!DOCTYPE html><html><head></head><body></body></html>")


def test_oversized_page_gets_the_size_message(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_bytes(b"<!DOCTYPE html><html><body>" + b"<p>word</p>" * 200_000 + b"</body></html>")
    with pytest.raises(LoadError, match="over the 1 MB limit"):
        load_path(path, max_mb=1)


def test_a_huge_page_finishes() -> None:
    """A 20 MB page of mostly markup and inline data (a "complete" browser save) is read, not refused."""
    blob = "<img src='data:image/png;base64," + "A" * 2_000_000 + "'>"
    filler = "<div class='promo'><a href='/x'>Another story link</a></div>" * 30_000
    html = page(story_paragraphs() + blob * 9 + filler[:2_000_000])
    assert len(html) > 18_000_000
    a = read(html)
    assert STORY[0] in everything(a)
