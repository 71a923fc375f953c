"""Stage 0 of the pipeline: text primitives every later stage shares.

`clean` (newlines, control sequences, NFC; the sanitiser that keeps escape
sequences off the terminal; `fold` for matching; the article `digest`) and
`sentences` (sentence splitting and content-word keys).
"""

from __future__ import annotations

from reader.core.text.clean import clean, digest, fold, sanitize

__all__ = ["clean", "digest", "fold", "sanitize"]
