"""Pilot tests: every reading key does what `?` says."""

from __future__ import annotations

from typing import Any

import pytest
from textual.binding import Binding

from reader.core.model import Article
from reader.store.state import ArticleState, Store
from reader.ui.app import ReaderApp
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.reader.bindings import FALLBACK
from reader.ui.screens.reader.screen import FOLLOW_DELAY, ReaderScreen
from reader.ui.widgets.outline import Outline
from reader.ui.widgets.status import StatusBar
from tests.app.pilot import FakeIndex, ready
from tests.app.sample import sample_article


def long_app(**kw: object) -> ReaderApp:
    return ReaderApp(sample_article(repeat=6), store=Store(), index_factory=FakeIndex, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (["j"], 1),
        (["down"], 1),
        (["j", "j", "j", "k"], 2),
        (["j", "j", "up"], 1),
        (["d"], "half"),
        (["d", "u"], 0),
        (["space"], "page"),
        (["f"], "page"),
        (["pagedown"], "page"),
        (["space", "b"], 0),
        (["space", "pageup"], 0),
        (["G"], "end"),
        (["end"], "end"),
        (["G", "g"], 0),
        (["G", "home"], 0),
    ],
)
async def test_scrolling_keys(keys: list[str], expected: int | str) -> None:
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        view = screen.view
        await pilot.press(*keys)
        await pilot.pause()
        height = view.scrollable_content_region.height
        want = {"half": height // 2, "page": height, "end": view.max_scroll_y}.get(str(expected), expected)
        assert view.scroll_y == want
        assert view.max_scroll_y > 2 * height  # the article really is long enough to test


async def test_section_keys_and_status_follow() -> None:
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        status = screen.query_one(StatusBar)
        assert status.section == "Beginning"
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert status.section == "How the trial will work"
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert status.section == "Concerns from fishermen"
        outline = screen.query_one(Outline)
        await pilot.pause(FOLLOW_DELAY + 0.1)  # the outline follows once scrolling pauses
        assert outline.highlighted is not None
        assert outline.targets[outline.highlighted].section == "s2"
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert status.section == "How the trial will work"
        assert 0 < status.percent < 100


async def test_percent_reaches_100_at_the_end() -> None:
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("G")
        await pilot.pause()
        assert screen.query_one(StatusBar).percent == 100


async def test_outline_toggle_and_narrow_layout() -> None:
    app = long_app()
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await ready(pilot)
        outline = screen.query_one(Outline)
        assert outline.display
        await pilot.press("o")
        await pilot.pause()
        assert not outline.display
        await pilot.press("o")
        await pilot.pause()
        assert outline.display
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        assert not screen.query_one("#sidebar").display
        await pilot.press("o")
        await pilot.pause()
        assert outline.display
        await pilot.press("t")
        await pilot.pause()
        assert screen.query_one("#sidebar").display


async def test_highlight_and_removed_toggles(article: Article) -> None:
    app = ReaderApp(article, store=Store(), index_factory=FakeIndex)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        view = screen.view
        assert view.show_highlights
        await pilot.press("h")
        assert not view.show_highlights
        assert screen.query_one(StatusBar).note == "highlighting off"
        await pilot.press("h")
        assert view.show_highlights
        lines_before = view.virtual_size.height
        await pilot.press("r")
        await pilot.pause()
        assert view.show_removed
        assert view.virtual_size.height > lines_before
        text = "\n".join(view.render_line(y).text for y in range(view.scrollable_content_region.height))
        assert "Share this story" in text


@pytest.mark.parametrize("key", ["H", "f1"])
async def test_help_lists_every_binding_and_closes(key: str) -> None:
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        described = {desc for _, desc in app.screen.rows}
        keys = [b for b in ReaderScreen.BINDINGS if isinstance(b, Binding) and not b.action.startswith(FALLBACK)]
        assert {b.description for b in keys} <= described
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_marks_set_and_return() -> None:
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        marked = screen.view.top_block()
        await pilot.press("m", "a")
        await pilot.pause()
        assert screen.place.marks == {"a": marked}
        await pilot.press("G")
        await pilot.pause()
        await pilot.press("apostrophe", "a")
        await pilot.pause()
        assert screen.view.top_block() == marked
        await pilot.press("apostrophe", "z")  # unknown mark: a notice, no move
        await pilot.pause()
        assert screen.view.top_block() == marked


async def test_copy_puts_passage_with_citation_on_the_clipboard(article: Article) -> None:
    app = ReaderApp(article, store=Store(), index_factory=FakeIndex)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("y")
        assert app.clipboard.startswith(article.blocks[2].text)  # the first passage, not the title
        assert "Harbour Gazette" in app.clipboard
        await pilot.press("quotation_mark")
        await pilot.pause()
        await pilot.press("y")
        assert app.clipboard.startswith("“We want the islands")
        assert "Noor Haddad" in app.clipboard
        assert screen.query_one("#quotes").has_focus


async def test_quit_saves_position_and_top_ignores_it() -> None:
    store = Store()
    app = long_app()
    app.store = store
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        place = screen.view.top_block()
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    key = sample_article().source.sha256
    assert store.load(key).position == place

    again = long_app()
    again.store = store
    async with again.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        assert screen.view.top_block() == place

    top = long_app(top=True)
    top.store = store
    async with top.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        assert screen.view.scroll_y == 0


async def test_store_notices_are_shown(article: Article, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    original = ReaderApp.notify

    def record(self: ReaderApp, message: str, **kw: Any) -> None:
        shown.append(message)
        original(self, message, **kw)

    monkeypatch.setattr(ReaderApp, "notify", record)
    store = Store()
    store.notices.append("saved state x.json is corrupt; ignoring it")
    app = ReaderApp(article, store=store, index_factory=FakeIndex)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert not store.notices  # shown once, then cleared
        assert any("corrupt" in m for m in shown)


async def test_marks_survive_in_the_store() -> None:
    store = Store()
    key = sample_article().source.sha256
    store.save(key, ArticleState(None, {"b": "b9"}))
    app = long_app()
    app.store = store
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("apostrophe", "b")
        await pilot.pause()
        assert screen.view.top_block() == "b9"


async def test_position_is_saved_once_scrolling_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reader.ui.screens.reader.screen.SAVE_DELAY", 0.05)
    store = Store()
    app = long_app()
    app.store = store
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause(0.2)
        assert store.load(sample_article().source.sha256).position == screen.view.top_block()
        assert app.is_running


async def test_escape_leaves_a_panel_first() -> None:
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert screen.query_one("#corrections").has_focus
        await pilot.press("escape")
        await pilot.pause()
        assert screen.view.has_focus
        await pilot.press("escape")  # nothing to clear, not nested: stays
        await pilot.pause()
        assert app.is_running and app.screen is screen


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ("action_page_down", "page"),
        ("action_scroll_down", 1),
    ],
)
async def test_textual_scroll_keys_jump_without_animation(action: str, expected: int | str) -> None:
    """PageDown and the arrows are the view's own Textual bindings: they must jump at once, like space and j.

    An animated scroll re-renders the page on every frame for a quarter of a second.
    """
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        view = (await ready(pilot)).view
        getattr(view, action)()
        height = view.scrollable_content_region.height
        assert view.scroll_y == (height if expected == "page" else expected)  # no await: already there
        assert not app.animator.is_being_animated(view, "scroll_y")
