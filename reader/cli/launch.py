"""Opening the app: one article, or the library of a folder, on a real terminal.

The article is loaded and parsed here, before Textual starts, so the first
frame already has text; the app itself never reads files (it is handed
`open_article` for the library, which runs in its workers).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reader.cli.errors import EXIT_OK, error
from reader.cli.inputs import load
from reader.load import load_path
from reader.load.names import shown

if TYPE_CHECKING:
    from reader.core.entities.engine import EntityEngine
    from reader.core.model import Article


def _reattach_tty() -> None:
    """After spooling stdin, read keys from the terminal instead."""
    fd = os.open("/dev/tty", os.O_RDONLY)
    os.dup2(fd, 0)
    os.close(fd)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 - lives as long as the process


NO_TERMINAL = (
    "the app needs a terminal (keys on standard input, the screen on standard error); "
    "use --json to print the article instead"
)


def _has_terminal() -> bool:
    """Textual reads keys from stdin and draws on stderr: without both it would hang or write escapes to a file.

    TEXTUAL_DRIVER (textual-serve, the web driver) brings its own terminal.
    """
    if os.environ.get("TEXTUAL_DRIVER"):
        return True
    streams = (sys.__stdin__, sys.__stderr__)
    return all(s is not None and s.isatty() for s in streams)


@contextlib.contextmanager
def _start_up() -> Iterator[None]:
    """Imports and parsing before the app's first paint, without the cyclic collector.

    Importing Textual and the app creates a few hundred thousand long-lived
    objects; the collector would walk them again and again while they are made
    (20-30 ms of start-up). They are frozen afterwards, so later collections
    skip them too, and the collector runs as usual once the app starts.
    """
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def run_app(args: argparse.Namespace, engine: EntityEngine | None, err: TextIO) -> int:
    """Open the reading app on one article (or the first of several files: `:n` / `:p`), or the library on a folder."""
    paths = list(args.paths)
    files = len(paths) > 1 and "-" not in paths and all(Path(p).is_file() for p in paths)
    if (len(paths) == 1 and not Path(paths[0]).is_dir()) or files:
        loaded = load(paths[0], args.max_size)
        if paths[0] == "-":
            try:
                _reattach_tty()
            except OSError:
                return error(
                    "standard input was read, but there is no terminal to show the app on; "
                    "use --json to print the article instead",
                    err,
                )
        if not _has_terminal():
            return error(NO_TERMINAL, err)
        with _start_up():
            from reader.core.parse import parse_article, parse_head
            from reader.store.state import Store
            from reader.ui.app import ReaderApp

            # Long texts: paint from a parse of the head; the app parses the whole in a worker.
            head = parse_head(loaded.text, source=loaded.source)
            article = head or parse_article(loaded.text, source=loaded.source)
            full_text = None if head is None else loaded.text
            app = ReaderApp(
                article,
                store=Store.default(),
                top=args.top,
                engine=engine,
                full_text=full_text,
                # Several files: the first is open, :n / :p load the others in the app's worker.
                files=[Path(p) for p in paths] if files else None,
                open_article=partial(open_article, max_mb=args.max_size) if files else None,
            )
        app.run()
        return EXIT_OK
    if "-" in paths:
        return error("- (standard input) can only be opened on its own", err)
    for p in paths:
        if not Path(p).exists():
            return error(f"{shown(p)}: no such file or folder; check the path", err)
    if not _has_terminal():
        return error(NO_TERMINAL, err)
    with _start_up():
        from reader.library.catalog import Catalog
        from reader.store.state import Store
        from reader.ui.app import ReaderApp

        catalog = Catalog(paths, max_mb=args.max_size)
        app = ReaderApp(
            None,
            library=catalog,
            open_article=partial(open_article, max_mb=args.max_size),
            store=Store.default(),
            top=args.top,
            engine=engine,
        )
    try:
        app.run()
    finally:
        catalog.close()
    return EXIT_OK


def open_article(path: Path, *, max_mb: float) -> Article:
    """What the library screens open: the file loaded and parsed (the app analyses it in a worker).

    Raises:
        LoadError: the file cannot be read; its message is shown in the app.
    """
    from reader.core.parse import parse_article

    loaded = load_path(path, max_mb=max_mb)
    return parse_article(loaded.text, source=loaded.source)
