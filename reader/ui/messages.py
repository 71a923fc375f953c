"""Messages that come from outside the widget tree: the background workers.

Workers run the slow analysis and build the search index in threads; they
hand results to the reading screen with these (post_message is thread-safe).
"""

from __future__ import annotations

from textual.message import Message

from reader.core.model import Article
from reader.ui.search_query import Searcher


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
