"""Choices kept across launches (today: the colour theme), in one small JSON file.

`Settings` keeps them in memory (tests, and the base); `JsonSettings` reads
`settings_path()` once and writes it atomically on each change. A damaged
file is set aside as `.corrupt` (see `files.py`) and the defaults are used;
the problem is recorded in `notices` for the UI to show, never raised.
"""

from __future__ import annotations

import json
from pathlib import Path

from reader.store.files import read_or_set_aside, write_atomically
from reader.store.paths import settings_path


def _check(data: object) -> dict[str, str]:
    if not isinstance(data, dict):
        raise TypeError("not a JSON object")
    theme = data.get("theme")
    return {"theme": theme} if isinstance(theme, str) and theme else {}


class Settings:
    """The user's choices, in memory; nothing here raises."""

    def __init__(self, theme: str | None = None) -> None:
        self.theme = theme
        """The chosen Textual theme's name; None: the app's default."""
        self.notices: list[str] = []
        """Problems met (a damaged or unwritable settings file), for the UI to show once."""

    @classmethod
    def default(cls) -> JsonSettings:
        """The settings the CLI hands the app: `settings_path()`, read now."""
        return JsonSettings(settings_path())

    def set_theme(self, theme: str) -> None:
        """Remember the chosen theme (written at once, so a crash later does not lose it)."""
        if theme != self.theme:
            self.theme = theme
            self._write()

    def _write(self) -> None:
        return None

    def _notice(self, message: str) -> None:
        if message not in self.notices:
            self.notices.append(message)


class JsonSettings(Settings):
    """Settings read from and written to one JSON file."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        try:
            data = read_or_set_aside(path, self._notice, what="settings", check=_check)
        except OSError as exc:
            self._notice(f"could not read settings ({exc.strerror or exc}); using the defaults")
            data = None
        if isinstance(data, dict):
            self.theme = data.get("theme")

    def _write(self) -> None:
        try:
            write_atomically(self.path, json.dumps({"theme": self.theme}).encode("utf-8"))
        except OSError as exc:
            self._notice(f"could not save settings ({exc.strerror or exc}); the theme will not be remembered")
