"""The outline lists each section once (takeaways and FAQ sections are their panels' entries); header wrapping."""

from __future__ import annotations

import pytest

from reader.core.model import Article
from reader.store.state import Store
from reader.ui.app import ReaderApp
from reader.ui.widgets.header import ArticleHeader
from reader.ui.widgets.outline import Outline
from tests.app.pilot import FakeIndex, ready


def labels(outline: Outline) -> list[str]:
    return [str(outline.get_option_at_index(i).prompt) for i in range(outline.option_count)]


async def test_takeaways_and_faq_are_listed_once(article: Article) -> None:
    app = ReaderApp(article, store=Store(), index_factory=FakeIndex)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        outline = screen.query_one(Outline)
        rows = labels(outline)
        assert sum("Key Takeaways" in row for row in rows) == 1, rows
        assert sum("Frequently Asked" in row or "FAQ" in row for row in rows) == 1, rows
        kinds = [t.kind for t in outline.targets]
        assert kinds.count("takeaways") == 1 and kinds.count("faq") == 1
        # the section keeps its place in reading order, and stands for its section
        takeaways = outline.targets[kinds.index("takeaways")]
        assert takeaways.section is not None
        assert kinds.index("takeaways") < kinds.index("corrections")


async def test_choosing_the_takeaways_entry_goes_to_its_section_and_opens_the_panel(article: Article) -> None:
    app = ReaderApp(article, store=Store(), index_factory=FakeIndex)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        outline = screen.query_one(Outline)
        index = [t.kind for t in outline.targets].index("takeaways")
        outline.focus()
        outline.highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        section = next(s for s in screen.article.sections if s.id == outline.targets[index].section)
        assert section.heading_block is not None
        line = screen.view.line_of(section.heading_block)
        assert line is not None and 0 <= line - screen.view.scroll_y < screen.view.scrollable_content_region.height
        await pilot.pause()
        assert screen.query_one("#takeaways").has_focus


@pytest.mark.parametrize("width", [60, 80, 100])
async def test_header_meta_breaks_only_between_parts(article: Article, width: int) -> None:
    app = ReaderApp(article, store=Store(), index_factory=FakeIndex)
    async with app.run_test(size=(width, 30)) as pilot:
        screen = await ready(pilot)
        header = screen.query_one(ArticleHeader)
        lines = str(header.render()).split("\n")[1:]
        parts = header.meta_parts()
        assert len(parts) >= 3
        shown = " · ".join(line.strip() for line in lines).replace("  ", " · ", 1)
        for part in parts:
            assert part in shown  # whole, never split over two lines
        assert all(len(line) <= header.size.width for line in lines)
