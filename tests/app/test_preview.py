"""Long texts: first paint from a parse of the head, then the whole text swapped in."""

from __future__ import annotations

from pathlib import Path

from reader.core.parse import HEAD_FROM, parse_article, parse_head
from reader.store.state import ArticleState, Store
from reader.ui.app import ReaderApp
from tests.app.pilot import FakeIndex, ready, visible_text


def long_text() -> str:
    body = "\n\n".join(f"Paragraph {i} tells of the tide tables and the ferry rota of the port." for i in range(4000))
    return "Night ferries return to the outer islands\n\n" + body + "\n\nThe closing word is albatross.\n"


def test_head_parse_only_for_long_texts() -> None:
    assert parse_head("short text\n\nmore") is None
    text = long_text()
    assert len(text) > HEAD_FROM
    head = parse_head(text)
    full = parse_article(text)
    assert head is not None and len(head.blocks) < len(full.blocks) // 4
    assert [b.text for b in head.blocks] == [b.text for b in full.blocks[: len(head.blocks)]]
    assert head.blocks[-1].text.endswith(".")  # cut at a paragraph break, not inside a sentence
    assert head.source.sha256 == full.source.sha256  # the whole text's digest: saved state is found at once


async def test_the_whole_text_replaces_the_head_and_the_place_is_restored(tmp_path: Path) -> None:
    text = long_text()
    preview = parse_head(text)
    assert preview is not None
    full = parse_article(text)
    last = full.blocks[-1]
    store = Store()
    store.save(full.source.sha256, ArticleState(position=last.id))  # beyond the head
    assert last.id not in {b.id for b in preview.blocks}
    app = ReaderApp(preview, store=store, index_factory=FakeIndex, full_text=text)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        await ready(pilot)
        assert screen.full_text is None
        assert len(screen.article.blocks) == len(full.blocks)
        assert "albatross" in visible_text(screen)  # the saved place, restored once it exists
