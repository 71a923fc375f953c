"""Messages that cross screens: the background workers, and opening an article.

Workers run the slow analysis and build the search index in threads; they
hand results to the reading screen with these (post_message is thread-safe).
"""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

from reader.core.model import Article
from reader.core.search.query import Searcher


class ParseReady(Message):
    """The whole text is parsed (the screen first showed a parse of its head)."""

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article


class AnalysisReady(Message):
    """The analysed article (entities, quotes, corrections, grounding) is ready."""

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article


class AnalysisFailed(Message):
    """The analysis raised; reading goes on without it."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class IndexReady(Message):
    """A search index for the article is ready to answer queries."""

    def __init__(self, index: Searcher) -> None:
        super().__init__()
        self.index = index


class CopyRequested(Message):
    """A screen asks the app to copy a citation (`y`): the app owns the clipboard service."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class OpenRequested(Message):
    """A screen asks the app to open an article (at a passage): the app loads it off the UI thread."""

    def __init__(
        self, path: Path, *, block: str | None = None, span: tuple[int, int] | None = None, replace: bool = False
    ) -> None:
        super().__init__()
        self.path = path
        self.block = block
        self.span = span
        self.replace = replace
        """Open in place of the current reading screen (`:n` / `:p`), not above it."""


class ArticleOpened(Message):
    """An article requested with `OpenRequested` is loaded and parsed (posted by the app's worker)."""

    def __init__(self, article: Article, request: OpenRequested) -> None:
        super().__init__()
        self.article = article
        self.request = request


class JumpRequested(Message):
    """Go to a passage: what every panel's selection means to the reading screen.

    `span` is marked in `block`; `flash` lists blocks to light up briefly (a
    correction and the claim it amends); `note` goes to the status line.
    """

    def __init__(
        self, block: str, span: tuple[int, int] | None = None, *, flash: tuple[str, ...] = (), note: str = ""
    ) -> None:
        super().__init__()
        self.block = block
        self.span = span
        self.flash = flash
        self.note = note


class CompareRequested(Message):
    """The library asks the app to compare the newest saved version of an article with the one before."""

    def __init__(self, paths: list[Path], path: Path) -> None:
        super().__init__()
        self.paths = paths
        self.path = path


class ArticleStepRequested(Message):
    """`:n` / `:p`: open the next (`step` 1) or previous (-1) of the files given on the command line."""

    def __init__(self, step: int) -> None:
        super().__init__()
        self.step = step
