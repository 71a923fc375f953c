"""What a folder of articles may hold besides articles, and articles that change under the index.

A symlink loop, a FIFO (opening it to read would wait forever), a device, a
200 MB file, names that are not UTF-8: each is skipped or read as it should
be, with one line naming it, and never stops the search of the rest.
"""

from __future__ import annotations

import json
import os
import resource
import stat
from pathlib import Path

import pytest

from reader.load.names import shown
from tests.faults.conftest import Reader, make_library

pytestmark = pytest.mark.faults
QUERY = "crates of apples on the deck"


def test_article_changed_or_deleted_between_indexing_and_query(reader: Reader, tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib", 12)
    before = reader.find(QUERY, lib)
    assert before.code == 0 and "story004.txt" in before.out and "story005.txt" in before.out
    (lib / "part1" / "story004.txt").write_text("Changed\n\nThe crates of pears stayed on the quay.\n")
    (lib / "part2" / "story005.txt").unlink()
    after = reader.find(QUERY, lib)
    assert after.code == 0 and after.err == ""
    assert after.out == reader.clean(QUERY, lib, tmp_path).out
    assert "story004.txt" not in after.out and "story005.txt" not in after.out
    pears = reader.find("crates of pears stayed on the quay", lib)
    assert pears.code == 0 and "story004.txt" in pears.out.splitlines()[0]


def test_symlink_loops(reader: Reader, tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib", 6)
    os.symlink(".", lib / "part0" / "again")  # a folder loop: never followed
    os.symlink(lib, lib / "part1" / "up")
    os.symlink("self.txt", lib / "self.txt")  # a file loop
    result = reader.find(QUERY, lib)
    assert result.code == 0
    assert result.out == reader.clean(QUERY, lib, tmp_path).out
    assert result.out.count("\n") == 6
    assert result.lines == [f"reader: skipped {lib / 'self.txt'}: cannot read it (Too many levels of symbolic links)"]


def test_fifo_and_device_in_the_folder_never_block(reader: Reader, tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib", 6)
    os.mkfifo(lib / "pipe.txt")  # no writer: a plain open() would wait forever
    os.symlink("/dev/zero", lib / "zero.txt")  # a device that never ends
    try:
        os.mknod(lib / "null.md", stat.S_IFCHR | 0o644, os.makedev(1, 3))
        devices = 2
    except OSError:  # no CAP_MKNOD here: the /dev/zero link stands for it
        devices = 1
    result = reader.find(QUERY, lib)  # the conftest's safety timeout fails the test if this hangs
    assert result.code == 0 and result.out.count("\n") == 6
    assert f"reader: skipped {lib / 'pipe.txt'}: it is a FIFO (named pipe), not an article file" in result.lines
    assert sum("it is a device, not an article file" in line for line in result.lines) == devices
    assert len(result.lines) == 1 + devices


def test_names_that_are_not_utf8(reader: Reader, tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib", 6)
    odd = os.fsdecode(os.fsencode(lib) + b"/caf\x9b \x1b[31mred.txt")
    Path(odd).write_text("Odd\n\nThe crates of apples on the deck were odd ones.\n", encoding="utf-8")
    result = reader.find(QUERY, lib)
    assert result.code == 0 and result.err == ""
    paths = [json.loads(line)["path"] for line in result.out.splitlines()]
    assert len(paths) == 7 and shown(odd) in paths and "\x1b" not in result.out
    assert shown(odd).endswith("caf\\x9b \\x1b[31mred.txt")
    text = reader.run("--find", "odd ones", str(lib))  # grep-style lines on a terminal-bound stream
    assert text.code == 0 and text.out.startswith(shown(odd) + ":3: ")
    article = reader.run("--json", os.fsencode(odd))
    assert article.code == 0 and json.loads(article.out)["source"]["path"] == shown(odd)
    missing = reader.run("--json", os.fsencode(lib) + b"/gone\x9b.txt")
    assert missing.code == 2 and missing.lines == [
        f"reader: {shown(str(lib))}/gone\\x9b.txt: no such file; check the path (reader --help shows usage)"
    ]
    assert '"schema": "reader.error/1"' in missing.out


def _memory_cap() -> None:
    # Far below 200 MB: reading the file whole would fail, so the size message proves it was not read.
    resource.setrlimit(resource.RLIMIT_AS, (160 << 20, 160 << 20))


def test_a_200_mb_file_is_refused_without_being_read(reader: Reader, tmp_path: Path) -> None:
    lib = make_library(tmp_path / "lib", 3)
    big = lib / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: takes no disk
    opened = reader.run("--json", str(big), preexec=_memory_cap)
    assert opened.code == 2
    assert opened.lines == [f"reader: {big} is 200.0 MB, over the 64 MB limit; pass --max-size 201 to open it anyway"]
    found = reader.run("--find", QUERY, str(lib), "--json", preexec=_memory_cap)
    assert found.code == 0 and found.out.count("\n") == 3
    assert found.lines == [
        f"reader: skipped {big}: it is 200.0 MB, over the 64 MB limit; pass --max-size 201 to search it anyway"
    ]
