"""Bytes to text, and which parser the text is for.

A BOM decides, else strict UTF-8, else Windows-1252 (the encoding of nearly
every legacy saved page). Markdown is told from plain text by the file's
suffix or by its shape.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from reader.core.model import SourceFormat
from reader.load.errors import LoadError

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}


def decode(data: bytes) -> tuple[str, str]:
    """Decode article bytes, returning (text, encoding name).

    Order: a BOM decides (UTF-8, UTF-16, UTF-32); else strict UTF-8; else
    Windows-1252, the encoding of nearly every legacy saved page (so curly
    quotes come out as U+2019, not mojibake), with Latin-1 for its five
    undefined bytes.

    Raises:
        LoadError: for binary data (NUL bytes or mostly non-text).
    """
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise LoadError(
                    f"the file starts with a {name} byte-order mark but is not valid {name}; re-save it as UTF-8"
                ) from exc
    if b"\x00" in data:
        raise LoadError("this looks like a binary file (it contains NUL bytes); open a saved article (.txt or .md)")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text = _decode_cp1252(data)
        encoding = "cp1252"
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\x1b" or 0x7F <= ord(ch) < 0xA0)
    if text and controls / len(text) > 0.1:
        raise LoadError("this looks like a binary file (mostly non-text bytes); open a saved article (.txt or .md)")
    return text, encoding


# Windows-1252 is Latin-1 with printable characters in 0x80-0x9F; its five
# undefined bytes there (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as Latin-1 controls.
_CP1252 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _decode_cp1252(data: bytes) -> str:
    return data.decode("latin-1").translate(_CP1252)


def detect_format(name: str | None, text: str) -> SourceFormat:
    """Markdown by suffix, or by shape (front matter, ATX headings) for stdin and .txt."""
    if name and Path(name).suffix.lower() in MARKDOWN_SUFFIXES:
        return "markdown"
    head = text.lstrip("\ufeff")[:4000].replace("\r\n", "\n")
    if head.startswith("---\n") and "\n---" in head[4:]:
        return "markdown"
    lines = head.split("\n")
    atx = sum(1 for line in lines if line.startswith(("# ", "## ", "### ")))
    return "markdown" if atx >= 2 else "text"
