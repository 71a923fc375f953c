"""Stage 4 of the pipeline: corrections, clarifications, retractions and updates.

`notices` finds them (publisher notes, "later clarified", "misspoke",
"Updated:" lines) with who made them; `claims` ties each to the passage of the
article it amends and the corrected value.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.core.corrections.notices import find_corrections

__all__ = ["find_corrections"]

# Imported on first use (PEP 562): importing one module of the stage (the UI's badge needs
# `summary`) must not load the whole stage and rapidfuzz before the first frame.
_LAZY = {"find_corrections": "reader.core.corrections.notices"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
