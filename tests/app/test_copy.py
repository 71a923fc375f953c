"""`y`: the current passage is marked in the gutter, it is what is copied, and the message says where it went."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from reader.core.model import Article
from reader.store.clipboard import Clipboard, Copied, Ran
from reader.store.state import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.reader.screen import ReaderScreen
from reader.ui.widgets.article_paint import CURRENT_MARK
from reader.ui.widgets.article_view import ArticleView
from tests.app.pilot import FakeIndex, ready


class FakeClipboard:
    """Records what `y` copied and answers with a fixed result (or raises)."""

    def __init__(self, result: Copied | Exception) -> None:
        self.result = result
        self.texts: list[str] = []

    def copy(self, text: str) -> Copied:
        self.texts.append(text)
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


OSC52 = Copied(
    "sent to the terminal clipboard (OSC 52); if your terminal ignores it, it is also in ~/c.txt", terminal=True
)


def make(article: Article, clipboard: FakeClipboard | None, notes: list[tuple[str, str]]) -> ReaderApp:
    app = ReaderApp(article, store=Store(), index_factory=FakeIndex, clipboard=clipboard)
    notify = app.notify

    def record(message: str, **kwargs: Any) -> None:
        notes.append((message, kwargs.get("severity", "information")))
        notify(message, **kwargs)

    app.notify = record  # type: ignore[method-assign]
    return app


def marked_rows(view: ArticleView) -> list[int]:
    """Rows of the view whose gutter shows the current-passage mark."""
    rows = range(view.scrollable_content_region.height)
    return [y for y in rows if CURRENT_MARK in view.render_line(y).text[:2]]


def rows_of(view: ArticleView, block: str) -> list[int]:
    """Rows of the view on which a block is drawn."""
    first = view.line_of(block)
    assert first is not None
    lines = len(view.article.block(block).text)  # an upper bound, cut by the blank line after the block
    top = int(view.scroll_y)
    rows = []
    for y in range(first, first + lines):
        row = y - top
        if not 0 <= row < view.scrollable_content_region.height or not view.render_line(row).text.strip():
            break
        rows.append(row)
    return rows


async def press_y(pilot: Pilot[None]) -> None:
    await pilot.press("y")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_first_passage_on_screen_is_marked_and_copied(article: Article) -> None:
    fake = FakeClipboard(OSC52)
    notes: list[tuple[str, str]] = []
    app = make(article, fake, notes)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        view = screen.view
        first = article.blocks[2]  # the title and subtitle are not passages while one starts on screen
        assert view.current_block() == first.id
        assert marked_rows(view) == rows_of(view, first.id)
        await press_y(pilot)
        assert fake.texts and fake.texts[0].startswith(first.text)
        assert "Harbour Gazette" in fake.texts[0]
        assert app.clipboard == fake.texts[0]  # terminal=True: the app sent it by OSC 52
        assert notes[-1] == (OSC52.message, "information")


async def test_a_passage_cut_at_the_top_is_not_the_one_copied(article: Article) -> None:
    fake = FakeClipboard(OSC52)
    notes: list[tuple[str, str]] = []
    app = make(article, fake, notes)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        view = screen.view
        cut, after = article.blocks[2], article.blocks[3]
        start = view.line_of(cut.id)
        assert start is not None
        view.scroll_to(y=start + 1, animate=False)  # the first passage's first line is now above the view
        await pilot.pause()
        assert view.render_line(0).text.strip()  # ... and the rest of it is still on screen
        assert view.current_block() == after.id
        assert marked_rows(view) == rows_of(view, after.id)
        assert CURRENT_MARK not in view.render_line(0).text[:2]
        await press_y(pilot)
        assert fake.texts[-1].startswith(after.text)


async def test_a_jumped_to_passage_stays_current_while_on_screen(article: Article) -> None:
    fake = FakeClipboard(Copied("copied with citation (wl-copy)"))
    notes: list[tuple[str, str]] = []
    app = make(article, fake, notes)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        view = screen.view
        target = next(b for b in article.blocks if b.text.startswith("Skyward Logistics will operate"))
        screen.jump(target.id, flash=False)  # margin 2: the end of the passage before shows above it
        await pilot.pause()
        assert view.current_block() == target.id
        assert marked_rows(view) == rows_of(view, target.id)
        await press_y(pilot)
        assert fake.texts[-1].startswith(target.text)
        assert app.clipboard == ""  # a copy command did it: nothing sent by OSC 52
        assert notes[-1] == ("copied with citation (wl-copy)", "information")
        await pilot.press("G")  # far away: the first passage starting on screen is current again
        await pilot.pause()
        assert view.current_block() != target.id
        assert marked_rows(view)


async def test_the_honest_tmux_warning_is_shown_as_given(article: Article) -> None:
    message = "tmux will not pass OSC 52 on (set-clipboard is external): the citation is in ~/c.txt; ..."
    fake = FakeClipboard(Copied(message, "warning", terminal=True))
    notes: list[tuple[str, str]] = []
    app = make(article, fake, notes)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await press_y(pilot)
        assert notes[-1] == (message, "warning")
        assert not any("copied with citation" in text for text, _ in notes)


async def test_a_broken_clipboard_is_one_notice_not_a_crash(article: Article) -> None:
    fake = FakeClipboard(RuntimeError("disk on fire"))
    notes: list[tuple[str, str]] = []
    app = make(article, fake, notes)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await press_y(pilot)
        assert notes[-1] == ("could not copy: disk on fire", "error")
        assert app.is_running and isinstance(app.screen, ReaderScreen)


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_without_a_clipboard_service_y_says_osc52_not_copied(article: Article, size: tuple[int, int]) -> None:
    notes: list[tuple[str, str]] = []
    app = make(article, None, notes)
    async with app.run_test(size=size) as pilot:
        screen = await ready(pilot)
        await press_y(pilot)
        assert app.clipboard.startswith(article.block(screen.view.current_block() or "").text)
        assert notes[-1] == ("sent to the terminal clipboard (OSC 52)", "information")


async def test_the_real_service_under_tmux_external_warns_and_keeps_the_file(article: Article, tmp_path: Path) -> None:
    def runner(argv: Sequence[str], stdin: str | None, timeout: float) -> Ran:
        assert tuple(argv) == ("tmux", "show-options", "-gv", "set-clipboard")
        return Ran(0, "external\n")

    service = Clipboard(None, tmp_path / "data", environ={"TMUX": "/tmp/tmux-0/default,1,0"}, runner=runner)
    notes: list[tuple[str, str]] = []
    app = make(article, None, notes)
    app.copier = service
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await press_y(pilot)
        text, severity = notes[-1]
        assert severity == "warning" and text.startswith("tmux will not pass OSC 52 on (set-clipboard is external)")
        assert str(tmp_path / "data" / "citation.txt") in text
        assert (tmp_path / "data" / "citation.txt").read_text(encoding="utf-8") == app.clipboard + "\n"
        assert app.clipboard.startswith(article.blocks[2].text)
