"""The loader's errors: their messages are what the user reads, so they say what to do.

`LoadError` is the one error the loader raises to its callers. `PageError` is
raised inside the web-page path (`html.py` and its helpers) and worded as a
`LoadError` by `files.py`, which names the file.
"""

from __future__ import annotations


class LoadError(Exception):
    """A file that cannot be read as an article; str() is the user-facing message."""


class PageError(Exception):
    """A page that cannot be turned into an article; str() is the user-facing message."""
