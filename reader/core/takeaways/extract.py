"""Extracted takeaways for articles that have no list of their own.

The lede plus the most central sentences, chosen SumBasic-style: a sentence
scores the mean frequency of its content words across the body, and once a
sentence is picked its words count for less, so the next pick says something
new. Linear in the article's length; the picks are shown in reading order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from reader.core.model import Article, Takeaway
from reader.core.takeaways.evidence import Evidence, Sentence
from reader.core.takeaways.filter import is_caption, sentence_like

MIN_WORDS, MAX_WORDS = 8, 50
CANDIDATES = 300


_DANGLING = re.compile(r"^(?:he|she|they|it|this|that|these|those|his|her|their|its|but|and|so|however|also)\b", re.I)


def _score(s: Sentence, prob: Mapping[str, float], n: int) -> float:
    """Mean word probability, with a mild preference for earlier sentences.

    A sentence that leans on the one before it ("He said ...", "But ...") reads
    badly on its own in a list, so it counts for half.
    """
    base = sum(prob[k] for k in s.keys) / len(s.keys) * (1.15 - 0.3 * s.order / n)
    return base * 0.5 if _DANGLING.match(s.text) else base


def _count(article: Article, ev: Evidence) -> int:
    n = len(ev.sentences)
    return 3 if n < 15 else 4 if n < 40 else 5


def _eligible(s: Sentence, kinds: Mapping[str, str], captions: set[str] | frozenset[str] = frozenset()) -> bool:
    t = s.text.strip()
    n = len(t.split())
    if not MIN_WORDS <= n <= MAX_WORDS or t.endswith("?") or kinds.get(s.block) != "paragraph":
        return False
    if t[0] in "\"“‘'(" or t.endswith(("”", '"')):
        return False  # a bare quotation is a voice, not a summary
    if s.block in captions or not sentence_like(t):
        return False  # a caption, a credit, a name-and-role line: no claim (see `takeaway_filter`)
    return t.count('"') + t.count("“") + t.count("”") <= 2


def extract_takeaways(article: Article, ev: Evidence) -> tuple[Takeaway, ...]:
    """3 to 5 takeaways (origin "extracted", grounding "source"), each pointing at its own block."""
    kinds = {b.id: b.kind for b in article.blocks}
    captions = {b.id for b in article.blocks if b.kind == "paragraph" and is_caption(b)}
    # the publisher's own notes ("Correction: an earlier version said ...") amend the story; they do not sum it up
    captions |= {c.block for c in article.corrections if c.scope == "article" and c.block is not None}
    pool = [s for s in ev.sentences if _eligible(s, kinds, captions)]
    if len(pool) < 3:
        return ()
    want = min(_count(article, ev), len(pool))
    freq: Counter[str] = Counter()
    for s in ev.sentences:
        freq.update(s.keys)
    total = sum(freq.values()) or 1
    prob = {k: v / total for k, v in freq.items()}
    n = len(ev.sentences)
    lede = pool[0]
    # SumBasic only ever picks from the best-scoring few; rank once, keep a short list
    pool = sorted(pool[1:], key=lambda s: -_score(s, prob, n))[:CANDIDATES]
    picked: list[Sentence] = [lede]
    for k in lede.keys:
        prob[k] = prob[k] ** 2
    while len(picked) < want:
        best: tuple[float, Sentence] | None = None
        taken = {p.order for p in picked}
        for s in pool:
            if s.order in taken:
                continue
            if any(len(s.keys & p.keys) > 0.5 * min(len(s.keys), len(p.keys)) for p in picked):
                continue
            score = _score(s, prob, n)
            if best is None or score > best[0]:
                best = (score, s)
        if best is None:
            break
        picked.append(best[1])
        for k in best[1].keys:
            prob[k] = prob[k] ** 2
    picked.sort(key=lambda s: s.order)
    return tuple(
        # the sentence is its own source: "supported" would say nothing, so grounding is "source"
        Takeaway(text=s.text, origin="extracted", block=s.block, support=(s.block,), grounding="source")
        for s in picked
    )
