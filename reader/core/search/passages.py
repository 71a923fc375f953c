"""Fuzzy search inside one article.

The UI builds one `SearchIndex` per article (off the UI thread for big ones)
and calls `search` on every keystroke. Passages are sentences (short needles
keep rapidfuzz fast); a word index with typo expansion picks candidates and
`match.rerank` orders them, exact contiguous matches first. `passages` is also
what the library index stores, so `reader --find` and `/` agree.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal

from reader.core.model import Article, Block, Quote
from reader.core.search import fuzzy as match

Scope = Literal["all", "quotes", "entities"]
PassageKind = Literal["text", "quote"]

CANDIDATES = 600
"""How many prefiltered passages rapidfuzz reranks per query (about 3-5 ms)."""
MIN_SCORE = 55.0
"""Below this a hit is noise: a few shared letters, not the phrase sought."""
SPREAD = 30.0
"""Hits more than this far below the best one are dropped."""
ENTITY_MIN_SCORE, ENTITY_SPREAD = 70.0, 20.0
"""Names are short: a stricter bar keeps "Altman" from also listing "Sultan"."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One result: where to jump and what to highlight."""

    block: str
    start: int
    """Match span in the block's text (snapped to word boundaries)."""
    end: int
    score: float
    """0-100, higher is better."""
    kind: Literal["text", "quote", "entity"]
    passage: str
    """The sentence or passage shown in the result list."""
    passage_start: int
    """Offset of `passage` within the block's text (to highlight in the list)."""
    section: str | None
    """Section title, for the result list."""
    speaker: str | None = None
    """Who said it, when the passage is (or holds) a quote."""
    label: str | None = None
    """For entity hits: the entity's name and type, e.g. "Sam Altman (PERSON)"."""
    exact: bool = False
    """The query's words occur contiguously in the passage."""


@dataclass(frozen=True, slots=True)
class Passage:
    """A searchable piece of an article: a sentence of a block, or a quote."""

    block: str
    start: int
    end: int
    text: str
    kind: PassageKind = "text"
    speaker: str | None = None


def passages(article: Article, *, quotes: bool = False) -> list[Passage]:
    """The article's sentences in reading order (or, with `quotes`, its quotes).

    A sentence overlapping a quote carries the quote's speaker, so a plain
    text hit can still say who is talking.
    """
    if quotes:
        known = {b.id for b in article.blocks}
        return [_quote_passage(article, q) for q in article.quotes if q.block in known]
    by_block: dict[str, list[Quote]] = {}
    for q in article.quotes:
        by_block.setdefault(q.block, []).append(q)
    out: list[Passage] = []
    for block in article.blocks:
        for s, e in match.sentence_spans(block.text):
            speaker = next((q.speaker for q in by_block.get(block.id, ()) if q.start < e and q.end > s), None)
            out.append(Passage(block.id, s, e, block.text[s:e], "text", speaker))
    return out


def _quote_passage(article: Article, q: Quote) -> Passage:
    text = article.block(q.block).text
    start = max(0, min(q.start, len(text)))
    return Passage(q.block, start, max(start, min(q.end, len(text))), q.text, "quote", q.speaker)


class Pool:
    """Folded passages with a word index: the prefilter and rerank for one collection.

    Pure and query-independent except for a small cache of typo expansions,
    which only speeds up the next keystroke and never changes a result.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self.folded = [match.fold_fast(t) for t in texts]
        self.words = [match.words(f) for f in self.folded]
        self.norm = [" ".join(ws) for ws in self.words]
        self._joined = "\n".join(self.norm)
        self._offsets = list(accumulate((len(t) + 1 for t in self.norm[:-1]), initial=0))
        postings: dict[str, list[int]] = {}
        for i, ws in enumerate(self.words):
            for w in set(ws):
                postings.setdefault(w, []).append(i)
        self.postings = postings
        self.vocab = sorted(postings)
        self._expansions: dict[tuple[str, bool], list[tuple[str, float]]] = {}

    def _expand(self, token: str, prefix: bool) -> list[tuple[str, float]]:
        key = (token, prefix)
        if key not in self._expansions:
            if len(self._expansions) > 2048:
                self._expansions.clear()
            self._expansions[key] = match.expand(token, self.vocab, prefix=prefix)
        return self._expansions[key]

    def expansions(self, qf: str, tokens: Sequence[str]) -> list[list[tuple[str, float]]]:
        """For each query token, the indexed words it may stand for (typos, and the word being typed)."""
        typing = not qf.endswith(" ")
        return [self._expand(tok, typing and k == len(tokens) - 1) for k, tok in enumerate(tokens)]

    def candidates(
        self, needle: str, expansions: Sequence[Sequence[tuple[str, float]]], cap: int = CANDIDATES
    ) -> list[int]:
        """Indices worth reranking: exact substrings first, then by summed idf of matched words."""
        n = len(self.folded)
        if n <= cap:
            return list(range(n))
        chosen = self._containing(needle, cap)
        scores: dict[int, float] = {}
        for exp in expansions:
            best: dict[int, float] = {}
            for term, sim in exp:
                post = self.postings[term]
                if len(post) > n // 4 and len(expansions) > 1:
                    continue  # a very common word: the rerank weighs it, the prefilter need not
                w = match.idf(len(post), n) * sim
                for i in post:
                    if best.get(i, 0.0) < w:
                        best[i] = w
            for i, w in best.items():
                scores[i] = scores.get(i, 0.0) + w
        seen = set(chosen)
        for i in heapq.nlargest(cap, scores, key=scores.__getitem__):
            if len(chosen) >= cap:
                break
            if i not in seen:
                chosen.append(i)
        return chosen

    def _containing(self, needle: str, cap: int) -> list[int]:
        """Passages whose normalised text contains `needle`: one C-level scan of the joined texts."""
        found: list[int] = []
        at = self._joined.find(needle)
        while at >= 0 and len(found) < cap:
            i = bisect_right(self._offsets, at) - 1
            found.append(i)
            nxt = self._offsets[i + 1] if i + 1 < len(self._offsets) else len(self._joined)
            at = self._joined.find(needle, nxt)
        return found

    def rank(
        self, query: str, limit: int, *, min_score: float = MIN_SCORE, spread: float = SPREAD
    ) -> tuple[list[tuple[int, float, bool]], str]:
        """(index, score, exact) best first, exact contiguous matches before the rest; and the
        corrected needle to locate spans with."""
        qf = match.fold_fast(query)
        tokens = match.words(qf)
        if not tokens:
            return [], ""
        exps = self.expansions(qf, tokens)
        typing = not qf.endswith(" ")
        fixed, factor = match.correct(tokens, exps, typing=typing)
        needle = " ".join(fixed)
        typed = " ".join(tokens)
        idx = self.candidates(typed, exps)
        scores = match.rerank(needle, [self.norm[i] for i in idx])
        scored = [
            (i, s * factor, match.is_exact(typed, self.norm[i], typing=typing))
            for i, s in zip(idx, scores, strict=True)
        ]
        scored = [t for t in scored if t[1] >= min_score or t[2]]
        if not scored:
            return [], needle
        best = max(s for _, s, _ in scored)
        scored = [t for t in scored if t[2] or t[1] >= best - spread]
        scored.sort(key=lambda t: (not t[2], -t[1], t[0]))
        return scored[:limit], needle


class SearchIndex:
    """Per-article index: word prefilter plus rapidfuzz rerank, one pool per scope."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._passages: dict[Scope, list[Passage]] = {}
        self._pools: dict[Scope, Pool] = {}
        self._entity_rows: list[tuple[int, str]] = []

    def _pool(self, scope: Scope) -> Pool:
        if scope not in self._pools:
            if scope == "entities":
                self._entity_rows = [
                    (i, name)
                    for i, e in enumerate(self.article.entities)
                    if e.mentions
                    for name in dict.fromkeys((e.name, *e.aliases))
                ]
                self._pools[scope] = Pool([name for _, name in self._entity_rows])
            else:
                self._passages[scope] = passages(self.article, quotes=scope == "quotes")
                self._pools[scope] = Pool([p.text for p in self._passages[scope]])
        return self._pools[scope]

    def search(self, query: str, *, scope: Scope = "all", limit: int = 50) -> list[Hit]:
        """Hits best first; an empty or blank query gives no hits."""
        if not query.strip():
            return []
        pool = self._pool(scope)
        if scope == "entities":
            return self._entity_hits(pool, query, limit)
        ranked, needle = pool.rank(query, limit)
        hits: list[Hit] = []
        memo: dict[str, frozenset[int]] = {}
        for i, score, exact in ranked:
            p = self._passages[scope][i]
            s, e = match.locate(needle, pool.folded[i], memo)
            hits.append(self._hit(p, p.start + s, p.start + e, score, exact))
        return hits

    def _hit(self, p: Passage, start: int, end: int, score: float, exact: bool) -> Hit:
        block = self.article.block(p.block)
        end = min(end, len(block.text))
        passage, offset = (p.text, p.start) if p.kind == "text" else _sentence_around(block, p.start, p.end)
        section = self.article.section_of(p.block)
        return Hit(
            p.block,
            min(start, end),
            end,
            round(score, 1),
            p.kind,
            passage,
            offset,
            section.title if section else None,
            p.speaker,
            None,
            exact,
        )

    def _entity_hits(self, pool: Pool, query: str, limit: int) -> list[Hit]:
        """Every mention of each matching entity (by any of its names), best entity first.

        One hit per mention, in document order within an entity, so that stepping
        through the hits visits every place the entity is named ("@nato": all 15).
        """
        seen: set[int] = set()
        found: list[tuple[bool, float, int]] = []
        for i, score, exact in pool.rank(query, 4 * limit, min_score=ENTITY_MIN_SCORE, spread=ENTITY_SPREAD)[0]:
            ent_idx = self._entity_rows[i][0]
            if ent_idx in seen:
                continue
            seen.add(ent_idx)
            found.append((exact, score, ent_idx))
        found.sort(key=lambda f: (not f[0], -f[1], -len(self.article.entities[f[2]].mentions)))
        hits: list[Hit] = []
        for exact, score, ent_idx in found:
            ent = self.article.entities[ent_idx]
            for m in sorted(ent.mentions, key=lambda m: (self.article.block_index(m.block), m.start)):
                if len(hits) >= limit:
                    return hits
                block = self.article.block(m.block)
                passage, offset = _sentence_around(block, m.start, m.end)
                section = self.article.section_of(block.id)
                label = f"{ent.name} ({ent.type})"
                hits.append(
                    Hit(
                        block.id,
                        m.start,
                        m.end,
                        round(score, 1),
                        "entity",
                        passage,
                        offset,
                        section.title if section else None,
                        None,
                        label,
                        exact,
                    )
                )
        return hits


def _sentence_around(block: Block, start: int, end: int) -> tuple[str, int]:
    """The sentence(s) of `block` covering [start, end): the context shown for a quote or entity."""
    spans = match.sentence_spans(block.text, max_len=len(block.text) + 1)
    covering = [(s, e) for s, e in spans if s < max(end, start + 1) and e > start] or [(0, len(block.text))]
    s, e = covering[0][0], covering[-1][1]
    return block.text[s:e], s
