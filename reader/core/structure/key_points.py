"""The article's own key-points list ("Key Takeaways", "Highlights", "What to know", "Summary").

The list items under such a heading become `takeaway` blocks and
`Takeaway(origin="article")` entries; grounding is left to the analysis stage.
"""

from __future__ import annotations

import re

from reader.core.model import Takeaway
from reader.core.structure.collected import Draft

_LABEL = re.compile(
    r"^(?:key (?:takeaways?|points|facts|findings)|takeaways?|highlights|story highlights|what (?:you need )?to know|"
    r"summary|in summary|in brief|at a glance|the big picture|quick read|the essentials|tl;?\s?dr|bottom line)\s*:?$",
    re.IGNORECASE,
)
MAX_ITEMS = 12
MAX_BARE_PARAGRAPHS = 7
"""Separate paragraphs under the heading count as key points only when a heading closes them this soon."""


def is_takeaways_label(text: str) -> bool:
    """True for the heading that introduces an article's own key points."""
    return bool(_LABEL.match(text.strip()))


def mark_takeaways(drafts: list[Draft]) -> None:
    """Turn the items under a takeaways heading into `takeaway` blocks (in place).

    The list right under the heading is taken; without bullets (pages often
    lose them), a block of short lines with no blank line between them, or
    the few short paragraphs up to the next heading.
    """
    for i, d in enumerate(drafts):
        if d.kind == "heading" and is_takeaways_label(d.text):
            for x in _items(drafts, i + 1):
                x.kind = "takeaway"


def _items(drafts: list[Draft], start: int) -> list[Draft]:
    if start < len(drafts) and drafts[start].kind == "paragraph" and drafts[start].text.rstrip().endswith(":"):
        start += 1  # "Here is what we know:"
    run: list[Draft] = []
    for x in drafts[start : start + MAX_ITEMS]:
        if x.kind != "list_item":
            break
        run.append(x)
    if run:
        return run
    for x in drafts[start : start + MAX_ITEMS]:
        if x.kind != "paragraph" or len(x.text.split()) > 60 or (run and x.lines[0] != run[-1].lines[1] + 1):
            break
        run.append(x)
    if len(run) >= 2:
        return run
    end = next((k for k in range(start, len(drafts)) if drafts[k].kind == "heading"), len(drafts))
    bounded = end - start <= MAX_BARE_PARAGRAPHS
    return [x for x in drafts[start:end] if x.kind == "paragraph" and len(x.text.split()) <= 60] if bounded else []


def takeaways_of(drafts: list[Draft], ids: list[str]) -> tuple[Takeaway, ...]:
    """The `Takeaway` entries for the takeaway blocks, in reading order."""
    return tuple(Takeaway(d.text, "article", block=b) for d, b in zip(drafts, ids, strict=True) if d.kind == "takeaway")
