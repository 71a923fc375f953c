"""Compare two saved versions of an article: what changed, and what changed silently.

Pure like the rest of `reader.core`: two analysed Articles in, a frozen
`ArticleDiff` out; `to_dict` gives the "reader.diff/1" JSON.
"""

from __future__ import annotations

from reader.core.diff.compare import diff_articles
from reader.core.diff.model import ArticleDiff, Change, Edit, Side, Summary
from reader.core.diff.serialize import SCHEMA, to_dict
from reader.core.diff.summary import summary_line

__all__ = ["SCHEMA", "ArticleDiff", "Change", "Edit", "Side", "Summary", "diff_articles", "summary_line", "to_dict"]
