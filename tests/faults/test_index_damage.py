"""The index file truncated, overwritten with garbage, its -wal deleted, or locked by another program.

The index is rebuilt from the articles, so damage costs a re-index and one
line, never a wrong answer: a damaged file is set aside as .corrupt and a
fresh one built; a lock held by another program is waited out (SQLite's busy
timeout); the reading positions in the state directory are never touched.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.faults.conftest import SAFETY_S, Reader, Run, finish, integrity_ok, make_library

pytestmark = pytest.mark.faults
QUERY = "crates of apples on the deck"
SAVED = '{"position": "b4", "marks": {"a": "b2"}}'


@pytest.fixture
def indexed(reader: Reader, tmp_path: Path) -> Path:
    """A library already indexed once, and a saved reading position that must survive everything."""
    lib = make_library(tmp_path / "lib", 20)
    assert reader.find(QUERY, lib).code == 0
    reader.state.mkdir(parents=True)
    (reader.state / ("ab" * 32 + ".json")).write_text(SAVED, encoding="utf-8")
    return lib


def assert_rebuilt(reader: Reader, lib: Path, tmp_path: Path, result: Run) -> None:
    assert result.code == 0, result
    assert result.out == reader.clean(QUERY, lib, tmp_path).out
    assert len(result.lines) == 1 and "set it aside as" in result.err and "rebuilt it" in result.err
    assert reader.index.with_name("library.sqlite3.corrupt").exists()
    quiet = reader.find(QUERY, lib)  # from now on the fresh index is used: nothing more to say
    assert quiet.code == 0 and quiet.err == "" and quiet.out == result.out
    assert integrity_ok(reader.index)
    assert (reader.state / ("ab" * 32 + ".json")).read_text(encoding="utf-8") == SAVED


def _truncate(index: Path) -> None:
    os.truncate(index, index.stat().st_size // 2)


def _garbage(index: Path) -> None:
    index.write_bytes(os.urandom(64 * 1024))


def _foreign(index: Path) -> None:
    index.unlink()
    conn = sqlite3.connect(index)  # some other program's database where the index belongs
    conn.execute("CREATE TABLE articles(x)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("damage", [_truncate, _garbage, _foreign], ids=["truncated", "garbage", "foreign-schema"])
def test_damaged_index_is_set_aside_and_rebuilt(
    reader: Reader, indexed: Path, tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    damage(reader.index)
    assert_rebuilt(reader, indexed, tmp_path, reader.find(QUERY, indexed))


def _zero_header(index: Path) -> None:
    with index.open("r+b") as fh:
        fh.write(b"\x00" * 100)  # the 100-byte SQLite header


def _empty(index: Path) -> None:
    os.truncate(index, 0)


def _shm_garbage(index: Path) -> None:
    index.with_name(index.name + "-shm").write_bytes(os.urandom(32 * 1024))


def _wal_garbage(index: Path) -> None:
    index.with_name(index.name + "-wal").write_bytes(os.urandom(40 * 1024))


@pytest.mark.parametrize(
    "damage", [_zero_header, _empty, _shm_garbage, _wal_garbage], ids=["zeroed-header", "empty", "shm", "wal"]
)
def test_other_damage_still_gives_the_clean_answer(
    reader: Reader, indexed: Path, tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    """SQLite may read these as an empty or older database, or set them right itself: at most one line."""
    damage(reader.index)
    result = reader.find(QUERY, indexed)
    assert result.code == 0, result
    assert result.out == reader.clean(QUERY, indexed, tmp_path).out
    assert len(result.lines) <= 1 and all("set it aside" in line for line in result.lines)
    assert (reader.state / ("ab" * 32 + ".json")).read_text(encoding="utf-8") == SAVED


_HOLD_WAL = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1])
    conn.execute("SELECT count(*) FROM articles").fetchone()
    print("open", flush=True)
    sys.stdin.read()
    """
)


def test_wal_deleted(reader: Reader, tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib", 20)
    reader.data.mkdir(parents=True)
    assert reader.find(QUERY, lib).code == 0
    # A second connection keeps the -wal from being folded in and removed when the run ends...
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_WAL, str(reader.index)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline() == "open\n"
    for i in range(20, 23):  # ...while new articles are indexed into it
        (lib / "part0" / f"late{i}.txt").write_text(
            f"Late ferry {i}\n\nThe late ferry {i} took crates of apples on the deck home.\n"
        )
    assert reader.find(QUERY, lib).code == 0
    wal = reader.index.with_name("library.sqlite3-wal")
    assert wal.exists() and wal.stat().st_size > 0
    holder.send_signal(signal.SIGKILL)  # a crash: nothing is checkpointed
    holder.wait(timeout=SAFETY_S)
    wal.unlink()
    result = reader.find(QUERY, lib)
    assert result.code == 0, result
    assert result.out == reader.clean(QUERY, lib, tmp_path).out
    assert integrity_ok(reader.index)


_LOCKER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("ROLLBACK")
    """
)


def test_index_locked_by_another_program_is_waited_out(reader: Reader, indexed: Path, tmp_path: Path) -> None:
    """Held 3 s here (under the 10 s busy timeout): the run waits for it and answers from the on-disk index."""
    locker = subprocess.Popen(
        [sys.executable, "-c", _LOCKER, str(reader.index), "3"], stdout=subprocess.PIPE, text=True
    )
    assert locker.stdout is not None and locker.stdout.readline() == "locked\n"
    (indexed / "part1" / "story001.txt").write_text("Changed\n\nNow crates of apples on the deck, changed.\n")
    result = finish(reader.start("--find", QUERY, str(indexed), "--json", "--limit", "25"))
    locker.wait(timeout=SAFETY_S)
    assert locker.returncode == 0
    assert result.code == 0, result
    assert result.err == ""  # waited, nothing lost, nothing to report
    assert result.out == reader.clean(QUERY, indexed, tmp_path).out
