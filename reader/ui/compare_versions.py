"""The library's "compare versions" key: load the candidate files, pick the newest two, show the compare view.

A mixin of `ReaderApp` (the shell that already opens files for the library
screens), so the library screen only names the files. Loading and analysis
run in a thread worker; a file that cannot be read is a notification.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App

if TYPE_CHECKING:
    from reader.core.model import Article
    from reader.store import Store


class CompareVersions(App[None]):
    """Adds `compare_versions(paths, path)` to the app."""

    store: Store

    @work(thread=True, exclusive=True, group="compare-versions")
    def compare_versions(self, paths: list[Path], path: Path) -> None:
        """Compare the newest version of the article at `path` with the one before, among `paths`."""
        from reader.core import read_article
        from reader.core.diff import diff_articles
        from reader.core.diff.versions import pick_pair
        from reader.loader import LoadError, load_path

        articles: list[tuple[str, Article]] = []
        for p in paths:
            try:
                loaded = load_path(p)
            except LoadError as exc:
                self.call_from_thread(self.notify, str(exc), severity="error", title="Cannot open", markup=False)
                continue
            articles.append((str(p), read_article(loaded.text, source=loaded.source)))
        pair = pick_pair(articles, str(path))
        if pair is None:
            self.call_from_thread(self.notify, "no other saved version of this article in the library")
            return
        diff = diff_articles(*pair)
        self.call_from_thread(self._show_compare, pair[0], pair[1], diff)

    def _show_compare(self, old: Article, new: Article, diff: object) -> None:
        from reader.core.diff import ArticleDiff
        from reader.ui.screens.compare import CompareScreen

        assert isinstance(diff, ArticleDiff)
        self.push_screen(CompareScreen(old, new, diff, store=self.store, nested=True))
