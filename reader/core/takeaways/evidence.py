"""The article body as evidence: sentences, content-word keys and an inverted index.

Grounding asks "which body sentence says this?" for every takeaway clause
and FAQ answer, and extraction ranks body sentences by how central they are;
both need the same per-sentence keys and document frequencies, built once in
a single pass so a 1 MB article stays fast (no sentence-by-sentence matrix).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from reader.core.model import Article
from reader.core.quotes.marks import BODY_KINDS
from reader.core.text.sentences import content_keys, split_sentences


@dataclass(frozen=True, slots=True)
class Sentence:
    """One body sentence: where it is and its content-word keys."""

    block: str
    start: int
    end: int
    text: str
    keys: frozenset[str]
    order: int


@dataclass(slots=True)
class Evidence:
    """Body sentences with a key -> sentence-number index and key weights (idf)."""

    sentences: list[Sentence] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=dict)
    df: Counter[str] = field(default_factory=Counter)
    block_keys: dict[str, set[str]] = field(default_factory=dict)
    """Every key used in each block, for checks that look at a whole paragraph."""

    def weight(self, key: str) -> float:
        """Rarer words weigh more; a word the body never uses weighs the most."""
        n = max(1, len(self.sentences))
        return math.log(1.0 + n / (1 + self.df.get(key, 0)))

    def candidates(self, keys: set[str]) -> set[int]:
        """Sentence numbers sharing at least one key."""
        out: set[int] = set()
        for k in keys:
            out.update(self.postings.get(k, ()))
        return out


def build_evidence(article: Article, exclude: set[str] | frozenset[str] = frozenset()) -> Evidence:
    """Evidence from the prose blocks, leaving out `exclude` (takeaway and FAQ blocks)."""
    ev = Evidence()
    for block in article.blocks:
        if block.kind not in BODY_KINDS or block.id in exclude:
            continue
        for s, e in split_sentences(block.text):
            text = block.text[s:e]
            keys = frozenset(content_keys(text))
            if not keys:
                continue
            i = len(ev.sentences)
            ev.sentences.append(Sentence(block.id, s, e, text, keys, i))
            for k in keys:
                ev.postings.setdefault(k, []).append(i)
            ev.df.update(keys)
            ev.block_keys.setdefault(block.id, set()).update(keys)
    return ev
