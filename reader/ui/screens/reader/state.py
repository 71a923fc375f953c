"""What the reading screen has loaded so far: one typed state, one place that says what comes next.

An article reaches the screen in up to four stages. A long text is painted
from a parse of its head (`HEAD`), the whole text is parsed in a worker
(`FULL`), the analysis fills entities, quotes, corrections and grounding
(`ANALYSED`), and the search index is built from the analysed article
(`INDEXED`). Each transition returns a new `LoadState`; `next_work` is the
only rule for which worker runs next, and `ready` the only rule for what a
key may use, so the screen never juggles flags.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import Literal

from reader.core.model import Article
from reader.core.search.query import Searcher

Work = Literal["parse", "analyse", "index"]
Need = Literal["panels", "text", "full", "analysis", "index"]
"""What a key can need: the panels mounted (the screen knows), or a load stage."""


class Stage(enum.IntEnum):
    """How far the article has come; later stages include the earlier ones."""

    HEAD = 0
    """A parse of the head of a long text: enough for the first screens."""
    FULL = 1
    """The whole text is parsed (structure only)."""
    ANALYSED = 2
    """Entities, quotes, sources, corrections and grounding are filled."""
    INDEXED = 3
    """The search index answers queries."""


NEEDS: dict[str, Stage] = {
    "text": Stage.HEAD,
    "full": Stage.FULL,
    "analysis": Stage.ANALYSED,
    "index": Stage.INDEXED,
}
"""The stage each kind of key needs: the takeaways panel needs analysis, `/` needs the index."""

NEXT_WORK: dict[Stage, Work] = {Stage.HEAD: "parse", Stage.FULL: "analyse", Stage.ANALYSED: "index"}
"""The worker that takes the article from each stage to the next."""

WAITING: dict[Stage, str] = {
    Stage.HEAD: "still reading the whole article",
    Stage.FULL: "still analysing the article",
    Stage.ANALYSED: "still building the search index",
}
"""What the screen says when a key needs a later stage than the current one."""


@dataclass(frozen=True, slots=True)
class LoadState:
    """The article as far as it is loaded, the full text still to parse, and the index once built."""

    article: Article
    stage: Stage
    full_text: str | None = None
    """The whole text while `stage` is HEAD; None afterwards."""
    index: Searcher | None = None
    """The search index once `stage` is INDEXED."""
    failed: str | None = None
    """Why a stage failed (the screen goes on with what it has; no further work is started)."""

    @classmethod
    def start(cls, article: Article, *, full_text: str | None = None) -> LoadState:
        """The state for an article handed to the screen (a head parse when `full_text` is given)."""
        if full_text is not None:
            return cls(article, Stage.HEAD, full_text=full_text)
        return cls(article, Stage.ANALYSED if article.analysed else Stage.FULL)

    def next_work(self) -> Work | None:
        """The worker to run next, or None when everything is loaded (or a stage failed)."""
        if self.failed is not None:
            return None
        return NEXT_WORK.get(self.stage)

    def ready(self, need: Need) -> bool:
        """True when the article has come far enough for `need` ("panels" is the screen's to say)."""
        return self.stage >= NEEDS.get(need, Stage.HEAD)

    def waiting_for(self, need: Need) -> str:
        """What to tell a user whose key needs a later stage ("still analysing the article")."""
        if self.failed is not None:
            return f"not available: {self.failed}"
        return WAITING.get(self.stage, "")

    def parsed(self, article: Article) -> LoadState:
        """The whole text is parsed."""
        return replace(self, article=article, stage=Stage.FULL, full_text=None)

    def analysed(self, article: Article) -> LoadState:
        """The analysis is done."""
        return replace(self, article=article, stage=Stage.ANALYSED)

    def indexed(self, index: Searcher) -> LoadState:
        """The search index is built."""
        return replace(self, stage=Stage.INDEXED, index=index)

    def failure(self, reason: str) -> LoadState:
        """A stage raised: keep what is loaded, start nothing more."""
        return replace(self, failed=reason)
