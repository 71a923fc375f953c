"""The article keeps a readable measure: panels sit beside it only when there is room, else float over it."""

from __future__ import annotations

import pytest

from reader.core.model import Article
from reader.store.state import Store
from reader.ui.app import ReaderApp
from tests.app.pilot import FakeIndex, ready


def app_for(article: Article) -> ReaderApp:
    return ReaderApp(article, store=Store(), index_factory=FakeIndex)


@pytest.mark.parametrize("size", [(120, 40), (130, 40), (100, 30)])
async def test_the_article_keeps_sixty_columns_beside_the_panels(article: Article, size: tuple[int, int]) -> None:
    async with app_for(article).run_test(size=size) as pilot:
        screen = await ready(pilot)
        assert screen.query_one("#sidebar").display
        assert screen.view.text_width >= 59


@pytest.mark.parametrize(("size", "keys"), [((80, 24), ["c"]), ((80, 24), ["t"]), ((60, 20), ["o"])])
async def test_a_panel_on_a_narrow_terminal_floats_over_the_article(
    article: Article, size: tuple[int, int], keys: list[str]
) -> None:
    async with app_for(article).run_test(size=size) as pilot:
        screen = await ready(pilot)
        before = screen.view.text_width
        await pilot.press(*keys)
        await pilot.pause()
        box = screen.query_one("#outline" if keys == ["o"] else "#sidebar")
        assert box.display and box.styles.layer == "overlay"
        assert screen.view.text_width == before  # the article is not squeezed


async def test_t_or_c_again_and_esc_close_the_floating_sidebar(article: Article) -> None:
    async with app_for(article).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        sidebar = screen.query_one("#sidebar")
        for close in (["c"], ["escape"]):
            await pilot.press("c")
            await pilot.pause()
            assert sidebar.display
            await pilot.press(*close)
            await pilot.pause()
            assert not sidebar.display and screen.view.has_focus
        await pilot.press("t", "t")
        await pilot.pause()
        assert not sidebar.display


@pytest.mark.parametrize("size", [(130, 40), (80, 24)])
async def test_s_hides_and_shows_the_sidebar_at_any_width(article: Article, size: tuple[int, int]) -> None:
    async with app_for(article).run_test(size=size) as pilot:
        screen = await ready(pilot)
        sidebar = screen.query_one("#sidebar")
        shown = bool(sidebar.display)
        await pilot.press("s")
        await pilot.pause()
        assert bool(sidebar.display) is not shown
        await pilot.press("s")
        await pilot.pause()
        assert bool(sidebar.display) is shown


async def test_search_results_leave_most_of_a_short_terminal_to_the_article(article: Article) -> None:
    async with app_for(article).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *"the")
        await pilot.pause()
        assert screen.search_bar.display and screen.search_bar.hits
        assert screen.view.size.height >= 9


async def test_a_floating_outline_closes_once_a_section_is_chosen(article: Article) -> None:
    async with app_for(article).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        outline = screen.query_one("#outline")
        assert outline.display and outline.has_focus  # floating: focused, so arrows and Enter work at once
        await pilot.press("down", "enter")
        await pilot.pause()
        assert not outline.display and screen.view.has_focus


async def test_esc_closes_a_floating_outline(article: Article) -> None:
    async with app_for(article).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert screen.query_one("#outline").display
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.query_one("#outline").display
