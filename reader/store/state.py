"""Reading position and marks, remembered per article across runs.

Kept outside `reader.core` because it does file I/O, and outside `reader.ui`
so the app only sees the small `Store` interface (tests inject `MemoryStore`).
State is keyed by the SHA-256 of the article text, so a renamed or moved file
keeps its place, and an edited one starts fresh. A corrupt or unwritable state
file never stops the reader: the problem is recorded in `notices` for the UI to
show once, and reading goes on without saved state.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.store.files import read_or_set_aside, write_atomically
from reader.store.paths import state_dir


@dataclass
class ArticleState:
    """What is remembered about one article."""

    position: str | None = None
    """Block id at the top of the view when the article was last left."""
    marks: dict[str, str] = field(default_factory=dict)
    """Mark letter -> block id."""

    def to_json(self) -> dict[str, Any]:
        """Plain data for the state file."""
        return {"position": self.position, "marks": dict(sorted(self.marks.items()))}

    @classmethod
    def from_json(cls, data: object) -> ArticleState:
        """Tolerant reader: unknown or mistyped fields are dropped, never fatal."""
        if not isinstance(data, dict):
            raise ValueError("state is not a JSON object")
        position = data.get("position")
        marks = data.get("marks") or {}
        if not isinstance(marks, dict):
            marks = {}
        return cls(
            position=position if isinstance(position, str) else None,
            marks={k: v for k, v in marks.items() if isinstance(k, str) and len(k) == 1 and isinstance(v, str)},
        )


class Store:
    """In-memory state store; the base of `JsonStore` and the one tests use.

    Every method is safe to call with any key; nothing here raises.
    """

    def __init__(self) -> None:
        self._states: dict[str, ArticleState] = {}
        self.notices: list[str] = []
        """Problems met (corrupt or unwritable state), for the UI to show."""

    @classmethod
    def default(cls) -> Store:
        """The store the CLI uses: JSON files in `state_dir()`."""
        return JsonStore(state_dir())

    def load(self, key: str) -> ArticleState:
        """The state for one article (a fresh one when nothing is stored)."""
        state = self._states.get(key)
        if state is None:
            state = self._states[key] = self._read(key)
        return ArticleState(state.position, dict(state.marks))

    def save(self, key: str, state: ArticleState) -> None:
        """Remember the state for one article."""
        if not key:
            return
        self._states[key] = ArticleState(state.position, dict(state.marks))
        self._write(key, self._states[key])

    def _read(self, key: str) -> ArticleState:
        return ArticleState()

    def _write(self, key: str, state: ArticleState) -> None:
        return None


MemoryStore = Store
"""Alias that says what the base class is when a test injects it."""


class JsonStore(Store):
    """One small JSON file per article, written atomically (temp file + replace)."""

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = directory

    def path(self, key: str) -> Path:
        """The state file of one article."""
        safe = "".join(ch for ch in key if ch.isalnum())[:64] or "unknown"
        return self.directory / f"{safe}.json"

    def _read(self, key: str) -> ArticleState:
        # A damaged file is set aside as .corrupt by `store_files`, so it is reported once, not on every open.
        try:
            state = read_or_set_aside(self.path(key), self._notice, what="saved state", check=ArticleState.from_json)
        except OSError as exc:
            self._notice(f"could not read saved position ({exc.strerror or exc}); starting at the top")
            return ArticleState()
        return state if isinstance(state, ArticleState) else ArticleState()

    def _write(self, key: str, state: ArticleState) -> None:
        try:
            write_atomically(self.path(key), json.dumps(state.to_json()).encode("utf-8"))
        except OSError as exc:
            self._notice(f"could not save reading position ({exc.strerror or exc}); it will not be remembered")

    def _notice(self, message: str) -> None:
        if message not in self.notices:
            self.notices.append(message)
