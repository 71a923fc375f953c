"""Keys that arrive in one burst (ssh, mosh, a paste) in a real terminal: none is lost, no prompt stacks.

Each burst is ONE `tmux send-keys` call, so the keys reach the app in one write, as
ssh delivers them. The tmux server is our own (`-L`), so other sessions never mix in.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.tmux import EXAMPLE, MARKS, ROOT, Tmux

SHARED = ROOT.parent / "shared" / "articles" / "seed" / "openai-nato.txt"
TMUX = Tmux(f"reader-e2e-keys-{uuid.uuid4().hex[:8]}")
pytestmark = MARKS


def _article() -> Path:
    return SHARED if SHARED.exists() else EXAMPLE


def _start(tmp_path: Path, *paths: Path) -> str:
    name = TMUX.start(tmp_path, "--top " + " ".join(str(p) for p in paths))
    wait_for(name, lambda s: "/ Search" in s and "%" in s)
    return name


@pytest.fixture
def session(tmp_path: Path) -> Iterator[str]:
    name = _start(tmp_path, _article())
    try:
        yield name
    finally:
        TMUX.kill(name)


@pytest.fixture
def two_files(tmp_path: Path) -> Iterator[str]:
    name = _start(tmp_path, EXAMPLE, _article())
    try:
        yield name
    finally:
        TMUX.kill(name)


def screen_of(session: str) -> str:
    return TMUX.screen(session)


def wait_for(session: str, check: Callable[[str], bool], timeout: float = 15.0) -> str:
    return TMUX.wait_for(session, check, timeout)


def burst(session: str, *keys: str) -> None:
    """All of `keys` in one send-keys call: one write to the terminal."""
    TMUX.run("send-keys", "-t", session, *keys)


def percent(screen: str) -> int:
    """The status line's "NN%" (-1 while it is not drawn)."""
    found = re.findall(r"^ § .*?(\d+)%\s*$", screen, re.M)
    return int(found[-1]) if found else -1


def test_mark_and_return_keys_in_one_burst(session: str) -> None:
    burst(session, "m", "a")
    wait_for(session, lambda s: "mark a set" in s)
    burst(session, "m", "a")  # again: no second prompt, no empty screen
    wait_for(session, lambda s: "mark a set" in s)
    burst(session, "G", "'", "a")
    wait_for(session, lambda s: percent(s) == 0)
    burst(session, "'", "'", "'", "'")  # '' twice: back to the end, then to the top again
    time.sleep(0.5)
    screen = wait_for(session, lambda s: percent(s) == 0)
    assert "/ Search" in screen  # still the reading screen, with its footer
    burst(session, "5", "j", "m", "b", "G", "'", "b")  # a count, a mark and a return, all at once
    wait_for(session, lambda s: "mark b set" in s)
    wait_for(session, lambda s: 0 < percent(s) < 50)  # back at mark b, 5 lines down (once the notice has gone)
    burst(session, "q")
    wait_for(session, lambda s: "READER-EXITED-0" in s)


def test_search_field_keeps_every_key_of_a_burst(session: str) -> None:
    burst(session, "/", "altman", *["BSpace"] * 8, "amodei")
    screen = wait_for(session, lambda s: "/amodei" in s)
    assert "/alam" not in screen and "/aamo" not in screen
    burst(session, "Escape")
    wait_for(session, lambda s: "/amodei" not in s)
    # The field reopens with "amodei": ten Backspaces empty it and four have nothing to delete; they must not
    # be applied after the keys typed behind them (seen: "odei" for "amodei").
    burst(session, "/", *["BSpace"] * 10, "nato")
    screen = wait_for(session, lambda s: "/nato" in s)
    burst(session, "Escape")
    wait_for(session, lambda s: "/nato" not in s)
    burst(session, "q")
    wait_for(session, lambda s: "READER-EXITED-0" in s)


def test_colon_n_and_p_move_between_the_files_given(two_files: str) -> None:
    first = screen_of(two_files).split("\n")[0]
    burst(two_files, ":", "n", "Enter")
    wait_for(two_files, lambda s: s.split("\n")[0] != first and "/ Search" in s and "(2 of 2)" not in s)
    second = screen_of(two_files).split("\n")[0]
    burst(two_files, ":", "p", "Enter", "j")  # and a key after, in the same burst
    wait_for(two_files, lambda s: s.split("\n")[0] == first)
    assert second != first
    burst(two_files, "q")
    wait_for(two_files, lambda s: "READER-EXITED-0" in s)
