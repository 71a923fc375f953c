"""Silent changes as correction findings of the newer version, "found by comparison".

The newer version's corrections panel lists what its own notices say; these
findings add what comparing it with an older save shows it did not say, each
pointing at the passage so the panel can jump there.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.diff.model import ArticleDiff, Change
from reader.core.model import Article, Correction


def _finding(change: Change) -> Correction:
    what = "; ".join(change.notes) or ", ".join(change.facets)
    edit = next((e for e in change.edits if e.new is not None), None)
    start, end = edit.new if edit and edit.new else (0, len(change.new_text or ""))
    text = f"{'Removed' if change.new_block is None else 'Changed'} without notice: {what}"
    # No claim: the claim's block would be the older version's, and the panel jumps within the newer one.
    return Correction(
        kind="update",
        text=text,
        block=change.new_block,
        start=start,
        end=end,
        by=None,  # nobody made it; the panel shows scope 'comparison' as found by comparison
        corrected=edit.new_text if edit else None,
        scope="comparison",
    )


def comparison_findings(diff: ArticleDiff) -> tuple[Correction, ...]:
    """One update finding per silent change, in reading order."""
    return tuple(_finding(c) for c in diff.changes if c.silent)


def with_findings(article: Article, diff: ArticleDiff) -> Article:
    """The newer version with its silent changes added to its corrections."""
    return replace(article, corrections=article.corrections + comparison_findings(diff))
