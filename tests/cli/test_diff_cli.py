"""`reader --diff [--json] OLD NEW` in-process: one reader.diff/1 object, stdin for one side, errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.cli.errors import EXIT_ERROR, EXIT_OK
from tests.core.diff_pairs import FERRY, example


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(FERRY, encoding="utf-8")
    new.write_text(FERRY.replace("about 600", "about 900").replace("By Ana Kovac", "By Ola Berg"), encoding="utf-8")
    return old, new


def test_json_prints_one_diff_object(pair: tuple[Path, Path]) -> None:
    status, out, err = run(["--diff", "--json", str(pair[0]), str(pair[1])])
    assert (status, err) == (EXIT_OK, "")
    lines = out.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["schema"] == "reader.diff/1"
    assert data["old"]["path"] == str(pair[0]) and data["new"]["path"] == str(pair[1])
    assert len(data["old"]["sha256"]) == 64
    facets = [f for c in data["changes"] for f in c["facets"]]
    assert facets == ["byline", "number"]
    assert data["summary"]["numbers_changed"] == 1 and data["summary"]["silent"] == 1


def test_block_ids_match_each_sides_reader_json(pair: tuple[Path, Path]) -> None:
    _s, out, _e = run(["--diff", "--json", str(pair[0]), str(pair[1])])
    change = next(c for c in json.loads(out)["changes"] if c["new_block"])
    for side, path in (("old", pair[0]), ("new", pair[1])):
        _s, article_json, _e = run(["--json", str(path)])
        blocks = {b["id"]: b["text"] for b in json.loads(article_json)["blocks"]}
        assert blocks[change[f"{side}_block"]] == change[f"{side}_text"]


def test_stdin_for_one_side(pair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(pair[0].read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, _err = run(["--diff", "--json", "-", str(pair[1])])
    assert status == EXIT_OK
    data = json.loads(out)
    assert data["old"]["path"] is None and data["summary"]["numbers_changed"] == 1


def test_same_file_has_no_changes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(example(), encoding="utf-8")
    _s, out, _e = run(["--diff", "--json", str(path), str(path)])
    assert json.loads(out)["changes"] == []


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--diff", "--json", "only-one.txt"], ("two versions", "got 1 path")),
        (["--diff", "--json", "-", "-"], ("standard input",)),
        (["--diff", "--json", "missing-old.txt", "missing-new.txt"], ("missing-old.txt",)),
    ],
    ids=["one-path", "stdin-twice", "missing"],
)
def test_errors_are_one_line(args: list[str], words: tuple[str, ...]) -> None:
    status, out, err = run(args)
    assert status == EXIT_ERROR and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("reader: ") and "Traceback" not in err
    for word in words:
        assert word in err


def test_app_without_a_terminal_refuses(pair: tuple[Path, Path]) -> None:
    status, _out, err = run(["--diff", str(pair[0]), str(pair[1])])
    assert status == EXIT_ERROR and "terminal" in err


def test_markdown_versions(tmp_path: Path) -> None:
    text = (
        "# Ferry cuts crossings\n\nThe operator will run **two** crossings a day.\n\nIt said 600 people rely on it.\n"
    )
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("600 people", "650 people").replace("\n\nIt", "\n\n\nIt"), encoding="utf-8")
    _s, out, _e = run(["--diff", "--json", str(old), str(new)])
    (change,) = json.loads(out)["changes"]
    assert change["facets"] == ["number"] and change["edits"][0]["new_text"] == "650"


def test_diff_json_never_imports_textual(pair: tuple[Path, Path]) -> None:
    import subprocess

    code = (
        "import io, sys\n"
        "from reader.cli import main\n"
        f"status = main(['--diff', '--json', {str(pair[0])!r}, {str(pair[1])!r}], out=io.StringIO())\n"
        "print(status, any(m.split('.')[0] in ('textual', 'rich') for m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "False"]
