"""The `reader` command: open an article, print it as JSON, or search a folder.

Errors never escape as tracebacks: each becomes one `reader: ...` line on
stderr and exit status 2. Textual is imported only when the app is started,
so `--json`, `--find` and `--help` stay fast.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import math
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reader import __version__
from reader.core.text import sanitize
from reader.loader import DEFAULT_MAX_MB, Loaded, LoadError, load_bytes, load_path

if TYPE_CHECKING:
    from reader.core.model import Article

EXIT_OK, EXIT_NO_HITS, EXIT_ERROR = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; README's usage section mirrors it."""
    p = argparse.ArgumentParser(
        prog="reader",
        description="Read a saved news article in the terminal: structure, key takeaways, entities, "
        "quotes, corrections and fuzzy search, fully offline.",
        epilog="examples:\n"
        "  reader article.txt             open an article in the app\n"
        "  reader page.html               open a saved web page (.html, .mhtml)\n"
        "  reader ~/articles/             browse and search a folder of articles\n"
        "  cat page.txt | reader -        read from standard input\n"
        "  reader --json a.txt b.md       print the analysed articles as JSON Lines\n"
        '  reader --find "right decison" ~/articles --quotes   find who said it\n'
        "\nkeys inside the app: press ? for the full list.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files (.txt, .md, .html, .mhtml), folders, or - for stdin"
    )
    p.add_argument("--json", action="store_true", help="print each analysed article as one JSON line; no app")
    p.add_argument("--find", metavar="QUERY", help="search the quotes and passages of every article under PATH")
    p.add_argument("--quotes", action="store_true", help="with --find: only direct and partial quotes")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="with --find: at most N hits (default 10)")
    p.add_argument("--top", action="store_true", help="open at the start, not at the remembered position")
    p.add_argument(
        "--ner",
        choices=("builtin", "spacy"),
        default="builtin",
        help="entity recogniser: the built-in rules (default) or spaCy (needs reader[spacy])",
    )
    p.add_argument(
        "--max-size",
        type=float,
        default=DEFAULT_MAX_MB,
        metavar="MB",
        help=f"refuse files larger than this many megabytes (default {DEFAULT_MAX_MB})",
    )
    p.add_argument("--version", action="version", version=f"reader {__version__}")
    return p


def _error(message: str, err: TextIO) -> int:
    # one line, and no escape sequences from a hostile file name reach the terminal
    print("reader: " + " ".join(sanitize(message).split("\n")), file=err)
    return EXIT_ERROR


def _load(path: str, max_mb: float) -> Loaded:
    if path == "-":
        # bounded: `yes | reader -` must end with the size message, not fill the memory
        return load_bytes(sys.stdin.buffer.read(int(max_mb * 1024 * 1024) + 1), path=None, max_mb=max_mb)
    return load_path(path, max_mb=max_mb)


def _engine(name: str) -> object | None:
    """The entity engine chosen with --ner (None: the built-in default)."""
    if name == "builtin":
        return None
    try:
        from reader.core.entities.spacy_engine import SpacyEngine

        return SpacyEngine.load()
    except (ImportError, OSError) as exc:
        raise LoadError(f"--ner spacy: {_one_line(exc)}") from exc  # the message says what to install


def _one_line(exc: BaseException) -> str:
    """An exception as one short line, for messages that must stay on one line."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]


def run_json(paths: Sequence[str], *, max_mb: float, engine: object | None, out: TextIO, err: TextIO) -> int:
    """Print one JSON line per input; a bad file gets an error object and exit 2 at the end."""
    from reader.core import read_article, to_dict

    status = EXIT_OK
    for path in paths:
        try:
            loaded = _load(path, max_mb)
            article = read_article(loaded.text, source=loaded.source, engine=engine)
            out.write(json.dumps(to_dict(article), ensure_ascii=False) + "\n")
        except Exception as exc:  # a bad file, or a bug on one input: report it and keep going
            status = EXIT_ERROR
            message = str(exc) if isinstance(exc, LoadError) else _internal(path, exc)
            out.write(json.dumps({"schema": "reader.error/1", "path": path, "error": message}) + "\n")
            _error(message, err)
        out.flush()
    return status


def _internal(path: str, exc: Exception) -> str:
    return f"{path}: internal error ({type(exc).__name__}: {_one_line(exc)}); please report it with the file"


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


def run_app(args: argparse.Namespace, engine: object | None, err: TextIO) -> int:
    """Open the reading app on one article, or the library on several / a folder."""
    paths = list(args.paths)
    if len(paths) == 1 and not Path(paths[0]).is_dir() and paths[0] != "-" and _is_page(paths[0]):
        return _run_page_app(args, engine, err)  # a web page: extracted in the app's worker
    data = b""
    if paths == ["-"]:
        data = sys.stdin.buffer.read(int(args.max_size * 1024 * 1024) + 1)
        if _is_page_data(data) and len(data) <= args.max_size * 1024 * 1024:
            try:
                _reattach_tty()
            except OSError:
                return _error(
                    "standard input was read, but there is no terminal to show the app on; "
                    "use --json to print the article instead",
                    err,
                )
            return _run_page_app(args, engine, err, data=data)
    if len(paths) == 1 and not Path(paths[0]).is_dir():
        if paths[0] == "-":
            loaded = load_bytes(data, path=None, max_mb=args.max_size)
        else:
            loaded = _load(paths[0], args.max_size)
        if paths[0] == "-":
            try:
                _reattach_tty()
            except OSError:
                return _error(
                    "standard input was read, but there is no terminal to show the app on; "
                    "use --json to print the article instead",
                    err,
                )
        if not _has_terminal():
            return _error(NO_TERMINAL, err)
        with _start_up():
            from reader.core import parse_article
            from reader.store import Store
            from reader.ui.app import ReaderApp, preview_head

            head = preview_head(loaded.text)  # long texts: paint from the head, parse the rest in the app
            article = parse_article(loaded.text if head is None else head, source=loaded.source)
            full_text = None if head is None else loaded.text
            app = ReaderApp(article, store=Store.default(), top=args.top, engine=engine, full_text=full_text)
        app.run()
        return EXIT_OK
    if "-" in paths:
        return _error("- (standard input) can only be opened on its own", err)
    for p in paths:
        if not Path(p).exists():
            return _error(f"{p}: no such file or folder; check the path", err)
    if not _has_terminal():
        return _error(NO_TERMINAL, err)
    with _start_up():
        from reader.store import Store
        from reader.ui.app import ReaderApp

        app = ReaderApp(None, library=[Path(p) for p in paths], store=Store.default(), top=args.top)
    app.run()
    return EXIT_OK


def _is_page(path: str) -> bool:
    """A saved web page whose extraction is not cached yet (an already-read page opens like a text article)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
            from reader.load.detect import page_kind

            if page_kind(path, head) is None:
                return False
            from reader.load import webcache

            return webcache.get(head + fh.read()) is None
    except OSError:
        return False  # the normal path reports it


def _is_page_data(data: bytes) -> bool:
    """Standard input that is a web page not extracted yet."""
    from reader.load import webcache
    from reader.load.detect import page_kind

    return page_kind(None, data) is not None and webcache.get(data) is None


def _run_page_app(args: argparse.Namespace, engine: object | None, err: TextIO, data: bytes | None = None) -> int:
    """Open a web page: the app paints at once and extracts the page in a worker ("reading page…").

    `data`: the page read from standard input; else the page is the one PATH.
    """
    path, max_mb = args.paths[0], args.max_size
    if data is None:
        try:
            size = Path(path).stat().st_size
        except OSError:
            size = 0
        if size > max_mb * 1024 * 1024:
            _load(path, max_mb)  # raises the size message before any app starts
    if not _has_terminal():
        return _error(NO_TERMINAL, err)

    def prepare() -> Article:
        from reader.core import parse_article

        loaded = _load(path, max_mb) if data is None else load_bytes(data, path=None, max_mb=max_mb)
        return parse_article(loaded.text, source=loaded.source)

    with _start_up():
        from reader.store import Store
        from reader.ui.app import ReaderApp

        name = "standard input" if data is not None else path
        app = ReaderApp(None, store=Store.default(), top=args.top, engine=engine, pending=prepare, pending_name=name)
    app.run()
    return EXIT_OK


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Entry point of the `reader` console script; returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed usage or --help / --version
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_ERROR
    if not args.paths:
        return _error("no article given; try: reader article.txt (reader --help for more)", err)
    if args.limit < 1:
        return _error("--limit must be 1 or more", err)
    if not (math.isfinite(args.max_size) and args.max_size > 0):
        return _error(f"--max-size must be a positive number of megabytes (got {args.max_size:g})", err)
    if args.json and isinstance(out, io.TextIOWrapper):
        out.reconfigure(encoding="utf-8")  # JSON Lines are UTF-8 whatever the locale says
    try:
        engine = _engine(args.ner)
        if args.find is not None:
            from reader.library.findcmd import run_find

            return run_find(
                args.find,
                args.paths,
                limit=args.limit,
                quotes_only=args.quotes,
                as_json=args.json,
                max_mb=args.max_size,
                out=out,
                err=err,
            )
        if args.json:
            return run_json(args.paths, max_mb=args.max_size, engine=engine, out=out, err=err)
        return run_app(args, engine, err)
    except LoadError as exc:
        return _error(str(exc), err)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # no traceback, ever: one line the user can report
        return _error(_internal(" ".join(args.paths), exc), err)
