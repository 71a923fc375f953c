"""Keys as ssh and mosh deliver them: many in one burst, none lost, none reordered, no prompt stacked.

`burst` posts every key to the app before any is handled (no pause between
them), which is what a single terminal write does; `pilot.press` waits for
each key to be handled and so never showed the bug.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Label

from reader.cli.launch import open_article
from reader.core.parse import parse_article
from reader.core.search.passages import Hit, Scope
from reader.store.state import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.reader.screen import ReaderScreen
from reader.ui.widgets.status import StatusBar
from tests.app.pilot import FakeIndex, ready
from tests.app.sample import sample_article

CHARS = {
    "apostrophe": "'",
    "slash": "/",
    "question_mark": "?",
    "colon": ":",
    "percent_sign": "%",
    "less_than_sign": "<",
    "greater_than_sign": ">",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "space": " ",
}


async def burst(pilot: Pilot[None], *keys: str) -> None:
    """All of `keys` queued at once, then wait until they are handled."""
    for key in keys:
        char = CHARS.get(key, key if len(key) == 1 else None)
        pilot.app.post_message(events.Key(key, char))
    await pilot.pause()
    await pilot.pause()


def typed(text: str) -> list[str]:
    return [CHARS_BY_CHAR.get(c, c) for c in text]


CHARS_BY_CHAR = {v: k for k, v in CHARS.items()}


class ReversedIndex(FakeIndex):
    """Results best first, which here is last in the text: n / N must still go in document order."""

    def search(self, query: str, *, scope: Scope = "all", limit: int = 50) -> list[Hit]:
        return list(reversed(super().search(query, scope=scope, limit=limit)))


def long_app(**kw: Any) -> ReaderApp:
    kw.setdefault("index_factory", FakeIndex)
    return ReaderApp(sample_article(repeat=6), store=Store(), **kw)


def focus_of(screen: ReaderScreen) -> object:
    return screen.focused


def status(screen: ReaderScreen) -> StatusBar:
    return screen.query_one(StatusBar)


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    original = ReaderApp.notify

    def record(self: ReaderApp, message: str, **kwargs: Any) -> None:
        said.append(message)
        original(self, message, **kwargs)

    monkeypatch.setattr(ReaderApp, "notify", record)
    return said


async def test_mark_keys_in_one_burst_set_the_mark_and_stack_nothing() -> None:
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        depth = len(app.screen_stack)
        await burst(pilot, "5", "j", "m", "a")
        marked = screen.view.top_block()
        assert screen.place.marks == {"a": marked}
        await burst(pilot, "m", "a", "m", "b", "G", "apostrophe", "a")  # again, and on to a return
        assert screen.place.marks == {"a": marked, "b": marked}
        assert screen.view.top_block() == marked
        assert app.screen is screen and len(app.screen_stack) == depth
        assert status(screen).note == ""  # no prompt left open


async def test_jump_back_twice_in_one_burst() -> None:
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        view = screen.view
        await burst(pilot, "G")
        end = view.top_block()
        assert view.scroll_y > 0
        await burst(pilot, "apostrophe", "apostrophe")
        assert view.scroll_y == 0
        await burst(pilot, "apostrophe", "apostrophe", "apostrophe", "apostrophe")
        assert view.scroll_y == 0  # there and back again
        await burst(pilot, "apostrophe", "apostrophe", "apostrophe", "apostrophe", "apostrophe", "apostrophe")
        assert view.top_block() == end
        assert app.screen is screen


async def test_escape_cancels_a_waiting_mark() -> None:
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await burst(pilot, "m")
        assert "set mark" in status(screen).note
        await burst(pilot, "escape", "a")
        assert screen.place.marks == {}
        assert status(screen).note == ""


async def test_search_field_keeps_every_key_of_a_burst() -> None:
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await burst(pilot, "slash", *typed("altman"), *["backspace"] * 8, *typed("amodei"))
        assert screen.search_bar.input.value == "amodei"


async def test_backspace_in_an_empty_field_is_not_applied_later() -> None:
    """Seen under tmux: Backspaces with nothing to delete were passed on and deleted what was typed after them."""
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await burst(pilot, "slash", *["backspace"] * 3, *typed("amodei"), "left", "backspace", "backspace")
        assert screen.search_bar.input.value == "amoi"


async def test_enter_and_the_keys_after_it_in_one_burst() -> None:
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await burst(pilot, "slash", *typed("fish"), "enter", "n", "n")
        assert not screen.search_bar.display
        assert screen.search_bar.input.value == "fish"  # the n went to the article, not the field
        assert status(screen).counter == "3/18"
        assert screen.focused is screen.view


async def test_n_steps_in_document_order_from_the_place_being_read() -> None:
    app = long_app(index_factory=ReversedIndex)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await burst(pilot, "slash", *typed("fish"), "enter")
        assert status(screen).counter == "18/18"  # the best result is the last in the text
        last = screen.view.top_block()
        await burst(pilot, "N")
        assert status(screen).counter == "17/18"
        assert screen.article.blocks.index(screen.article.block(screen.view.top_block() or "")) <= (
            screen.article.blocks.index(screen.article.block(last or ""))
        )
        await burst(pilot, "g", "n")  # from the top: the first result in the text
        assert status(screen).counter == "1/18"
        assert screen.view.has_match
        await burst(pilot, "n")
        assert status(screen).counter == "2/18"
        await burst(pilot, "3", "n")
        assert status(screen).counter == "5/18"


async def test_question_mark_searches_backward() -> None:
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await burst(pilot, "question_mark")
        assert screen.search_bar.display
        assert str(screen.search_bar.query_one("#search-prompt", Label).content) == "?"
        await burst(pilot, *typed("fish"), "enter")
        assert status(screen).counter == "1/18"
        await burst(pilot, "n")  # backward: from the first, round to the last
        assert status(screen).counter == "18/18"
        await burst(pilot, "N")
        assert status(screen).counter == "1/18"


async def test_jump_back_after_a_search_returns_where_slash_was_pressed() -> None:
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await burst(pilot, "1", "5", "j")
        origin = screen.view.top_block()
        await burst(pilot, "slash", *typed("trial"), "down", "down", "down")  # the preview scrolls away
        await pilot.pause()
        await burst(pilot, "enter")
        assert screen.view.top_block() != origin
        await burst(pilot, "apostrophe", "apostrophe")
        assert screen.view.top_block() == origin


SECTIONED = "# The title\n\n" + "\n\n".join(
    f"## Part {n}\n\n" + "\n\n".join(f"Paragraph {n}.{i} of the story, long enough to wrap. " * 3 for i in range(6))
    for n in range(1, 7)
)


def sectioned_app(text: str = SECTIONED) -> ReaderApp:
    return ReaderApp(parse_article(text, fmt="markdown"), store=Store(), index_factory=FakeIndex)


WITH_LEDE = SECTIONED.replace("\n\n", "\n\nA lede paragraph opens the story before its first section heading.\n\n", 1)
"""The title (shown by the header) and a lede: the first section's heading is below the top."""


async def test_next_section_from_the_top_is_the_first_and_previous_reaches_the_beginning() -> None:
    app = sectioned_app(WITH_LEDE)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        parts = [s for s in screen.article.sections if s.heading_block]
        first = parts[0]
        assert first.title == "Part 1"
        await burst(pilot, "right_square_bracket")
        assert screen.view.top_block() == first.heading_block
        await burst(pilot, "right_square_bracket", "right_square_bracket")
        assert screen.view.top_block() == parts[2].heading_block
        await burst(pilot, "left_square_bracket", "left_square_bracket")
        assert screen.view.top_block() == first.heading_block
        await burst(pilot, "left_square_bracket")
        assert screen.view.scroll_y == 0  # the beginning: the title
        await burst(pilot, "3", "right_square_bracket")
        assert screen.view.top_block() == parts[2].heading_block


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (["5", "j"], 5),
        (["j", "j", "j", "j"], 4),
        (["1", "0", "G"], 9),
        (["1", "0", "g"], 9),
        (["greater_than_sign"], "end"),
        (["greater_than_sign", "less_than_sign"], 0),
        (["5", "0", "percent_sign"], "half"),
        (["5", "0", "p"], "half"),
        (["G", "p"], 0),
        (["ctrl+f"], "page"),
        (["2", "ctrl+f", "ctrl+b"], "page"),
        (["ctrl+d"], "halfpage"),
        (["ctrl+d", "ctrl+d", "ctrl+u"], "halfpage"),
        (["space", "space", "b"], "page"),
    ],
)
async def test_moves_with_counts_in_one_burst(keys: list[str], expected: int | str) -> None:
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        view = screen.view
        await burst(pilot, *keys)
        height = view.scrollable_content_region.height
        want = {
            "end": view.max_scroll_y,
            "half": round(view.max_scroll_y / 2),
            "page": height,
            "halfpage": height // 2,
        }.get(str(expected), expected)
        assert view.scroll_y == want


async def test_back_and_forward_through_the_jump_history(notices: list[str]) -> None:
    app = sectioned_app(WITH_LEDE)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        heads = [s.heading_block for s in screen.article.sections if s.heading_block]
        await burst(pilot, "right_square_bracket", "right_square_bracket", "G")
        await burst(pilot, "ctrl+o")
        assert screen.view.top_block() == heads[1]
        await burst(pilot, "ctrl+o", "ctrl+o")
        assert screen.view.scroll_y == 0
        await burst(pilot, "ctrl+o")
        assert "no earlier place to go back to" in notices
        await burst(pilot, "ctrl+n", "ctrl+n")
        assert screen.view.top_block() == heads[1]
        await burst(pilot, "ctrl+n")
        assert screen.view.scroll_y == screen.view.max_scroll_y


async def test_links_are_listed_with_their_addresses(notices: list[str]) -> None:
    text = "# Links\n\nRead [the report](https://example.org/report) and [notes](http://example.com/n).\n"
    app = ReaderApp(parse_article(text, fmt="markdown"), store=Store(), index_factory=FakeIndex)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await burst(pilot, "L")
        assert any("the report → https://example.org/report" in n and "http://example.com/n" in n for n in notices)
        assert isinstance(app.screen, ReaderScreen)  # shown, never followed


async def test_colon_n_and_p_step_through_the_files_given(tmp_path: Path, notices: list[str]) -> None:
    paths = []
    for name in ("first", "second"):
        path = tmp_path / f"{name}.md"
        path.write_text(f"# The {name} article\n\nSome text about the {name} thing.\n", encoding="utf-8")
        paths.append(path)
    opener = partial(open_article, max_mb=64)
    app = ReaderApp(opener(paths[0]), store=Store(), index_factory=FakeIndex, files=paths, open_article=opener)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        assert screen.article.meta.title == "The first article"
        await burst(pilot, "colon", "n", "enter")
        await app.workers.wait_for_complete()
        screen = await ready(pilot)
        assert screen.article.meta.title == "The second article"
        await burst(pilot, "colon", "n", "enter")
        assert "this is the last article" in notices
        await burst(pilot, "colon", "p", "enter")
        await app.workers.wait_for_complete()
        screen = await ready(pilot)
        assert screen.article.meta.title == "The first article"
        assert len([s for s in app.screen_stack if isinstance(s, ReaderScreen)]) == 1  # in place, not stacked
        await burst(pilot, "colon", "x", "enter")
        assert any("unknown command :x" in n for n in notices)


async def test_results_previewed_in_a_burst_do_not_move_the_view_after_enter() -> None:
    app = long_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await burst(pilot, "slash", *typed("fish"), "down", "down", "enter")
        assert status(screen).counter == "3/18"
        await burst(pilot, "n")
        assert status(screen).counter == "4/18"  # the third result, then one on: a late preview moved nothing


async def test_the_library_filter_keeps_every_key_of_a_burst(tmp_path: Path) -> None:
    from textual.widgets import Input

    from tests.helpers import library_app
    from tests.library.conftest import BAKERY, HARBOUR

    (tmp_path / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "bakery.txt").write_text(BAKERY, encoding="utf-8")
    app = library_app([tmp_path], store=Store())
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await burst(pilot, *typed("harbour"), *["backspace"] * 7, *typed("bakery"))
        assert app.screen.query_one(Input).value == "bakery"


@pytest.mark.parametrize("size", [(160, 40), (80, 24)])
async def test_keys_after_a_panel_key_reach_the_panel(size: tuple[int, int]) -> None:
    from reader.ui.widgets.takeaways import Takeaways

    app = long_app()
    async with app.run_test(size=size) as pilot:
        screen = await ready(pilot)
        await burst(pilot, "t", "down")
        panel = screen.query_one(Takeaways)
        assert screen.focused is panel
        assert panel.highlighted == 1  # the down went to the list, not the article
        assert screen.view.scroll_y == 0
        await burst(pilot, "escape", "j")  # back to the article, and the j scrolls it
        assert focus_of(screen) is screen.view
        assert screen.view.scroll_y == 1
