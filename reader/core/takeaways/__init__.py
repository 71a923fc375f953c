"""Stage 5 of the pipeline: key takeaways and how well the article supports them.

`extract` picks takeaways when the article has none of its own; `evidence`
indexes the body's sentences by content words; `grounding` links every
takeaway and FAQ answer to the passages that support it. The publisher's own
"Key takeaways" list is found earlier, by the structure stage
(`reader.core.structure.key_points`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.core.takeaways.grounding import ground

__all__ = ["ground"]

# Imported on first use (PEP 562): importing one module of the stage (the UI's badge needs
# `summary`) must not load the whole stage and rapidfuzz before the first frame.
_LAZY = {"ground": "reader.core.takeaways.grounding"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
