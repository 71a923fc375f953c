"""One article file to what the index stores: metadata, counts and searchable passages.

Runs in worker processes when many files need indexing, so everything here is
a plain top-level function returning picklable values.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from reader.core.model import Article
from reader.core.search import fuzzy as match
from reader.library.safe_read import read_regular
from reader.load import LoadError, load_bytes
from reader.load.names import shown


@dataclass(frozen=True, slots=True)
class PassageRow:
    """A passage as stored: kind, block id, 1-based input line, offsets in the block, speaker, text."""

    kind: str
    block: str
    line: int
    start: int
    end: int
    speaker: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Record:
    """Everything the index keeps about one file; `passages` is None when only the file's stat changed."""

    path: str
    size: int
    mtime_ns: int
    sha256: str
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    entities: int = 0
    quotes: int = 0
    corrections: int = 0
    passages: tuple[PassageRow, ...] | None = None
    error: str | None = None


def read_record(path: str, max_mb: float, known_sha: str | None) -> Record:
    """Read, hash and (when new or changed) parse and analyse one file; errors become `Record.error`."""
    try:
        st, data = read_regular(path, max_mb)
    except OSError as exc:
        return Record(path, 0, 0, "", error=f"cannot read it ({exc.strerror or exc})")
    except LoadError as exc:
        return Record(path, 0, 0, "", error=str(exc))
    sha = hashlib.sha256(data).hexdigest()
    if sha == known_sha:
        return Record(path, st.st_size, st.st_mtime_ns, sha)
    try:
        loaded = load_bytes(data, path=shown(path), max_mb=max_mb)
    except LoadError as exc:
        return Record(path, st.st_size, st.st_mtime_ns, sha, error=str(exc))
    from reader.core import read_article

    article = read_article(loaded.text, source=loaded.source)
    meta = article.meta
    return Record(
        path,
        st.st_size,
        st.st_mtime_ns,
        sha,
        meta.title,
        meta.published or meta.updated,
        meta.publisher,
        len(article.entities),
        len(article.quotes),
        len(article.corrections),
        tuple(passage_rows(article, loaded.text)),
    )


def passage_rows(article: Article, text: str) -> list[PassageRow]:
    """Sentences and quotes of an analysed article, each with the input line where it starts."""
    from reader.core.search.passages import passages

    lines = text.split("\n")
    rows: list[PassageRow] = []
    for p in [*passages(article), *passages(article, quotes=True)]:
        block = article.block(p.block)
        line = _line_of(block.text, p.start, block.lines, lines)
        rows.append(PassageRow(p.kind, p.block, line, p.start, p.end, p.speaker, p.text))
    return rows


def _line_of(block_text: str, offset: int, span: tuple[int, int], lines: list[str]) -> int:
    """The input line holding `offset` of a block read from lines span[0]..span[1].

    Counted in words, not characters, so it survives the parser joining lines
    and dropping Markdown markup.
    """
    first, last = span
    if last <= first or first < 1:
        return max(first, 1)
    before = len(match.words(block_text[:offset]))
    seen = 0
    for n in range(first, min(last, len(lines)) + 1):
        seen += len(match.words(lines[n - 1]))
        if seen > before:
            return n
    return last


def read_records(todo: list[tuple[str, str | None]], max_mb: float, pool_min: int) -> Iterator[Record]:
    """Read every file, in worker processes when there are many.

    A pool that cannot start (inside Textual, stderr has no file descriptor
    for multiprocessing's resource tracker) or that breaks falls back to
    reading the rest here: slower, never wrong.
    """
    done: set[str] = set()
    if len(todo) >= pool_min:
        # Imported here: a warm `reader --find` never needs a pool, and start-up time counts.
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool
        from multiprocessing import get_context

        try:
            pool = ProcessPoolExecutor(max_workers=max(1, min(os.cpu_count() or 1, 8)), mp_context=get_context("spawn"))
        except (OSError, ValueError):
            pool = None
        if pool is not None:
            try:
                with pool:
                    paths, shas = [p for p, _ in todo], [s for _, s in todo]
                    for rec in pool.map(read_record, paths, [max_mb] * len(todo), shas, chunksize=8):
                        done.add(rec.path)
                        yield rec
            except (BrokenProcessPool, OSError, ValueError):
                pass
    for path, sha in todo:
        if path not in done:
            yield read_record(path, max_mb, sha)


def batches(items: Iterable[Record], size: int) -> Iterator[list[Record]]:
    """Group records for one write transaction each."""
    batch: list[Record] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def counted(records: Iterable[Record], total: int, progress: Callable[[int, int], None] | None) -> Iterator[Record]:
    """Pass records through, reporting (done, total) after each."""
    for done, rec in enumerate(records, 1):
        if progress:
            progress(done, total)
        yield rec
