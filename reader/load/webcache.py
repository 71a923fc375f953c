"""The extracted text of saved web pages, cached by the page's sha256 in the data directory.

Extraction costs 50-500 ms per page; reopening a page should cost what a text
article does. An entry is only trusted when it was written by the same
extraction code (a fingerprint of `reader.load` and of the installed trafilatura and lxml);
anything unreadable, corrupt or stale is ignored and rebuilt, and a cache that
cannot be written (read-only disk, full disk) is simply not used.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from importlib.util import find_spec
from pathlib import Path

CACHE_DIR = "webcache"
DISABLE_ENV = "READER_NO_WEBCACHE"


@cache
def code_key() -> str:
    """Fingerprint of the extraction code: this package's files, the core rules it uses, the extractor's version."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    structure = here.parent / "core" / "structure"
    for p in [*sorted(here.glob("*.py")), structure / "meta.py", structure / "dates.py"]:
        h.update(p.name.encode() + p.read_bytes())
    for dist in ("trafilatura", "lxml"):  # their installed files, found without importing them (fast start-up)
        spec = find_spec(dist)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        if origin is not None and origin.exists():
            st = origin.stat()
            h.update(f"{dist}:{origin}:{st.st_size}:{st.st_mtime_ns}".encode())
        else:
            h.update(dist.encode())
    return h.hexdigest()[:16]


def _path(data: bytes) -> Path | None:
    if os.environ.get(DISABLE_ENV):
        return None
    from reader.store.paths import data_dir

    return data_dir() / CACHE_DIR / f"{hashlib.sha256(data).hexdigest()}.json"


def get(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) extracted earlier from these exact bytes, or None."""
    path = _path(data)
    if path is None:
        return None
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("key") != code_key():
        return None
    text, encoding = entry.get("text"), entry.get("encoding")
    if not isinstance(text, str) or not isinstance(encoding, str) or not text.strip():
        return None
    from reader.store.files import touch

    touch(path)
    return text, encoding


def put(data: bytes, text: str, encoding: str) -> None:
    """Store an extraction atomically (a crash never leaves a half-written entry); errors ignored."""
    path = _path(data)
    if path is None:
        return
    from reader.store.files import prune, write_atomically

    entry = {"key": code_key(), "text": text, "encoding": encoding}
    try:
        write_atomically(path, json.dumps(entry, ensure_ascii=False).encode("utf-8"), durable=False)
    except OSError:
        return
    prune(path.parent, suffix=".json")
