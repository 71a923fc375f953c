"""Bytes on disk (or stdin) to clean text: the only place that reads articles.

Kept outside `reader.core` because it does I/O. Every failure becomes a
`LoadError` whose message says what is wrong and what to do, so the CLI can
print one line and exit 2 instead of a traceback.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reader.core.model import SourceFormat, SourceInfo
from reader.core.text import clean

DEFAULT_MAX_MB = 64
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}


class LoadError(Exception):
    """A file that cannot be read as an article; str() is the user-facing message."""


@dataclass(frozen=True, slots=True)
class Loaded:
    """Decoded, cleaned text plus what the parser needs to know about its origin."""

    text: str
    source: SourceInfo


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
    head = text.lstrip("\ufeff")[:4000]
    if head.startswith("---\n") and "\n---" in head[4:]:
        return "markdown"
    lines = head.split("\n")
    atx = sum(1 for line in lines if line.startswith(("# ", "## ", "### ")))
    return "markdown" if atx >= 2 else "text"


def load_bytes(data: bytes, *, path: str | None, max_mb: float = DEFAULT_MAX_MB) -> Loaded:
    """Turn raw bytes into a `Loaded` article text (shared by files and stdin)."""
    where = path or "standard input"
    if len(data) > max_mb * 1024 * 1024:
        raise LoadError(
            f"{where} is {len(data) / 1048576:.1f} MB, over the {max_mb:g} MB limit; "
            f"pass --max-size {int(len(data) / 1048576) + 1} to open it anyway"
        )
    fmt: SourceFormat | None = None
    kind = _page_kind(path, data)
    if kind is not None:  # a saved web page: extracted to Markdown (imports lxml/trafilatura only now)
        from reader.load.html import PageError, page_text

        try:
            text, encoding = page_text(data, kind)
        except PageError as exc:
            raise LoadError(f"{where}: {exc}") from None
        fmt = "html"
    else:
        text, encoding = decode(data)
    text = clean(text).lstrip("\ufeff")
    if not text.strip():
        raise LoadError(f"{where} is empty (nothing but white space); open a saved article with some text in it")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    fmt = fmt or detect_format(path, text)
    return Loaded(text, SourceInfo(path=path, format=fmt, encoding=encoding, sha256=digest))


def _page_kind(path: str | None, data: bytes) -> Literal["html", "mhtml"] | None:
    """A web page by name or content; the check is cheap and imports nothing heavy."""
    from reader.load.detect import page_kind

    return page_kind(path, data)


def load_path(path: str | Path, *, max_mb: float = DEFAULT_MAX_MB) -> Loaded:
    """Read one article file; every failure is a `LoadError` with advice."""
    p = Path(path)
    try:
        if not p.exists():
            raise LoadError(f"{p}: no such file; check the path (reader --help shows usage)")
        if p.is_dir():
            raise LoadError(f"{p} is a folder; give an article file, or use --find QUERY {p} to search it")
        size = p.stat().st_size
        if size > max_mb * 1024 * 1024:
            raise LoadError(
                f"{p} is {size / 1048576:.1f} MB, over the {max_mb:g} MB limit; "
                f"pass --max-size {int(size / 1048576) + 1} to open it anyway"
            )
        if p.is_file():
            data = p.read_bytes()
        else:  # a pipe or device (`reader <(cmd)`, /dev/zero): never read more than one byte past the limit
            with p.open("rb") as stream:
                data = stream.read(int(max_mb * 1024 * 1024) + 1)
    except PermissionError as exc:
        raise LoadError(f"{p}: permission denied; check the file's permissions (chmod +r)") from exc
    except OSError as exc:
        raise LoadError(f"{p}: cannot read it ({exc.strerror or exc}); check the path and the disk") from exc
    try:
        return load_bytes(data, path=str(p), max_mb=max_mb)
    except LoadError as exc:
        msg = str(exc)
        raise LoadError(msg if msg.startswith(str(p)) else f"{p}: {msg}") from None
