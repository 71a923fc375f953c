"""Stage 3 of the pipeline: quote attribution (quotes, their speakers, and every source).

Where each part lives:
    marks         pairing quotation marks into quoted runs (straight, curly, single, across paragraphs)
    speech_verbs  the verbs that introduce speech ("said", "told", "added")
    attribution   the speaker of a quote: speech verb before or after, "X, who ...", "according to"
    speakers      resolving a speaker phrase to an entity: names, pronouns, descriptions
    descriptions  described speakers ("the 35-year-old", "the minister") and apposition
    gender        pronoun gender from first names, honorifics and role nouns
    find          `find_quotes`: the stage's entry point
    sources       `find_sources`: everyone the article quotes or cites, named or anonymous
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.core.quotes.find import find_quotes
    from reader.core.quotes.sources import find_sources

__all__ = ["find_quotes", "find_sources"]

# Imported on first use (PEP 562): importing one module of the stage (the UI's badge needs
# `summary`) must not load the whole stage and rapidfuzz before the first frame.
_LAZY = {"find_quotes": "reader.core.quotes.find", "find_sources": "reader.core.quotes.sources"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
