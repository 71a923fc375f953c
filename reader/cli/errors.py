"""How the command reports trouble: one `reader: ...` line on stderr and exit status 2, never a traceback.

Every message goes through the sanitiser, so a hostile file name cannot put
escape sequences on the user's terminal.
"""

from __future__ import annotations

from typing import TextIO

from reader.core.text import sanitize

EXIT_OK, EXIT_NO_HITS, EXIT_ERROR = 0, 1, 2


def error(message: str, err: TextIO) -> int:
    # one line, and no escape sequences from a hostile file name reach the terminal
    print("reader: " + " ".join(sanitize(message).split("\n")), file=err)
    return EXIT_ERROR


def one_line(exc: BaseException) -> str:
    """An exception as one short line, for messages that must stay on one line."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]


def internal(path: str, exc: Exception) -> str:
    return f"{path}: internal error ({type(exc).__name__}: {one_line(exc)}); please report it with the file"
