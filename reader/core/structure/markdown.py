"""Markdown input (placeholder until written)."""

from __future__ import annotations

from reader.core.structure.draft import Collected
from reader.core.structure.plain import parse_plain


def parse_markdown(text: str) -> Collected:
    """Temporary."""
    return parse_plain(text)
