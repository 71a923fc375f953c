"""Bytes on disk (or stdin) to article text, within the size limit.

Kept outside `reader.core` because it does I/O. Every failure becomes a
`LoadError` whose message says what is wrong and what to do, so the CLI can
print one line and exit 2 instead of a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.core.model import SourceFormat, SourceInfo
from reader.core.text import sanitize
from reader.load.decode import decode, detect_format
from reader.load.detect import page_kind
from reader.load.errors import LoadError
from reader.load.names import for_json, shown

DEFAULT_MAX_MB = 64


@dataclass(frozen=True, slots=True)
class Loaded:
    """Decoded text plus what the parser needs to know about its origin.

    The text is not cleaned here: `parse_article` cleans it (once) and sets
    `source.sha256`, the article's one digest, from the cleaned text.
    """

    text: str
    source: SourceInfo


def load_bytes(data: bytes, *, path: str | None, max_mb: float = DEFAULT_MAX_MB) -> Loaded:
    """Turn raw bytes into a `Loaded` article text (shared by files and stdin)."""
    where = path or "standard input"
    if len(data) > max_mb * 1024 * 1024:
        raise LoadError(
            f"{where} is {len(data) / 1048576:.1f} MB, over the {max_mb:g} MB limit; "
            f"pass --max-size {int(len(data) / 1048576) + 1} to open it anyway"
        )
    fmt: SourceFormat | None = None
    kind = page_kind(path, data)
    if kind is not None:  # a saved web page: extracted to Markdown (imports lxml/trafilatura only now)
        from reader.load.html import PageError, page_text

        try:
            text, encoding = page_text(data, kind)
        except PageError as exc:
            raise LoadError(f"{where}: {exc}") from None
        fmt = "html"
    else:
        text, encoding = decode(data)
    if _blank(text):
        raise LoadError(f"{where} is empty (nothing but white space); open a saved article with some text in it")
    return Loaded(text, SourceInfo(path=path, format=fmt or detect_format(path, text), encoding=encoding))


def load_path(path: str | Path, *, max_mb: float = DEFAULT_MAX_MB) -> Loaded:
    """Read one article file; every failure is a `LoadError` with advice."""
    p = Path(path)
    name = shown(p)  # for messages: valid UTF-8, escapes visible; the file itself opens by `p`
    try:
        if not p.exists():
            raise LoadError(f"{name}: no such file; check the path (reader --help shows usage)")
        if p.is_dir():
            raise LoadError(f"{name} is a folder; give an article file, or use --find QUERY {name} to search it")
        size = p.stat().st_size
        if size > max_mb * 1024 * 1024:
            raise LoadError(
                f"{name} is {size / 1048576:.1f} MB, over the {max_mb:g} MB limit; "
                f"pass --max-size {int(size / 1048576) + 1} to open it anyway"
            )
        if p.is_file():
            data = p.read_bytes()
        else:  # a pipe or device (`reader <(cmd)`, /dev/zero): never read more than one byte past the limit
            with p.open("rb") as stream:
                data = stream.read(int(max_mb * 1024 * 1024) + 1)
    except PermissionError as exc:
        raise LoadError(f"{name}: permission denied; check the file's permissions (chmod +r)") from exc
    except OSError as exc:
        raise LoadError(f"{name}: cannot read it ({exc.strerror or exc}); check the path and the disk") from exc
    try:
        return load_bytes(data, path=for_json(p), max_mb=max_mb)  # SourceInfo.path is printed as JSON
    except LoadError as exc:
        msg = str(exc)
        raise LoadError(msg if msg.startswith((name, for_json(p))) else f"{name}: {msg}") from None


def _blank(text: str) -> bool:
    """Nothing to read: white space, perhaps with escape sequences (only short texts are sanitised to tell)."""
    if not text.lstrip("\ufeff").strip():
        return True
    return len(text) <= 65536 and not sanitize(text).lstrip("\ufeff").strip()
