"""The library's "compare versions" key: read the candidate files, pick the newest two, diff them.

Runs in the app's worker thread through the `ArticleOpener` the app was
handed (the UI never reads files itself); the result is shown by the app as
the compare view.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.model import Article

if TYPE_CHECKING:
    from reader.core.diff import ArticleDiff
    from reader.core.entities.engine import EntityEngine
    from reader.ui.services import ArticleOpener


def compare_newest(
    open_article: ArticleOpener,
    paths: list[Path],
    path: Path,
    *,
    engine: EntityEngine | None = None,
    notify: Callable[[str], None],
) -> tuple[Article, Article, ArticleDiff] | None:
    """The newest version of the article at `path` and the one before, analysed and compared; None if no pair.

    Files that cannot be read are reported through `notify` and skipped.
    """
    from reader.core import analyse
    from reader.core.diff import diff_articles
    from reader.core.diff.versions import pick_pair

    articles: list[tuple[str, Article]] = []
    for p in paths:
        try:
            articles.append((str(p), analyse(open_article(p), engine=engine)))
        except Exception as exc:  # a file that cannot be read is a notice, never a crash
            notify(str(exc))
    pair = pick_pair(articles, str(path))
    if pair is None:
        notify("no other saved version of this article in the library")
        return None
    return pair[0], pair[1], diff_articles(*pair)
