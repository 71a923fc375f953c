"""`reader --diff OLD NEW` in a real terminal (tmux, its own socket): summary, stepping, narrow, quit.

Skipped when tmux is not installed or the console script is not built.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.core.diff_pairs import example
from tests.e2e.tmux import MARKS, Tmux

TMUX = Tmux(f"reader-e2e-diff-{uuid.uuid4().hex[:8]}")
pytestmark = MARKS


def _start(tmp_path: Path, width: int) -> str:
    new = tmp_path / "new.txt"
    new.write_text(example(), encoding="utf-8")
    old = tmp_path / "old.txt"
    old.write_text(example().replace("more than 400 hours", "more than 300 hours"), encoding="utf-8")
    return TMUX.start(tmp_path, f"--diff {old} {new}", width=width, height=36)


@pytest.fixture
def wide(tmp_path: Path) -> Iterator[str]:
    name = _start(tmp_path, 130)
    yield name
    TMUX.kill(name)


@pytest.fixture
def narrow(tmp_path: Path) -> Iterator[str]:
    name = _start(tmp_path, 80)
    yield name
    TMUX.kill(name)


def wait_for(session: str, check: Callable[[str], bool], timeout: float = 20.0) -> str:
    return TMUX.wait_for(session, check, timeout)


def test_compare_view_side_by_side(wide: str) -> None:
    screen = wait_for(wide, lambda s: "1 paragraph changed" in s and "Next change" in s)
    assert "1 number changed" in screen.split("\n")[0] and "1 silent change" in screen.split("\n")[0]
    assert "older:" in screen and "newer:" in screen
    TMUX.run("send-keys", "-t", wide, "]")
    screen = wait_for(wide, lambda s: "1/1 changed · SILENT" in s)
    assert "300 → 400" in screen
    line = next(row for row in screen.split("\n") if "more than 400 hours" in row)
    assert "more than 300 hours" in line  # both versions of the passage on one screen row, side by side
    TMUX.run("send-keys", "-t", wide, "q")
    wait_for(wide, lambda s: "READER-EXITED-0" in s)


def test_compare_view_one_column_when_narrow(narrow: str) -> None:
    screen = wait_for(narrow, lambda s: "1 paragraph changed" in s)
    assert "older:" not in screen
    TMUX.run("send-keys", "-t", narrow, "]")
    screen = wait_for(narrow, lambda s: "1/1 changed" in s)
    rows = screen.split("\n")
    old_row = next(i for i, r in enumerate(rows) if "300" in r and "hours" in r)
    new_row = next(i for i, r in enumerate(rows) if "400" in r and "hours" in r)
    assert old_row < new_row
    TMUX.run("send-keys", "-t", narrow, "Escape")
    wait_for(narrow, lambda s: "READER-EXITED-0" in s)
