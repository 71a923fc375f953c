"""`EntityIndex`: the article's entity mentions per block, for linking a speaker phrase to who it means.

Offset lookups ("the mention under these words"), names and aliases, and the
nearest fitting earlier mention that a pronoun or a description ("he", "the
company", "the actress") points back to, skipping names said inside quotes.
`Speaker` is what a phrase resolves to (`speakers.resolve`); the index makes one
itself for an unnamed speaker that a later "he" or "she" continues.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.core.model import Article, Entity
from reader.core.quotes.descriptions import Description, in_apposition, main_subject
from reader.core.quotes.gender import Gender, PersonGenders
from reader.core.quotes.marks import BODY_KINDS, quoted_spans
from reader.core.quotes.speech_verbs import SPEECH_VERBS

_SAID = f"(?:{SPEECH_VERBS})"

OUTLET_CUES = re.compile(
    r"\b(?:journal|times|post|news|reuters|guardian|press|herald|telegraph|tribune|gazette|bloomberg|"
    r"bbc|cnn|nbc|cbs|abc|fox|npr|axios|politico|economist|mail|mirror|sun|observer|independent|"
    r"weekly|magazine|associated press|afp|ap|standard|chronicle|globe|examiner|wire|insider|verge|wired)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: the display name and, when linked, the entity id."""

    name: str
    entity: str | None
    named: bool
    start: int = -1
    end: int = -1


class EntityIndex:
    """Entity mentions per block, sorted, for offset lookups and pronoun resolution."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.by_id: dict[str, Entity] = {e.id: e for e in article.entities}
        self._by_name: dict[str, Entity] = {}
        for e in article.entities:
            for n in (e.name, *e.aliases):
                self._by_name.setdefault(n.lower(), e)
        self._mentions: dict[str, list[tuple[int, int, str]]] = {}
        for e in article.entities:
            for m in e.mentions:
                self._mentions.setdefault(m.block, []).append((m.start, m.end, e.id))
        for lst in self._mentions.values():
            lst.sort()
        self._starts = {b: [m[0] for m in lst] for b, lst in self._mentions.items()}
        # quoted runs per block: a name said inside a quote is not who a later "he" refers to
        self._quoted: dict[str, list[tuple[int, int]]] = {}
        self._order = {b.id: i for i, b in enumerate(article.blocks)}
        self._genders: PersonGenders | None = None
        self._subject: tuple[str | None] | None = None

    def gender(self, entity: str) -> Gender | None:
        """The person's gender when the article shows it (worked out once, on the first pronoun)."""
        if self._genders is None:
            self._genders = PersonGenders(self.article, self.quoted)
        return self._genders.get(entity)

    def at(self, block: str, start: int, end: int) -> Entity | None:
        """The entity whose mention overlaps [start, end) the most, if any."""
        best: tuple[int, str] | None = None
        lst = self._mentions.get(block, [])
        i = bisect.bisect_left(self._starts.get(block, []), end)
        for s, e, eid in lst[max(0, i - 8) : i]:
            overlap = min(e, end) - max(s, start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, eid)
        return self.by_id[best[1]] if best else None

    def within(self, block: str, start: int, end: int, types: tuple[str, ...]) -> Entity | None:
        """The first entity of the first fitting type (in `types` order) mentioned in [start, end)."""
        found = [self.by_id[eid] for s, e, eid in self._mentions.get(block, []) if start <= s and e <= end]
        for t in types:
            ent = next((x for x in found if x.type == t), None)
            if ent is not None:
                return ent
        return None

    def quoted(self, block: str) -> list[tuple[int, int]]:
        """Quoted runs of a prose block (paired once, on first use)."""
        if block not in self._quoted:
            b = self.article.blocks[self._order[block]] if block in self._order else None
            self._quoted[block] = quoted_spans(b.text) if b is not None and b.kind in BODY_KINDS else []
        return self._quoted[block]

    def article_mentions(self, block: str, entity: str) -> list[tuple[int, int]]:
        """(start, end) of this entity's mentions in one block."""
        return [(s, e) for s, e, eid in self._mentions.get(block, []) if eid == entity]

    def named(self, phrase: str) -> Entity | None:
        """The entity with this exact name or alias (case-insensitive), else by its last word."""
        key = phrase.lower().strip()
        if key in self._by_name:
            return self._by_name[key]
        last = key.split()[-1] if key.split() else ""
        ent = self._by_name.get(last)
        return ent if ent is not None and ent.type == "PERSON" else None

    def before(
        self, block: str, pos: int, types: tuple[str, ...], *, outlet: bool = False, gender: Gender | None = None
    ) -> Entity | None:
        """The entity a pronoun or "the company" at `pos` most likely means.

        The nearest fitting mention before `pos` (this block, then earlier ones),
        skipping names inside quotation marks; for people, a mention that is the
        subject of its sentence ("Tom Lane, a union leader, said ...") wins over a
        nearer one used as a modifier ("Trump fans") within the last two blocks.
        With `gender`, a person known to be of the other gender is passed over.
        """
        idx = self._order.get(block, 0)
        nearest: Entity | None = None
        for bi in range(idx, max(-1, idx - 12), -1):
            bid = self.article.blocks[bi].id
            lst = self._mentions.get(bid, [])
            for s, e, eid in reversed(lst):
                if bid == block and s >= pos:
                    continue
                if any(qs <= s < qe for qs, qe in self.quoted(bid)):
                    continue
                ent = self.by_id[eid]
                if ent.type not in types:
                    continue
                if outlet and not OUTLET_CUES.search(" ".join((ent.name, *ent.aliases))):
                    continue
                if gender is not None and ent.type == "PERSON" and self.gender(ent.id) not in (None, gender):
                    continue
                if "PERSON" not in types or self._is_subject(bid, s, e):
                    return ent
                nearest = nearest or ent
            if nearest is not None and bi <= idx - 1:
                return nearest
        return nearest

    def unnamed_before(self, block: str, pos: int, gender: Gender) -> Speaker | None:
        """An unnamed speaker of this gender ("a spokeswoman for the club said") that "he"/"she" at `pos`
        continues: in the same paragraph, within 300 characters, with no person named in between."""
        lo = max(0, pos - 300)
        text = self.article.blocks[self._order[block]].text
        found = None
        for found in _UNNAMED_SPEAKER.finditer(text, lo, pos):  # noqa: B007 - the last one is wanted
            pass
        if found is None or ("M" if found.group("m") else "F") != gender:
            return None
        if any(
            found.start() <= s < pos for s, _e, eid in self._mentions.get(block, []) if self.by_id[eid].type == "PERSON"
        ):
            return None
        if any(qs <= found.start() < qe for qs, qe in self.quoted(block)):
            return None
        return Speaker(found.group("who"), None, False, found.start("who"), found.end("who"))

    def described(self, block: str, pos: int, desc: Description) -> Entity | None:
        """The person a definite description at `pos` refers to ("the actress"), on firm ground only.

        The most recent person of fitting gender whose earlier mention carries the
        role beside the name; else the nearest such person when the article is
        about them (main subject), nobody else is named in this block or the one
        before, and the role is no anonymous-source word.
        """
        here = (self._order.get(block, 0), pos)
        recent = self._recent_people(block, pos, desc.gender)
        for ent in recent:
            for m in ent.mentions[:_APPOSITION_MENTIONS]:
                bi = self._order.get(m.block, 1 << 30)
                if (bi, m.start) < here and in_apposition(self.article.blocks[bi].text, m.start, m.end, desc):
                    return ent
        if self._subject is None:
            self._subject = (main_subject(self.article),)
        if recent and not desc.needs_apposition and recent[0].id == self._subject[0]:
            # only when nobody else was named just before: '"...," said the champion' after
            # "team member Jane Roe said" is Jane Roe, however often the article names its subject
            idx = self._order.get(block, 0)
            near = {self.article.blocks[i].id for i in (idx - 1, idx) if i >= 0}
            others = {
                eid
                for b in near
                for s, _e, eid in self._mentions.get(b, [])
                if eid != recent[0].id and self.by_id[eid].type == "PERSON" and (b != block or s < pos)
            }
            return recent[0] if not others else None
        return None

    def _recent_people(self, block: str, pos: int, gender: Gender | None) -> list[Entity]:
        """Up to six people of fitting gender named before `pos` (outside quotes), latest first, within 12 blocks."""
        idx = self._order.get(block, 0)
        out: list[Entity] = []
        for bi in range(idx, max(-1, idx - 12), -1):
            bid = self.article.blocks[bi].id
            for s, _e, eid in reversed(self._mentions.get(bid, [])):
                if (bid == block and s >= pos) or any(qs <= s < qe for qs, qe in self.quoted(bid)):
                    continue
                ent = self.by_id[eid]
                if ent.type == "PERSON" and ent not in out and (gender is None or self.gender(eid) in (None, gender)):
                    out.append(ent)
                    if len(out) == _RECENT_PEOPLE:
                        return out
        return out

    def _is_subject(self, block: str, start: int, end: int) -> bool:
        """True when a mention opens its sentence (titles allowed) and is not a modifier ("Lane's", "Lane fans")."""
        text = self.article.blocks[self._order[block]].text
        lead = text[max(0, start - 60) : start]
        cut = max(lead.rfind(". "), lead.rfind("? "), lead.rfind("! "), lead.rfind('" '), lead.rfind("” "))
        if cut < 0 and start > 60:
            return False  # no sentence start within reach: deep inside a long sentence
        lead = lead[cut + 2 :] if cut >= 0 else lead
        if any(w[:1].islower() and w not in ("the", "former", "then") for w in lead.split()):
            return False
        follow = text[end : end + 12]
        return not re.match(r"(?:['’]s?\b|\s+[a-z]+(?:s|ers)\b(?!\s+(?:that|the|a|an)\b))", follow) or bool(
            re.match(r"\s+(?:says|said|asks|adds|tells|has|was|is)\b", follow)
        )


_UNNAMED_SPEAKER = re.compile(
    r"\b(?P<who>(?:[Aa]|[Aa]n|[Oo]ne)\s+(?:[\w'’-]+\s+){0,3}?(?:(?P<m>spokesman|businessman|man)|"
    r"(?P<f>spokeswoman|businesswoman|woman))(?:\s+(?:for|at|from|of)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})?)"
    rf"\s+{_SAID}\b"
)
_RECENT_PEOPLE = 6
"""How many of the latest people a description may point back to."""
_APPOSITION_MENTIONS = 8
"""A role or age in apposition comes with a person's first mentions ("Jane Roe, 35, the actress,")."""
