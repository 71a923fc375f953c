"""`reader.cli.main(argv)` in-process: exit codes, one-line errors, and what reaches the JSON."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main
from reader.cli.errors import EXIT_ERROR, EXIT_OK

ARTICLE = (
    "Ferry Operator Cuts Winter Timetable\n\n"
    "By Ana Kovac\n\n"
    "The operator said on Monday it would run two crossings a day until March.\n\n"
    "\u201cWe have no choice,\u201d the company\u2019s chief executive told staff.\n"
)
HOSTILE = (
    "Council \x1b[31mVotes\x1b[0m on Budget\n\n"
    "The council voted \x1b]52;c;c2VjcmV0\x07on Tuesday\x1b]0;PWNED\x07 after a long debate.\x07\n\n"
    "Members back\x08\x08ed the [bold red]plan[/] and read [link=https://example.org]the notes[/link] aloud.\n"
)


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def strings(value: Any) -> Iterator[str]:
    """Every string inside decoded JSON, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def assert_one_error_line(err: str, *words: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("reader: "), err
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0], (word, lines[0])


BAD_INPUTS: list[tuple[str, Callable[[Path], Path], str]] = [
    ("missing", lambda d: d / "nope.txt", "no such file"),
    ("binary", lambda d: write(d, "x.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary"),
    ("mostly-non-text", lambda d: write(d, "x.dat", bytes(range(1, 32)) * 40), "binary"),
    ("empty", lambda d: write(d, "e.txt", b""), "empty"),
    ("whitespace", lambda d: write(d, "w.txt", b" \r\n\t\n   \n"), "empty"),
    ("bad-utf16", lambda d: write(d, "u.txt", b"\xff\xfe\x00"), "byte-order mark"),
]


@pytest.mark.parametrize(("name", "make", "word"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
@pytest.mark.parametrize("mode", [[], ["--json"]], ids=["app", "json"])
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, name: str, make: Callable[[Path], Path], word: str, mode: list[str]
) -> None:
    status, _, err = run([*mode, str(make(tmp_path))])
    assert status == EXIT_ERROR
    assert_one_error_line(err, word)


def test_directory_in_json_mode(tmp_path: Path) -> None:
    status, out, err = run(["--json", str(tmp_path)])
    assert status == EXIT_ERROR
    assert_one_error_line(err, "folder")
    assert json.loads(out)["schema"] == "reader.error/1"


@pytest.mark.parametrize("mode", [[], ["--json"]], ids=["app", "json"])
def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: list[str]) -> None:
    """Tests run as root, which reads chmod 000 files: simulate the refusal instead."""
    path = write(tmp_path, "locked.txt", ARTICLE.encode())
    path.chmod(0)

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    status, _, err = run([*mode, str(path)])
    assert status == EXIT_ERROR
    assert_one_error_line(err, "permission denied")


@pytest.mark.parametrize("mode", [[], ["--json"]], ids=["app", "json"])
def test_over_size_limit_names_the_option(tmp_path: Path, mode: list[str]) -> None:
    path = write(tmp_path, "big.txt", (ARTICLE * 200).encode())
    status, _, err = run([*mode, "--max-size", "0.01", str(path)])
    assert status == EXIT_ERROR
    assert_one_error_line(err, "--max-size", "0.01 MB")


def test_size_limit_can_be_lifted(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", (ARTICLE * 200).encode())
    status, out, err = run(["--json", "--max-size", "1", str(path)])
    assert (status, err) == (EXIT_OK, "")
    assert json.loads(out)["schema"] == "reader.article/1"


def test_cp1252_curly_quotes(tmp_path: Path) -> None:
    path = write(tmp_path, "legacy.txt", ARTICLE.replace("\r", "").encode("cp1252").replace(b"\n", b"\r\n"))
    status, out, err = run(["--json", str(path)])
    assert (status, err) == (EXIT_OK, "")
    data = json.loads(out)
    assert data["source"]["encoding"] == "cp1252"
    text = "\n".join(b["text"] for b in data["blocks"])
    assert "company\u2019s" in text
    assert "\u201cWe have no choice,\u201d" in text
    assert "\u00e2\u20ac" not in text  # no UTF-8-as-cp1252 mojibake
    assert "\r" not in out


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda s: s.encode("utf-16"), "utf-16"),
        (lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"), "utf-8-sig"),
        (lambda s: s.encode("utf-8"), "utf-8"),
    ],
)
def test_unicode_encodings(tmp_path: Path, encode: Callable[[str], bytes], encoding: str) -> None:
    path = write(tmp_path, "a.txt", encode(ARTICLE))
    status, out, _ = run(["--json", str(path)])
    assert status == EXIT_OK
    data = json.loads(out)
    assert data["source"]["encoding"] == encoding
    assert data["source"]["path"] == str(path)
    assert "company\u2019s" in "\n".join(b["text"] for b in data["blocks"])
    assert not any(b["text"].startswith("\ufeff") for b in data["blocks"])


def test_hostile_text_never_reaches_json(tmp_path: Path) -> None:
    path = write(tmp_path, "hostile.txt", HOSTILE.encode())
    status, out, err = run(["--json", str(path)])
    assert (status, err) == (EXIT_OK, "")
    for bad in ("\x1b", "\x07", "\x08", "\\u001b", "\\u0007", "\\u0008", "52;c;", "PWNED"):
        assert bad not in out, bad
    data = json.loads(out)
    for s in strings(data):
        assert not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) < 0xA0 for c in s), repr(s)
    text = "\n".join(b["text"] for b in data["blocks"])
    assert "[bold red]plan[/]" in text
    assert "[link=https://example.org]the notes[/link]" in text


def test_json_keeps_going_past_a_bad_file(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", ARTICLE.encode())
    bad = tmp_path / "missing.txt"
    other = write(tmp_path, "other.md", b"# Title\n\nSome *emphasis* here.\n")
    status, out, err = run(["--json", str(good), str(bad), str(other)])
    assert status == EXIT_ERROR
    assert_one_error_line(err, "missing.txt")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["schema"] for r in rows] == ["reader.article/1", "reader.error/1", "reader.article/1"]
    assert rows[1]["path"] == str(bad)
    assert "no such file" in rows[1]["error"]
    assert rows[2]["source"]["format"] == "markdown"


def test_json_lines_one_object_per_file(tmp_path: Path) -> None:
    paths = [str(write(tmp_path, f"{i}.txt", ARTICLE.encode())) for i in range(3)]
    status, out, _ = run(["--json", *paths])
    assert status == EXIT_OK
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["source"]["path"] for r in rows] == paths
    assert all(r["meta"]["title"] for r in rows)


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_exit_0(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run([flag])
    assert status == EXIT_OK
    printed = capsys.readouterr().out
    assert ("reader 0." in printed) if flag == "--version" else ("--max-size" in printed and "--json" in printed)
    assert err == ""


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        ([], "no article given"),
        (["--limit", "0", "--find", "x", "."], "--limit"),
        (["--json", "--max-size", "inf", "-"], "--max-size"),
        (["--json", "--max-size", "nan", "-"], "--max-size"),
        (["--json", "--max-size", "0", "-"], "--max-size"),
        (["--max-size", "-3", "a.txt"], "--max-size"),
    ],
)
def test_usage_errors_one_line(argv: list[str], word: str) -> None:
    status, out, err = run(argv)
    assert status == EXIT_ERROR
    assert out == ""
    assert_one_error_line(err, word)


def test_unknown_option_is_exit_2_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, _ = run(["--no-such-option", "x.txt"])
    assert status == EXIT_ERROR
    printed = capsys.readouterr().err
    assert "Traceback" not in printed
    assert printed.splitlines()[-1].startswith("reader: error:")


def test_stdin_only_on_its_own(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE.encode())
    status, _, err = run(["-", str(path)])
    assert status == EXIT_ERROR
    assert_one_error_line(err, "standard input")


def test_missing_spacy_is_one_line(tmp_path: Path) -> None:
    pytest.importorskip("reader.core.entities")
    try:
        import spacy  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("spaCy is installed here")
    path = write(tmp_path, "a.txt", ARTICLE.encode())
    status, _, err = run(["--json", "--ner", "spacy", str(path)])
    assert status == EXIT_ERROR
    assert_one_error_line(err, "spacy")


def test_internal_error_is_one_line_and_json_keeps_going(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in a later stage must not print a traceback or stop the other files."""
    import reader.core

    real = reader.core.read_article

    def flaky(text: str, **kwargs: Any) -> Any:
        if "explode" in text:
            raise ValueError("simulated analysis bug")
        return real(text, **kwargs)

    monkeypatch.setattr(reader.core, "read_article", flaky)
    bad = write(tmp_path, "bad.txt", b"Title\n\nThis one will explode.\n")
    good = write(tmp_path, "good.txt", ARTICLE.encode())
    status, out, err = run(["--json", str(bad), str(good)])
    assert status == EXIT_ERROR
    assert_one_error_line(err, "simulated analysis bug")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["schema"] for r in rows] == ["reader.error/1", "reader.article/1"]


def test_hostile_file_name_stays_one_clean_line(tmp_path: Path) -> None:
    name = tmp_path / "evil\x1b]0;PWNED\x07\nsecond line.txt"
    status, out, err = run(["--json", str(name)])
    assert status == EXIT_ERROR
    assert_one_error_line(err, "no such file")
    assert "\x1b" not in err and "\x07" not in err
    assert json.loads(out)["path"] == str(name)
