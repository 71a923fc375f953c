"""Snapshots of the main states of the reading screen (layout and CSS only).

Built from the hand-made sample article (tests/app/sample.py), analysed up
front, with a substring search index, so the pictures change only when the UI
does, not when the parser or the analysis improve. Review changes in
snapshot_report.html before `pytest tests/snapshots --snapshot-update`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from reader.store.state import Store
from reader.ui.app import ReaderApp
from tests.app.pilot import FakeIndex
from tests.app.sample import sample_article

SnapCompare = Callable[..., bool]


def app() -> ReaderApp:
    return ReaderApp(sample_article(), store=Store(), index_factory=FakeIndex)


async def settle(pilot: Pilot[Any]) -> None:
    """Workers done, cursor blink off: the same picture every run."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False


def then(*keys: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        for field in pilot.app.query(Input):
            field.cursor_blink = False
        await pilot.pause()

    return run


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (60, 20)], ids=["120x40", "80x24", "60x20"])
def test_default_view(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(app(), terminal_size=size, run_before=settle)


def test_current_passage_mark_beside_an_amended_one(snap_compare: SnapCompare) -> None:
    # Five lines down the first paragraph is cut at the top, so the next (amended) passage is current.
    assert snap_compare(app(), terminal_size=(80, 24), run_before=then(*"jjjjj"))


def test_search_with_results(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), terminal_size=(120, 40), run_before=then("slash", *"harbour"))


def test_corrections_panel_focused(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), terminal_size=(120, 40), run_before=then("c"))


def test_help(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), terminal_size=(120, 40), run_before=then("H"))


def test_removed_clutter_and_no_highlights(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), terminal_size=(100, 30), run_before=then("r", "h"))


def test_light_theme(snap_compare: SnapCompare) -> None:
    from reader.store.settings import Settings

    light = ReaderApp(
        sample_article(), store=Store(), index_factory=FakeIndex, settings=Settings(theme="textual-light")
    )
    assert snap_compare(light, terminal_size=(120, 40), run_before=settle)


def test_wide_three_columns(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), terminal_size=(140, 40), run_before=settle)


def test_narrow_sidebar_floats_over_the_article(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), terminal_size=(80, 24), run_before=then("c"))


def test_search_on_a_short_terminal(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), terminal_size=(80, 24), run_before=then("slash", *"the"))


def test_help_at_60x20_scrolled_to_the_end(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), terminal_size=(60, 20), run_before=then("H", "G"))
