"""`reader --json`: one analysed article per line (JSON Lines), never the app.

A bad or crashing file gets a `reader.error/1` object in its place and the run
goes on; the exit status is 2 at the end if any input failed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from reader.cli.errors import EXIT_ERROR, EXIT_OK, error, internal
from reader.cli.inputs import load
from reader.cli.jsonl import json_line
from reader.load import LoadError
from reader.load.names import for_json, shown

if TYPE_CHECKING:
    from reader.core.entities.engine import EntityEngine


def run_json(paths: Sequence[str], *, max_mb: float, engine: EntityEngine | None, out: TextIO, err: TextIO) -> int:
    """Print one JSON line per input; a bad file gets an error object and exit 2 at the end."""
    from reader.core import read_article, to_dict

    status = EXIT_OK
    for path in paths:
        try:
            loaded = load(path, max_mb)
            article = read_article(loaded.text, source=loaded.source, engine=engine)
            out.write(json_line(to_dict(article)))
        except Exception as exc:  # a bad file, or a bug on one input: report it and keep going
            status = EXIT_ERROR
            message = str(exc) if isinstance(exc, LoadError) else internal(shown(path), exc)
            out.write(json_line({"schema": "reader.error/1", "path": for_json(path), "error": message}))
            error(message, err)
        out.flush()
    return status
