"""The fault suite's harness: the installed `reader`, each run with its own data and state directories.

Every test here drives the real console script in a subprocess, as a user's
machine would meet it, and checks two things: what the user sees (exit status
and one `reader:` line saying what happened or what to do) and that nothing
they saved was lost. No test asserts a duration; waits are on real conditions
(a lock taken, a row committed, a line printed), with generous timeouts only
as safety nets.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import sqlite3
import stat
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
READER = ROOT / ".venv" / "bin" / "reader"
SAFETY_S = 120.0
"""Upper bound for any one wait: a hang fails the test instead of hanging the suite."""


def story(i: int, extra: int = 0) -> str:
    """A small article of our own (never third-party text), distinct per `i`.

    `extra` paragraphs make it slower to index, so that concurrent runs overlap.
    """
    filler = "".join(
        f"Paragraph {k} of report {i}: the tide rose {k} inches while gulls circled pier {k + i}.\n\n"
        for k in range(extra)
    )
    return (
        f"Ferry {i} crosses the bay\n\n"
        f"The ferry number {i} left the quay at dawn with {i * 3} passengers aboard.\n\n"
        f'"We sailed on time and the sea was calm {i}," said captain Ada Lowe{i}.\n\n'
        f"Harbour staff counted {i + 7} crates of apples on the deck of ferry {i}.\n" + ("\n" + filler if extra else "")
    )


def make_library(root: Path, count: int, *, extra: int = 0) -> Path:
    """A folder of `count` small articles, in three subfolders."""
    for i in range(count):
        folder = root / f"part{i % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"story{i:03d}.txt").write_text(story(i, extra), encoding="utf-8")
    return root


@dataclass
class Run:
    """One finished run of the real program."""

    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        """stderr lines: what the user was told."""
        return self.err.splitlines()


class Reader:
    """Starts the installed `reader` with this test's own READER_DATA_DIR and READER_STATE_DIR."""

    def __init__(self, tmp_path: Path) -> None:
        if not READER.exists():
            pytest.skip(f"{READER} is not installed (run make setup)")
        self.data = tmp_path / "data"
        self.state = tmp_path / "state"
        self.env = {
            **os.environ,
            "READER_DATA_DIR": str(self.data),
            "READER_STATE_DIR": str(self.state),
            "NO_COLOR": "1",
        }
        self.env.pop("COLUMNS", None)
        self.env.pop("LINES", None)

    @property
    def index(self) -> Path:
        """The index file of this test's data directory."""
        return self.data / "library.sqlite3"

    def start(
        self, *args: str | bytes, data: Path | None = None, preexec: Callable[[], None] | None = None
    ) -> subprocess.Popen[bytes]:
        """Start a run in its own session (so a kill reaches its worker processes too)."""
        env = dict(self.env)
        if data is not None:
            env["READER_DATA_DIR"] = str(data)
        return subprocess.Popen(
            [os.fsencode(READER), *[a if isinstance(a, bytes) else os.fsencode(a) for a in args]],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
            preexec_fn=preexec,
        )

    def run(self, *args: str | bytes, data: Path | None = None, preexec: Callable[[], None] | None = None) -> Run:
        """Run to the end and return what it printed (stdout must be valid UTF-8)."""
        return finish(self.start(*args, data=data, preexec=preexec))

    def find(self, query: str, folder: Path, *more: str, data: Path | None = None) -> Run:
        """`reader --find QUERY FOLDER --json --limit 25` (JSON: one object a hit, easy to compare)."""
        return self.run("--find", query, str(folder), "--json", "--limit", "25", *more, data=data)

    def clean(self, query: str, folder: Path, tmp_path: Path, *more: str) -> Run:
        """The same search on a fresh index of its own: the answer every run must give (stdout to compare).

        Remembered per folder contents (names, kinds, bytes), with the folder's
        path factored out: tests that build the same library pay for one clean
        index between them, which keeps the suite fast.
        """
        key = (query, more, fingerprint(folder))
        if key not in _CLEAN:
            fresh = tmp_path / f"clean-data-{len(list(tmp_path.glob('clean-data-*')))}"
            result = self.find(query, folder, *more, data=fresh)
            assert result.code == 0, result
            _CLEAN[key] = Run(
                result.code, result.out.replace(str(folder), _HERE), result.err.replace(str(folder), _HERE)
            )
        done = _CLEAN[key]
        return Run(done.code, done.out.replace(_HERE, str(folder)), done.err.replace(_HERE, str(folder)))


_CLEAN: dict[tuple[str, tuple[str, ...], str], Run] = {}
_HERE = "\x00FOLDER\x00"


def fingerprint(folder: Path) -> str:
    """A digest of everything under `folder` as a walk sees it: names, kinds, link targets and bytes."""
    digest = hashlib.sha256()
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(dirs + files):
            path = os.path.join(root, name)
            st = os.lstat(path)
            digest.update(os.fsencode(os.path.relpath(path, folder)) + b"\0" + str(stat.S_IFMT(st.st_mode)).encode())
            if stat.S_ISLNK(st.st_mode):
                digest.update(os.fsencode(os.readlink(path)))
            elif stat.S_ISREG(st.st_mode):
                digest.update(str(st.st_size).encode())
                if st.st_size < 1 << 20:
                    digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def finish(proc: subprocess.Popen[bytes]) -> Run:
    """Wait for a started run (with a safety timeout) and decode its output strictly."""
    try:
        out, err = proc.communicate(timeout=SAFETY_S)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.communicate()
        pytest.fail(f"reader did not finish within {SAFETY_S:g} s (it hung)")
    return Run(proc.returncode, out.decode("utf-8"), err.decode("utf-8"))


def wait_for(condition: Callable[[], bool], what: str, *, proc: subprocess.Popen[bytes] | None = None) -> None:
    """Poll `condition` until true; fail after `SAFETY_S` or if `proc` exits first."""
    deadline = time.monotonic() + SAFETY_S
    while not condition():
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"reader exited (status {proc.returncode}) before {what}")
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.01)


def lock_is_held(index: Path) -> bool:
    """True while some process holds the indexing lock of `index` (see reader/library/lock.py)."""
    lock = index.with_name(index.name + ".lock")
    try:
        fd = os.open(lock, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def indexed_count(index: Path) -> int:
    """Articles committed to `index` so far (read-only; 0 while it does not exist)."""
    if not index.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{index}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def integrity_ok(index: Path) -> bool:
    """SQLite's own check of the index file."""
    conn = sqlite3.connect(index)
    try:
        return bool(conn.execute("PRAGMA integrity_check").fetchone() == ("ok",))
    finally:
        conn.close()


@pytest.fixture
def reader(tmp_path: Path) -> Reader:
    return Reader(tmp_path)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return make_library(tmp_path / "lib", 40)
