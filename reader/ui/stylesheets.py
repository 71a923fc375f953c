"""Where the stylesheets are: inside the installed package, or the checkout's `styles/`.

A wheel carries them as `reader/styles` (hatch force-include); an editable
install or a checkout reads the repository's `styles/` so live edits show.
"""

from __future__ import annotations

from pathlib import Path, PurePath

SHEETS = ("base.tcss", "reader.tcss", "panels.tcss", "library.tcss", "compare.tcss")
"""Loaded in this order: later sheets refine earlier ones."""


def styles_dir() -> Path:
    """The folder holding the .tcss files for this install."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "styles"
    return installed if installed.is_dir() else package.parent / "styles"


def stylesheets() -> list[str | PurePath]:
    """Every stylesheet, in load order (a test checks they all exist)."""
    base = styles_dir()
    return [base / name for name in SHEETS]
