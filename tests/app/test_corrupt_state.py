"""A state file that cannot be read: the app opens the article, says so once, and saves afresh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.store.state import JsonStore
from reader.ui.app import ReaderApp
from reader.ui.screens.reader.screen import ReaderScreen
from tests.app.pilot import FakeIndex
from tests.app.sample import sample_article


class RecordingApp(ReaderApp):
    """Keeps every notification's text (public API only: `notify` is what screens call)."""

    seen: list[str]

    def notify(self, message: str, **kwargs: Any) -> None:
        self.seen = [*getattr(self, "seen", []), message]
        super().notify(message, **kwargs)


async def test_corrupt_state_gives_one_notice_and_reading_goes_on(tmp_path: Path) -> None:
    article = sample_article()
    store = JsonStore(tmp_path)
    bad = store.path(article.source.sha256)
    bad.write_bytes(b"[" * 100_000 + b"]" * 100_000)  # RecursionError in json.loads
    app = RecordingApp(article, store=store, index_factory=FakeIndex)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        shown = app.seen
        assert len(shown) == 1 and "set aside as" in shown[0] and "nested too deep" in shown[0]
        await pilot.press("j", "j", "q")  # move, then quit: the place is saved
    assert bad.with_name(bad.name + ".corrupt").exists()
    assert JsonStore(tmp_path).load(article.source.sha256).position is not None  # saved afresh on quit
