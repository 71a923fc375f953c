"""Key sequences of the reading screen: counts (`5j`, `50%`), `m`/`'` + a letter, `:` commands.

`KeySequence` is a small pure state machine: it is fed each key as it arrives
and says what the key means (`Step`). A key it does not take is a plain key,
handled by the screen's bindings; a key it takes is never seen by anything else,
so the letter after `m` cannot be lost to a prompt that has not opened yet and
prompts cannot stack. `prompt` is what the status line shows meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Command = Literal["mark", "goto_mark", "ex", "counted", "cancel"]

PENDING_KEYS: dict[str, Command] = {"m": "mark", "apostrophe": "goto_mark", "colon": "ex"}
"""Keys that wait for what follows: a mark letter, or a command line ended by Enter."""

PROMPTS: dict[Command, str] = {"mark": "set mark: a letter", "goto_mark": "go to mark: a letter", "ex": ":"}

COUNTED: dict[str, tuple[str, int]] = {
    **dict.fromkeys(("j", "down"), ("lines", 1)),
    **dict.fromkeys(("k", "up"), ("lines", -1)),
    **dict.fromkeys(("space", "f", "pagedown", "ctrl+f"), ("pages", 1)),
    **dict.fromkeys(("b", "pageup", "ctrl+b"), ("pages", -1)),
    **dict.fromkeys(("d", "ctrl+d"), ("half", 1)),
    **dict.fromkeys(("u", "ctrl+u"), ("half", -1)),
    "right_square_bracket": ("section", 1),
    "left_square_bracket": ("section", -1),
    "n": ("search", 1),
    **dict.fromkeys(("N", "shift+n"), ("search", -1)),
    **dict.fromkeys(("g", "G", "shift+g", "home", "end", "less_than_sign", "greater_than_sign"), ("line", 1)),
    **dict.fromkeys(("percent_sign", "p"), ("percent", 1)),
}
"""Keys a count changes: what they do `count` times (`line`: go to line `count`; `percent`: to count %)."""

MAX_COUNT = 10**6


@dataclass(frozen=True)
class Step:
    """What one key meant. `taken`: no binding may see the key."""

    taken: bool
    command: Command | None = None
    arg: str = ""
    """The mark letter, the command line, or (for `counted`) the key."""
    count: int = 1


PLAIN = Step(taken=False)


class KeySequence:
    """Count prefix and pending prefix key of one reading screen."""

    def __init__(self) -> None:
        self.count = ""
        self.pending: Command | None = None
        self.line = ""
        """The `:` command line typed so far."""

    @property
    def prompt(self) -> str:
        """What the status line shows while a sequence is open ("" when none)."""
        if self.pending == "ex":
            return ":" + self.line
        if self.pending is not None:
            return PROMPTS[self.pending] + " (Esc cancels)"
        return self.count

    @property
    def active(self) -> bool:
        """True while a count or a prefix key waits for more."""
        return bool(self.count) or self.pending is not None

    def reset(self) -> None:
        self.count, self.pending, self.line = "", None, ""

    def feed(self, key: str, character: str | None) -> Step:
        """The meaning of one key, given the keys before it."""
        if self.pending == "ex":
            return self._command_line(key, character)
        if self.pending is not None:
            command = self.pending
            self.reset()
            if key == "escape":
                return Step(taken=True, command="cancel")
            letter = character or ""
            if len(letter) == 1 and (letter.isalpha() or letter == "'"):
                return Step(taken=True, command=command, arg=letter)
            return Step(taken=True, command="cancel", arg="marks are letters")
        if character is not None and character.isdigit() and len(character) == 1 and (self.count or character != "0"):
            self.count = str(min(MAX_COUNT, int(self.count + character)))
            return Step(taken=True)
        if key in PENDING_KEYS:
            self.reset()
            self.pending = PENDING_KEYS[key]
            return Step(taken=True)
        if self.count:
            count = int(self.count)
            self.count = ""
            if key == "escape":
                return Step(taken=True, command="cancel")
            if key in COUNTED:
                return Step(taken=True, command="counted", arg=key, count=count)
        return PLAIN

    def _command_line(self, key: str, character: str | None) -> Step:
        if key == "escape":
            self.reset()
            return Step(taken=True, command="cancel")
        if key == "enter":
            line = self.line.strip()
            self.reset()
            return Step(taken=True, command="ex", arg=line)
        if key == "backspace":
            if not self.line:
                self.reset()
                return Step(taken=True, command="cancel")
            self.line = self.line[:-1]
        elif character is not None and character.isprintable() and len(character) == 1:
            self.line += character
        return Step(taken=True)
