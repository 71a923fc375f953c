"""The indexing lock: taken at once when free, waited for (with one notice) when held, never fatal."""

from __future__ import annotations

import fcntl
import os
import threading
from pathlib import Path

import pytest

from reader.library import lock as lock_mod
from reader.library.lock import WAIT_MESSAGE, LockTimeout, indexing, lock_path


def hold(db: Path) -> int:
    """Take the lock as another process would (flock locks belong to the open file, so a second fd conflicts)."""
    db.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path(db), os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def test_a_free_lock_is_taken_without_a_notice(tmp_path: Path) -> None:
    said: list[str] = []
    with indexing(tmp_path / "library.sqlite3", on_wait=said.append) as waited:
        assert waited is False
    assert said == [] and lock_path(tmp_path / "library.sqlite3").exists()


def test_a_held_lock_is_waited_for_with_one_notice(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    fd = hold(db)
    said: list[str] = []
    noticed = threading.Event()

    def on_wait(message: str) -> None:
        said.append(message)
        noticed.set()

    def release() -> None:
        noticed.wait(30)
        os.close(fd)

    releaser = threading.Thread(target=release)
    releaser.start()
    with indexing(db, on_wait=on_wait) as waited:
        assert waited is True
    releaser.join()
    assert said == [WAIT_MESSAGE]


def test_a_lock_held_too_long_raises_lock_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "library.sqlite3"
    fd = hold(db)
    monkeypatch.setattr(lock_mod, "_POLL_S", 0.001)
    try:
        with pytest.raises(LockTimeout), indexing(db, on_wait=lambda _m: None, limit_s=0.0):
            pass
    finally:
        os.close(fd)


def test_no_lock_file_possible_runs_unlocked(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with indexing(blocker / "library.sqlite3", on_wait=lambda _m: None) as waited:
        assert waited is False
