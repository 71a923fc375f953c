"""Which files a list of PATH arguments names: the articles of a library."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".xhtml", ".mhtml", ".mht"})
NOT_ARTICLES = ("README", "LICENSE", "LICENCE", "CHANGELOG", "CHANGES", "COPYING", "NOTICE", "AUTHORS", "CONTRIBUTING")
"""A folder's own papers, never articles: a file whose name starts with one of these (any case) is skipped."""
SIDECAR = ".source"
"""`NN.source.txt` beside `NN.md`: notes about where an article came from, not an article."""


def is_article_name(name: str, siblings: frozenset[str] = frozenset()) -> bool:
    """Whether a file found in a folder is an article by its name (`siblings`: the stems of the files beside it).

    Hidden files, other suffixes, a folder's README / LICENSE / CHANGELOG (...), and a `X.source.txt`
    sidecar of an article `X` are not.
    """
    stem, suffix = os.path.splitext(name)
    if name.startswith(".") or suffix.lower() not in ARTICLE_SUFFIXES:
        return False
    if stem.upper().startswith(NOT_ARTICLES):
        return False
    base, inner = os.path.splitext(stem)
    return not (inner.lower() == SIDECAR and base in siblings)


def article_files(paths: Iterable[str | Path]) -> list[str]:
    """Every article a list of PATH arguments names, in a stable order, without duplicates.

    A file is taken as given (whatever its suffix); a folder is searched
    recursively for .txt and .md files, skipping hidden folders and files
    and what `is_article_name` says is not an article (README.TXT, NN.source.txt).
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
                stems = frozenset(os.path.splitext(n)[0] for n in files)
                for name in sorted(files):
                    if is_article_name(name, stems):
                        found.setdefault(os.path.join(root, name))
        elif os.path.isfile(path):
            found.setdefault(path)
    return list(found)
