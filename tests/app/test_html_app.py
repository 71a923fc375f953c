"""Opening a saved web page in the app: a "reading page…" screen at once, then the article and its panels."""

from __future__ import annotations

import threading
from pathlib import Path

from reader.core.model import Article
from reader.core.parse import parse_article
from reader.load import load_path
from reader.store.state import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.loading import LoadingScreen
from reader.ui.screens.reader.screen import ReaderScreen
from reader.ui.widgets.corrections import CorrectionsPanel
from reader.ui.widgets.takeaways import Takeaways
from tests.app.pilot import FakeIndex, ready, visible_text
from tests.load.pages import STORY, page, story_paragraphs

BOX = "<h2>Key Takeaways</h2><ul><li>Drones will inspect the sea wall weekly.</li><li>Checks start in April.</li></ul>"
NOTE = "<p>Correction: An earlier version of this article misstated when the checks start. They start in April.</p>"


def saved_page(tmp_path: Path) -> Path:
    path = tmp_path / "drones.html"
    head = '<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2026-03-03">'
    path.write_text(page(BOX + story_paragraphs(NOTE), head=head), encoding="utf-8")
    return path


def prepare_from(path: Path, gate: threading.Event | None = None) -> Article:
    if gate is not None:
        gate.wait(10)
    loaded = load_path(path)
    return parse_article(loaded.text, source=loaded.source)


async def test_reading_page_screen_first_then_the_article(tmp_path: Path) -> None:
    path = saved_page(tmp_path)
    gate = threading.Event()
    app = ReaderApp(
        None, store=Store(), index_factory=FakeIndex, pending=lambda: prepare_from(path, gate), pending_name=str(path)
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LoadingScreen)  # painted while the page is being extracted
        assert "reading page" in str(app.screen.query_one("#loading").render())
        gate.set()
        screen = await ready(pilot)
        assert isinstance(screen, ReaderScreen)
        text = visible_text(screen)
        assert STORY[0][:40] in text
        assert "<p>" not in text and "Home World" not in text


async def test_html_article_panels_and_removed_text(tmp_path: Path) -> None:
    article = prepare_from(saved_page(tmp_path))
    assert article.source.format == "html"
    app = ReaderApp(article, store=Store(), index_factory=FakeIndex)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await ready(pilot)
        panel = screen.query_one(Takeaways)
        assert [t.text for t in panel.takeaways][:2] == [
            "Drones will inspect the sea wall weekly.",
            "Checks start in April.",
        ]
        assert screen.query_one(CorrectionsPanel).corrections
        await pilot.press("r")
        await pilot.pause()
        assert screen.view.show_removed


async def test_a_page_that_fails_is_reported_not_crashed(tmp_path: Path) -> None:
    bad = tmp_path / "empty.html"
    bad.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    app = ReaderApp(None, store=Store(), index_factory=FakeIndex, pending=lambda: prepare_from(bad))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LoadingScreen)
        assert "no text" in str(app.screen.query_one("#loading").render())


async def test_the_lead_photos_caption_is_shown_above_the_story(tmp_path: Path) -> None:
    path = tmp_path / "drones.html"
    figure = "<figure><img src='x.jpg'><figcaption>Photo by Sem Visser/Getty Images</figcaption></figure>"
    path.write_text(page(figure + story_paragraphs()), encoding="utf-8")
    article = prepare_from(path)
    assert [b.kind for b in article.blocks][1:3] == ["caption", "paragraph"]
    app = ReaderApp(article, store=Store(), index_factory=FakeIndex)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        text = visible_text(screen)
        assert text.index("Photo by Sem Visser/Getty Images") < text.index(STORY[0][:40])
        assert screen.view.current_block() == article.blocks[2].id  # the story's first paragraph, not the caption
