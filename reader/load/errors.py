"""The one error the loader raises: its message is what the user reads, so it says what to do."""

from __future__ import annotations


class LoadError(Exception):
    """A file that cannot be read as an article; str() is the user-facing message."""
