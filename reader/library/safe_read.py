"""Reading one file of a library folder without ever blocking or reading too much.

A folder walk meets whatever is there: a FIFO (opening it for reading waits
for a writer forever), a device (/dev/zero never ends), a 200 MB log someone
renamed to .txt. Only regular files are read, the size is checked on the open
file before a single byte is read, and the read stops one byte past the limit
in case the file grows meanwhile.
"""

from __future__ import annotations

import os
import stat

from reader.load import LoadError

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)


def read_regular(path: str, max_mb: float) -> tuple[os.stat_result, bytes]:
    """(stat, bytes) of the regular file at `path`, at most `max_mb` megabytes.

    Raises:
        LoadError: not a regular file, or over the size limit (the message, "it is ...", says what to do).
        OSError: the file cannot be opened or read.
    """
    limit = int(max_mb * 1024 * 1024)
    # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting forever.
    fd = os.open(path, _FLAGS)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise LoadError(f"it is {_kind(st.st_mode)}, not an article file")
        if st.st_size > limit:
            raise LoadError(_too_big(st.st_size, max_mb))
        chunks: list[bytes] = []
        got = 0
        while got <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if got > limit:  # it grew while being read
            raise LoadError(_too_big(got, max_mb))
        return st, b"".join(chunks)
    finally:
        os.close(fd)


def _too_big(size: int, max_mb: float) -> str:
    return (
        f"it is {size / 1048576:.1f} MB, over the {max_mb:g} MB limit; "
        f"pass --max-size {int(size / 1048576) + 1} to search it anyway"
    )


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"
