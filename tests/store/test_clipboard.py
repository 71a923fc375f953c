"""The clipboard service: copy command, OSC 52, tmux's set-clipboard, and the citation file."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from reader.store.clipboard import (
    COMMAND_ENV,
    Clipboard,
    Ran,
    parse_command,
    parse_set_clipboard,
    resolve_command,
    run,
)

CITATION = "A passage.\n— “A title”, Harbour Gazette"


class FakeRunner:
    """Records each call; answers from a table keyed by the program name, or raises what it is given."""

    def __init__(self, answers: dict[str, Ran | BaseException] | None = None) -> None:
        self.answers = answers or {}
        self.calls: list[tuple[tuple[str, ...], str | None, float]] = []

    def __call__(self, argv: Sequence[str], stdin: str | None, timeout: float) -> Ran:
        self.calls.append((tuple(argv), stdin, timeout))
        answer = self.answers.get(argv[0], Ran(0))
        if isinstance(answer, BaseException):
            raise answer
        return answer


def clip(
    tmp_path: Path,
    command: Sequence[str] | None = None,
    *,
    tmux: str | None = None,
    answers: dict[str, Ran | BaseException] | None = None,
) -> Clipboard:
    """A clipboard writing under tmp_path/data; `tmux` is what `show-options` prints (None: not in tmux)."""
    env = {"TMUX": "/tmp/tmux-1000/default,1,0"} if tmux is not None else {}
    table = dict(answers or {})
    if tmux is not None:
        table.setdefault("tmux", Ran(0, tmux + "\n"))
    return Clipboard(command, tmp_path / "data", environ=env, runner=FakeRunner(table), home=tmp_path)


def calls(c: Clipboard) -> list[tuple[tuple[str, ...], str | None, float]]:
    assert isinstance(c.runner, FakeRunner)
    return c.runner.calls


def test_command_gets_the_text_on_stdin_and_the_file_is_written(tmp_path: Path) -> None:
    c = clip(tmp_path, ("wl-copy",))
    copied = c.copy(CITATION)
    assert copied.message == "copied with citation (wl-copy)"
    assert copied.severity == "information" and not copied.terminal
    ((argv, stdin, timeout),) = calls(c)
    assert argv == ("wl-copy",) and stdin == CITATION and 0 < timeout <= 5
    assert copied.path == tmp_path / "data" / "citation.txt"
    assert copied.path.read_text(encoding="utf-8") == CITATION + "\n"
    assert [p.name for p in (tmp_path / "data").iterdir()] == ["citation.txt"]  # no temporary file left


def test_long_command_is_shortened_in_the_message(tmp_path: Path) -> None:
    c = clip(tmp_path, ("xclip", "-selection", "clipboard"))
    assert c.copy(CITATION).message == "copied with citation (xclip -selection clipboard)"
    long = clip(tmp_path, ("/usr/local/bin/some-long-clipboard-tool", "--primary", "--trim"))
    assert long.copy(CITATION).message.endswith("…)")


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (FileNotFoundError(2, "No such file or directory"), "command not found"),
        (subprocess.TimeoutExpired(["wl-copy"], 3.0), "no answer after 3 s"),
        (PermissionError(13, "Permission denied"), "Permission denied"),
        (Ran(1, "", "Failed to connect to a Wayland server\nmore\n"), "exit status 1: Failed to connect to a Wayland"),
        (Ran(4), "exit status 4"),
    ],
)
def test_a_failing_command_is_one_clear_message_and_falls_back(
    tmp_path: Path, answer: Ran | BaseException, said: str
) -> None:
    c = clip(tmp_path, ("wl-copy",), answers={"wl-copy": answer})
    copied = c.copy(CITATION)
    assert copied.severity == "error" and copied.terminal  # OSC 52 is still tried
    assert copied.message.startswith(f"wl-copy failed ({said}")
    assert "OSC 52" in copied.message and "~/data/citation.txt" in copied.message
    assert "\n" not in copied.message
    assert (tmp_path / "data" / "citation.txt").exists()


def test_osc52_outside_tmux_says_it_may_be_ignored_and_where_the_file_is(tmp_path: Path) -> None:
    c = clip(tmp_path)
    copied = c.copy(CITATION)
    assert copied.terminal and copied.severity == "information"
    assert copied.message == (
        "sent to the terminal clipboard (OSC 52); if your terminal ignores it, it is also in ~/data/citation.txt"
    )
    assert calls(c) == []  # no TMUX: tmux is not asked


@pytest.mark.parametrize("value", ["external", "off"])
def test_tmux_that_drops_osc52_is_named_with_the_two_fixes(tmp_path: Path, value: str) -> None:
    c = clip(tmp_path, tmux=value)
    copied = c.copy(CITATION)
    assert copied.severity == "warning" and copied.terminal
    assert f"tmux will not pass OSC 52 on (set-clipboard is {value})" in copied.message
    assert "~/data/citation.txt" in copied.message
    assert '--copy-command "tmux load-buffer -"' in copied.message
    assert "set -g set-clipboard on" in copied.message
    ((argv, stdin, timeout),) = calls(c)
    assert argv == ("tmux", "show-options", "-gv", "set-clipboard") and stdin is None and timeout <= 1


def test_tmux_with_set_clipboard_on_passes_osc52(tmp_path: Path) -> None:
    copied = clip(tmp_path, tmux="on").copy(CITATION)
    assert copied.severity == "information" and copied.message.startswith("sent to the terminal clipboard (OSC 52)")


@pytest.mark.parametrize(
    "answer", [Ran(1, "", "no server running"), FileNotFoundError(2, "no tmux"), subprocess.TimeoutExpired("tmux", 0.5)]
)
def test_tmux_that_cannot_be_asked_is_reported_as_uncertain(tmp_path: Path, answer: Ran | BaseException) -> None:
    c = clip(tmp_path, tmux="on", answers={"tmux": answer})
    copied = c.copy(CITATION)
    assert copied.severity == "warning"
    assert copied.message.startswith("tmux may not pass OSC 52 on")
    assert "~/data/citation.txt" in copied.message


def test_a_copy_command_is_used_even_inside_tmux(tmp_path: Path) -> None:
    c = clip(tmp_path, ("tmux", "load-buffer", "-"), tmux="external")
    copied = c.copy(CITATION)
    assert copied.message == "copied with citation (tmux load-buffer -)" and not copied.terminal
    assert [argv for argv, _, _ in calls(c)] == [("tmux", "load-buffer", "-")]


@pytest.mark.parametrize(
    ("output", "value"),
    [("on\n", "on"), ("external\n", "external"), ("off", "off"), (" ON \n", "on"), ("", None), ("maybe\n", None)],
)
def test_parse_set_clipboard(output: str, value: str | None) -> None:
    assert parse_set_clipboard(output) == value


def test_unwritable_data_directory_is_said_and_the_copy_still_happens(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the directory should be", encoding="utf-8")
    c = clip(tmp_path, ("pbcopy",))
    copied = c.copy(CITATION)
    assert copied.message == "copied with citation (pbcopy)" and copied.path is None
    osc = clip(tmp_path).copy(CITATION)
    assert osc.severity == "warning" and osc.terminal and osc.path is None
    assert "could not be written" in osc.message


def test_the_file_holds_the_latest_citation(tmp_path: Path) -> None:
    c = clip(tmp_path)
    c.copy("first")
    c.copy("second\n")
    assert (tmp_path / "data" / "citation.txt").read_text(encoding="utf-8") == "second\n"


@pytest.mark.parametrize(
    ("value", "argv"),
    [
        ("wl-copy", ("wl-copy",)),
        ("xclip -selection clipboard", ("xclip", "-selection", "clipboard")),
        ('"/opt/my tools/copy" --x', ("/opt/my tools/copy", "--x")),
        ("tmux load-buffer -", ("tmux", "load-buffer", "-")),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_parse_command_splits_like_a_shell_without_one(value: str | None, argv: tuple[str, ...] | None) -> None:
    assert parse_command(value) == argv


def test_parse_command_rejects_unbalanced_quotes() -> None:
    with pytest.raises(ValueError, match="cannot split copy command"):
        parse_command('xclip "-selection')


def test_option_beats_the_environment_and_an_empty_option_turns_it_off() -> None:
    env = {COMMAND_ENV: "wl-copy"}
    assert resolve_command(None, env) == ("wl-copy",)
    assert resolve_command("pbcopy", env) == ("pbcopy",)
    assert resolve_command("", env) is None
    assert resolve_command(None, {}) is None
    assert resolve_command(None, {COMMAND_ENV: ""}) is None


def test_from_environment_writes_to_the_data_directory(tmp_path: Path) -> None:
    c = Clipboard.from_environment(None, {COMMAND_ENV: "wl-copy --trim-newline"})
    assert c.command == ("wl-copy", "--trim-newline")
    assert c.path == tmp_path / "data" / "citation.txt"  # READER_DATA_DIR, set by tests/conftest.py


def test_the_real_runner_passes_stdin_and_returns_output() -> None:
    code = "import sys; data = sys.stdin.read(); print(data.upper()); print('warn', file=sys.stderr); sys.exit(3)"
    ran = run([sys.executable, "-c", code], "héllo", 10)
    assert ran == Ran(3, "HÉLLO\n", "warn\n")
    with pytest.raises(FileNotFoundError):
        run(["/no/such/program-for-reader"], "x", 10)


def test_the_real_runner_stops_a_command_that_hangs() -> None:
    with pytest.raises(subprocess.TimeoutExpired):
        run([sys.executable, "-c", "import time; time.sleep(30)"], "x", 0.5)
