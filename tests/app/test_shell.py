"""The app shell: the theme is remembered, the command palette names keys as help does, screenshots say where."""

from __future__ import annotations

from pathlib import Path

from reader.core.model import Article
from reader.store.settings import JsonSettings, Settings
from reader.ui.app import ReaderApp
from tests.app.pilot import ready


async def test_the_chosen_theme_is_remembered(article: Article, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    app = ReaderApp(article, settings=JsonSettings(path))
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        app.theme = "textual-light"
        await pilot.pause()
    again = ReaderApp(article, settings=JsonSettings(path))
    async with again.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert again.theme == "textual-light"


async def test_an_unknown_saved_theme_is_ignored(article: Article) -> None:
    app = ReaderApp(article, settings=Settings(theme="no-such-theme"))
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.theme == "textual-dark"


async def test_the_palette_picks_the_theme_typed(article: Article) -> None:
    app = ReaderApp(article, settings=Settings())
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme: textual-light")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "textual-light"


async def test_palette_commands_show_keys_as_help_does(article: Article) -> None:
    app = ReaderApp(article)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        helps = {c.title: c.help for c in app.get_system_commands(screen)}
        assert helps["Help"] == "key: H F1"
        assert helps["Next section"] == "key: ]"
        assert not any("_" in h for t, h in helps.items() if h.startswith("key:"))


async def test_screenshots_go_to_a_folder_that_exists_and_say_where(article: Article, tmp_path: Path) -> None:
    folder = tmp_path / "shots"
    app = ReaderApp(article, screenshot_dir=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        app.deliver_screenshot()
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        saved = list(folder.glob("*.svg"))
        assert len(saved) == 1
        assert any(str(saved[0]) in n.message for n in app._notifications)


async def test_a_screenshot_that_cannot_be_saved_says_why(article: Article, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    app = ReaderApp(article, screenshot_dir=tmp_path / "file" / "shots")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        app.deliver_screenshot()
        await pilot.pause(0.3)
        messages = [n.message for n in app._notifications]
        assert any("Not a directory" in m and "shots" in m for m in messages)


async def test_help_reaches_its_last_row_on_small_terminals(article: Article) -> None:
    from textual.widgets import Static

    from reader.ui.screens.help import HelpScreen

    for size in ((80, 24), (60, 20)):
        app = ReaderApp(article)
        async with app.run_test(size=size) as pilot:
            await ready(pilot)
            await pilot.press("H")
            await pilot.pause()
            help_screen = app.screen
            assert isinstance(help_screen, HelpScreen)
            body = help_screen.body
            assert body.region.bottom <= size[1]  # the box fits the terminal
            await pilot.press("G")
            await pilot.pause()
            last = help_screen.query_one("#help-legend", Static)  # the last thing in the box
            assert body.content_region.contains_region(last.region)  # the last row is in view, whole
