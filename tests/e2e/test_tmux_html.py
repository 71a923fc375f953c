"""The installed `reader` opening a saved web page in a real terminal (tmux, on a private socket)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.tmux import MARKS, Tmux
from tests.load.pages import STORY, page, story_paragraphs

TMUX = Tmux(f"reader-e2e-html-{uuid.uuid4().hex[:8]}")
pytestmark = MARKS


@pytest.fixture
def session(tmp_path: Path) -> Iterator[str]:
    saved = tmp_path / "drones.html"
    box = "<h2>Key Takeaways</h2><ul><li>Drones will inspect the sea wall weekly.</li></ul>"
    saved.write_text(page(box + story_paragraphs()), encoding="utf-8")
    name = TMUX.start(tmp_path, str(saved), data=True)
    try:
        yield name
    finally:
        TMUX.run("kill-server")


def wait_for(session: str, check: Callable[[str], bool], timeout: float = 30.0) -> str:
    return TMUX.wait_for(session, check, timeout)


def test_open_a_saved_page_show_removed_quit(session: str) -> None:
    screen = wait_for(session, lambda s: "Harbour drones cleared" in s and STORY[0][:30] in s)
    assert "<p>" not in screen and "<!DOCTYPE" not in screen
    wait_for(session, lambda s: "Key Takeaways" in s and "/ Search" in s)
    TMUX.run("send-keys", "-t", session, "r")
    wait_for(session, lambda s: "removed passages" in s)
    TMUX.run("send-keys", "-t", session, "q")
    wait_for(session, lambda s: "READER-EXITED-0" in s)


def test_reopening_a_page_opens_it_from_the_parsed_cache(tmp_path: Path) -> None:
    saved = tmp_path / "drones.html"
    saved.write_text(page(story_paragraphs()), encoding="utf-8")
    for _ in ("first", "again"):
        name = TMUX.start(tmp_path, str(saved), data=True)
        try:
            wait_for(name, lambda s: "Harbour drones cleared" in s and STORY[0][:30] in s)
            TMUX.run("send-keys", "-t", name, "q")
            wait_for(name, lambda s: "READER-EXITED-0" in s)
        finally:
            TMUX.kill(name)
        assert len(list((tmp_path / "data" / "parsed").glob("*.pickle"))) == 1
