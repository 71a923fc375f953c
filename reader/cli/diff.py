"""`reader --diff OLD NEW`: compare two saved versions, as JSON or in the compare view.

Both sides go through the same loading and analysis as `reader --json`, so
block ids in the "reader.diff/1" output are those of each side's
`reader --json`. Standard input (`-`) may be one side, not both.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from reader.cli.errors import EXIT_OK, error
from reader.cli.inputs import load
from reader.cli.jsonl import json_line
from reader.load import Loaded

if TYPE_CHECKING:
    from reader.core.entities.engine import EntityEngine


def _read_both(args: argparse.Namespace) -> tuple[Loaded, Loaded]:
    old_path, new_path = args.paths
    return load(old_path, args.max_size), load(new_path, args.max_size)


def check_paths(paths: list[str]) -> str | None:
    """What is wrong with the paths given to --diff, or None."""
    if len(paths) != 2:
        return f"--diff compares two versions: give OLD and NEW (got {len(paths)} path{'s' * (len(paths) != 1)})"
    if paths == ["-", "-"]:
        return "--diff: standard input (-) can be only one of the two versions"
    return None


def run_diff(args: argparse.Namespace, engine: EntityEngine | None, *, out: TextIO, err: TextIO) -> int:
    """Print one reader.diff/1 object (--json) or open the compare view."""
    from reader.cli.launch import NO_TERMINAL, _has_terminal, _reattach_tty
    from reader.core import read_article
    from reader.core.diff import diff_articles, to_dict

    problem = check_paths(list(args.paths))
    if problem:
        return error(problem, err)
    old_loaded, new_loaded = _read_both(args)
    old = read_article(old_loaded.text, source=old_loaded.source, engine=engine)
    new = read_article(new_loaded.text, source=new_loaded.source, engine=engine)
    diff = diff_articles(old, new)
    if args.json:
        out.write(json_line(to_dict(diff)))
        out.flush()
        return EXIT_OK
    if "-" in args.paths:
        try:
            _reattach_tty()
        except OSError:
            return error("standard input was read, but there is no terminal to show the app on; use --json", err)
    if not _has_terminal():
        return error(NO_TERMINAL, err)
    from reader.store.state import Store
    from reader.ui.screens.compare import CompareApp

    CompareApp(old, new, diff, store=Store.default()).run()
    return EXIT_OK
