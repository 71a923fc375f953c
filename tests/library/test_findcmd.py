"""`reader --find`: output, JSON, quote diffs, exit codes, colour, and index fallbacks."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main
from reader.library import index as index_mod
from reader.store.paths import index_path


class Tty(io.StringIO):
    """A StringIO that claims to be a terminal, to check colour and progress."""

    def isatty(self) -> bool:
        return True


def find(*args: str, out: io.StringIO | None = None) -> tuple[int, str, str]:
    out = out or io.StringIO()
    err = io.StringIO()
    code = main(["--find", *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_grep_style_line_with_path_line_speaker_and_score(library: Path) -> None:
    code, out, err = find("bake every loaf by hand", str(library))
    assert code == 0, err
    first = out.splitlines()[0]
    assert first.startswith(f"{library / 'bakery.txt'}:5: ")
    assert "We bake every loaf by hand before dawn" in first
    assert "\u2014 Rosa Kettle" in first
    assert first.endswith("[100]")
    assert "\x1b[" not in out  # not a terminal: plain


def test_typo_order_and_dropped_words(library: Path) -> None:
    code, out, _ = find("he clarifed he ment he would be in his Sheffeld seat", str(library), "--limit", "1")
    assert code == 0
    assert out.startswith(f"{library / 'news' / 'harbour.txt'}:7: ")
    assert len(out.splitlines()) == 1


def test_json_objects_have_the_documented_fields(library: Path) -> None:
    code, out, _ = find("drones patrol the harbour at night", str(library), "--json")
    assert code == 0
    hits = [json.loads(line) for line in out.splitlines()]
    top = hits[0]
    assert {"path", "line", "score", "text", "match", "speaker", "title"} <= set(top)
    assert top["path"] == str(library / "news" / "harbour.txt")
    assert top["line"] == 3 and top["title"] == "Harbour drones win council vote"
    start, end = top["match"]
    assert top["text"][start:end] == "drones patrol the harbour at night"
    assert isinstance(top["score"], int) and 0 <= top["score"] <= 100
    assert top["score"] == 100 and all(h["score"] <= 100 for h in hits)


def test_quotes_only_with_a_word_diff_for_a_misquote(library: Path) -> None:
    code, out, _ = find("I retracted absolutely nothing", str(library), "--quotes")
    assert code == 0
    lines = out.splitlines()
    assert "I retracted nothing" in lines[0] and "Tom Hale" in lines[0]
    assert lines[1].strip() == "diff: I retracted [-absolutely-] nothing"


def test_quotes_only_json_carries_the_diff_and_skips_plain_sentences(library: Path) -> None:
    code, out, _ = find("I retracted absolutely nothing", str(library), "--quotes", "--json")
    hit = json.loads(out.splitlines()[0])
    assert hit["speaker"] == "Tom Hale" and hit["kind"] == "quote"
    assert {"op": "delete", "text": "absolutely"} in hit["diff"]
    code, out, _ = find("judges praised the crust", str(library), "--quotes")
    assert code == 1 and out == ""


def test_word_for_word_quote_has_no_diff(library: Path) -> None:
    _, out, _ = find("We bake every loaf by hand", str(library), "--quotes")
    assert "diff:" not in out


def test_colour_on_a_terminal_and_not_with_no_color(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, out, _ = find("first place", str(library), out=Tty())
    assert "\x1b[1;31mfirst place\x1b[0m" in out
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = find("first place", str(library), out=Tty())
    assert "\x1b[" not in out


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["zzqx wvvq"], 1, ""),
        (["   "], 2, "no words"),
        (["bread", "/nonexistent/place"], 2, "no such file or folder"),
        (["bread", "-"], 2, "standard input"),
    ],
    ids=["no-hits", "blank-query", "missing-path", "stdin"],
)
def test_exit_codes(library: Path, args: list[str], code: int, message: str) -> None:
    argv = args if len(args) > 1 else [*args, str(library)]
    got, out, err = find(*argv)
    assert got == code
    assert message in err
    if code == 2:
        assert len(err.splitlines()) == 1 and err.startswith("reader: ")


def test_progress_on_a_terminal_only(library: Path) -> None:
    err = Tty()
    assert main(["--find", "bread", str(library)], out=io.StringIO(), err=err) == 0
    assert "indexing 3/3" in err.getvalue()
    assert err.getvalue().startswith("\rchecking the index of 3 files…")  # said before any slow work
    (library / "new.txt").write_text("Rye bread returns\n\nThe rye bread is back.\n", encoding="utf-8")
    code, _, plain_err = find("rye bread", str(library))  # indexes new.txt, but stderr is not a terminal
    assert code == 0 and "indexing" not in plain_err


def test_limit(library: Path) -> None:
    _, out, _ = find("the", str(library), "--limit", "2")
    assert len(out.splitlines()) == 2


def test_folder_without_articles_exits_1(tmp_path: Path) -> None:
    code, _, err = find("bread", str(tmp_path))
    assert code == 1 and "no .txt or .md" in err


def test_corrupt_index_is_set_aside_and_rebuilt_with_one_notice(library: Path) -> None:
    path = index_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"garbage, not a database " * 200)
    code, out, err = find("sourdough loaf", str(library))
    assert code == 0 and "bakery.txt" in out
    assert len(err.splitlines()) == 1 and "set it aside" in err and "rebuilt" in err
    aside = path.with_name(path.name + ".corrupt")
    assert aside.read_bytes().startswith(b"garbage")  # kept for the user to inspect
    code, _, err = find("sourdough loaf", str(library))  # the rebuilt index is used from now on
    assert code == 0 and err == ""


def test_unwritable_data_dir_falls_back_to_memory(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("READER_DATA_DIR", str(blocker / "data"))  # a folder under a file cannot exist
    code, out, err = find("sourdough loaf", str(library))
    assert code == 0 and "bakery.txt" in out
    assert "searching in memory" in err


def test_read_only_index_falls_back_to_memory(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert find("sourdough loaf", str(library))[0] == 0
    real_open: Any = sqlite3.connect

    def read_only(path: str, *args: Any, **kwargs: Any) -> Any:
        if str(path) == str(index_path()):
            kwargs.pop("isolation_level", None)
            return real_open(f"file:{path}?mode=ro", *args, uri=True, isolation_level=None, **kwargs)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only)
    (library / "bakery.txt").write_text("Fresh news about rye bread.\n", encoding="utf-8")  # forces a write
    code, out, err = find("rye bread", str(library))
    assert code == 0 and "bakery.txt" in out
    assert "searching in memory" in err


def test_locked_index_falls_back_to_memory(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert find("sourdough loaf", str(library))[0] == 0
    monkeypatch.setattr(index_mod, "BUSY_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(index_path(), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        (library / "bakery.txt").write_text("Fresh news about rye bread.\n", encoding="utf-8")
        code, out, err = find("rye bread", str(library))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 0 and "bakery.txt" in out
    assert "locked" in err and "searching in memory" in err


def _run(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "reader", *args], env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


@pytest.mark.slow
def test_two_processes_at_once_share_the_index(library: Path) -> None:
    for i in range(30):
        (library / f"extra{i:02d}.txt").write_text(
            f"Extra story {i}\n\nA lighthouse keeper counted {i} gulls.\n", encoding="utf-8"
        )
    env = {**os.environ, "NO_COLOR": "1"}
    procs = [_run(["--find", "lighthouse keeper counted 7 gulls", str(library), "--limit", "1"], env) for _ in range(2)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert results[0][0] == results[1][0] and "extra07.txt:3:" in results[0][0]
    assert all("searching in memory" not in err for _, err in results)
    conn = sqlite3.connect(index_path())
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*), count(DISTINCT path) FROM articles").fetchone() == (33, 33)
    conn.close()


@pytest.mark.slow
def test_installed_command_prints_hits_and_exit_status(library: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "--find", "sourdogh loaf", str(library)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0
    assert proc.stdout.startswith(f"{library / 'bakery.txt'}:3: ")
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "--find", "zzqx wvvq", str(library)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (proc.returncode, proc.stdout) == (1, "")


@pytest.mark.shared
def test_reference_article_quote_is_the_first_hit_across_the_shared_articles() -> None:
    from tests.shared import shared_dir

    root = shared_dir("articles")
    code, out, _ = find("complex right decison", str(root), "--json", "--limit", "3")
    assert code == 0
    top = json.loads(out.splitlines()[0])
    assert top["path"].endswith("openai-nato.txt")
    start, end = top["match"]
    assert top["text"][start:end] == "complex, but right decision"
    lines = (root / "seed" / "openai-nato.txt").read_text(encoding="utf-8").splitlines()
    assert "complex, but right decision" in lines[top["line"] - 1]
