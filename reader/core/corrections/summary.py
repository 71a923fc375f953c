"""What the corrections badge and panel say, worked out once, away from the widgets.

The header badge names findings by kind ("1 clarification · updated"): a
"Last updated" date is an update, not a correction, and a clarification is
not a correction either, so one count under one word ("2 corrections")
overstates what the article admits. A claim can run long (a dateline, the
sentence's attribution); a list row that shows only its first characters may
cut off the very words the correction amends ("29 berths"), so
`claim_excerpt` keeps those words in view. Pure functions of the model: no
I/O, no UI imports.
"""

from __future__ import annotations

import re

from reader.core.model import Article, Correction, CorrectionKind
from reader.core.text.sentences import STOPWORDS, word_key

_ORDER: tuple[tuple[CorrectionKind, str, str], ...] = (
    ("correction", "correction", "corrections"),
    ("clarification", "clarification", "clarifications"),
    ("retraction", "retraction", "retractions"),
    ("editor_note", "editor's note", "editor's notes"),
)


def badge_parts(article: Article) -> list[str]:
    """The badge's parts, most serious kind first: ["1 correction", "2 clarifications", "updated"].

    Every finding is counted under its own kind, whoever made it (a reported
    clarification is still what the reader should know about); any number of
    updates shows as one "updated". Empty when the article has no findings.
    """
    counts: dict[str, int] = {}
    for c in article.corrections:
        counts[c.kind] = counts.get(c.kind, 0) + 1
    parts = [f"{counts[k]} {one if counts[k] == 1 else many}" for k, one, many in _ORDER if counts.get(k)]
    if counts.get("update"):
        parts.append("updated")
    return parts


def badge_text(article: Article, sep: str = " · ") -> str:
    """The badge as one string ("1 clarification · updated"), "" when there is nothing to show."""
    return sep.join(badge_parts(article))


_WORD = re.compile(r"[\w'’]+")


def _amended_positions(correction: Correction, text: str) -> list[int]:
    """Offsets in the claim `text` of the words the correction also uses (figures first of all)."""
    said = f"{correction.text} {correction.corrected or ''}"
    keys = {word_key(w) for w in _WORD.findall(said) if w.lower() not in STOPWORDS and (len(w) > 2 or w.isdigit())}
    return [
        m.start() for m in _WORD.finditer(text) if word_key(m.group()) in keys and m.group().lower() not in STOPWORDS
    ]


def claim_excerpt(correction: Correction, limit: int) -> str | None:
    """The claim, shortened to about `limit` characters around the words the correction amends.

    None when the correction has no claim. A claim that fits is returned whole;
    a longer one is cut on word boundaries, with "…" where text was left out,
    so that as many of the amended words as possible stay in view.
    """
    claim = correction.claim
    if claim is None:
        return None
    text = claim.text
    if len(text) <= limit:
        return text
    width = max(limit - 2, 10)
    hits = _amended_positions(correction, text)
    start = 0
    if hits:
        best = (-1, 0)
        for h in hits:
            lo = max(0, min(h - width // 4, len(text) - width))
            inside = sum(lo <= p < lo + width for p in hits)
            if inside > best[0]:
                best = (inside, lo)
        start = best[1]
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    body = text[start:end].strip(" ,;:")
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")
