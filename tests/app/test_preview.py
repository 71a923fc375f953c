"""Long texts: first paint from a parse of the head, then the whole text swapped in."""

from __future__ import annotations

from pathlib import Path

from reader.core.parse import parse_article
from reader.store import ArticleState, Store
from reader.ui.app import PREVIEW_FROM, ReaderApp, preview_head
from tests.app.conftest import FakeIndex
from tests.app.test_keys import ready
from tests.app.test_panels import visible_text


def long_text() -> str:
    body = "\n\n".join(f"Paragraph {i} tells of the tide tables and the ferry rota of the port." for i in range(4000))
    return "Night ferries return to the outer islands\n\n" + body + "\n\nThe closing word is albatross.\n"


def test_preview_head_only_for_long_texts() -> None:
    assert preview_head("short text\n\nmore") is None
    text = long_text()
    assert len(text) > PREVIEW_FROM
    head = preview_head(text)
    assert head is not None and text.startswith(head) and len(head) < len(text) // 4
    assert head.endswith(".")  # cut at a paragraph break, not inside a sentence


async def test_the_whole_text_replaces_the_head_and_the_place_is_restored(tmp_path: Path) -> None:
    text = long_text()
    head = preview_head(text)
    assert head is not None
    full = parse_article(text)
    last = full.blocks[-1]
    store = Store()
    store.save(full.source.sha256, ArticleState(position=last.id))  # beyond the head
    preview = parse_article(head, source=full.source)
    assert last.id not in {b.id for b in preview.blocks}
    app = ReaderApp(preview, store=store, index_factory=FakeIndex, full_text=text)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        await ready(pilot)
        assert screen.full_text is None
        assert len(screen.article.blocks) == len(full.blocks)
        assert "albatross" in visible_text(screen)  # the saved place, restored once it exists
