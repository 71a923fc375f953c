"""Driving the installed `reader` in a real tmux pane: the helpers every end-to-end test shares.

Each test module uses its own tmux server socket, so parallel sessions never meet.
"""

from __future__ import annotations

import shutil
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
READER = ROOT / ".venv" / "bin" / "reader"
EXAMPLE = ROOT / "examples" / "harbour-drones.txt"

MARKS = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]
"""`pytestmark` for a module of tmux tests."""


class Tmux:
    """One tmux server (its own socket) and the reader sessions started in it."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def run(self, *args: str) -> str:
        """A tmux command on this server; its standard output."""
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False).stdout

    def start(self, tmp_path: Path, args: str, *, width: int = 120, height: int = 40, data: bool = False) -> str:
        """`reader ARGS` in a new session of this size, state (and data) in `tmp_path`; the session's name."""
        if not READER.exists():
            pytest.skip(f"{READER} is not installed (run make setup)")
        name = f"reader-{uuid.uuid4().hex[:8]}"
        # COLUMNS/LINES leak into the tmux server's environment from the test process (80x24 seen);
        # they would override the pane's real size, as for any program using shutil.get_terminal_size.
        env = f"env -u COLUMNS -u LINES READER_STATE_DIR={tmp_path / 'state'} TERM=xterm-256color"
        if data:
            env += f" READER_DATA_DIR={tmp_path / 'data'}"
        command = f"{env} {READER} {args}; echo READER-EXITED-$?; sleep 30"
        self.run("new-session", "-d", "-s", name, "-x", str(width), "-y", str(height), command)
        return name

    def kill(self, name: str) -> None:
        """End a session."""
        self.run("kill-session", "-t", name)

    def screen(self, name: str) -> str:
        """What the pane shows now."""
        return self.run("capture-pane", "-p", "-t", name)

    def wait_for(self, name: str, check: Callable[[str], bool], timeout: float = 15.0) -> str:
        """Poll the pane until `check` holds (the screen it held on), or fail showing the last screen."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen(name)
            if check(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"timed out; the screen was:\n{screen}")
