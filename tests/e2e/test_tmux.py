"""The installed `reader` in a real terminal (tmux): open, see the title, search, jump, quit.

Drives the console script exactly as a user would, on the bundled example
article, at 120x40. Skipped only when tmux is not installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.core import parse_article
from reader.load import load_path

ROOT = Path(__file__).resolve().parents[2]
READER = ROOT / ".venv" / "bin" / "reader"
EXAMPLE = ROOT / "examples" / "harbour-drones.txt"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


@pytest.fixture
def session(tmp_path: Path) -> Iterator[str]:
    if not READER.exists():
        pytest.skip(f"{READER} is not installed (run make setup)")
    name = f"reader-e2e-{uuid.uuid4().hex[:8]}"
    # COLUMNS/LINES leak into the tmux server's environment from the test process (80x24 seen);
    # they would override the pane's real size, as for any program using shutil.get_terminal_size.
    env = f"env -u COLUMNS -u LINES READER_STATE_DIR={tmp_path / 'state'} TERM=xterm-256color"
    command = f"{env} {READER} {EXAMPLE}; echo READER-EXITED-$?; sleep 30"
    _tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "40", command)
    try:
        yield name
    finally:
        _tmux("kill-session", "-t", name)


def wait_for(session: str, check: Callable[[str], bool], timeout: float = 15.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux("capture-pane", "-p", "-t", session)
        if check(screen):
            return screen
        time.sleep(0.1)
    raise AssertionError(f"timed out; the screen was:\n{screen}")


def keys(session: str, *names: str, literal: bool = False) -> None:
    _tmux("send-keys", "-t", session, *(["-l"] if literal else []), *names)
    time.sleep(0.3)  # lets Textual tell a lone Esc from an escape sequence


def test_open_search_jump_quit(session: str) -> None:
    title = parse_article(load_path(EXAMPLE).text).meta.title
    assert title

    def opened(s: str) -> bool:
        return title[:60] in s.split("\n")[0] and re.search(r"\d+%$", s, re.M) is not None

    screen = wait_for(session, opened)  # first paint: the text, before the panels
    body = "\n".join(screen.split("\n")[3:])
    assert "Aberdeen Harbour Board" in body  # the article itself, not only the header
    assert title[:40] not in body  # the title is the header's, drawn once
    # the panels and the footer's key hints follow right after
    screen = wait_for(session, lambda s: "Key Takeaways" in s and "/ Search" in s)
    keys(session, "/")
    keys(session, "divers", literal=True)
    screen = wait_for(session, lambda s: "/divers" in s and "1/" in s)
    keys(session, "Enter")
    screen = wait_for(session, lambda s: "/divers" not in s)
    status = [line for line in screen.split("\n") if "§" in line]
    assert status and "1/" in status[0], screen  # the counter stays while n/N step
    assert "ivers" in screen.split("§")[0]  # the matched passage is on screen
    keys(session, "q")
    wait_for(session, lambda s: "READER-EXITED-0" in s)
