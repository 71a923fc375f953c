"""One indexer at a time per index file: an advisory `flock` on a lock file beside the database.

SQLite keeps the file consistent on its own, but two `reader` processes
indexing the same fresh folder at once would each delete and re-insert the
other's rows, so the article ids one process collected point at rows the other
has replaced, and its search misses hits. Under this lock the second process
waits, then finds every file already indexed and shares the first one's work.

The kernel drops a `flock` when its holder exits, however it exits (kill -9
included), so a crashed indexer never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

WAIT_MESSAGE = "waiting for another reader indexing this folder\u2026"
WAIT_LIMIT_S = 600.0
"""A safety net only: an indexer that holds the lock this long is taken to be stuck."""
_POLL_S = 0.05


class LockTimeout(OSError):
    """Another process held the indexing lock for longer than `WAIT_LIMIT_S`."""


def lock_path(db: Path) -> Path:
    """The lock file of the index at `db` (beside it, in the data directory)."""
    return db.with_name(db.name + ".lock")


@contextlib.contextmanager
def indexing(db: Path, *, on_wait: Callable[[str], None], limit_s: float | None = None) -> Iterator[bool]:
    """Hold the exclusive indexing lock of `db` for the body; yields True if it had to wait.

    `on_wait` gets `WAIT_MESSAGE` once, when another process holds the lock.
    When the lock file cannot be created (a read-only data directory) the body
    runs without it: opening the index there fails too, and the caller falls
    back to an index in memory, which needs no lock.

    Raises:
        LockTimeout: the lock stayed taken for `limit_s` (default `WAIT_LIMIT_S`).
    """
    try:
        fd = os.open(lock_path(db), os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError:
        yield False
        return
    try:
        waited = _acquire(fd, on_wait, WAIT_LIMIT_S if limit_s is None else limit_s)
        yield waited
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _acquire(fd: int, on_wait: Callable[[str], None], limit_s: float) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        pass
    except OSError:  # no locking on this file system (some network mounts): index unlocked, as before
        return False
    on_wait(WAIT_MESSAGE)
    deadline = time.monotonic() + limit_s
    # Polled rather than a blocking flock: a blocking call could not time out, and a
    # stuck indexer (a hung network drive) must not hang every later run.
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise LockTimeout(f"another reader has been indexing for over {limit_s:g} s") from None
            time.sleep(_POLL_S)
