"""`reader --find QUERY PATH...`: grep-style quote search across a library of articles.

Kept free of Textual and Rich so the command starts fast; colours are plain
ANSI, used only when the output is a terminal and NO_COLOR is unset.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from reader.cli.jsonl import json_line
from reader.core.search import fuzzy as match
from reader.core.text.clean import sanitize
from reader.library.catalog import Catalog
from reader.library.files import article_files
from reader.library.rows import Found
from reader.load.names import for_json, raw_b64, shown

EXIT_OK, EXIT_NO_HITS, EXIT_ERROR = 0, 1, 2

_RESET = "\x1b[0m"
_STYLE = {
    "path": "\x1b[35m",
    "line": "\x1b[32m",
    "sep": "\x1b[36m",
    "match": "\x1b[1;31m",
    "speaker": "\x1b[1;36m",
    "score": "\x1b[2m",
    "delete": "\x1b[9;31m",
    "insert": "\x1b[1;32m",
}


def use_colour(stream: TextIO) -> bool:
    """Colour only on a terminal, and never with NO_COLOR set (https://no-color.org)."""
    return not os.environ.get("NO_COLOR") and stream.isatty()


def run_find(
    query: str,
    paths: Sequence[str],
    *,
    limit: int,
    quotes_only: bool,
    as_json: bool,
    max_mb: float,
    out: TextIO,
    err: TextIO,
) -> int:
    """Run one search and print it; returns 0 with hits, 1 with none, 2 on error."""
    if not match.words(query):
        return _error('the query has no words to look for; try: reader --find "right decision" FOLDER', err)
    for p in paths:
        if p == "-":
            return _error("--find searches files and folders, not standard input", err)
        if not Path(p).exists():
            return _error(f"{shown(p)}: no such file or folder; check the path", err)
    files = article_files(paths)
    if not files:
        print(f"reader: no .txt or .md articles under {' '.join(shown(p) for p in paths)}", file=err)
        return EXIT_NO_HITS

    def notice(message: str) -> None:
        _clear_progress(err)
        print(f"reader: {message}", file=err)

    if err.isatty():  # at once: opening and checking a large library takes seconds before the first batch
        err.write(f"\rchecking the index of {len(files)} files…")
        err.flush()
    catalog = Catalog(paths, max_mb=max_mb, files=files)
    try:
        catalog.refresh(notice=notice, progress=_progress(err) if err.isatty() else None)
        hits = catalog.search(query, limit=limit, quotes_only=quotes_only, notice=notice)
    finally:
        catalog.close()
    _clear_progress(err)
    colour = use_colour(out)
    for hit in hits:
        diff = match.word_diff(query, hit.text[hit.start : hit.end]) if quotes_only else None
        if diff is not None and match.is_verbatim(diff):
            diff = None
        out.write(_json(hit, diff) if as_json else _line(hit, diff, colour))
    out.flush()
    return EXIT_OK if hits else EXIT_NO_HITS


def _error(message: str, err: TextIO) -> int:
    print(f"reader: {message}", file=err)
    return EXIT_ERROR


def _json(hit: Found, diff: list[match.DiffPart] | None) -> str:
    obj: dict[str, object] = {
        "path": for_json(hit.path),
        "line": hit.line,
        "score": round(hit.score),
        "text": hit.text,
        "match": [hit.start, hit.end],
        "speaker": hit.speaker,
        "title": hit.title,
        "kind": hit.kind,
    }
    raw = raw_b64(hit.path)
    if raw is not None:  # a name that is not UTF-8: "path" is escaped for reading, these are its bytes
        obj["path_bytes"] = raw
    if diff is not None:
        obj["diff"] = [{"op": p.op, "text": p.text} for p in diff]
    return json_line(obj)


def _paint(text: str, style: str, colour: bool) -> str:
    return f"{_STYLE[style]}{text}{_RESET}" if colour else text


def _line(hit: Found, diff: list[match.DiffPart] | None, colour: bool) -> str:
    text = sanitize(hit.text.replace("\n", " "))
    body = text[: hit.start] + _paint(text[hit.start : hit.end], "match", colour) + text[hit.end :]
    if hit.kind == "quote":
        body = f"\u201c{body}\u201d"
    head = _paint(shown(hit.path), "path", colour) + _paint(":", "sep", colour) + _paint(str(hit.line), "line", colour)
    tail = f" \u2014 {_paint(sanitize(hit.speaker), 'speaker', colour)}" if hit.speaker else ""
    line = f"{head}{_paint(':', 'sep', colour)} {body}{tail} {_paint(f'[{round(hit.score)}]', 'score', colour)}\n"
    if diff:
        line += "    diff: " + " ".join(_diff_part(p, colour) for p in diff) + "\n"
    return line


def _diff_part(part: match.DiffPart, colour: bool) -> str:
    text = sanitize(part.text)
    if part.op == "equal":
        return text
    if colour:
        return _paint(text, part.op, True)
    return f"[-{text}-]" if part.op == "delete" else f"{{+{text}+}}"


def _progress(err: TextIO) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        if done == total or done % 25 == 0:
            err.write(f"\rindexing {done}/{total}")
            err.flush()

    return show


def _clear_progress(err: TextIO) -> None:
    if err.isatty():
        err.write("\r\x1b[K")
        err.flush()
