"""--copy-command and READER_COPY_COMMAND: parsed without a shell, checked early, handed to the app."""

from __future__ import annotations

import io
import shlex
import sys
from pathlib import Path

import pytest

from reader.cli import launch, main
from reader.cli.args import build_parser
from reader.cli.errors import EXIT_ERROR, EXIT_OK
from reader.store.clipboard import COMMAND_ENV, Clipboard
from reader.ui.app import ReaderApp

PYTHON = shlex.quote(sys.executable)


def run(argv: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    return main(argv, out=io.StringIO(), err=err), err.getvalue()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(
        "Ferry Timetable Cut\n\nThe operator said on Monday it would run two crossings.\n", encoding="utf-8"
    )
    return path


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[ReaderApp]:
    """Apps that `reader PATH` would run, without a terminal: run() only records them."""
    apps: list[ReaderApp] = []
    monkeypatch.setattr(launch, "_has_terminal", lambda: True)
    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **k: apps.append(self))
    return apps


def test_the_option_is_kept_as_written_and_defaults_to_none() -> None:
    parser = build_parser()
    assert parser.parse_args(["a.txt"]).copy_command is None
    args = parser.parse_args(["--copy-command", "xclip -selection clipboard", "a.txt"])
    assert args.copy_command == "xclip -selection clipboard"
    assert parser.parse_args(["--copy-command=", "a.txt"]).copy_command == ""


def test_unbalanced_quotes_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run(["--copy-command", 'xclip "-selection', "a.txt"])
    assert status == EXIT_ERROR
    said = capsys.readouterr().err
    assert "argument --copy-command" in said and "cannot split copy command" in said


def test_the_variable_named_in_the_help_is_the_one_read() -> None:
    from reader.cli import args

    assert args.COMMAND_ENV == COMMAND_ENV


def test_help_names_the_option_and_the_variable(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--help"])[0] == EXIT_OK
    said = capsys.readouterr().out
    assert "--copy-command CMD" in said and COMMAND_ENV in said


def test_a_program_that_is_not_there_is_one_line_before_the_app(article: Path, opened: list[ReaderApp]) -> None:
    status, err = run(["--copy-command", "no-such-copy-tool-for-reader --x", str(article)])
    assert status == EXIT_ERROR and opened == []
    assert (
        err == "reader: --copy-command: no-such-copy-tool-for-reader: no such program; check the spelling or the PATH\n"
    )


def test_a_bad_variable_is_one_line(article: Path, opened: list[ReaderApp], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(COMMAND_ENV, "wl-copy 'unclosed")
    status, err = run([str(article)])
    assert status == EXIT_ERROR and opened == []
    assert err.startswith("reader: cannot split copy command") and err.count("\n") == 1


def test_the_app_is_handed_the_command(article: Path, opened: list[ReaderApp], tmp_path: Path) -> None:
    assert run(["--copy-command", f"{PYTHON} -c pass", str(article)])[0] == EXIT_OK
    (app,) = opened
    assert isinstance(app.copier, Clipboard)
    assert app.copier.command == (sys.executable, "-c", "pass")
    assert app.copier.path == tmp_path / "data" / "citation.txt"


def test_the_variable_is_used_and_the_option_wins(
    article: Path, opened: list[ReaderApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(COMMAND_ENV, "program-checked-only-when-used --flag")
    assert run([str(article)])[0] == EXIT_OK  # a variable may be meant for another machine: not checked here
    assert run(["--copy-command", f"{PYTHON} -c pass", str(article)])[0] == EXIT_OK
    assert run(["--copy-command", "", str(article)])[0] == EXIT_OK
    commands = [app.copier.command if isinstance(app.copier, Clipboard) else "?" for app in opened]
    assert commands == [("program-checked-only-when-used", "--flag"), (sys.executable, "-c", "pass"), None]


def test_the_library_app_is_handed_the_clipboard_too(tmp_path: Path, opened: list[ReaderApp]) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "one.txt").write_text("One\n\nA passage about ferries.\n", encoding="utf-8")
    assert run([str(folder)])[0] == EXIT_OK
    (app,) = opened
    assert isinstance(app.copier, Clipboard) and app.copier.command is None
