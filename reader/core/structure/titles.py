"""A title for an article saved without its headline, made from the start of its first sentence.

Short and readable rather than the whole lede: the first sentence when it is
headline length, otherwise its opening cut at a clause break.
"""

from __future__ import annotations

import re

from reader.core.structure.collected import Draft
from reader.core.structure.lines import ends_sentence
from reader.core.structure.meta import dateline_only
from reader.core.structure.sections import SMALL_WORDS

_MAX_TITLE_WORDS = 16
"""A first sentence this long or shorter is the title as it stands."""
_DERIVED_TITLE_WORDS = 12
_MIN_TITLE_WORDS = 5
"""A title derived from the lede keeps at least this many words when it is cut at a clause break."""
_DANGLING = SMALL_WORDS | frozenset(
    ("that", "which", "who", "whom", "whose", "where", "when", "while", "because", "if", "since", "though")
    + ("although", "his", "her", "their", "our", "this", "these", "those", "has", "had", "have", "were", "will")
)
"""Words a cut title must not end on: they promise a clause that the cut took away."""
_ABBREV = frozenset(
    ("mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "rev", "prof", "lt", "col", "sgt", "capt")
    + ("inc", "corp", "co", "ltd", "no", "vs", "etc")
)


def derived_title(drafts: list[Draft]) -> str | None:
    """A title for an article saved without its headline: the start of its first sentence."""
    kinds = ("paragraph", "heading", "list_item", "blockquote")
    first = next((d for d in drafts if d.kind in kinds and not dateline_only(d.text)), None)
    if first is None:
        return None
    sentence = first_sentence(first.text)
    words = sentence.split()
    if len(words) > _MAX_TITLE_WORDS or not ends_sentence(sentence):
        return _shorten(words[:_DERIVED_TITLE_WORDS]) + "…"
    return sentence


def _shorten(words: list[str]) -> str:
    """Cut a lede's opening at its last clause break (comma, colon, dash), else drop dangling small words.

    "On Monday, the mayor met the union in Oslo, where" reads better as
    "On Monday, the mayor met the union in Oslo" than cut mid-clause.
    """
    for k in range(len(words) - 1, _MIN_TITLE_WORDS - 1, -1):
        if words[k - 1].endswith((",", ";", ":")) or words[k] in ("—", "–", "-"):
            return " ".join(words[:k]).rstrip(",;:")
    while len(words) > _MIN_TITLE_WORDS and words[-1].lower().strip(",;:") in _DANGLING:
        words = words[:-1]
    return " ".join(words).rstrip(",;:")


def first_sentence(text: str) -> str:
    """Text up to the first sentence end that is not an abbreviation ("Mr.", "U.S.") or an initial."""
    for m in re.finditer(r"[.!?][\"'”’)]*(?=\s+[\"“‘(]?[A-Z0-9])", text):
        word = text[: m.start()].rsplit(None, 1)[-1].lower() if text[: m.start()].split() else ""
        if m.group()[0] == "." and (word.strip('("“') in _ABBREV or len(word) == 1 or "." in word):
            continue
        return text[: m.end()]
    return text
