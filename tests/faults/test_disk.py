"""A data directory that cannot be written, and a full disk.

The library index is only a cache of the articles, so when it cannot be
written the search runs on an index in memory: the same answer, one line
saying why and what to do. A reading position that cannot be saved is
reported and the one saved before stays as it was.
"""

from __future__ import annotations

import contextlib
import resource
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.faults.conftest import Reader, make_library

pytestmark = pytest.mark.faults
QUERY = "crates of apples on the deck"


@contextlib.contextmanager
def tmpfs(where: Path, options: str) -> Iterator[Path]:
    """A small tmpfs mounted at `where`, or skip if not allowed.

    We run as root, so chmod cannot make a folder read-only; a read-only mount can.
    """
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def file_size_limit(size: int) -> Callable[[], None]:
    """A `preexec_fn` doing `ulimit -f`: every write past `size` bytes fails with EFBIG (Python ignores SIGXFSZ)."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return apply


def test_read_only_data_directory_searches_in_memory(reader: Reader, tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib", 20)
    with tmpfs(tmp_path / "ro", "size=8m") as data:
        assert reader.find(QUERY, lib, data=data).code == 0  # a good index first: it must survive
        before = (data / "library.sqlite3").read_bytes()
        subprocess.run(["mount", "-o", "remount,ro", str(data)], check=True)
        (lib / "part0" / "story000.txt").write_text("Ferry news\n\nA new story of crates of apples on the deck.\n")
        result = reader.find(QUERY, lib, data=data)
        assert result.code == 0
        assert result.out == reader.clean(QUERY, lib, tmp_path).out
        assert len(result.lines) == 1 and "searching in memory" in result.err
        assert "READER_DATA_DIR" in result.err  # what to do
        assert (data / "library.sqlite3").read_bytes() == before


def test_data_directory_that_cannot_exist_searches_in_memory(reader: Reader, tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib", 10)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = reader.find(QUERY, lib, data=blocker / "data")
    assert result.code == 0 and result.out == reader.clean(QUERY, lib, tmp_path).out
    assert len(result.lines) == 1 and "searching in memory" in result.err


def test_full_disk_by_file_size_limit(reader: Reader, tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib", 20)
    args = ("--find", QUERY, str(lib), "--json", "--limit", "25")
    result = reader.run(*args, preexec=file_size_limit(16 * 1024))
    assert result.code == 0, result
    assert result.out == reader.clean(QUERY, lib, tmp_path).out
    assert len(result.lines) == 1 and "searching in memory" in result.err
    assert "disk" in result.err.split("searching in memory")[1]  # what to do
    again = reader.run(*args)  # space again: the index is built in full, nothing half-written is used
    assert again.code == 0 and again.err == "" and again.out == result.out


def test_full_tmpfs(reader: Reader, tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib", 20)
    with tmpfs(tmp_path / "small", "size=16k") as data:
        result = reader.find(QUERY, lib, data=data)
        assert result.code == 0, result
        assert result.out == reader.clean(QUERY, lib, tmp_path).out
        assert len(result.lines) == 1 and "searching in memory" in result.err


_SAVE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from reader.store.state import ArticleState, JsonStore

    store = JsonStore(Path(sys.argv[1]))
    store.save("ab" * 32, ArticleState("b99", {"a": "b98", "b": "b97", "c": "b96"}))
    print(store.notices[0] if store.notices else "")
    """
)


def test_full_disk_keeps_the_position_saved_before(reader: Reader) -> None:
    from reader.store.state import ArticleState, JsonStore

    JsonStore(reader.state).save("ab" * 32, ArticleState("b7", {"a": "b2"}))
    done = subprocess.run(
        [sys.executable, "-c", _SAVE, str(reader.state)],
        capture_output=True,
        text=True,
        env=reader.env,
        preexec_fn=file_size_limit(16),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "could not save reading position" in done.stdout
    state = JsonStore(reader.state).load("ab" * 32)
    assert (state.position, state.marks) == ("b7", {"a": "b2"})
    assert sorted(p.name for p in reader.state.iterdir()) == ["ab" * 32 + ".json"]  # no temp file left
