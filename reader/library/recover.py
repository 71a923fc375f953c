"""A damaged index file is set aside and rebuilt, never used again and never deleted.

The index holds nothing the user wrote (it is rebuilt from the articles), so
a truncated or overwritten file is renamed `library.sqlite3.corrupt` for
anyone who wants to look at it, and a fresh index takes its place. Errors
that are not damage (locked, read-only, disk full) are left to the caller's
in-memory fallback: rebuilding would not help there.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

_DAMAGE_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt")
_FOREIGN_WORDS = ("no such table", "no such column", "has no column named")
"""Our tables missing or different: some other database (or a hand-edited one) sits at the index's path."""


def is_damage(exc: BaseException) -> bool:
    """True when an SQLite error says the file itself is damaged or not our index (not merely locked or unwritable)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _DAMAGE_CODES:
        return True
    return any(word in text for word in _DAMAGE_WORDS + _FOREIGN_WORDS)


def identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of `path`, or None: tells whether another process already replaced the file."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def set_aside(db: Path, seen: tuple[int, int] | None) -> Path | None:
    """Rename the damaged index `db` to `<name>.corrupt` (and drop its -wal/-shm); returns the new path.

    Does nothing (returns None) when `db` is no longer the file seen damaged
    (`seen`, from `identity`): a concurrent run has already set it aside and
    built a fresh one, which must not be thrown away. Call it under the
    indexing lock.
    """
    if seen is None or identity(db) != seen:
        return None
    target = db.with_name(db.name + ".corrupt")
    os.replace(db, target)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(db.with_name(db.name + suffix))
    return target


def advice(exc: BaseException) -> str:
    """What the user can do about an index that cannot be used (not damaged), in a few words."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text or "another reader" in text:
        return "another program is using it; try again when it is done"
    if "full" in text or "too large" in text or "no space" in text or "i/o" in text:
        return "free some disk space, or check the disk"
    if "readonly" in text or "read-only" in text or "permission" in text or "unable to open" in text:
        return "check that the data folder (READER_DATA_DIR) is writable"
    return "it is rebuilt when it can be written again"
