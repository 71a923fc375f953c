"""The installed `reader` opening a saved web page in a real terminal (tmux, on a private socket)."""

from __future__ import annotations

import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.load.pages import STORY, page, story_paragraphs

ROOT = Path(__file__).resolve().parents[2]
READER = ROOT / ".venv" / "bin" / "reader"
SOCKET = f"reader-e2e-html-{uuid.uuid4().hex[:8]}"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True, check=False).stdout


@pytest.fixture
def session(tmp_path: Path) -> Iterator[str]:
    if not READER.exists():
        pytest.skip(f"{READER} is not installed (run make setup)")
    saved = tmp_path / "drones.html"
    box = "<h2>Key Takeaways</h2><ul><li>Drones will inspect the sea wall weekly.</li></ul>"
    saved.write_text(page(box + story_paragraphs()), encoding="utf-8")
    name = "html"
    env = (
        f"env -u COLUMNS -u LINES READER_STATE_DIR={tmp_path / 'state'} READER_DATA_DIR={tmp_path / 'data'} "
        "TERM=xterm-256color"
    )
    command = f"{env} {READER} {saved}; echo READER-EXITED-$?; sleep 30"
    _tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "40", command)
    try:
        yield name
    finally:
        _tmux("kill-server")


def wait_for(session: str, check: Callable[[str], bool], timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux("capture-pane", "-p", "-t", session)
        if check(screen):
            return screen
        time.sleep(0.1)
    raise AssertionError(f"timed out; the screen was:\n{screen}")


def test_open_a_saved_page_show_removed_quit(session: str) -> None:
    screen = wait_for(session, lambda s: "Harbour drones cleared" in s and STORY[0][:30] in s)
    assert "<p>" not in screen and "<!DOCTYPE" not in screen
    wait_for(session, lambda s: "Key Takeaways" in s and "/ Search" in s)
    _tmux("send-keys", "-t", session, "r")
    wait_for(session, lambda s: "removed passages" in s)
    _tmux("send-keys", "-t", session, "q")
    wait_for(session, lambda s: "READER-EXITED-0" in s)
