"""The loader on every real article in ../shared: decoded right, clean, nothing lost."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from reader.core.text import clean
from reader.load import load_path
from tests.shared import shared_articles, shared_dir

FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\r]")
MOJIBAKE = re.compile("\u00e2\u20ac|\u00c3[\u00a0-\u00bf]|\ufffd")


def _articles() -> list[Path]:
    found = shared_articles()
    return found or [Path("absent")]


@pytest.mark.shared
@pytest.mark.parametrize("path", _articles(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shared_article_loads_clean(path: Path) -> None:
    shared_dir("articles")
    loaded = load_path(path)
    text = clean(loaded.text)  # what the parser reads: the loader decodes, `parse_article` cleans
    assert text.strip()
    assert FORBIDDEN.search(text) is None
    assert MOJIBAKE.search(text) is None, MOJIBAKE.search(text)
    assert unicodedata.is_normalized("NFC", text)
    assert loaded.source.format == ("markdown" if path.suffix == ".md" else "text")
    raw_lines = path.read_bytes().replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n")
    assert text.count("\n") == raw_lines  # no line gained or lost: line numbers match the file


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@pytest.mark.shared
def test_legacy_corrections_are_cp1252_with_curly_quotes() -> None:
    folder = shared_dir("articles", "corrections")
    legacy = [p for p in sorted(folder.glob("*.txt")) if not p.name.endswith(".source.txt")]
    cp1252 = [load_path(p) for p in legacy if not _is_utf8(p.read_bytes())]
    assert cp1252, "expected Windows-1252 files in ../shared/articles/corrections"
    for loaded in cp1252:
        assert loaded.source.encoding == "cp1252"
        assert "\u2019" in loaded.text or "\u201c" in loaded.text
