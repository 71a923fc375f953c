"""Where the test material is: the checkout's examples and the shared third-party articles in ../shared.

The third-party articles in ../shared are never copied into the repository.
Tests that need them use `shared_dir()`: without ../shared they skip with a
reason, and under READER_REQUIRE_SHARED=1 (CI) they fail instead.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


def shared_dir(*parts: str) -> Path:
    """Path under ../shared, or skip (fail under READER_REQUIRE_SHARED=1) when absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        msg = f"{path} is absent (the shared test material sits beside the checkout)"
        if os.environ.get("READER_REQUIRE_SHARED") == "1":
            pytest.fail(msg + " and READER_REQUIRE_SHARED=1")
        pytest.skip(msg)
    return path


def shared_articles() -> list[Path]:
    """Every article file under ../shared/articles (empty list when absent)."""
    base = SHARED / "articles"
    if not base.exists():
        return []
    return sorted(
        p
        for p in base.rglob("*")
        if p.suffix in (".txt", ".md") and not p.name.endswith(".source.txt") and p.name != "README.TXT"
    )
