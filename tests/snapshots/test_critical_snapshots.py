"""Snapshots of the issue 13 panels: Figures, Timeline, and the sourcing shading (layout and CSS only).

The hand-made sample article with figures, timeline and sourcing worked out
by the core (`read_critically`), so the pictures change when those panels or
these rules do.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from textual.pilot import Pilot

from reader.core.pipeline import read_critically
from reader.store.state import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.reader.screen import ReaderScreen
from tests.app.pilot import FakeIndex
from tests.app.sample import sample_article
from tests.snapshots.test_snapshots import SnapCompare, settle


def app() -> ReaderApp:
    return ReaderApp(read_critically(sample_article()), store=Store(), index_factory=FakeIndex)


def panel(name: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ReaderScreen)
        await screen.action_panel(name)
        await pilot.pause()
        await pilot.pause()

    return run


def test_figures_panel(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), terminal_size=(120, 40), run_before=panel("figures"))


def test_timeline_panel(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), terminal_size=(120, 40), run_before=panel("timeline"))


def test_sourcing_shading(snap_compare: SnapCompare) -> None:
    async def run(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("S")
        await pilot.pause()

    assert snap_compare(app(), terminal_size=(120, 40), run_before=run)
