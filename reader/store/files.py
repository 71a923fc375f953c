"""The app's own small files (state, settings, caches): written whole or not at all, and a bad one never stops reading.

A state file can be damaged by a disk error, a sync tool, a half-restored
backup or a person with an editor: bytes that are not UTF-8, JSON nested so
deep that the parser runs out of stack (RecursionError), a list where an
object belongs, a FIFO or a huge file in its place. Each of these is a file
that cannot be read, and every one is handled the same way: the file is
renamed `<name>.corrupt` (kept, never deleted, and out of the way so the
problem is met once, not on every open), the caller is told once through
`notice`, and reading goes on without it.

Writing is the other half: `write_atomically` puts a whole new file in place
or leaves the old one, so a crash, a kill or a full disk never leaves half a file.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

MAX_BYTES = 1 << 20
"""No state or cache file of ours comes near this; a bigger one is not ours to parse."""
CORRUPT_SUFFIX = ".corrupt"
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)

Notice = Callable[[str], None]


def write_atomically(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace `path` with `data` in one step: a temporary file beside it, flushed, then renamed over it.

    `durable` also syncs the file to the disk before the rename (state and settings: a power cut then leaves the old
    file or the new one, never an empty one); caches skip it, since a lost entry is only rebuilt.

    Raises:
        OSError: the folder cannot be made or written (read-only, full); the old file, if any, is left as it was.
    """
    import tempfile  # only when writing: reading needs none of it

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


CACHE_BYTES = 256 << 20
"""What each page cache (extracted text, parsed pages) may take on disk before its least recently used entries go."""


def touch(path: Path) -> None:
    """Mark a cache entry as just used, so pruning keeps it; errors ignored (a read-only cache still reads)."""
    with contextlib.suppress(OSError):
        os.utime(path)


def prune(folder: Path, *, keep_bytes: int | None = None, suffix: str = "") -> int:
    """Delete the least recently used files of a cache folder until it takes at most `keep_bytes`; how many went.

    A cache that is only ever added to fills the disk of a user who reads
    many pages over the years; its entries are rebuilt on demand, so the
    oldest can always go. Entries being written (`.tmp-*`) are left alone, as
    are files that vanish or cannot be removed meanwhile. `keep_bytes` is
    `CACHE_BYTES` unless given.
    """
    cap = CACHE_BYTES if keep_bytes is None else keep_bytes
    entries: list[tuple[float, int, str]] = []
    total = 0
    try:
        with os.scandir(folder) as it:
            for e in it:
                if e.name.startswith(".tmp-") or not e.name.endswith(suffix):
                    continue
                with contextlib.suppress(OSError):
                    st = e.stat(follow_symlinks=False)
                    if stat.S_ISREG(st.st_mode):
                        entries.append((st.st_mtime, st.st_size, e.path))
                        total += st.st_size
    except OSError:
        return 0
    removed = 0
    for _mtime, size, path in sorted(entries):
        if total <= cap:
            break
        with contextlib.suppress(OSError):
            os.unlink(path)
            total -= size
            removed += 1
    return removed


class Unreadable(ValueError):
    """The file exists but is not usable JSON; str() says why, in a few words."""


def load_json(path: Path) -> object | None:
    """The parsed contents of the JSON file at `path`, or None when there is no such file.

    Raises:
        Unreadable: the contents cannot be used (not a regular file, too big,
            not UTF-8, not JSON, nested too deep).
        OSError: the file could not be read (permissions, I/O error): the file
            may be fine, so it is not set aside.
    """
    try:
        # O_NONBLOCK: a FIFO in the file's place must not hang the app.
        fd = os.open(path, _FLAGS)
    except FileNotFoundError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise Unreadable("not a regular file")
        if st.st_size > MAX_BYTES:
            raise Unreadable(f"{st.st_size} bytes, too big to be ours")
        raw = _read_all(fd)
    finally:
        os.close(fd)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Unreadable("not UTF-8 text") from None
    try:
        data: object = json.loads(text)
    except RecursionError:
        raise Unreadable("JSON nested too deep") from None
    except ValueError as exc:
        raise Unreadable(f"not valid JSON: {str(exc).splitlines()[0]}") from None
    return data


def set_aside(path: Path) -> Path | None:
    """Rename a damaged file to `<name>.corrupt` (replacing an older one); None if that failed."""
    target = path.with_name(path.name + CORRUPT_SUFFIX)
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target


def read_or_set_aside(
    path: Path, notice: Notice, *, what: str, check: Callable[[object], object] | None = None
) -> object | None:
    """`load_json(path)`, then `check` on the result; on a damaged file, set it aside and return None.

    Args:
        path: the file to read.
        notice: told once per damaged file, in one line that says what happened.
        what: the file's role in that line ("saved state", "cache").
        check: raises ValueError or TypeError if the data has the wrong shape;
            its return value is returned.
    """
    try:
        data = load_json(path)
        if data is None:
            return None
        return check(data) if check is not None else data
    except (Unreadable, ValueError, TypeError, RecursionError) as exc:
        reason = str(exc) or type(exc).__name__
        moved = set_aside(path)
        where = f"set aside as {moved.name}" if moved is not None else "left in place (it could not be renamed)"
        notice(f"{what} {path.name} could not be read ({reason}); {where}, and reading goes on without it")
        return None


def _read_all(fd: int) -> bytes:
    chunks: list[bytes] = []
    got = 0
    while got <= MAX_BYTES:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    if got > MAX_BYTES:
        raise Unreadable("too big to be ours")
    return b"".join(chunks)
