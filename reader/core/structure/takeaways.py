"""The article's own key-points list ("Key Takeaways", "Highlights", "What to know", "Summary").

The list items under such a heading become `takeaway` blocks and
`Takeaway(origin="article")` entries; grounding is left to the analysis stage.
"""

from __future__ import annotations

import re

from reader.core.model import Takeaway
from reader.core.structure.draft import Draft

_LABEL = re.compile(
    r"^(?:key (?:takeaways?|points|facts|findings)|takeaways?|highlights|story highlights|what (?:you need )?to know|"
    r"summary|in summary|in brief|at a glance|the big picture|quick read|the essentials|tl;?\s?dr|bottom line)\s*:?$",
    re.IGNORECASE,
)
MAX_ITEMS = 12


def is_takeaways_label(text: str) -> bool:
    """True for the heading that introduces an article's own key points."""
    return bool(_LABEL.match(text.strip()))


def mark_takeaways(drafts: list[Draft]) -> None:
    """Turn the items under a takeaways heading into `takeaway` blocks (in place).

    List items are taken when the heading is followed by a list; otherwise the
    short paragraphs up to the next heading (pages often lose the bullets).
    """
    for i, d in enumerate(drafts):
        if d.kind != "heading" or not is_takeaways_label(d.text):
            continue
        end = i + 1
        while end < len(drafts) and drafts[end].kind != "heading" and end - i <= MAX_ITEMS:
            end += 1
        body = drafts[i + 1 : end]
        wanted = "list_item" if any(x.kind == "list_item" for x in body) else "paragraph"
        for x in body:
            if x.kind == wanted and (wanted == "list_item" or len(x.text.split()) <= 60):
                x.kind = "takeaway"


def takeaways_of(drafts: list[Draft], ids: list[str]) -> tuple[Takeaway, ...]:
    """The `Takeaway` entries for the takeaway blocks, in reading order."""
    return tuple(Takeaway(d.text, "article", block=b) for d, b in zip(drafts, ids, strict=True) if d.kind == "takeaway")
