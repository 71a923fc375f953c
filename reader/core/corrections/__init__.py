"""Stage 4 of the pipeline: corrections, clarifications, retractions and updates.

`notices` finds them (publisher notes, "later clarified", "misspoke",
"Updated:" lines) with who made them; `claims` ties each to the passage of the
article it amends and the corrected value.
"""

from __future__ import annotations

from reader.core.corrections.notices import find_corrections

__all__ = ["find_corrections"]
