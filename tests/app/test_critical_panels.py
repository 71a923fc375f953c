"""Pilot tests of the Figures and Timeline panels, `y` on a figure, and the sourcing shading toggle (issue 13)."""

from __future__ import annotations

import pytest

from reader.core.pipeline import read_critically
from reader.store.state import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.help import HelpScreen
from reader.ui.widgets.article_view import SOURCING_CLASS
from reader.ui.widgets.figures import FigureList
from reader.ui.widgets.outline import Outline
from reader.ui.widgets.passages import PassageList
from reader.ui.widgets.timeline import TimelineList, date_label
from tests.app.pilot import FakeIndex, ready
from tests.app.sample import sample_article


def critical_app() -> ReaderApp:
    """The hand-built sample with figures, timeline and sourcing worked out by the core."""
    return ReaderApp(read_critically(sample_article()), store=Store(), index_factory=FakeIndex)


async def test_figures_panel_lists_and_jumps() -> None:
    app = critical_app()
    seen: list[object] = []
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        screen = await ready(pilot)
        figures = screen.article.figures
        assert figures
        await screen.action_panel("figures")
        await pilot.pause()
        panel = screen.query_one(FigureList)
        assert panel.has_focus
        assert panel.option_count == len(figures)
        assert figures[0].text in str(panel.get_option_at_index(0).prompt)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert screen.view.selected == figures[1].block
        assert screen.view.has_match
        assert any(isinstance(m, PassageList.Selected) and m.start == figures[1].start for m in seen)


async def test_timeline_panel_in_date_order_and_jumps() -> None:
    app = critical_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        refs = screen.article.timeline
        assert len(refs) >= 2
        assert [r.sort_key for r in refs] == sorted(r.sort_key for r in refs)
        await screen.action_panel("timeline")
        await pilot.pause()
        panel = screen.query_one(TimelineList)
        assert panel.has_focus and panel.option_count == len(refs)
        assert date_label(refs[0]) in str(panel.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.view.selected == refs[0].block


async def test_y_copies_a_figure_with_its_citation(monkeypatch: pytest.MonkeyPatch) -> None:
    app = critical_app()
    copied: list[str] = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await screen.action_panel("figures")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        figure = screen.article.figures[0]
        assert copied and copied[0].startswith(figure.text)
        assert "Harbour Gazette" in copied[0]


async def test_sourcing_toggle_shades_gutter_and_counts_sections() -> None:
    app = critical_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        view = screen.view
        assert not view.show_sourcing and not view.has_class(SOURCING_CLASS)
        outline = screen.query_one(Outline)
        before = [str(outline.get_option_at_index(i).prompt) for i in range(outline.option_count)]
        assert not any("▌" in p for p in before)
        await pilot.press("S")
        await pilot.pause()
        assert view.show_sourcing and view.has_class(SOURCING_CLASS)
        lines = [view.render_line(y).text for y in range(view.scrollable_content_region.height)]
        assert any(line.lstrip().startswith("▌") and "Lantern Bay's town council" in line for line in lines)
        after = [str(outline.get_option_at_index(i).prompt) for i in range(outline.option_count)]
        assert any("▌" in p for p in after)
        await pilot.press("S")
        await pilot.pause()
        assert not view.show_sourcing and not view.has_class(SOURCING_CLASS)


async def test_help_shows_the_sourcing_legend() -> None:
    app = critical_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("H")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        legend = str(app.screen.query_one("#help-legend").render())
        for strength in ("on-record", "official", "reported", "anonymous", "unattributed"):
            assert strength in legend
