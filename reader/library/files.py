"""Which files a list of PATH arguments names: the articles of a library."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".xhtml", ".mhtml", ".mht"})


def article_files(paths: Iterable[str | Path]) -> list[str]:
    """Every article a list of PATH arguments names, in a stable order, without duplicates.

    A file is taken as given (whatever its suffix); a folder is searched
    recursively for .txt and .md files, skipping hidden folders and files.
    Missing paths are the caller's to report; they yield nothing here. Plain
    strings, not Paths: a library has thousands of files and `reader --find`
    must start fast.
    """
    found: dict[str, None] = {}
    for raw in paths:
        path = os.fspath(raw)
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES:
                        found.setdefault(os.path.join(root, name))
        elif os.path.isfile(path):
            found.setdefault(path)
    return list(found)
