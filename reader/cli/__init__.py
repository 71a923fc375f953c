"""The `reader` command: open an article, print it as JSON, or search a folder.

`main` parses the arguments and hands off to one module per mode: `json_out`
(--json), `find` (--find), `launch` (the app). Errors never escape as
tracebacks (`errors`). Textual is imported only when the app is started, so
`--json`, `--find` and `--help` stay fast.
"""

from __future__ import annotations

import io
import math
import sys
from collections.abc import Sequence
from typing import TextIO

from reader.cli.args import build_parser
from reader.cli.errors import EXIT_ERROR, EXIT_OK, error, internal
from reader.cli.inputs import entity_engine
from reader.load import LoadError
from reader.load.names import shown

__all__ = ["main"]


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
        return error("no article given; try: reader article.txt (reader --help for more)", err)
    if args.limit < 1:
        return error("--limit must be 1 or more", err)
    if not (math.isfinite(args.max_size) and args.max_size > 0):
        return error(f"--max-size must be a positive number of megabytes (got {args.max_size:g})", err)
    if args.json and isinstance(out, io.TextIOWrapper):
        out.reconfigure(encoding="utf-8")  # JSON Lines are UTF-8 whatever the locale says
    try:
        engine = entity_engine(args.ner)
        if args.find is not None:
            from reader.cli.find import run_find

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
        if args.diff:
            from reader.cli.diff import run_diff

            return run_diff(args, engine, out=out, err=err)
        if args.json:
            from reader.cli.json_out import run_json

            return run_json(args.paths, max_mb=args.max_size, engine=engine, out=out, err=err)
        from reader.cli.launch import run_app

        return run_app(args, engine, err)
    except LoadError as exc:
        return error(str(exc), err)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # no traceback, ever: one line the user can report
        return error(internal(" ".join(shown(p) for p in args.paths), exc), err)
