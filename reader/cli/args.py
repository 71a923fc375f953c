"""The command line's grammar: every option `reader` takes (README's usage section mirrors it)."""

from __future__ import annotations

import argparse

from reader import __version__
from reader.load import DEFAULT_MAX_MB

COMMAND_ENV = "READER_COPY_COMMAND"
"""Named in the help; `reader.store.clipboard` reads it (not imported here: --json need not load subprocess)."""


def copy_command(value: str) -> str:
    """--copy-command's type: kept as given, but its quoting must split into words."""
    from reader.store.clipboard import parse_command

    try:
        parse_command(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


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
        "  reader --diff old.txt new.txt  compare two saved versions (--json: print reader.diff/1)\n"
        "\nkeys inside the app: press H (or F1) for the full list.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files (.txt, .md, .html, .mhtml), folders, or - for stdin"
    )
    p.add_argument("--json", action="store_true", help="print each analysed article as one JSON line; no app")
    p.add_argument("--find", metavar="QUERY", help="search the quotes and passages of every article under PATH")
    p.add_argument("--quotes", action="store_true", help="with --find: only direct and partial quotes")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="with --find: at most N hits (default 10)")
    p.add_argument("--diff", action="store_true", help="compare two versions: OLD NEW (with --json: no app)")
    p.add_argument("--top", action="store_true", help="open at the start, not at the remembered position")
    p.add_argument(
        "--copy-command",
        type=copy_command,
        metavar="CMD",
        help="what `y` copies with: a command that reads the text on stdin, run without a shell "
        f'(e.g. wl-copy, pbcopy, "xclip -selection clipboard", "tmux load-buffer -"); default ${COMMAND_ENV}, '
        'else the terminal clipboard (OSC 52); "" for OSC 52 even when the variable is set',
    )
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
