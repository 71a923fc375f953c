"""kill -9 in the middle of indexing and in the middle of saving a reading position.

The index commits in short transactions and SQLite rolls back an unfinished
one, so a killed run leaves a smaller index, never a wrong one; the flock it
held goes with it. The state store writes a temporary file and renames it
over the old one, so a kill leaves the old position or the new one, never a
half-written file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.faults.conftest import SAFETY_S, Reader, indexed_count, integrity_ok, make_library, wait_for

pytestmark = pytest.mark.faults
QUERY = "crates of apples on the deck"


def test_kill_9_during_indexing_then_the_next_run_matches_a_clean_index(reader: Reader, tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib", 140, extra=8)
    for attempt in range(3):  # a very fast machine may commit every batch before the kill lands: start afresh
        data = tmp_path / f"data-{attempt}"
        index = data / "library.sqlite3"
        proc = reader.start("--find", QUERY, str(lib), "--json", "--limit", "25", data=data)
        wait_for(lambda: indexed_count(index) > 0, "the first batch to be committed", proc=proc)  # noqa: B023
        os.killpg(proc.pid, signal.SIGKILL)  # the run and its worker processes, mid-index
        proc.communicate(timeout=SAFETY_S)
        assert proc.returncode == -signal.SIGKILL
        if 0 < indexed_count(index) < 140:
            break
    else:
        pytest.fail("the kill never landed during indexing")
    reader.data = data
    reader.env["READER_DATA_DIR"] = str(data)
    after = reader.find(QUERY, lib)
    assert after.code == 0 and after.err == ""  # nothing to report: the lock died with its holder
    assert after.out == reader.clean(QUERY, lib, tmp_path).out
    assert indexed_count(reader.index) == 140 and integrity_ok(reader.index)


_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from reader.store.state import ArticleState, JsonStore

    store = JsonStore(Path(sys.argv[1]))
    n = 0
    while True:
        n += 1
        store.save("ab" * 32, ArticleState(f"b{n}", {"a": f"b{n}"}))
        print(n, flush=True)  # acknowledged: this position is saved
    """
)


def test_kill_9_during_state_writes_never_loses_a_saved_position(reader: Reader) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(reader.state)], stdout=subprocess.PIPE, text=True, env=reader.env
    )
    assert proc.stdout is not None
    acknowledged = 0
    while acknowledged < 140:  # many saves, so the kill lands in the middle of one
        acknowledged = int(proc.stdout.readline())
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read().split()
    proc.wait(timeout=SAFETY_S)
    last = int(rest[-1]) if rest else acknowledged
    from reader.store.state import JsonStore

    store = JsonStore(reader.state)
    state = store.load("ab" * 32)
    assert store.notices == []  # the file is whole: never a half-written one
    assert state.position is not None
    n = int(state.position[1:])
    assert last <= n <= last + 1  # the last acknowledged save, or the one in flight
    assert state.marks == {"a": f"b{n}"}
