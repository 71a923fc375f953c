"""Pilot tests: panels, search, messages, first paint before analysis, the app contract."""

from __future__ import annotations

import sys
import threading
import types
from functools import partial
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.screen import Screen

from reader.cli.launch import open_article
from reader.core.model import Article
from reader.library.catalog import Catalog
from reader.store.state import Store
from reader.ui import screens as screens_pkg
from reader.ui.app import ReaderApp
from reader.ui.messages import AnalysisReady, IndexReady, OpenRequested
from reader.ui.screens.commands import entries_for
from reader.ui.screens.reader.bindings import FALLBACK
from reader.ui.screens.reader.screen import ReaderScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.corrections import CorrectionsPanel
from reader.ui.widgets.entities import EntityIndex
from reader.ui.widgets.quotes import QuoteList
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.status import StatusBar
from reader.ui.widgets.takeaways import Takeaways
from tests.app.pilot import FakeIndex, ready, visible_text
from tests.app.sample import sample_article
from tests.helpers import library_app


def make(article: Article | None = None, **kw: object) -> ReaderApp:
    opener = partial(open_article, max_mb=64)
    return ReaderApp(
        article or sample_article(repeat=4),
        store=Store(),
        index_factory=FakeIndex,
        open_article=opener,
        **kw,  # type: ignore[arg-type]
    )


async def test_first_paint_comes_before_the_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    gate = threading.Event()
    analysed = sample_article()

    def slow_analyse(article: Article, *, engine: object | None = None) -> Article:
        gate.wait(10)
        return analysed

    monkeypatch.setattr("reader.core.analyse", slow_analyse)
    seen: list[object] = []
    app = ReaderApp(sample_article(analysed=False), store=Store(), index_factory=FakeIndex)
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert "A six-month trial" in visible_text(screen)  # painted while analysis waits
        assert not screen.query_one(CorrectionsPanel).corrections
        assert not screen.article.analysed
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.article.analysed
        assert screen.query_one(CorrectionsPanel).corrections
        assert any(isinstance(m, AnalysisReady) for m in seen)
        assert len({id(m) for m in seen if isinstance(m, IndexReady)}) == 1  # built once, from the analysed article


async def test_analysis_failure_keeps_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(article: Article, *, engine: object | None = None) -> Article:
        raise RuntimeError("boom")

    monkeypatch.setattr("reader.core.analyse", broken)
    app = ReaderApp(sample_article(analysed=False), store=Store(), index_factory=FakeIndex)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        assert "A six-month trial" in visible_text(screen)
        assert app.is_running


async def test_takeaway_enter_jumps_to_support_and_flashes() -> None:
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("G", "t")
        await pilot.pause()
        panel = screen.query_one(Takeaways)
        assert panel.has_focus
        await pilot.press("down", "enter")
        await pilot.pause()
        support = panel.takeaways[1].support[0]
        assert screen.view.top_block() is not None
        assert screen.view.line_of(support) is not None
        line = screen.view.line_of(support) or 0
        assert screen.view.scroll_y <= line < screen.view.scroll_y + 10
        assert support in screen.view._flash
        await pilot.press("t")
        assert screen.view.has_focus


async def test_correction_enter_jumps_to_claim_then_to_correction() -> None:
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("G", "c")
        await pilot.pause()
        assert screen.query_one(CorrectionsPanel).has_focus
        await pilot.press("enter")
        await pilot.pause()
        correction = screen.article.corrections[0]
        assert correction.claim is not None
        assert screen.view.has_match
        assert screen.view._match == (correction.claim.block, correction.claim.start, correction.claim.end)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.view._match == (correction.block, correction.start, correction.end)


async def test_entity_enter_steps_through_mentions() -> None:
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        index = screen.query_one(EntityIndex)
        assert index.has_focus
        entity = index.rows[index.highlighted or 0]
        assert entity is not None and len(entity.mentions) > 2
        spots = []
        for _ in range(3):
            await pilot.press("enter")
            await pilot.pause()
            spots.append(screen.view._match)
        assert spots == [(m.block, m.start, m.end) for m in entity.mentions[:3]]
        assert screen.query_one(StatusBar).note == f"{entity.name} 3/{len(entity.mentions)}"


async def test_the_entity_panel_says_why_a_story_not_in_english_has_no_names() -> None:
    from reader.core import analyse, parse_article
    from tests.core.test_language import GERMAN

    article = analyse(parse_article("Ein Titel für die Geschichte\n\n" + GERMAN + " " + GERMAN + "\n"))
    app = make(article)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        index = screen.query_one(EntityIndex)
        shown = " ".join(str(index.get_option_at_index(k).prompt) for k in range(index.option_count))
        assert "English text only" in shown and "German" in shown


async def test_quote_enter_jumps_to_the_quote() -> None:
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("quotation_mark")
        await pilot.pause()
        assert screen.query_one(QuoteList).has_focus
        await pilot.press("down", "enter")
        await pilot.pause()
        quote = screen.article.quotes[1]
        assert screen.view._match == (quote.block, quote.start, quote.end)


async def test_outline_enter_jumps_to_section() -> None:
    app = make()
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("shift+tab")  # article -> outline (it sits before the article)
        await pilot.pause()
        assert screen.query_one("#outline").has_focus
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert screen.query_one(StatusBar).section == "Concerns from fishermen"


async def test_search_types_jumps_steps_and_counts() -> None:
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        bar = screen.query_one(SearchBar)
        assert not bar.display
        await pilot.press("slash")
        await pilot.pause()
        assert bar.display and bar.input.has_focus
        await pilot.press(*"reserve")
        await pilot.pause()
        assert len(bar.hits) == 4  # once per repeat of the sample
        assert str(bar.query_one("#search-counter").render()) == "1/4"
        await pilot.press("down")
        await pilot.pause()
        assert str(bar.query_one("#search-counter").render()) == "2/4"
        await pilot.press("enter")
        await pilot.pause()
        assert not bar.display and screen.view.has_focus
        hit = bar.hits[1]
        assert screen.view._match == (hit.block, hit.start, hit.end)
        status = screen.query_one(StatusBar)
        assert status.counter == "2/4"
        await pilot.press("n")
        assert status.counter == "3/4"
        await pilot.press("N", "N")
        assert status.counter == "1/4"
        await pilot.press("N")
        assert status.counter == "4/4"  # wraps round
        await pilot.press("escape")
        assert not screen.view.has_match and status.counter == ""


async def test_search_escape_returns_to_where_it_started() -> None:
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("d")
        await pilot.pause()
        origin = screen.view.scroll_y
        await pilot.press("slash", *"fishermen")
        await pilot.pause()
        assert screen.view.scroll_y != origin  # previews the first result
        await pilot.press("escape")
        await pilot.pause()
        assert screen.view.scroll_y == origin
        assert not screen.view.has_match
        assert not screen.query_one(SearchBar).display


async def test_search_scope_prefix_reaches_the_index() -> None:
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *'"same day')
        await pilot.pause()
        bar = screen.query_one(SearchBar)
        assert bar.hits and {h.kind for h in bar.hits} == {"quote"}


async def test_search_before_the_index_says_indexing(monkeypatch: pytest.MonkeyPatch) -> None:
    gate = threading.Event()

    class SlowIndex(FakeIndex):
        def __init__(self, article: Article) -> None:
            gate.wait(10)
            super().__init__(article)

    app = ReaderApp(sample_article(), store=Store(), index_factory=SlowIndex)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", "x")
        await pilot.pause()
        bar = app.screen.query_one(SearchBar)
        assert str(bar.query_one("#search-counter").render()) == "indexing…"
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert bar.hits  # the query typed while indexing is answered once the index lands
        assert str(bar.query_one("#search-counter").render()) == f"1/{len(bar.hits)}"


async def test_untrusted_markup_is_shown_literally() -> None:
    from dataclasses import replace

    base = sample_article()
    hostile = "[@click=app.quit]CLICK[/] price [/b] rose [link=x]"
    blocks = (base.blocks[0], replace(base.blocks[1], text=hostile), *base.blocks[2:])
    article = replace(base, blocks=blocks, meta=replace(base.meta, title=hostile, publisher="[b]P[/b]"))
    app = ReaderApp(article, store=Store(), index_factory=FakeIndex)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        assert "[@click=app.quit]CLICK[/] price [/b]" in visible_text(screen)
        header = screen.query_one("#header")
        assert hostile in str(header.render())
        assert "[b]P[/b]" in str(header.render())


async def test_command_palette_lists_sections_entities_themes_and_actions() -> None:
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        titles = [title for title, _, _ in entries_for(screen)]
        assert "Go to section: Concerns from fishermen" in titles
        assert any(t.startswith("Entity: Ida Brenner") for t in titles)
        system = [c.title for c in app.get_system_commands(screen)]
        assert "Theme: nord" in system
        real = [b for b in ReaderScreen.BINDINGS if isinstance(b, Binding) and not b.action.startswith(FALLBACK)]
        assert {b.description for b in real} <= set(system)
        callback = next(cb for t, _, cb in entries_for(screen) if t == "Go to section: Concerns from fishermen")
        callback()
        await pilot.pause()
        assert screen.query_one(StatusBar).section == "Concerns from fishermen"
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert type(app.screen).__name__ == "CommandPalette"


async def test_open_article_pushes_a_nested_reader_and_q_returns(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("A harbour story\n\nThe ferry left at noon.\n\nGulls followed it out.\n", encoding="utf-8")
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        first = await ready(pilot)
        app.post_message(OpenRequested(path))
        nested = await ready(pilot)
        assert nested is not first and nested.nested
        assert "ferry" in visible_text(nested)
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is first and app.is_running
        app.post_message(OpenRequested(tmp_path / "missing.txt"))  # a notice, not a crash
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is first


async def test_open_article_at_a_passage_highlights_the_span(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "Title here\n\n" + "Filler line of prose.\n\n" * 60 + "The rare word zephyr sits here.\n", encoding="utf-8"
    )
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        from reader.core.parse import parse_article
        from reader.load import load_path

        parsed = parse_article(load_path(path).text)
        block = next(b for b in parsed.blocks if "zephyr" in b.text)
        start = block.text.index("zephyr")
        app.post_message(OpenRequested(path, block=block.id, span=(start, start + 6)))
        screen = await ready(pilot)
        assert screen.view._match == (block.id, start, start + 6)
        assert "zephyr" in visible_text(screen)
        await pilot.press("escape")  # clears the highlight first
        await pilot.press("escape")  # then goes back
        await pilot.pause()
        assert app.screen is not screen


async def test_library_mode_pushes_the_library_screen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    class LibraryScreen(Screen[None]):
        def __init__(self, library: Catalog) -> None:
            super().__init__()
            self.paths = library.paths

    fake = types.ModuleType("reader.ui.screens.library.screen")
    fake.LibraryScreen = LibraryScreen  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "reader.ui.screens.library.screen", fake)
    monkeypatch.setattr(screens_pkg, "library", fake, raising=False)
    app = library_app([tmp_path], store=Store())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen) and app.screen.paths == [str(tmp_path)]


async def test_theme_change_rebuilds_panels_and_view() -> None:
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        panel = screen.query_one(Takeaways)
        before = repr(panel.get_option_at_index(0).prompt.spans)  # type: ignore[union-attr]
        app.theme = "nord" if app.theme != "nord" else "gruvbox"
        await pilot.pause()
        await pilot.pause()
        after = repr(panel.get_option_at_index(0).prompt.spans)  # type: ignore[union-attr]
        assert before != after  # same words, new badge colour
        assert screen.view.render_line(0).text.strip()


async def test_degenerate_articles_do_not_crash() -> None:
    from reader.core.model import Meta, SourceInfo

    empty = Article(SourceInfo(sha256="0" * 64), Meta(), (), ())
    for article in (empty, sample_article(analysed=False)):
        app = ReaderApp(article, store=Store(), index_factory=FakeIndex)
        async with app.run_test(size=(60, 20)) as pilot:
            await ready(pilot)
            keys = ["j", "G", "g", "right_square_bracket", "left_square_bracket", "t", "c", "e", "quotation_mark"]
            await pilot.press(*keys, "o", "h", "r", "y", "slash", "a", "enter", "n", "N", "escape")
            await pilot.press("m", "a", "apostrophe", "a", "question_mark", "escape")
            await pilot.resize_terminal(120, 40)
            await pilot.pause()
            assert app.is_running and isinstance(app.screen, ReaderScreen)


async def test_click_makes_a_passage_current_and_y_copies_it() -> None:
    app = make()
    seen: list[object] = []
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        screen = await ready(pilot)
        view = screen.view
        row = next(y for y in range(30) if "Skyward Logistics will operate" in view.render_line(y).text)
        await pilot.click(ArticleView, offset=(10, row))
        await pilot.pause()
        assert (
            view.selected is not None and "Skyward Logistics will operate" in screen.article.block(view.selected).text
        )
        assert any(isinstance(m, ArticleView.Clicked) for m in seen)
        await pilot.press("y")
        assert app.clipboard.startswith("Skyward Logistics will operate")


async def test_mouse_wheel_scrolls_the_article() -> None:
    from textual.events import MouseScrollDown

    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        view = screen.view
        view.post_message(MouseScrollDown(view, 5, 5, 0, 0, 0, False, False, False, screen_x=70, screen_y=10))
        await pilot.pause()
        assert view.scroll_y > 0


async def test_tab_moves_focus_from_the_article_to_the_sidebar() -> None:
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        assert screen.view.has_focus
        await pilot.press("tab")
        await pilot.pause()
        assert not screen.view.has_focus
        assert app.focused is not None and screen.query_one("#sidebar") in app.focused.ancestors_with_self


async def test_a_loaded_article_is_kept_out_of_full_collections_until_its_screen_goes() -> None:
    import gc

    gc.unfreeze()
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert gc.get_freeze_count() > 0  # analysed and indexed: a full collection no longer walks it
    assert gc.get_freeze_count() == 0
