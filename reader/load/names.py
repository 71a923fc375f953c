"""File names that are not valid UTF-8, and names that would upset a terminal.

POSIX names are bytes. Python hands a name that is not valid UTF-8 (a byte
such as 0x9b from an old archive or a USB stick) back as a `str` holding lone
surrogates ("surrogateescape"), which opens the file fine but cannot be
encoded to UTF-8: printing it, writing it to JSON or binding it in SQLite
raises. Three views of such a name keep every layer working:

* the real `str` (with surrogates), to open the file;
* `shown(name)`, valid UTF-8 text with the odd bytes and control characters
  escaped as ``\\x9b``, for messages and terminal lines (`for_json` in JSON:
  exact unless it is not UTF-8);
* `to_key(name)` / `from_key(key)`, a reversible, SQLite-safe key for the index.
"""

from __future__ import annotations

import base64
import os
import re

_SURROGATE = re.compile("[\udc80-\udcff]")
_ESCAPED = re.compile("\x00([0-9a-f]{2})")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def is_odd(name: str) -> bool:
    """True when `name` came from bytes that are not valid UTF-8."""
    return _SURROGATE.search(name) is not None


def shown(name: str | os.PathLike[str]) -> str:
    """A file name as valid UTF-8 text, safe on a terminal: odd bytes and control characters escaped.

    One-way (for people to read): a file is always opened by its real name.
    """
    text = os.fspath(name)
    if is_odd(text):
        text = os.fsencode(text).decode("utf-8", "backslashreplace")
    return _UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def for_json(name: str | os.PathLike[str]) -> str:
    """A file name for JSON output: exact when valid UTF-8 (JSON escapes control characters itself), else `shown`."""
    text = os.fspath(name)
    return shown(text) if is_odd(text) else text


def raw_b64(name: str) -> str | None:
    """The name's exact bytes in base64 when it is not valid UTF-8 (for JSON consumers); else None."""
    return base64.b64encode(os.fsencode(name)).decode("ascii") if is_odd(name) else None


def to_key(path: str) -> str:
    """An index key for `path`: the path itself, unless it is not valid UTF-8.

    Each odd byte becomes NUL plus two hex digits. No real path contains NUL,
    so the key is unambiguous and `from_key` restores the path exactly, and the
    folder prefix is kept, so "is this under a searched folder" still works.
    """
    if not is_odd(path):
        return path
    return _SURROGATE.sub(lambda m: f"\x00{ord(m.group()) - 0xDC00:02x}", path)


def from_key(key: str) -> str:
    """The real path behind an index key made by `to_key`."""
    if "\x00" not in key:
        return key
    return _ESCAPED.sub(lambda m: chr(0xDC00 + int(m.group(1), 16)), key)
