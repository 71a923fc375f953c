"""Stage 5 of the pipeline: key takeaways and how well the article supports them.

`extract` picks takeaways when the article has none of its own; `evidence`
indexes the body's sentences by content words; `grounding` links every
takeaway and FAQ answer to the passages that support it. The publisher's own
"Key takeaways" list is found earlier, by the structure stage
(`reader.core.structure.key_points`).
"""

from __future__ import annotations

from reader.core.takeaways.grounding import ground

__all__ = ["ground"]
