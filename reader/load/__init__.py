"""Bytes on disk (or stdin) to article text: the only part of `reader` that reads articles.

`files` reads a path or standard input within the size limit and reports every
failure as a `LoadError` whose message says what to do; `decode` turns bytes
into text (BOMs, UTF-8, Windows-1252) and tells Markdown from plain text.
The text is handed to `reader.core.parse_article`, which cleans it once and
computes the article's one digest.
"""

from __future__ import annotations

from reader.load.errors import LoadError
from reader.load.files import DEFAULT_MAX_MB, Loaded, load_bytes, load_path

__all__ = ["DEFAULT_MAX_MB", "LoadError", "Loaded", "load_bytes", "load_path"]
