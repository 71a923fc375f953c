"""Several `reader --find` at once on a fresh index: every one gives the same, complete answer.

Before the indexing lock, the run started first often printed no hits or
missed some: the second run deleted and re-inserted its rows, so the article
ids the first had collected pointed at nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.faults.conftest import Reader, finish, indexed_count, integrity_ok, lock_is_held, make_library, wait_for
from tests.shared import shared_dir

pytestmark = pytest.mark.faults
QUERY = "crates of apples on the deck"


def indexing_started(index: Path) -> bool:
    """The first run holds the indexing lock, or (code without the lock) has committed its first rows."""
    return lock_is_held(index) or indexed_count(index) > 0


@pytest.mark.parametrize("runs", [2, 4])
def test_concurrent_indexers_give_every_process_the_complete_answer(reader: Reader, tmp_path: Path, runs: int) -> None:
    lib = make_library(tmp_path / "lib", 150, extra=40)  # long enough that indexing overlaps
    every = ("--find", QUERY, str(lib), "--json", "--limit", "1000")  # every article matches: all must be listed
    first = reader.start(*every)
    wait_for(lambda: indexing_started(reader.index), "the first run to start indexing", proc=first)
    others = [reader.start(*every) for _ in range(runs - 1)]
    results = [finish(p) for p in [first, *others]]
    expected = reader.clean(QUERY, lib, tmp_path, "--limit", "1000")
    assert expected.out.count("\n") == 150
    for r in results:
        assert r.code == 0, r
        assert r.out == expected.out
        assert "searching in memory" not in r.err
    # A run that met the lock says so, in one line, and nothing else.
    waited = [r for r in results[1:] if r.err]
    assert waited, "no run met the lock held by the first"
    for r in waited:
        assert r.lines == ["reader: waiting for another reader indexing this folder\u2026"]
    assert results[0].err == ""
    assert integrity_ok(reader.index)


def test_a_warm_index_is_searched_without_waiting_for_the_lock(reader: Reader, library: Path) -> None:
    assert reader.find(QUERY, library).code == 0
    busy = reader.start("--find", "apples on the deck", str(library), "--json")  # warm: takes no lock
    quiet = reader.find(QUERY, library)
    assert finish(busy).code == 0
    assert quiet.code == 0 and quiet.err == ""


@pytest.mark.shared
def test_the_issue_reproduction_on_the_shared_articles(reader: Reader, tmp_path: Path) -> None:
    """Issue 14's steps: two runs 0.3 s apart (here: the second once the first holds the lock), then a third."""
    lib = tmp_path / "articles"
    shutil.copytree(shared_dir("articles"), lib)
    args = ("--find", "record profits", str(lib), "--json", "--limit", "25")
    first = reader.start(*args)
    wait_for(lambda: indexing_started(reader.index), "the first run to start indexing", proc=first)
    second = reader.start(*args)
    a, b = finish(first), finish(second)
    c = reader.run(*args)
    assert (a.code, b.code, c.code) == (0, 0, 0), (a.err, b.err, c.err)
    assert a.out == b.out == c.out and c.out.count("\n") == 25
    assert "waiting for another reader" in b.err
