"""Turning PATH arguments into loaded articles and the chosen entity engine (the CLI's only reads)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from reader.cli.errors import one_line
from reader.load import Loaded, LoadError, load_bytes, load_path

if TYPE_CHECKING:
    from reader.core.entities.engine import EntityEngine


def load(path: str, max_mb: float) -> Loaded:
    if path == "-":
        # bounded: `yes | reader -` must end with the size message, not fill the memory
        return load_bytes(sys.stdin.buffer.read(int(max_mb * 1024 * 1024) + 1), path=None, max_mb=max_mb)
    return load_path(path, max_mb=max_mb)


def entity_engine(name: str) -> EntityEngine | None:
    """The entity engine chosen with --ner (None: the built-in default)."""
    if name == "builtin":
        return None
    try:
        from reader.core.entities.spacy_engine import SpacyEngine

        return SpacyEngine.load()
    except (ImportError, OSError) as exc:
        raise LoadError(f"--ner spacy: {one_line(exc)}") from exc  # the message says what to install
