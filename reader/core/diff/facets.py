"""What a change is about (quote, number, entity, attribution, correction) and whether it is silent.

Facets come from the analysis of both versions, not from the diff alone: a
quote is a run the quote finder found, an entity one the tagger found, a
source one the source finder found. A change is silent when it touches a
quote, a figure, an entity or an attribution and no correction or update
notice of the newer version accounts for it: the notice names the words
involved, or amends the passage the edit is in. Only a notice that the older
version did not already carry can account for a change made since.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from reader.core.diff.model import SILENT_FACETS, Edit, Facet
from reader.core.diff.words import fold
from reader.core.model import Article, Block, Correction, Quote

_WORD = re.compile(r"\w+(?:['’.,]\w+)*")
_PLAIN = re.compile(r"\w+")
_NUMBER_WORDS = frozenset(
    re.findall(
        r"\w+",
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million "
        "billion trillion dozen dozens half third quarter twice double triple percent per cent",
    )
)
_DATE_WORDS = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|March|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"[Yy]esterday|[Tt]oday|[Tt]omorrow)\b"
)
"""Month and day names (capitalised: "may" and "march" are verbs) that make a changed figure a date."""
_STOP = frozenset(
    re.findall(
        r"\w+",
        "the and that this with from have has had were was are for not but its their they them said says would could "
        "should will been being which what when where while into onto about after before than then also more most "
        "other some such only over under article story version earlier correction corrected update updated notice "
        "clarification editor note report",
    )
)
_ENTITY_TYPES = ("PERSON", "ORG", "PLACE")
_ATTRIBUTING = frozenset(
    {
        "said",
        "says",
        "told",
        "according",
        "source",
        "sources",
        "familiar",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "officials",
        "official",
    }
)
"""Words whose editing changes who a passage is attributed to."""


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _numbers(text: str) -> Counter[str]:
    return Counter(w for w in _words(text.lower()) if any(c.isdigit() for c in w) or w in _NUMBER_WORDS)


def has_new_figure(edit: Edit) -> bool:
    """Whether an edit replaces a figure by another (digits or number words), as "39 berths" to "29 berths"."""
    old, new = _numbers(edit.old_text), _numbers(edit.new_text)
    return bool(old) and bool(new) and old != new


def _name_key(name: str | None) -> str:
    if not name:
        return ""
    low = " ".join(_words(name.lower()))
    return re.sub(r"^(?:the|a|an|one)\s+", "", low)


def _overlaps(span: tuple[int, int] | None, start: int, end: int) -> bool:
    return span is not None and span[0] < end and start < span[1]


class _Text:
    """An article's words and lower-cased text: a fast test for 'is this name still there'.

    Words split at apostrophes too, so "Russia" is found in "Russia's".
    """

    def __init__(self, article: Article, keys: Mapping[str, str]) -> None:
        # The comparison keys (block id -> key) are the folded blocks already: fold only the blocks they lack.
        parts = [keys[b.id] if b.id in keys else fold(b.text) for b in article.blocks]
        self.text = " ".join(_PLAIN.findall("\n".join(parts).lower()))
        self.words = set(self.text.split())

    def has(self, names: Iterable[str]) -> bool:
        for name in names:
            ws = _PLAIN.findall(fold(name).lower())
            if ws and all(w in self.words for w in ws) and (len(ws) == 1 or " ".join(ws) in self.text):
                return True
        return False


def _evidence(text: str) -> tuple[set[str], set[str]]:
    """(names and figures, as written; other content words, lower-cased) of a text."""
    strong, weak = set(), set()
    for w in _words(text):
        low = w.lower()
        if low in _STOP:
            continue
        if any(c.isdigit() for c in w) or (w[:1].isupper() and len(w) > 2):
            strong.add(w)
        elif len(low) > 3:
            weak.add(low)
    return strong, weak


def _touches(names: list[str], edited: set[str]) -> bool:
    """Whether an edit's words include a word of these names or a word that attributes."""
    return bool(edited & ({n for n in names if n not in _STOP and len(n) > 2} | _ATTRIBUTING))


def is_notice(article: Article, correction: Correction) -> bool:
    """The publisher's own correction or update notice in the text (not a narrative one, not a date)."""
    return (
        correction.scope == "article"
        and correction.block is not None
        and correction.by == (article.meta.publisher or "the publisher")
    )


class Facets:
    """The analysis of both versions, indexed by block, to give each change its facets."""

    def __init__(
        self,
        old: Article,
        new: Article,
        keys_old: Mapping[str, str] | None = None,
        keys_new: Mapping[str, str] | None = None,
    ) -> None:
        """`keys_old` / `keys_new`: the comparison keys by block id, if already computed (saves folding again)."""
        self.old, self.new = old, new
        self.quotes_old = self._quotes(old)
        self.quotes_new = self._quotes(new)
        self.sources_old = self._sources(old)
        self.sources_new = self._sources(new)
        text_old, text_new = _Text(old, keys_old or {}), _Text(new, keys_new or {})
        self.gone = self._lost(old, text_new)
        """Per old block, the mentions (name, start, end) of entities no name of which the new version uses."""
        self.came = self._lost(new, text_old)
        old_notices = {" ".join(_words(c.text.lower())) for c in old.corrections if is_notice(old, c)}
        self.new_notices = {
            c.block: c
            for c in new.corrections
            if c.block and is_notice(new, c) and " ".join(_words(c.text.lower())) not in old_notices
        }
        """The newer version's notices that the older one did not carry, by block."""

    @staticmethod
    def _quotes(article: Article) -> dict[str, list[Quote]]:
        out: dict[str, list[Quote]] = {}
        for q in article.quotes:
            out.setdefault(q.block, []).append(q)
        return out

    @staticmethod
    def _sources(article: Article) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for s in article.sources:
            for b in s.blocks:
                out.setdefault(b, {})[_name_key(s.name)] = s.name
        return out

    @staticmethod
    def _lost(article: Article, other: _Text) -> dict[str, list[tuple[str, int, int]]]:
        out: dict[str, list[tuple[str, int, int]]] = {}
        for e in article.entities:
            if e.type not in _ENTITY_TYPES or other.has((e.name, *e.aliases)):
                continue
            for m in e.mentions:
                out.setdefault(m.block, []).append((e.name, m.start, m.end))
        return out

    @property
    def entities_removed(self) -> tuple[str, ...]:
        """Names of old entities not named anywhere in the new version."""
        return tuple(dict.fromkeys(n for ms in self.gone.values() for n, _s, _e in ms))

    @property
    def entities_added(self) -> tuple[str, ...]:
        """Names of new entities not named anywhere in the old version."""
        return tuple(dict.fromkeys(n for ms in self.came.values() for n, _s, _e in ms))

    def of(self, old: Block | None, new: Block | None, edits: tuple[Edit, ...]) -> tuple[set[Facet], list[str]]:
        """Facets and notes of one block change (an added, removed, changed or moved block)."""
        facets: set[Facet] = set()
        notes: list[str] = []
        worded = [e for e in edits if any(c.isalnum() for c in e.old_text + e.new_text)]
        whole = old is None or new is None
        # quotes: words inside a quote edited, a quote added or removed, its speaker changed
        qa = self.quotes_old.get(old.id, []) if old else []
        qb = self.quotes_new.get(new.id, []) if new else []
        if whole and (qa or qb):
            facets.add("quote")
            notes.append(f"quote {'removed' if new is None else 'added'}: “{(qa or qb)[0].text[:80]}”")
        for e in worded if not whole else ():
            hit_a = next((q for q in qa if _overlaps(e.old, q.start, q.end)), None)
            hit_b = next((q for q in qb if _overlaps(e.new, q.start, q.end)), None)
            if hit_a or hit_b:
                facets.add("quote")
                if not e.old_text:
                    notes.append(f"words added to a quote: “{e.new_text[:60]}”")
                elif not e.new_text:
                    notes.append(f"words cut from a quote: “{e.old_text[:60]}”")
                else:
                    notes.append(f"quote reworded: “{e.old_text[:60]}” → “{e.new_text[:60]}”")
        edited = {w.lower() for e in worded for w in _words(e.old_text + " " + e.new_text)}
        if not whole:
            before = {" ".join(_words(q.text.lower())): q.speaker for q in qa}
            for q in qb:
                k = " ".join(_words(q.text.lower()))
                names = _words(f"{before.get(k) or ''} {q.speaker or ''}".lower())
                if k in before and _name_key(before[k]) != _name_key(q.speaker) and _touches(names, edited):
                    facets.add("quote")
                    notes.append(f"speaker: {before[k] or 'unattributed'} → {q.speaker or 'unattributed'}")
        # numbers and dates
        for e in worded if not whole else ():
            if _numbers(e.old_text) != _numbers(e.new_text):
                near_a = old.text[max(0, e.old[0] - 12) : e.old[1] + 12] if old and e.old else ""
                near_b = new.text[max(0, e.new[0] - 12) : e.new[1] + 12] if new and e.new else ""
                kind: Facet = "date" if _DATE_WORDS.search(near_a + " " + near_b) else "number"
                facets.add(kind)
                notes.append(f"{kind}: {e.old_text[:40] or '∅'} → {e.new_text[:40] or '∅'}")
            elif _DATE_WORDS.search(e.old_text + " " + e.new_text):
                facets.add("date")
        # entities no longer / newly named in the whole article
        for blk, lost, side in ((old, self.gone, "old"), (new, self.came, "new")):
            if blk is None:
                continue
            for name, s, t in lost.get(blk.id, ()):
                spans = [e.old if side == "old" else e.new for e in edits]
                if whole or any(_overlaps(sp, s, t) for sp in spans):
                    facets.add("entity")
                    notes.append(f"entity {'removed' if side == 'old' else 'added'}: {name}")
        # attribution: who the passage leans on changed
        if not whole and worded:
            sa = self.sources_old.get(old.id, {}) if old else {}
            sb = self.sources_new.get(new.id, {}) if new else {}
            differ = [sa[k] for k in sa if k not in sb] + [sb[k] for k in sb if k not in sa]
            if differ and _touches(_words(" ".join(differ).lower()), edited):
                facets.add("attribution")
                was = ", ".join(sa[k] for k in sa if k not in sb) or "—"
                now = ", ".join(sb[k] for k in sb if k not in sa) or "—"
                notes.append(f"source: {was} → {now}")
        if new is not None and new.id in self.new_notices:
            facets.add("correction")
            notes.append(f"{self.new_notices[new.id].kind.replace('_', ' ')} notice added")
        if old is not None and old.kind == "credits" or new is not None and new.kind == "credits":
            facets.add("byline")
        return facets, list(dict.fromkeys(notes))

    def accounted_by(
        self, new: Block | None, old: Block | None, edits: tuple[Edit, ...], facets: set[Facet]
    ) -> str | None:
        """The newer version's notice that accounts for a change, if any; None makes it silent."""
        if "correction" in facets:
            return new.id if new else None
        whole = (old is None) != (new is None)
        strong: set[str] = set()
        weak: set[str] = set()
        for e in edits:
            s, w = _evidence(e.old_text + " " + e.new_text)
            strong |= s
            weak |= w
        if whole:
            weak = set()  # a whole paragraph shares common words with any notice: only names and figures count
        # Only a notice new in this version can account for a change made since the older one was saved.
        for c in self.new_notices.values():
            claim = c.claim
            on_claim = claim is not None and new is not None and claim.block == new.id
            if on_claim and claim and (not edits or any(_overlaps(e.new, claim.start, claim.end) for e in edits)):
                return c.block
            ns, nw = _evidence(c.text)
            if strong & ns or len(weak & nw) >= 2:
                return c.block
        return None

    @staticmethod
    def silent(facets: set[Facet], accounted: str | None) -> bool:
        """Silent: touches a quote, figure, entity or attribution and nothing accounts for it."""
        return bool(facets & SILENT_FACETS) and accounted is None and "correction" not in facets
