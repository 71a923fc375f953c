"""The one-key prompt after `m` (set a mark) or `'` (go to a mark)."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Label


class MarkPrompt(ModalScreen[str | None]):
    """Waits for one letter; anything else cancels. Returns the letter or None."""

    def __init__(self, verb: str) -> None:
        super().__init__()
        self.verb = verb

    def compose(self) -> ComposeResult:
        yield Label(f"{self.verb}: press a letter (Esc cancels)", id="mark-prompt", markup=False)

    def on_key(self, event: events.Key) -> None:
        event.stop()
        event.prevent_default()
        char = event.character or ""
        self.dismiss(char if len(char) == 1 and (char.isalpha() or char == "'") else None)
