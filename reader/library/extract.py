"""One article file to what the index stores: metadata, counts and searchable passages.

Runs in worker processes when many files need indexing, so everything here is
a plain top-level function returning picklable values.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from reader.core import match
from reader.core.model import Article
from reader.loader import LoadError, load_bytes


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
    p = Path(path)
    try:
        st = p.stat()
        data = p.read_bytes()
    except OSError as exc:
        return Record(path, 0, 0, "", error=f"cannot read it ({exc.strerror or exc})")
    sha = hashlib.sha256(data).hexdigest()
    if sha == known_sha:
        return Record(path, st.st_size, st.st_mtime_ns, sha)
    try:
        loaded = load_bytes(data, path=path, max_mb=max_mb)
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
    from reader.core.search import passages

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
