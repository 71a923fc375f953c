"""Where `y` puts a citation: a copy command, the terminal (OSC 52), and always a file.

A terminal application cannot know whether its clipboard escape (OSC 52)
arrived: many terminals ignore it, and tmux drops it unless its option
`set-clipboard` is `on` (the default, `external`, drops it). So the copy is
made in up to three ways, and the message says which ones were tried:

- a copy command (`--copy-command CMD` or READER_COPY_COMMAND): run without a
  shell, the text on its standard input, with a timeout;
- otherwise OSC 52, which the app sends (this module imports no Textual: the
  result says `terminal=True` and the caller sends it);
- always the file `<data dir>/citation.txt`, written atomically, so the
  citation is somewhere even when neither of the above reached the clipboard.

The app calls `Clipboard.copy` in a worker thread (it runs subprocesses) and
shows `Copied.message`.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reader.store.paths import data_dir

COMMAND_ENV = "READER_COPY_COMMAND"
"""Environment variable holding a copy command, like `--copy-command` (the option wins)."""
CITATION_NAME = "citation.txt"
"""The file in the data directory that holds the last citation copied."""
COMMAND_TIMEOUT = 3.0
"""Seconds a copy command may take before it is stopped."""
TMUX_TIMEOUT = 0.5
"""Seconds to wait for `tmux show-options`."""
TMUX_FIX = '--copy-command "tmux load-buffer -"'

Severity = Literal["information", "warning", "error"]


@dataclass(frozen=True)
class Ran:
    """What a finished command left: its exit status and output."""

    returncode: int
    stdout: str = ""
    stderr: str = ""


Runner = Callable[[Sequence[str], str | None, float], Ran]
"""Run argv (no shell) with optional stdin text and a timeout in seconds.

Raises OSError when the program cannot be started and
`subprocess.TimeoutExpired` when it runs too long.
"""


def run(argv: Sequence[str], stdin: str | None, timeout: float) -> Ran:
    """The real runner: no shell, output to temporary files, a new session.

    Output goes to files, not pipes: clipboard tools such as xclip and wl-copy
    fork a child that keeps serving the selection, and a child holding our
    pipe would make the wait last until the selection changes. The new session
    keeps the command off the terminal the app is drawing on.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        done = subprocess.run(  # noqa: S603 - argv from the user's own option, never a shell
            list(argv),
            input=None if stdin is None else stdin.encode("utf-8"),
            stdin=subprocess.DEVNULL if stdin is None else None,
            stdout=out,
            stderr=err,
            timeout=timeout,
            check=False,
            start_new_session=True,
        )
        out.seek(0)
        err.seek(0)
        return Ran(done.returncode, _text(out.read()), _text(err.read()))


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def parse_command(value: str | None) -> tuple[str, ...] | None:
    """A copy command as argv, split as a POSIX shell would (but never run by one); None when blank.

    Raises:
        ValueError: the quoting is unbalanced; the message says so.
    """
    if value is None or not value.strip():
        return None
    try:
        argv = shlex.split(value)
    except ValueError as exc:
        raise ValueError(f"cannot split copy command {value!r}: {exc}") from None
    return tuple(argv) or None


def resolve_command(option: str | None, environ: Mapping[str, str]) -> tuple[str, ...] | None:
    """The copy command to use: `--copy-command` when given (an empty one means none), else READER_COPY_COMMAND.

    Raises:
        ValueError: the chosen value cannot be split into words.
    """
    return parse_command(option if option is not None else environ.get(COMMAND_ENV))


def parse_set_clipboard(output: str) -> str | None:
    """The value `tmux show-options -gv set-clipboard` printed: on, external or off (None if neither)."""
    value = output.strip().splitlines()[0].strip().lower() if output.strip() else ""
    return value if value in ("on", "external", "off") else None


def shown(path: Path, home: Path | None = None) -> str:
    """A path as a person would type it: `~/...` under the home directory."""
    home = home if home is not None else Path.home()
    with contextlib.suppress(ValueError):
        return "~/" + path.relative_to(home).as_posix()
    return str(path)


@dataclass(frozen=True)
class Copied:
    """What `Clipboard.copy` did, for the app to act on and show."""

    message: str
    """One sentence saying where the citation went, for a notice."""
    severity: Severity = "information"
    terminal: bool = False
    """The caller should also send the text to the terminal clipboard (OSC 52)."""
    path: Path | None = None
    """The citation file, when it was written."""


class Clipboard:
    """Copies citations by command or OSC 52, and keeps the last one in a file.

    Args:
        command: argv of a copy command (the text on its stdin), or None for OSC 52.
        directory: where `citation.txt` is written (the data directory).
        environ: the environment (TMUX says whether tmux is in between).
        runner: runs commands; tests pass a fake.
        home: shortens paths in messages to `~/...`.
    """

    def __init__(
        self,
        command: Sequence[str] | None,
        directory: Path,
        *,
        environ: Mapping[str, str] | None = None,
        runner: Runner = run,
        home: Path | None = None,
    ) -> None:
        self.command = tuple(command) if command else None
        self.directory = directory
        self.environ: Mapping[str, str] = os.environ if environ is None else environ
        self.runner = runner
        self.home = home

    @classmethod
    def from_environment(cls, option: str | None, environ: Mapping[str, str] | None = None) -> Clipboard:
        """The clipboard the CLI hands the app: `--copy-command`, else READER_COPY_COMMAND, else OSC 52.

        Raises:
            ValueError: the copy command cannot be split into words.
        """
        env: Mapping[str, str] = os.environ if environ is None else environ
        return cls(resolve_command(option, env), data_dir(), environ=env)

    @property
    def path(self) -> Path:
        """The citation file."""
        return self.directory / CITATION_NAME

    @property
    def name(self) -> str:
        """The copy command as shown in messages (shortened when long), or "OSC 52"."""
        if not self.command:
            return "OSC 52"
        joined = shlex.join(self.command)
        return joined if len(joined) <= 40 else joined[:39] + "…"

    def copy(self, text: str) -> Copied:
        """Write the citation file, then run the copy command or ask for OSC 52; never raises."""
        saved, unsaved = self._save(text)
        where = shown(saved, self.home) if saved else None
        if self.command:
            problem = self._run_command(text)
            if problem is None:
                return Copied(f"copied with citation ({self.name})", path=saved)
            tail = f", and it is in {where}" if where else f"; {unsaved}"
            message = f"{self.name} failed ({problem}); sent to the terminal clipboard (OSC 52) instead{tail}"
            return Copied(message, "error", terminal=True, path=saved)
        tmux = self._tmux_blocks()
        if tmux is not None:
            fix = f"start reader with {TMUX_FIX} or put `set -g set-clipboard on` in ~/.tmux.conf"
            kept = f"the citation is in {where}" if where else unsaved
            return Copied(f"{tmux}: {kept}; to copy directly, {fix}", "warning", terminal=True, path=saved)
        if where is None:
            message = f"sent to the terminal clipboard (OSC 52); if your terminal ignores it, it is lost: {unsaved}"
            return Copied(message, "warning", terminal=True)
        message = f"sent to the terminal clipboard (OSC 52); if your terminal ignores it, it is also in {where}"
        return Copied(message, terminal=True, path=saved)

    def _save(self, text: str) -> tuple[Path | None, str]:
        """Write the citation file atomically: (its path, "") or (None, why not)."""
        path = self.path
        tmp_name: str | None = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".txt", dir=self.directory)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text if text.endswith("\n") else text + "\n")
            os.replace(tmp_name, path)
            tmp_name = None
        except OSError as exc:
            return None, f"the citation file {shown(path, self.home)} could not be written ({exc.strerror or exc})"
        finally:
            if tmp_name is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp_name)
        return path, ""

    def _run_command(self, text: str) -> str | None:
        """Run the copy command; None when it worked, else what went wrong, in a few words."""
        assert self.command is not None
        try:
            ran = self.runner(self.command, text, COMMAND_TIMEOUT)
        except subprocess.TimeoutExpired:
            return f"no answer after {COMMAND_TIMEOUT:g} s"
        except FileNotFoundError:
            return "command not found"
        except OSError as exc:
            return exc.strerror or str(exc)
        if ran.returncode == 0:
            return None
        said = next((line.strip() for line in ran.stderr.splitlines() if line.strip()), "")
        return f"exit status {ran.returncode}" + (f": {said[:120]}" if said else "")

    def _tmux_blocks(self) -> str | None:
        """Why tmux will not pass OSC 52 on, or None (not in tmux, or `set-clipboard on`)."""
        if not self.environ.get("TMUX"):
            return None
        try:
            ran = self.runner(("tmux", "show-options", "-gv", "set-clipboard"), None, TMUX_TIMEOUT)
        except (OSError, subprocess.TimeoutExpired):
            ran = Ran(1)
        value = parse_set_clipboard(ran.stdout) if ran.returncode == 0 else None
        if value == "on":
            return None
        if value is None:
            return "tmux may not pass OSC 52 on (its set-clipboard option could not be read)"
        return f"tmux will not pass OSC 52 on (set-clipboard is {value})"
