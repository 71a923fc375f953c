"""Pilot tests of the library screen and the library-wide search screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import DataTable

from reader.core import parse_article
from reader.library.catalog import Catalog
from reader.library.rows import ArticleRow
from reader.load import load_path
from reader.ui.messages import OpenRequested
from reader.ui.screens.library.screen import LibraryScreen, filter_rows
from reader.ui.screens.library.search import HitList, LibrarySearchScreen
from reader.ui.stylesheets import stylesheets
from tests.helpers import library_app
from tests.library.conftest import BAKERY, HARBOUR, NOTES


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    root = tmp_path / "shelf"
    root.mkdir()
    (root / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (root / "bakery.txt").write_text(BAKERY, encoding="utf-8")
    (root / "tram.md").write_text(NOTES, encoding="utf-8")
    return root


class Host(App[None]):
    """A stand-in for ReaderApp: shows the library and records what it is asked to open."""

    CSS_PATH = stylesheets()

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths
        self.opened: list[tuple[Path, str | None, tuple[int, int] | None]] = []

    def on_mount(self) -> None:
        self.catalog = Catalog(self.paths)
        self.push_screen(LibraryScreen(self.catalog))

    def on_unmount(self) -> None:
        self.catalog.close()

    def on_open_requested(self, message: OpenRequested) -> None:
        self.opened.append((message.path, message.block, message.span))


def _row(title: str, publisher: str | None = None, path: str = "/x/a.txt") -> ArticleRow:
    return ArticleRow(path, title, "2026-01-02", publisher, 1, 2, 0)


@pytest.mark.parametrize(
    ("typed", "titles"),
    [
        ("", ["Harbour drones", "Bakery prize", "Tram line"]),
        ("bakry", ["Bakery prize"]),
        ("drones harbor", ["Harbour drones"]),
        ("daily post", ["Tram line"]),
        ("zzqx", []),
    ],
    ids=["empty-shows-all", "typo", "reordered", "publisher", "nothing"],
)
def test_filter_rows(typed: str, titles: list[str]) -> None:
    rows = [_row("Harbour drones"), _row("Bakery prize"), _row("Tram line", "Daily Post")]
    assert [r.title for r in filter_rows(rows, typed)] == titles


async def _settle(app: App[None]) -> None:
    await app.workers.wait_for_complete()
    await app.workers.wait_for_complete()


async def test_library_lists_filters_and_opens(shelf: Path) -> None:
    app = Host([shelf])
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(app)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        table = screen.query_one(DataTable)
        assert table.row_count == 3
        titles = {str(table.get_row_at(i)[0]) for i in range(3)}
        assert "A bakery wins the regional bread prize" in titles
        bakery_row = next(i for i in range(3) if "bakery" in str(table.get_row_at(i)[0]).lower())
        assert table.get_row_at(bakery_row)[4] == screen.rows[bakery_row].quotes
        await pilot.press(*"bred prize")
        await pilot.pause()
        assert table.row_count == 1
        await pilot.press("enter")
        await pilot.pause()
        assert [(p.name, b, s) for p, b, s in app.opened] == [("bakery.txt", None, None)]
        await pilot.press("escape")
        await pilot.pause()
        assert table.row_count == 3


async def test_library_search_opens_the_article_at_the_span(shelf: Path) -> None:
    app = Host([shelf])
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(app)
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, LibrarySearchScreen)
        await pilot.press(*"sourdogh loaf")
        await _settle(app)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibrarySearchScreen)
        assert screen.hits and screen.query_one(HitList).option_count == len(screen.hits)
        await pilot.press("enter")
        await pilot.pause()
        path, block, span = app.opened[-1]
        assert path.name == "bakery.txt" and block is not None and span is not None
        article = parse_article(load_path(path).text)
        assert article.block(block).text[span[0] : span[1]] == "sourdough loaf"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_library_search_quotes_only_shows_the_speaker(shelf: Path) -> None:
    app = Host([shelf])
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(app)
        await pilot.press("ctrl+f", *'"we bake every loaf')
        await _settle(app)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibrarySearchScreen)
        assert screen.hits and all(h.kind == "quote" for h in screen.hits)
        assert screen.hits[0].speaker == "Rosa Kettle"


async def test_reader_app_opens_from_the_library_and_esc_returns(shelf: Path) -> None:
    from reader.store.state import Store
    from reader.ui.screens.reader.screen import ReaderScreen

    app = library_app([shelf], store=Store())
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(app)
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press(*"tram")
        await pilot.pause()
        await pilot.press("enter")
        await _settle(app)
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


def test_a_folder_name_filters_its_articles() -> None:
    rows = [_row("Cup final", path="/bbc/sport/001.txt"), _row("Budget", path="/bbc/business/001.txt")]
    assert [r.title for r in filter_rows(rows, "sport")] == ["Cup final"]


def test_a_cut_title_ends_with_an_ellipsis() -> None:
    from reader.ui.screens.library.screen import fit

    assert fit("short", 10) == "short"
    assert fit("A very long headline indeed", 12) == "A very long…"
    assert len(fit("A very long headline indeed", 12)) <= 12


def test_a_folders_own_papers_are_not_articles(tmp_path: Path) -> None:
    from reader.library.files import article_files

    for name in ("README.TXT", "readme.md", "LICENSE.txt", "CHANGELOG.md", "01.md", "01.source.txt", "02.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "lone.source.txt").write_text("x", encoding="utf-8")  # no article "lone" beside it: kept
    assert sorted(Path(p).name for p in article_files([tmp_path])) == ["01.md", "02.txt", "lone.source.txt"]
    assert article_files([tmp_path / "README.TXT"]) == [str(tmp_path / "README.TXT")]  # named: taken as given


async def test_an_empty_folder_says_so(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_text("x", encoding="utf-8")
    app = Host([tmp_path])
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(app)
        await pilot.pause()
        status = str(app.screen.query_one("#library-status").render())
        assert status.startswith("no articles (.txt, .md) in ") and str(tmp_path) in status


async def test_long_titles_are_cut_with_an_ellipsis_in_the_table(tmp_path: Path) -> None:
    long = "A headline so long that it cannot possibly fit in the title column of a narrow library table"
    (tmp_path / "long.txt").write_text(f"{long}\n\nThe harbour board met on Tuesday to vote.\n", encoding="utf-8")
    app = Host([tmp_path])
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(app)
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert str(table.get_row_at(0)[0]).endswith("…")
