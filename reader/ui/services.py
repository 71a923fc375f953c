"""What the app is handed from outside: the library, a way to open an article, the clipboard.

`reader.ui` never reads files or imports the loader (an import-linter contract
says so). The CLI builds these from `reader.library` and `reader.load` and
passes them in; tests pass fakes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from reader.core.model import Article
from reader.library.rows import ArticleRow, Found
from reader.store.clipboard import Copied

Notice = Callable[[str], None]
Progress = Callable[[int, int], None]

ArticleOpener = Callable[[Path], Article]
"""Load and parse the article at a path (not analysed). Runs in a worker thread;
raises an exception whose text is the message to show when the file cannot be read."""


class Clipboard(Protocol):
    """Where `y` copies a citation (`reader.store.clipboard.Clipboard` implements it).

    `copy` runs in a worker thread (it may run a copy command); the app sends
    the text by OSC 52 when the result asks for it and shows its message.
    """

    def copy(self, text: str) -> Copied:
        """Copy `text` (and keep it in the citation file); say what happened."""
        ...


class Library(Protocol):
    """The articles of a folder and their index (`reader.library.catalog.Catalog` implements it)."""

    paths: list[str]

    @property
    def in_memory(self) -> bool:
        """True when the index file could not be used and the library is indexed in memory."""
        ...

    def refresh(self, *, notice: Notice, progress: Progress | None = None) -> None:
        """Bring the index up to date with the files."""
        ...

    def articles(self, *, notice: Notice) -> list[ArticleRow]:
        """Every readable article, for the table."""
        ...

    def search(
        self, query: str, *, limit: int, notice: Notice, quotes_only: bool = False, typing: bool = False
    ) -> Sequence[Found]:
        """The best passages for `query` across the library."""
        ...

    def close(self) -> None:
        """Release the index."""
        ...
