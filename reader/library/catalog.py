"""An open library: the files named by some PATH arguments, kept in step with the index.

`reader --find` and the app's library screens both go through `Catalog`, so
they list, rank and fall back the same way. When the index on disk cannot be
used (locked, read-only, unwritable data dir) the catalog says so once
through `notice` and carries on with an in-memory index; a damaged one is set
aside and rebuilt (`recover.py`). Indexing runs under the indexing lock
(`lock.py`), so concurrent runs share one complete index.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from reader.library.files import article_files
from reader.library.index import LibraryIndex, Notice, Progress
from reader.library.lock import indexing
from reader.library.recover import advice, identity, is_damage, set_aside
from reader.library.rows import ArticleRow, Found
from reader.load.names import from_key, shown, to_key
from reader.store.paths import index_path

_UNUSABLE = (sqlite3.DatabaseError, OSError)
T = TypeVar("T")


class Catalog:
    """The articles under `paths` and their index; thread-safe (one operation at a time)."""

    def __init__(self, paths: Sequence[str | Path], *, max_mb: float = 64, files: Sequence[str] | None = None) -> None:
        self.paths = [os.fspath(p) for p in paths]
        self.max_mb = max_mb
        self.files = list(files) if files is not None else article_files(self.paths)
        self.shown = {to_key(os.path.abspath(f)): f for f in self.files}
        """Index key (the absolute path, `to_key`) to the path as the user spelt it."""
        self.ids: dict[str, int] = {}
        self._index: LibraryIndex | None = None
        self._lock = threading.Lock()
        self._seen: tuple[int, int] | None = None
        """Identity of the index file when it was opened: only that file may be set aside as damaged."""
        self._rebuilt = False
        self._version = 0

    @property
    def in_memory(self) -> bool:
        """True once the on-disk index was found unusable."""
        return self._index is not None and self._index.location == ":memory:"

    def refresh(self, *, notice: Notice, progress: Progress | None = None) -> None:
        """Open the index (or fall back to memory) and bring it up to date with the files."""
        with self._lock:
            self._guarded(lambda index: None, notice, progress)

    def articles(self, *, notice: Notice) -> list[ArticleRow]:
        """Every readable article, for the library screen (paths as the index keys them)."""
        with self._lock:
            return self._guarded(lambda index: index.articles(self.ids.values()), notice, None)

    def search(
        self, query: str, *, limit: int, notice: Notice, quotes_only: bool = False, typing: bool = False
    ) -> list[Found]:
        """Best passages for `query`; `Found.path` is given back as the user spelt it."""
        with self._lock:
            hits = self._guarded(
                lambda index: index.search(
                    query, self.ids.values(), limit=limit, quotes_only=quotes_only, typing=typing
                ),
                notice,
                None,
            )
        return [replace(h, path=self.shown.get(h.path) or from_key(h.path)) for h in hits]

    def close(self) -> None:
        """Close the index connection."""
        with self._lock:
            if self._index is not None:
                self._index.close()
                self._index = None

    def _guarded(self, run: Callable[[LibraryIndex], T], notice: Notice, progress: Progress | None) -> T:
        try:
            return self._on_disk(run, notice, progress)
        except _UNUSABLE as exc:
            if self.in_memory:
                raise
            if is_damage(exc) and not self._rebuilt:
                self._rebuilt = True
                try:
                    self._set_aside(exc, notice)
                    return self._on_disk(run, notice, progress)
                except _UNUSABLE as again:
                    exc = again
            where = shown(index_path())
            notice(
                f"the library index {where} cannot be used ({_reason(exc)}); searching in memory this time "
                f"({advice(exc)})"
            )
            if self._index is not None:
                self._index.close()
            self._index = LibraryIndex.memory()
            self._update(self._index, notice, progress)
            return run(self._index)

    def _on_disk(self, run: Callable[[LibraryIndex], T], notice: Notice, progress: Progress | None) -> T:
        if self._index is None:
            self._seen = identity(index_path())
            self._index = LibraryIndex.open(index_path())
            self._update(self._index, notice, progress)
        elif self._index.location != ":memory:" and _data_version(self._index) != self._version:
            # Another process wrote since: ids of files it re-indexed have changed; take them again.
            self._update(self._index, notice, progress)
        return run(self._index)

    def _set_aside(self, exc: BaseException, notice: Notice) -> None:
        """Rename the damaged index out of the way (under the lock) so the next open builds a fresh one."""
        if self._index is not None:
            self._index.close()
            self._index = None
        db = index_path()
        with indexing(db, on_wait=notice):
            moved = set_aside(db, self._seen)
        if moved is not None:
            notice(f"the library index was damaged ({_reason(exc)}); set it aside as {shown(moved)} and rebuilt it")

    def _update(self, index: LibraryIndex, notice: Notice, progress: Progress | None) -> None:
        roots = [Path(p) for p in self.paths if os.path.isdir(p)]
        lock = None if index.location == ":memory:" else partial(indexing, Path(index.location), on_wait=notice)
        self.ids = index.update(
            self.files, roots=roots, max_mb=self.max_mb, notice=notice, progress=progress, lock=lock
        )
        self._version = _data_version(index)


def _data_version(index: LibraryIndex) -> int:
    """SQLite's counter of commits by other connections: unchanged means our ids are still valid."""
    return int(index.conn.execute("PRAGMA data_version").fetchone()[0])


def _reason(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0]
