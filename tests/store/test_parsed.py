"""The parsed-page cache: a page read once reopens from its Article; anything damaged or foreign is a miss."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.cli import launch
from reader.core.parse import parse_article
from reader.load import load_bytes
from reader.store import parsed
from tests.load.pages import STORY, page, story_paragraphs


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> bytes:
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv(parsed.DISABLE_ENV, raising=False)
    return page(story_paragraphs()).encode()


def _entry(tmp_path: Path) -> Path:
    (entry,) = (tmp_path / "data" / parsed.CACHE_DIR).glob("*.pickle")
    return entry


def test_a_page_parsed_once_reopens_from_the_cache_without_parsing(
    data: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = launch.page_article(data, "saved/p.html", 20)
    assert _entry(tmp_path).read_bytes().startswith(b"reader.parsed/")

    def no_parse(*_: object, **__: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr("reader.core.parse.parse_article", no_parse)
    again = launch.page_article(data, "elsewhere/copy.html", 20)
    assert again.blocks == first.blocks and again.meta == first.meta and again.removed == first.removed
    assert again.source.path == "elsewhere/copy.html"  # the same page read from another place says so
    assert again.source.sha256 == first.source.sha256 and again.source.format == "html"
    assert again.block_index(again.blocks[-1].id) == len(again.blocks) - 1  # its lookup table is rebuilt


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda b: b[: len(b) // 2], id="truncated"),
        pytest.param(lambda b: b.split(b"\n", 1)[0] + b"\nnot a pickle", id="garbage after the header"),
        pytest.param(lambda b: b"reader.parsed/0000000000000000\n" + b.split(b"\n", 1)[1], id="written by other code"),
        pytest.param(lambda b: b"", id="empty"),
    ],
)
def test_a_damaged_entry_is_a_miss_and_is_rebuilt(data: bytes, tmp_path: Path, damage: object) -> None:
    first = launch.page_article(data, "p.html", 20)
    entry = _entry(tmp_path)
    assert callable(damage)
    entry.write_bytes(damage(entry.read_bytes()))
    assert parsed.get(data, path="p.html") is None
    assert launch.page_article(data, "p.html", 20).blocks == first.blocks  # parsed again...
    assert parsed.get(data, path="p.html") is not None  # ...and kept again


def test_only_parsed_pages_are_kept_and_other_pages_miss(data: bytes) -> None:
    loaded = load_bytes(data, path="p.html")
    article = parse_article(loaded.text, source=loaded.source)
    parsed.put(data, article)
    assert parsed.get(data + b" ", path="p.html") is None  # other bytes, other page
    from reader.core.pipeline import analyse

    other = page(story_paragraphs() + "<p>One more paragraph about the harbour and its wall.</p>").encode()
    parsed.put(other, analyse(article))
    assert parsed.get(other, path="p.html") is None  # an analysed Article depends on the engine: never kept
    got = parsed.get(data, path="p.html")
    assert got is not None and any(STORY[0][:40] in b.text for b in got.blocks)


def test_switched_off_and_unwritable_caches_are_not_used(
    data: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(parsed.DISABLE_ENV, "1")
    launch.page_article(data, "p.html", 20)
    assert not (tmp_path / "data" / parsed.CACHE_DIR).exists()
    monkeypatch.delenv(parsed.DISABLE_ENV)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / parsed.CACHE_DIR).write_text("a file where the folder should be", encoding="utf-8")
    assert launch.page_article(data, "p.html", 20).blocks  # read and parsed all the same
    assert parsed.get(data, path="p.html") is None
    assert not [n for n in os.listdir(tmp_path / "data") if n.startswith(".tmp-")]
