"""The installed `reader` console script, run as a real process (stdin, pipes, exit codes, start-up cost)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
READER = shutil.which("reader", path=str(BIN))
ARTICLE = (
    "Tram Line Opens \x1b]0;PWNED\x07 Early\n\n"
    "By Lena Sauer\n\n"
    "The first trams ran on Sunday, the operator\u2019s director said.\n\n"
    "\u201cIt took four years,\u201d she told [bold]reporters[/bold].\n"
)


def reader(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    if READER is None:
        pytest.fail(f"the reader console script is not installed in {BIN} (pip install -e .)")
    return subprocess.run(
        [READER, *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        start_new_session=True,  # no controlling terminal, as under CI
    )


def one_error_line(proc: subprocess.CompletedProcess[bytes]) -> str:
    err = proc.stderr.decode()
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("reader: ")
    return lines[0]


def test_stdin_json() -> None:
    proc = reader("--json", "-", stdin=ARTICLE.encode("utf-16"))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["source"]["path"] is None
    assert data["source"]["encoding"] == "utf-16"
    assert b"\x1b" not in proc.stdout and b"PWNED" not in proc.stdout and b"\\u001b" not in proc.stdout
    assert "[bold]reporters[/bold]" in json.dumps(data, ensure_ascii=False)


def test_stdin_empty() -> None:
    proc = reader("--json", "-", stdin=b"")
    assert proc.returncode == 2
    assert "standard input is empty" in one_error_line(proc)


def test_stdin_app_without_terminal() -> None:
    """`reader -` needs a terminal for the keys after spooling stdin: say so, in one line."""
    proc = reader("-", stdin=ARTICLE.encode())
    assert proc.returncode == 2
    assert "--json" in one_error_line(proc)


@pytest.mark.parametrize(
    ("args", "code", "stream", "text"),
    [
        (("--version",), 0, "stdout", "reader 0."),
        (("--help",), 0, "stdout", "--max-size"),
        ((), 2, "stderr", "reader: no article given"),
        (("/no/such/article.txt",), 2, "stderr", "reader: /no/such/article.txt: no such file"),
    ],
)
def test_exit_codes(args: tuple[str, ...], code: int, stream: str, text: str) -> None:
    proc = reader(*args)
    assert proc.returncode == code
    assert text in getattr(proc, stream).decode()
    if code == 2:
        one_error_line(proc)


def test_bad_file_among_good(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    proc = reader("--json", str(good), str(tmp_path / "gone.txt"), str(good))
    assert proc.returncode == 2
    one_error_line(proc)
    schemas = [json.loads(line)["schema"] for line in proc.stdout.decode().splitlines()]
    assert schemas == ["reader.article/1", "reader.error/1", "reader.article/1"]


def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    """`reader --json many | head -1`: no BrokenPipeError noise, no traceback."""
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE * 50, encoding="utf-8")
    if READER is None:
        pytest.fail("reader is not installed")
    shell = f"{READER} --json {' '.join([str(good)] * 40)} | head -c 10 >/dev/null"
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, timeout=120)
    assert b"Traceback" not in proc.stderr
    assert b"BrokenPipe" not in proc.stderr


def test_help_does_not_import_textual() -> None:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "reader", "--help"], capture_output=True, timeout=60
    )
    assert proc.returncode == 0
    imported = {line.split("|")[-1].strip() for line in proc.stderr.decode().splitlines() if "|" in line}
    assert "reader.cli" in imported
    assert not {m for m in imported if m.split(".")[0] in ("textual", "rich")}


def test_endless_stdin_stops_at_the_limit() -> None:
    """`yes | reader --json -` ends with the size message instead of filling the memory."""
    if READER is None:
        pytest.fail("reader is not installed")
    proc = subprocess.run(["bash", "-c", f"yes | {READER} --json --max-size 0.5 -"], capture_output=True, timeout=60)
    assert proc.returncode == 2
    assert "--max-size" in one_error_line(proc)


def test_process_substitution_pipe() -> None:
    if READER is None:
        pytest.fail("reader is not installed")
    script = f"{READER} --json <(printf 'Pipe Headline\\n\\nBody text from a pipe.\\n')"
    proc = subprocess.run(["bash", "-c", script], capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["source"]["path"].startswith("/dev/fd/")


@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "latin-1"}, {"LC_ALL": "C", "LANG": "C"}])
def test_json_is_utf8_whatever_the_locale(tmp_path: Path, env: dict[str, str]) -> None:
    path = tmp_path / "curly.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    proc = reader("--json", str(path), env=env)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout.decode("utf-8"))
    assert "operator\u2019s" in json.dumps(data["blocks"], ensure_ascii=False)


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_stdin_app_reads_keys_from_the_terminal(tmp_path: Path) -> None:
    """`cat article | reader -` under a real terminal: the app shows it, and `q` (from the tty) quits with 0."""
    import time

    if READER is None:
        pytest.fail("reader is not installed")
    article = tmp_path / "piped.txt"
    article.write_text("Ferry Timetable Cut For Winter\n\nThe operator said two crossings a day would run.\n")
    session = f"reader-cli-test-{os.getpid()}"
    status_file = tmp_path / "status"
    env = f"env -u COLUMNS -u LINES READER_STATE_DIR={tmp_path / 'state'}"  # the pane's own size, not pytest's
    command = f"bash -c 'cat {article} | {env} {READER} -; echo $? > {status_file}'"

    def tmux(*args: str) -> str:
        return subprocess.run(["tmux", *args], capture_output=True, text=True, timeout=30, check=True).stdout

    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", "sleep 1000")
    try:
        tmux("set-option", "-t", session, "remain-on-exit", "on")
        tmux("respawn-pane", "-k", "-t", session, command)
        deadline = time.monotonic() + 30
        while "Ferry Timetable Cut" not in tmux("capture-pane", "-p", "-t", session):
            assert time.monotonic() < deadline, tmux("capture-pane", "-p", "-t", session)
            time.sleep(0.1)
        tmux("send-keys", "-t", session, "q")
        while not status_file.exists() or not status_file.read_text().strip():
            assert time.monotonic() < deadline, "q did not quit the app"
            time.sleep(0.1)
        assert status_file.read_text().strip() == "0"
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True, timeout=30)


@pytest.mark.parametrize("target", ["article", "folder"])
def test_app_without_a_terminal_says_so(tmp_path: Path, target: str) -> None:
    """Run from a script (no tty): one line pointing at --json, not a hang or escapes written to a file."""
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    proc = reader(str(article if target == "article" else tmp_path))
    assert proc.returncode == 2
    assert "--json" in one_error_line(proc)
    assert proc.stdout == b""
