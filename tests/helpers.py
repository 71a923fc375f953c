"""Helpers shared by test modules (imported from here, never from another test module)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from reader.cli.launch import open_article
from reader.library.catalog import Catalog
from reader.store.state import Store
from reader.ui.app import ReaderApp


def library_app(paths: list[Path], *, store: Store | None = None, max_mb: float = 64) -> ReaderApp:
    """The app on a library, wired as the CLI wires it (a real catalog and opener)."""
    return ReaderApp(
        None,
        library=Catalog(paths, max_mb=max_mb),
        open_article=partial(open_article, max_mb=max_mb),
        store=store or Store(),
    )
