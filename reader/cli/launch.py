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
import shutil
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from reader.cli.errors import EXIT_OK, error
from reader.cli.inputs import load
from reader.load import load_bytes, load_path
from reader.load.detect import page_kind
from reader.load.names import for_json, shown
from reader.store.clipboard import Clipboard

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


def clipboard(option: str | None) -> Clipboard:
    """Where `y` copies: --copy-command, else $READER_COPY_COMMAND, else OSC 52; always also the citation file.

    Raises:
        ValueError: the command cannot be split into words, or the option names no program on PATH
            (a command from the environment is only checked when used: it may be meant for another machine).
    """
    copier = Clipboard.from_environment(option)
    if option is not None and copier.command and shutil.which(copier.command[0]) is None:
        raise ValueError(f"--copy-command: {copier.command[0]}: no such program; check the spelling or the PATH")
    return copier


def _kept() -> dict[str, Any]:
    """What the app keeps across launches: the settings file (the theme) and where screenshots go."""
    from reader.store.paths import data_dir
    from reader.store.settings import Settings

    return {"settings": Settings.default(), "screenshot_dir": data_dir() / "screenshots"}


def run_app(args: argparse.Namespace, engine: EntityEngine | None, err: TextIO) -> int:
    """Open the reading app on one article (or the first of several files: `:n` / `:p`), or the library on a folder."""
    try:
        copier = clipboard(args.copy_command)
    except ValueError as exc:
        return error(str(exc), err)
    paths = list(args.paths)
    files = len(paths) > 1 and "-" not in paths and all(Path(p).is_file() for p in paths)
    if len(paths) == 1 and paths[0] != "-" and (page := _page_bytes(paths[0], args.max_size)) is not None:
        return _run_page_app(args, engine, err, page, for_json(paths[0]), shown(paths[0]), copier)
    data = b""
    if paths == ["-"]:
        data = sys.stdin.buffer.read(int(args.max_size * 1024 * 1024) + 1)
        if page_kind(None, data) is not None and len(data) <= args.max_size * 1024 * 1024:
            if (failed := _keys_from_terminal(err)) is not None:
                return failed
            return _run_page_app(args, engine, err, data, None, "standard input", copier)
    if (len(paths) == 1 and not Path(paths[0]).is_dir()) or files:
        loaded = load_bytes(data, path=None, max_mb=args.max_size) if paths[0] == "-" else load(paths[0], args.max_size)
        if paths[0] == "-" and (failed := _keys_from_terminal(err)) is not None:
            return failed
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
                clipboard=copier,
                **_kept(),
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
            clipboard=copier,
            **_kept(),
        )
    try:
        app.run()
    finally:
        catalog.close()
    return EXIT_OK


def _keys_from_terminal(err: TextIO) -> int | None:
    """After standard input was read as the article, take keys from the terminal; an exit status if there is none."""
    try:
        _reattach_tty()
    except OSError:
        return error(
            "standard input was read, but there is no terminal to show the app on; "
            "use --json to print the article instead",
            err,
        )
    return None


def _page_bytes(path: str, max_mb: float) -> bytes | None:
    """The bytes of a saved web page within the size limit, read once; None for anything else.

    Anything that is not a readable page of an allowed size takes the ordinary path, which reads it and reports why
    it cannot (the size message, permissions, a folder).
    """
    try:
        p = Path(path)
        if not p.is_file() or p.stat().st_size > max_mb * 1024 * 1024:
            return None
        with p.open("rb") as fh:
            head = fh.read(4096)
            return head + fh.read() if page_kind(path, head) is not None else None
    except OSError:
        return None


def page_article(data: bytes, path: str | None, max_mb: float) -> Article:
    """A saved page's Article: from the parsed-page cache when this page was read before, else extracted and parsed.

    Raises:
        LoadError: the page cannot be extracted; its message says why.
    """
    from reader.store import parsed

    if (article := parsed.get(data, path=path)) is not None:
        return article
    from reader.core.parse import parse_article

    loaded = load_bytes(data, path=path, max_mb=max_mb)
    article = parse_article(loaded.text, source=loaded.source)
    parsed.put(data, article)
    return article


def _run_page_app(
    args: argparse.Namespace,
    engine: EntityEngine | None,
    err: TextIO,
    data: bytes,
    path: str | None,
    name: str,
    copier: Clipboard,
) -> int:
    """Open a web page: read before (the parsed page is cached) it opens like a text article; else the app paints at
    once and extracts the page in a worker ("reading page…").

    `path` is the page's display path (None for standard input), `name` what the loading screen calls it.
    """
    if not _has_terminal():
        return error(NO_TERMINAL, err)
    with _start_up():
        from reader.store import parsed
        from reader.store.state import Store
        from reader.ui.app import ReaderApp

        article = parsed.get(data, path=path)
        app = ReaderApp(
            article,
            store=Store.default(),
            top=args.top,
            engine=engine,
            pending=None if article is not None else partial(page_article, data, path, args.max_size),
            pending_name=name,
            clipboard=copier,
            **_kept(),
        )
    app.run()
    return EXIT_OK


def open_article(path: Path, *, max_mb: float) -> Article:
    """What the library screens open: the file loaded and parsed (the app analyses it in a worker).

    Raises:
        LoadError: the file cannot be read; its message is shown in the app.
    """
    if (page := _page_bytes(str(path), max_mb)) is not None:
        return page_article(page, for_json(path), max_mb)
    from reader.core.parse import parse_article

    loaded = load_path(path, max_mb=max_mb)
    return parse_article(loaded.text, source=loaded.source)
