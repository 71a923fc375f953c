"""Who states a passage: the speaker of the quote around it, else the source of its sentence.

Reuses what the analysis already found (quotes with speakers, sources with
their blocks, entity mentions), so a figure's `attributed_to` agrees with
the Quotes and Sources panels. A sentence is attributed when it has a
speech verb or "according to" and names one of the block's sources, by
entity mention or by the words the source list uses.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from reader.core.model import Article, Source
from reader.core.quotes.attribution import find_speech

_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_PRONOUN_BEFORE = re.compile(r"\b(?P<p>[Hh]e|[Ss]he|[Tt]hey)\s+(?:\w+ly\s+|also\s+|later\s+)?$")


class Attributions:
    """Lookups built once per article; `speaker` answers per passage."""

    def __init__(self, article: Article) -> None:
        self.quotes: dict[str, list[tuple[int, int, str | None]]] = {}
        for q in article.quotes:
            self.quotes.setdefault(q.block, []).append((q.start, q.end, q.speaker))
            for other in q.blocks[1:]:
                self.quotes.setdefault(other, []).append((0, len(article.block(other).text), q.speaker))
        self.sources: dict[str, list[Source]] = {}
        for s in article.sources:
            for b in s.blocks:
                self.sources.setdefault(b, []).append(s)
        self.mentions: dict[str, list[tuple[int, int, str]]] = {}
        wanted = {s.entity for s in article.sources if s.entity}
        self.people = {e.id for e in article.entities if e.type == "PERSON"}
        for e in article.entities:
            if e.id in wanted:
                for m in e.mentions:
                    self.mentions.setdefault(m.block, []).append((m.start, m.end, e.id))

    def in_quote(self, block: str, start: int) -> tuple[bool, str | None]:
        """Whether offset `start` is inside a quotation of the block, and its speaker."""
        for a, b, who in self.quotes.get(block, ()):
            if a <= start < b:
                return True, who
        return False, None

    def speaker(self, block: str, text: str, start: int, sentences: list[tuple[int, int]]) -> str | None:
        """Who states the passage at `start`: the quote's speaker, else the source of its sentence."""
        inside, who = self.in_quote(block, start)
        if inside and who:
            return who
        if not sentences:
            return None
        k = max(0, bisect_right([s for s, _ in sentences], start) - 1)
        s, e = sentences[k]
        return self.sentence_source(block, text, s, e)

    def sentence_source(self, block: str, text: str, s: int, e: int) -> str | None:
        """The block's source named in the attributed sentence text[s:e], if any."""
        candidates = self.sources.get(block)
        if not candidates:
            return None
        sentence = text[s:e]
        verbs = [m.start() for m in find_speech(sentence)] + [m.start() for m in _ACCORDING.finditer(sentence)]
        if not verbs:
            return None
        best: tuple[int, str] | None = None
        for src in candidates:
            for pos in self._positions(block, src, sentence, s):
                distance = min(abs(pos - v) for v in verbs)
                if best is None or distance < best[0]:
                    best = (distance, src.name)
        if best is not None:
            return best[1]
        # "She said ...": the block's person source (quotes and sources already resolved who she is)
        for m in find_speech(sentence):
            p = _PRONOUN_BEFORE.search(sentence, max(0, m.start() - 24), m.start())
            if p is not None:
                person = p.group("p").lower() != "they"
                for src in candidates:
                    if not person or src.entity in self.people:
                        return src.name
        return None

    def _positions(self, block: str, src: Source, sentence: str, s: int) -> list[int]:
        found = [
            a - s for a, b, eid in self.mentions.get(block, ()) if eid == src.entity and s <= a < s + len(sentence)
        ]
        i = sentence.lower().find(src.name.lower())
        if i >= 0:
            found.append(i)
        return found
