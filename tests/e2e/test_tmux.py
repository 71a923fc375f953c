"""The installed `reader` in a real terminal (tmux): open, see the title, search, jump, quit.

Drives the console script exactly as a user would, on the bundled example
article, at 120x40. Skipped only when tmux is not installed.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.core import parse_article
from reader.load import load_path
from tests.e2e.tmux import EXAMPLE, MARKS, Tmux

TMUX = Tmux(f"reader-e2e-{uuid.uuid4().hex[:8]}")
pytestmark = MARKS


@pytest.fixture
def session(tmp_path: Path) -> Iterator[str]:
    name = TMUX.start(tmp_path, str(EXAMPLE))
    try:
        yield name
    finally:
        TMUX.kill(name)


def wait_for(session: str, check: Callable[[str], bool], timeout: float = 15.0) -> str:
    return TMUX.wait_for(session, check, timeout)


def keys(session: str, *names: str, literal: bool = False) -> None:
    TMUX.run("send-keys", "-t", session, *(["-l"] if literal else []), *names)
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
