"""The library index: an SQLite database of article passages with FTS5 for candidate retrieval.

Built on first use and updated incrementally: a file whose size and mtime are
unchanged is not opened; a changed one is hashed and re-read only when its
bytes differ; files gone from a searched folder leave the index. WAL mode, a
busy timeout and short write transactions let several `reader` processes share
it. Stored passages carry block ids, so the app can open an article at a hit;
the index is rebuilt whenever the parsing code changes (`pipeline_key`), so
those ids always match what the app's parser produces.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.core import match
from reader.library.extract import Record, batches, counted, read_record, read_records
from reader.library.query import Found, search_passages

SCHEMA_VERSION = 1
BUSY_TIMEOUT_S = 10.0
BATCH = 64
"""Files written per transaction: short enough that a concurrent run is never kept waiting long."""
POOL_MIN = 24
"""From this many files to (re)index, parse and analyse them in worker processes."""
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS articles("
    " id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,"
    " sha256 TEXT NOT NULL, title TEXT, published TEXT, publisher TEXT, entities INTEGER NOT NULL DEFAULT 0,"
    " quotes INTEGER NOT NULL DEFAULT 0, corrections INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS passages("
    " id INTEGER PRIMARY KEY, article INTEGER NOT NULL, kind TEXT NOT NULL, block TEXT NOT NULL,"
    ' line INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, speaker TEXT, text TEXT NOT NULL)',
    "CREATE INDEX IF NOT EXISTS passages_by_article ON passages(article)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5("
    " text, kind, content='passages', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS passages_ai AFTER INSERT ON passages BEGIN"
    " INSERT INTO passages_fts(rowid, text, kind) VALUES (new.id, new.text, new.kind); END",
    "CREATE TRIGGER IF NOT EXISTS passages_ad AFTER DELETE ON passages BEGIN"
    " INSERT INTO passages_fts(passages_fts, rowid, text, kind) VALUES ('delete', old.id, old.text, old.kind); END",
    "CREATE VIRTUAL TABLE IF NOT EXISTS passages_vocab USING fts5vocab(passages_fts, 'row')",
    # A plain copy of the vocabulary: a B-tree range scan per first letter is far cheaper than
    # fts5vocab, which reads every posting list. Stale words are harmless (they match nothing).
    "CREATE TABLE IF NOT EXISTS terms(term TEXT PRIMARY KEY) WITHOUT ROWID",
)


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What the library screen lists about one article."""

    path: str
    title: str | None
    published: str | None
    publisher: str | None
    entities: int
    quotes: int
    corrections: int


Notice = Callable[[str], None]
Progress = Callable[[int, int], None]


def pipeline_key() -> str:
    """A fingerprint of the code that turns a file into passages.

    Stored passages (block ids, offsets, quotes) are only valid for the loader,
    parser and analysis that made them, so any change to them rebuilds the
    index. Stat-based: a few microseconds per module.
    """
    from reader import __version__

    package = Path(match.__file__).parent.parent
    sources = [package / "loader.py", package / "library" / "extract.py", *sorted((package / "load").glob("*.py"))]
    sources += sorted(p for p in (package / "core").rglob("*") if p.suffix in (".py", ".json", ".txt", ".tsv"))
    h = hashlib.sha256(f"{SCHEMA_VERSION}:{__version__}".encode())
    for p in sources:
        st = p.stat()
        h.update(f"{p.relative_to(package)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


class LibraryIndex:
    """A connection to one index (on disk or in memory) with update and search.

    Every public method may raise `sqlite3.DatabaseError` (corrupt, locked,
    read-only); callers fall back to `LibraryIndex.memory()`.
    """

    def __init__(self, conn: sqlite3.Connection, *, location: str) -> None:
        self.conn = conn
        self.location = location
        self._vocab: dict[str, list[str]] = {}

    @classmethod
    def open(cls, path: Path) -> LibraryIndex:
        """Open (creating if needed) the index file at `path`."""
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            index = cls(conn, location=str(path))
            index._prepare()
        except BaseException:
            conn.close()
            raise
        return index

    @classmethod
    def memory(cls) -> LibraryIndex:
        """A throw-away index for when the real one cannot be used."""
        index = cls(sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False), location=":memory:")
        index._prepare()
        return index

    def close(self) -> None:
        """Close the connection (the index stays on disk)."""
        self.conn.close()

    def _prepare(self) -> None:
        key = pipeline_key()
        found = (
            self.conn.execute("SELECT value FROM meta WHERE key = 'pipeline'").fetchone() if self._has_meta() else None
        )
        if found and found[0] == key:
            return
        with self._write():
            for statement in _SCHEMA:
                self.conn.execute(statement)
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'pipeline'").fetchone()
            if not row or row[0] != key:  # re-checked under the write lock: another run may have done it
                self.conn.execute("DELETE FROM passages")
                self.conn.execute("DELETE FROM articles")
                self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('pipeline', ?)", (key,))

    def _has_meta(self) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is not None

    def _write(self) -> _Transaction:
        return _Transaction(self.conn)

    # -- updating -------------------------------------------------------------------------------

    def update(
        self,
        files: Sequence[str],
        *,
        roots: Iterable[Path] = (),
        max_mb: float = 64,
        notice: Notice | None = None,
        progress: Progress | None = None,
    ) -> dict[str, int]:
        """Bring the index up to date for `files`; return {absolute path: article id} of the readable ones.

        Files in the index under one of `roots` (the folders searched) that
        are no longer among `files` are removed. Unreadable files are skipped
        with a notice.
        """
        say = notice or (lambda _msg: None)
        known = {
            row[0]: (row[1], row[2], row[3], row[4])
            for row in self.conn.execute("SELECT path, id, size, mtime_ns, sha256 FROM articles")
        }
        ids: dict[str, int] = {}
        todo: list[tuple[str, str | None]] = []
        for f in files:
            key = os.path.abspath(f)
            try:
                st = os.stat(key)
            except OSError as exc:
                say(f"skipped {f}: cannot read it ({exc.strerror or exc})")
                continue
            row = known.get(key)
            if row and row[1] == st.st_size and row[2] == st.st_mtime_ns:
                ids[key] = row[0]
            else:
                todo.append((key, row[3] if row else None))
        self._remove_missing(known, set(ids) | {k for k, _ in todo}, roots)
        if todo:
            self._vocab.clear()
            for batch in batches(self._read_all(todo, max_mb, progress), BATCH):
                with self._write():
                    for rec in batch:
                        if rec.error:
                            say(f"skipped {rec.path}: {rec.error}")
                            self.conn.execute(
                                "DELETE FROM passages WHERE article IN (SELECT id FROM articles WHERE path = ?)",
                                (rec.path,),
                            )
                            self.conn.execute("DELETE FROM articles WHERE path = ?", (rec.path,))
                        else:
                            ids[rec.path] = self._store(rec, max_mb)
            with self._write():
                self.conn.execute("INSERT OR IGNORE INTO terms(term) SELECT term FROM passages_vocab")
        return ids

    def _read_all(
        self, todo: list[tuple[str, str | None]], max_mb: float, progress: Progress | None
    ) -> Iterator[Record]:
        return counted(read_records(todo, max_mb, POOL_MIN), len(todo), progress)

    def _remove_missing(
        self, known: dict[str, tuple[int, int, int, str]], present: set[str], roots: Iterable[Path]
    ) -> None:
        # Under a searched folder, a file not found by the walk is gone; elsewhere, ask the file system.
        prefixes = tuple(os.path.join(os.path.abspath(r), "") for r in roots)
        gone = [
            row[0]
            for path, row in known.items()
            if path not in present and (path.startswith(prefixes) or not os.path.exists(path))
        ]
        if gone:
            with self._write():
                self.conn.executemany("DELETE FROM passages WHERE article = ?", [(i,) for i in gone])
                self.conn.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in gone])
            self._vocab.clear()

    def _store(self, rec: Record, max_mb: float) -> int:
        row = self.conn.execute("SELECT id FROM articles WHERE path = ?", (rec.path,)).fetchone()
        if rec.passages is None and row:  # same bytes, new mtime
            self.conn.execute(
                "UPDATE articles SET size = ?, mtime_ns = ? WHERE id = ?", (rec.size, rec.mtime_ns, row[0])
            )
            return int(row[0])
        if rec.passages is None:  # another run removed the row meanwhile: read it in full after all
            full = read_record(rec.path, max_mb, None)
            rec = full if full.error is None else rec
        if row:
            self.conn.execute("DELETE FROM passages WHERE article = ?", (row[0],))
            self.conn.execute("DELETE FROM articles WHERE id = ?", (row[0],))
        cur = self.conn.execute(
            "INSERT INTO articles(path, size, mtime_ns, sha256, title, published, publisher, entities, quotes, "
            "corrections) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                rec.path,
                rec.size,
                rec.mtime_ns,
                rec.sha256,
                rec.title,
                rec.published,
                rec.publisher,
                rec.entities,
                rec.quotes,
                rec.corrections,
            ),
        )
        article = int(cur.lastrowid or 0)
        self.conn.executemany(
            'INSERT INTO passages(article, kind, block, line, start, "end", speaker, text) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(article, p.kind, p.block, p.line, p.start, p.end, p.speaker, p.text) for p in rec.passages or ()],
        )
        return article

    # -- reading --------------------------------------------------------------------------------

    def articles(self, ids: Collection[int]) -> list[ArticleRow]:
        """Rows for the library screen, in path order."""
        wanted = set(ids)
        rows = self.conn.execute(
            "SELECT id, path, title, published, publisher, entities, quotes, corrections FROM articles ORDER BY path"
        )
        return [ArticleRow(*row[1:]) for row in rows if row[0] in wanted]

    def vocab(self, initial: str) -> list[str]:
        """Indexed words starting with `initial`, sorted: where a token's typos are looked for.

        Typos in a word's first letter are rare; reading one letter's words
        keeps a query fast however large the library grows.
        """
        if initial not in self._vocab:
            upper = initial[:-1] + chr(ord(initial[-1]) + 1)
            rows = self.conn.execute(
                "SELECT term FROM terms WHERE term >= ? AND term < ? ORDER BY term", (initial, upper)
            )
            self._vocab[initial] = [row[0] for row in rows]
        return self._vocab[initial]

    def search(
        self, query: str, ids: Collection[int], *, limit: int = 10, quotes_only: bool = False, typing: bool = False
    ) -> list[Found]:
        """The best passages of the articles `ids` for a half-remembered query, best first (see `query.search`)."""
        return search_passages(self.conn, self.vocab, query, ids, limit=limit, quotes_only=quotes_only, typing=typing)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT: take the write lock up front so WAL readers never deadlock on upgrade."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        self.conn.execute("COMMIT" if kind is None else "ROLLBACK")
