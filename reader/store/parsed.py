"""Parsed saved web pages, cached by the page's sha256 in the data directory: reopening costs what a text article does.

The web cache (`reader.load.webcache`) keeps a page's extracted text, which
saves the extraction; opening still imports the Markdown parser and the
structure rules and parses (about 100 ms of start-up before the first frame).
This cache keeps the parsed `Article` itself, so reopening an already-read page
reads one file and unpickles it.

An entry is named by the page's digest and trusted only when it was written by
the same code: its first line is a fingerprint (names, sizes and modification times) of
the parsing and loading code and of the installed extractor, so any change to
either is a miss. Anything unreadable, truncated, stale or of the wrong type is
ignored (and rewritten after the next parse); a cache that cannot be written is
simply not used. The pickles live in the user's own data directory, next to the
library index, and are trusted as Python trusts its own `__pycache__`.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import replace
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from reader.core.model import Article

CACHE_DIR = "parsed"
DISABLE_ENV = "READER_NO_WEBCACHE"
"""The same switch as the web cache: one variable turns off every page cache (the evaluation runs use it)."""
_PROTOCOL = 5


@cache
def code_key() -> str:
    """Fingerprint of the code that turns page bytes into an Article: reader.core, reader.load and the extractor.

    Stat-based (a few hundred files in about a millisecond) rather than content-based: an edit, a reinstall or an
    upgrade changes a size or a modification time.
    """
    h = hashlib.sha256(f"{_PROTOCOL}".encode())
    package = Path(__file__).resolve().parent.parent
    for part in ("core", "load"):
        for root, dirs, files in os.walk(package / part):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith(".py"):
                    st = os.stat(os.path.join(root, name))
                    h.update(f"{root}/{name}:{st.st_size}:{st.st_mtime_ns};".encode())
    for dist in ("trafilatura", "lxml", "markdown_it"):  # found without importing them (fast start-up)
        spec = find_spec(dist)
        origin = spec.origin if spec is not None else None
        if origin and os.path.exists(origin):
            st = os.stat(origin)
            h.update(f"{dist}:{origin}:{st.st_size}:{st.st_mtime_ns};".encode())
        else:
            h.update(dist.encode())
    return h.hexdigest()[:16]


def _header() -> bytes:
    """The first line of an entry: what wrote it. An entry from other code is not even unpickled."""
    return f"reader.parsed/{code_key()}\n".encode()


def _path(data: bytes) -> Path | None:
    if os.environ.get(DISABLE_ENV):
        return None
    from reader.store.paths import data_dir

    return data_dir() / CACHE_DIR / f"{hashlib.sha256(data).hexdigest()}.pickle"


def get(data: bytes, *, path: str | None) -> Article | None:
    """The Article parsed earlier from these exact page bytes, shown as coming from `path` now; None on a miss.

    Args:
        data: the page's bytes as read from disk or standard input.
        path: where the page is now (the display path; the same page may have been read from elsewhere).
    """
    where = _path(data)
    if where is None:
        return None
    try:
        with open(where, "rb") as fh:
            if fh.readline() != _header():
                return None  # written by other code: never unpickled
            article = pickle.load(fh)
    except Exception:  # noqa: BLE001 - a damaged entry (truncated, foreign, a class since renamed) is a miss
        return None
    if not isinstance(article, Article) or article.analysed or not article.blocks:
        return None
    from reader.store.files import touch

    touch(where)
    return replace(article, source=replace(article.source, path=path))


def put(data: bytes, article: Article) -> None:
    """Keep a freshly parsed (not analysed) page Article; written atomically, every error ignored."""
    where = _path(data)
    if where is None or article.analysed:
        return
    from reader.store.files import prune, write_atomically

    try:
        write_atomically(where, _header() + pickle.dumps(article, protocol=_PROTOCOL), durable=False)
    except (OSError, pickle.PicklingError, RecursionError):
        return
    prune(where.parent, suffix=".pickle")
