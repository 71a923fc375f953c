"""Every key of the reading screen is handled the moment it arrives, in the order keys came.

Textual forwards a key to the focused widget's queue and runs its binding only
after the key has bubbled back to the app; `Widget.focus()` and a pushed
screen take effect later still. Keys that arrive in one burst (ssh, mosh, a
paste) therefore reached the old focus, or a prompt that had not opened yet,
and were lost or reordered. `ReaderApp` hands each key to `KeyRouter.route`
as soon as it arrives instead: prefix keys and counts go through the pure
`KeySequence` (`keys.py`), typing in the search field edits it at once, and
every other key runs its binding there and then. Nothing waits in a queue
behind a focus change, so no key is lost, no prompt stacks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.binding import Binding
from textual.widgets import Input

from reader.ui.messages import ArticleStepRequested
from reader.ui.screens.reader.keys import COUNTED, KeySequence, Step
from reader.ui.widgets.status import StatusBar

if TYPE_CHECKING:
    from reader.ui.screens.reader.screen import ReaderScreen

COMMANDS = ":n next article, :p previous, :NUMBER a line, :q quit"


async def type_now(field: Input, event: events.Key) -> bool:
    """A key for a text field, handled now: a printable one is typed, any other runs its binding (Backspace...).

    Textual's Input types printable keys when they reach it but runs Backspace
    (a binding) only after the key bubbled back to the app, so `altman`, eight
    Backspaces and `amodei` in one burst came out as `alam`. Any screen's field
    is handled this way (the app calls this for the library's too).
    """
    if event.is_printable and event.character is not None:
        selection = field.selection
        if selection.is_empty:
            field.insert_text_at_cursor(event.character)
        else:
            field.replace(event.character, *selection)
        return True
    if await field.app._check_bindings(event.key):
        return True
    # A field key that had nothing to do (Backspace in an empty field) is done with too: passed on, it
    # would be handled later, after the keys typed behind it (`altman`, 8 Backspaces, `amodei` -> `odei`).
    return event.key in _field_keys()


def _field_keys() -> frozenset[str]:
    """Every key Textual's Input binds (Backspace, Delete, arrows, Home/End, ctrl+w ...)."""
    keys = (b.key if isinstance(b, Binding) else b[0] for b in Input.BINDINGS)
    return frozenset(k.strip() for key in keys for k in key.split(","))


class KeyRouter:
    """The reading screen's key handling at arrival; the screen owns one."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self.sequence = KeySequence()

    async def route(self, event: events.Key) -> bool:
        """Handle one key now; True when it is done with (nothing else may see it)."""
        focused = self.screen.focused
        if isinstance(focused, Input):
            return await self._typed(focused, event)
        was_active = self.sequence.active
        step = self.sequence.feed(event.key, event.character)
        if was_active or self.sequence.active:
            self.screen.query_one(StatusBar).note = self.sequence.prompt
        if step.taken:
            await self._run(step)
            return True
        return await self._binding(event.key)

    async def _binding(self, key: str) -> bool:
        # The binding the app would run once the key had bubbled back, run now instead.
        return await self.screen.app._check_bindings(key)

    async def _typed(self, field: Input, event: events.Key) -> bool:
        """A key in a text field: printable keys edit it now, Enter and Esc in the search bar act now."""
        screen = self.screen
        search = screen.panels_ready and field is screen.search_bar.input
        if search and event.key == "enter":
            screen.searching.submitted()
            return True
        if search and event.key == "escape":
            screen.searching.cancelled()
            return True
        handled = await type_now(field, event)
        if search:
            screen.search_bar.refresh_results(only_if_changed=True)
        return handled

    async def _run(self, step: Step) -> None:
        screen, nav = self.screen, self.screen.nav
        if step.command == "cancel":
            if step.arg:
                screen.notify(step.arg, timeout=2, markup=False)
        elif step.command == "mark":
            self.set_mark(step.arg)
        elif step.command == "goto_mark":
            self.goto_mark(step.arg)
        elif step.command == "ex":
            self.command(step.arg)
        elif step.command == "counted":
            kind, sign = COUNTED[step.arg]
            amount = sign * step.count
            if kind == "lines":
                nav.lines(amount)
            elif kind == "pages":
                nav.pages(amount)
            elif kind == "half":
                nav.half_pages(amount)
            elif kind == "section":
                screen.action_section(amount)
            elif kind == "search":
                screen.action_search_step(amount)
            elif kind == "line":
                nav.to_line(step.count)
            elif kind == "percent":
                nav.to_percent(step.count)

    def escape(self) -> None:
        """Esc: cancel a sequence, then back to the article from a panel, then clear a highlight, then close."""
        screen = self.screen
        status, view = screen.query_one(StatusBar), screen.view
        if self.sequence.active:
            self.sequence.reset()
            status.note = ""
        elif screen.frame.close_floating() or not view.has_focus:
            screen.set_focus(view)
        elif view.has_match or status.counter:
            view.set_match(None)
            status.counter = ""
            status.note = ""
        elif screen.nested:
            screen.action_close()

    def start(self, key: str) -> None:
        """Open a sequence as if `key` was pressed (the palette runs `m`, `'` and `:` this way)."""
        self.sequence.feed(key, None)
        self.screen.query_one(StatusBar).note = self.sequence.prompt

    def set_mark(self, letter: str) -> None:
        screen = self.screen
        if screen.nav.set_mark(screen.place, letter):
            screen.save_state()
            screen.notify(f"mark {letter} set", markup=False)

    def goto_mark(self, letter: str) -> None:
        screen = self.screen
        block = screen.nav.mark_target(screen.place, letter)
        if block is None:
            text = "no jump to go back from yet" if letter == "'" else f"no mark {letter}"
            screen.notify(text, severity="warning", markup=False)
            return
        screen.jump(block, flash=False, margin=0)

    def command(self, line: str) -> None:
        """A `:` command line."""
        screen = self.screen
        if line in ("n", "next"):
            screen.post_message(ArticleStepRequested(1))
        elif line in ("p", "prev", "previous", "N"):
            screen.post_message(ArticleStepRequested(-1))
        elif line.isdigit():
            screen.nav.to_line(int(line))
        elif line in ("q", "quit"):
            screen.action_close()
        elif line:
            screen.notify(f"unknown command :{line} ({COMMANDS})", severity="warning", markup=False)
