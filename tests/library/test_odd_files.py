"""File names that are not UTF-8, and things in a folder that are not article files."""

from __future__ import annotations

import base64
import io
import json
import os
from pathlib import Path

import pytest

from reader.cli import main
from reader.load.names import from_key, shown, to_key

ODD = os.fsdecode(b"caf\x9b\x1b]0;x.txt")
"""A name with a byte that is not UTF-8 and an escape sequence a terminal would obey."""


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("name", ["plain.txt", ODD, os.fsdecode(b"\xff\xfe.md")])
def test_index_keys_round_trip(name: str) -> None:
    key = to_key("/lib/" + name)
    key.encode("utf-8")
    assert from_key(key) == "/lib/" + name
    assert shown(name).encode("utf-8") and "\x1b" not in shown(name)


def test_find_and_json_work_for_a_folder_with_a_non_utf8_name(library: Path) -> None:
    odd = library / ODD
    odd.write_text("Odd name story\n\nA ferryman rowed the cheese across the lake.\n", encoding="utf-8")
    code, out, err = run("--find", "ferryman rowed the cheese", str(library))
    assert code == 0, err
    assert out.startswith(shown(str(odd)) + ":3: ") and "\\x9b" in out and "\x1b" not in out
    code, out, err = run("--find", "bake every loaf", str(library))  # the rest of the folder still works
    assert code == 0 and "bakery.txt" in out
    code, out, _ = run("--find", "ferryman rowed the cheese", str(library), "--json")
    hit = json.loads(out.splitlines()[0])
    assert hit["path"] == shown(str(odd))
    assert base64.b64decode(hit["path_bytes"]) == os.fsencode(str(odd))
    code, out, err = run("--json", str(odd))
    assert code == 0, err
    article = json.loads(out)
    assert article["source"]["path"] == shown(str(odd))


def test_fifo_device_and_oversized_file_are_skipped_without_reading(library: Path) -> None:
    os.mkfifo(library / "pipe.txt")  # opening it to read would wait for a writer forever
    os.symlink("/dev/zero", library / "zero.txt")  # a device: never ends
    big = library / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: no disk used
    code, out, err = run("--find", "bake every loaf", str(library))
    assert code == 0 and "bakery.txt" in out
    assert "pipe.txt: it is a FIFO (named pipe), not an article file" in err
    assert "zero.txt: it is a device" in err
    assert "huge.txt: it is 200.0 MB, over the 64 MB limit; pass --max-size 201" in err
