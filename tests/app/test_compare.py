"""The compare view through keys: columns by width, ] / [ stepping, the newer version's silent changes."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from textual.widgets import DataTable

from reader.core import read_article
from reader.core.diff import ArticleDiff, diff_articles
from reader.core.model import Article
from reader.store.state import Store
from reader.ui.screens.compare import CompareApp, CompareScreen
from reader.ui.screens.reader.screen import ReaderScreen
from reader.ui.widgets.corrections import CorrectionsPanel
from reader.ui.widgets.diff_view import DiffView
from tests.core.diff_pairs import FERRY


@cache
def versions() -> tuple[Article, Article, ArticleDiff]:
    old = read_article(FERRY)
    new_text = FERRY.replace("about 600", "about 900").replace("Nobody at this company wanted", "Nobody here wanted")
    new = read_article(new_text.replace("cuts winter crossings to two a day", "halves winter service"))
    return old, new, diff_articles(old, new)


def app() -> CompareApp:
    old, new, diff = versions()
    return CompareApp(old, new, diff, store=Store())


def visible(view: DiffView) -> bool:
    return view.display and view.region.width > 0


@pytest.mark.parametrize(("width", "shown"), [(120, {"old-view", "new-view"}), (80, {"unified-view"})])
async def test_columns_by_width(width: int, shown: set[str]) -> None:
    a = app()
    async with a.run_test(size=(width, 30)) as pilot:
        await pilot.pause()
        screen = a.screen
        assert isinstance(screen, CompareScreen)
        assert {v.id for v in screen.query(DiffView) if visible(v)} == shown
        summary = str(screen.query_one("#diff-summary").render())
        assert summary.startswith("headline changed · 2 paragraphs changed")
        assert "1 quote reworded" in summary and "2 silent changes" in summary


async def test_brackets_step_through_changes_in_both_columns() -> None:
    a = app()
    _old, _new, diff = versions()
    async with a.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = a.screen
        assert isinstance(screen, CompareScreen)
        await pilot.press("right_square_bracket")
        assert screen.position == 0
        for _ in range(2):
            await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.position == 2
        change = diff.changes[2]
        old_view, new_view = screen.query_one("#old-view", DiffView), screen.query_one("#new-view", DiffView)
        assert old_view.current == new_view.current == 2
        # each column shows its own copy of the change (its block, or a placeholder where it would be)
        for view, block in ((old_view, change.old_block), (new_view, change.new_block)):
            line = view.line_of_change(2)
            assert line is not None and view.scroll_y <= line < view.scroll_y + view.size.height
            assert block is None or any(r.key == block and r.change == 2 for r in view.rows)
        note = str(screen.query_one("#diff-note").render())
        assert note.startswith(f"3/{len(diff.changes)} changed")
        await pilot.press("left_square_bracket")
        assert screen.position == 1
        await pilot.press(*["right_square_bracket"] * len(diff.changes))
        assert screen.position == 1  # round the list, wrapping after the last change


async def test_narrow_column_shows_old_text_above_new() -> None:
    a = app()
    async with a.run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        view = a.screen.query_one("#unified-view", DiffView)
        kinds = [(r.kind, r.change) for r in view.rows if r.change is not None]
        assert ("old", 1) in kinds and kinds.index(("old", 1)) < kinds.index(("paragraph", 1))
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        line = view.line_of_change(1)
        assert line is not None and view.scroll_y <= line < view.scroll_y + view.size.height


async def test_silent_changes_in_the_newer_versions_corrections_panel() -> None:
    a = app()
    _old, new, diff = versions()
    async with a.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        reader = a.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("c")
        await pilot.pause()
        panel = reader.query_one(CorrectionsPanel)
        found = [c for c in panel.corrections if c.scope == "comparison"]
        assert len(found) == diff.summary.silent == 2
        number = next(c for c in found if "900" in (c.corrected or ""))
        panel.highlighted = panel.corrections.index(number)
        await pilot.press("enter")
        await pilot.pause()
        assert reader.view.top_block() == number.block or reader.view.selected == number.block
        await pilot.press("escape", "q")
        await pilot.pause()
        assert isinstance(a.screen, CompareScreen)
        await pilot.press("q")
    assert new.block(number.block or "").text.count("900") == 1


async def test_no_changes_says_so() -> None:
    old = read_article(FERRY)
    a = CompareApp(old, old, diff_articles(old, old), store=Store())
    async with a.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert str(a.screen.query_one("#diff-summary").render()) == "no changes"
        await pilot.press("right_square_bracket")
        assert isinstance(a.screen, CompareScreen) and a.screen.position == -1


async def test_library_key_compares_the_newest_version_with_the_one_before(tmp_path: Path) -> None:
    from reader.ui.screens.library.screen import LibraryScreen
    from tests.helpers import library_app

    shelf = tmp_path / "shelf"
    shelf.mkdir()
    (shelf / "ferry-1.txt").write_text(FERRY.replace("2026-11-02", "2026-11-01"), encoding="utf-8")
    (shelf / "ferry-2.txt").write_text(FERRY, encoding="utf-8")
    newest = FERRY.replace("2026-11-02", "2026-11-03").replace("about 600", "about 900")
    (shelf / "ferry-3.txt").write_text(newest, encoding="utf-8")
    (shelf / "other.txt").write_text("Council approves bus lanes\n\nThe council approved two lanes.\n", "utf-8")
    app = library_app([shelf], store=Store())
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one(DataTable)
        titles = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        ferry = next(i for i, t in enumerate(titles) if t.startswith("3 versions · "))
        assert titles[ferry + 1 : ferry + 3] == ["  ↳ earlier version: ferry-2.txt", "  ↳ earlier version: ferry-1.txt"]
        await pilot.press(*"ferry")
        await pilot.pause()
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert (Path(screen.old.source.path or "").name, Path(screen.new.source.path or "").name) == (
            "ferry-2.txt",
            "ferry-3.txt",
        )
        assert screen.diff.summary.numbers_changed == 1
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


def test_every_compare_key_has_a_description() -> None:
    from textual.binding import Binding

    keys = [b for b in CompareScreen.BINDINGS if isinstance(b, Binding)]
    assert keys and all(b.description for b in keys)
    bound = {k for b in keys for k in b.key.split(",")}
    assert {"right_square_bracket", "left_square_bracket", "q", "escape"} <= bound


async def test_resizing_to_narrow_keeps_the_current_change_in_view() -> None:
    a = app()
    async with a.run_test(size=(120, 24)) as pilot:
        await pilot.pause()
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        screen = a.screen
        assert isinstance(screen, CompareScreen) and screen.has_class("-narrow")
        view = screen.query_one("#unified-view", DiffView)
        assert visible(view)
        line = view.line_of_change(2)
        assert line is not None and view.scroll_y <= line < view.scroll_y + view.size.height
