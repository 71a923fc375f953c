"""Fixtures for every test: isolation from the user's state and data directories.

Helpers shared between test modules live in modules of their own
(`tests/shared.py`, `tests/helpers.py`, `tests/app/pilot.py`,
`tests/core/invariants.py`, `tests/core/article_builder.py`), never in a test module.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolate_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Never touch the user's real state or data directories from a test."""
    monkeypatch.setenv("READER_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("READER_COPY_COMMAND", raising=False)
    yield
