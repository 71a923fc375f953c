"""Speakers: a phrase next to a speech verb, resolved to a name, an entity or a description.

A phrase is linked to an entity by its mention offsets, by name, or, for
pronouns and descriptions ("he", "the company", "the newspaper"), to the
nearest fitting entity mentioned before it outside quotation marks ("he" and
"she" only to a person of fitting or unknown gender, see `gender`; "the
actress" only on firm ground, see `described`). Unnamed
speakers ("a company spokeswoman", "people familiar with the matter") are kept
as the article words them, with `named` false.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.core.model import Article, Entity
from reader.core.quotes.descriptions import Description, in_apposition, main_subject, parse_description
from reader.core.quotes.gender import PRONOUN_GENDER, Gender, PersonGenders
from reader.core.quotes.marks import BODY_KINDS, quoted_spans
from reader.core.quotes.speech_verbs import SPEECH_VERBS

_SAID = f"(?:{SPEECH_VERBS})"

PRONOUNS = {"he": "PERSON", "she": "PERSON", "they": "ANY", "it": "ORG"}
_ORG_NOUNS = (
    r"company|firm|group|government|ministry|agency|department|bank|startup|maker|retailer|giant|"
    r"organi[sz]ation|alliance|club|party|union|council|court|authority|regulator|commission|university|team"
)
_OUTLET_NOUNS = r"newspaper|paper|magazine|outlet|broadcaster|network|agency|website|site|journal|daily|tabloid"
OUTLET_CUES = re.compile(
    r"\b(?:journal|times|post|news|reuters|guardian|press|herald|telegraph|tribune|gazette|bloomberg|"
    r"bbc|cnn|nbc|cbs|abc|fox|npr|axios|politico|economist|mail|mirror|sun|observer|independent|"
    r"weekly|magazine|associated press|afp|ap|standard|chronicle|globe|examiner|wire|insider|verge|wired)\b",
    re.IGNORECASE,
)

# Anonymous or descriptive speakers: "a company spokeswoman", "people familiar
# with the matter", "officials", "the source", "analysts at Citi".
_ANON_ROLE = re.compile(
    r"\b(?:spokes\w*|officials?|sources?|person|people|analysts?|insiders?|experts?|aides?|diplomats?|"
    r"investigators?|observers?|economists?|witness\w*|researchers?|employees?|staffers?|executives?|"
    r"representatives?|members?|advis[eo]rs?|lawyers?|attorneys?|journalists?|reporters?|critics?|"
    r"campaigners?|residents?|fans|protesters?|police|doctors?|scientists?|teachers?|workers?|voters?|"
    r"customers?|investors?|traders?|dealers?|bankers?|academics?|lawmakers?|legislators?|politicians?|"
    r"regulators?|prosecutors?|authorities|MPs|negotiators?|activists?|organi[sz]ers?|users?)\b",
    re.IGNORECASE,
)
_NAME = re.compile(
    r"(?:(?:[A-Z][\w.'’&\xad-]*|de|da|di|du|del|della|van|von|der|den|la|le|bin|al|el|ibn|dos|das)\s+){0,4}"
    r"[A-Z][\w.'’&\xad-]*"
)

_TITLES = re.compile(
    r"^(?:(?:the\s+)?(?:U\.S\.|US|former|then|current|chief|senior|deputy|vice|acting|interim)\s+)*"
    r"(?:(?:President|Prime Minister|Minister|Secretary|Senator|Sen\.|Rep\.|Representative|Governor|Gov\.|"
    r"Mayor|Judge|Justice|Chancellor|Chairman|Chairwoman|Chair|CEO|Chief Executive|Director|General|Gen\.|"
    r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess|Pope|Coach|Manager|"
    r"Commissioner|Spokesman|Spokeswoman|Photographer|Singer|Actor|Actress)\s+)+"
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


def _long_lead(p: str, ent: Entity, index: EntityIndex, block: str, pstart: int) -> bool:
    """True when more than two plain lower-case words precede the entity's mention in the phrase."""
    lead = p
    for m in index.article_mentions(block, ent.id):
        if pstart <= m[0] < pstart + len(p):
            lead = p[: m[0] - pstart]
            break
    plain = [w for w in lead.split() if w.islower() and w not in ("a", "an", "the", "of")]
    return len(plain) > 2


def clean_phrase(phrase: str) -> str:
    """Trim a speaker phrase: leading conjunctions, trailing time words, a title kept as-is."""
    p = phrase.strip(" ,—–-\"“”'")
    p = re.sub(r"^(?:and|but|as|while|when|because|so|yet|which|who|that|then)\s+", "", p, flags=re.I)
    p = re.sub(
        r"\s+(?:on|in|at|late|last|earlier|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
        r"Sunday|week|month|year|morning|afternoon|evening|night|weekend)\b.*$",
        "",
        p,
    )
    return p.strip()


def resolve(index: EntityIndex, block: str, start: int, phrase: str) -> Speaker | None:
    """Turn a speaker phrase found at `start` in `block` into a Speaker (None when not a speaker)."""
    p = clean_phrase(phrase)
    if not p or len(p.split()) > 9:
        return None
    low = p.lower()
    pstart = start + max(0, phrase.find(p))
    pend = pstart + len(p)
    person = _affiliated_person(index, block, pstart, p)
    if person is not None:
        return person  # "Professor Jane Roe of Some University": the person speaks, not the university
    ent = index.at(block, max(pstart, pend - 3), pend)
    if ent is not None and _long_lead(p, ent, index, block, pstart):
        ent = None  # "a budget paper seen by the Ledger": the name sits inside a description
    if ent is not None:
        # works, events and products ("MISC") do not speak
        return Speaker(ent.name, ent.id, True, pstart, pend) if ent.type != "MISC" else None
    if low in PRONOUNS:
        want = PRONOUNS[low]
        types = ("PERSON",) if want == "PERSON" else ("ORG",) if want == "ORG" else ("PERSON", "ORG")
        if low in ("he", "she"):
            unnamed = index.unnamed_before(block, pstart, PRONOUN_GENDER[low])
            if unnamed is not None:
                return unnamed  # 'A spokeswoman for the club said ... She added: "..."'
        ent = index.before(block, pstart, types, gender=PRONOUN_GENDER.get(low))
        # an unresolved pronoun still marks an attribution; callers drop its name
        return Speaker(ent.name, ent.id, True, pstart, pend) if ent else Speaker(p, None, False, pstart, pend)
    m = re.fullmatch(rf"the\s+(?:(?P<org>{_ORG_NOUNS})|(?P<outlet>{_OUTLET_NOUNS}))", low)
    if m:
        ent = index.before(block, pstart, ("ORG",), outlet=bool(m.group("outlet")))
        if ent is not None:
            return Speaker(ent.name, ent.id, True, pstart, pend)
        return Speaker(p, None, False, pstart, pend)
    desc = parse_description(p)
    if desc is not None:
        # "the American Horror Story actress", "the 35-year-old": a person described, not named
        ent = index.described(block, pstart, desc)
        if ent is not None:
            return Speaker(ent.name, ent.id, True, pstart, pend)
    stripped = _TITLES.sub("", p)
    ent = index.named(stripped) if stripped else None
    if ent is not None and ent.type != "MISC":
        return Speaker(ent.name, ent.id, True, pstart, pend)
    anon = _anonymous(p)
    if anon is not None:
        return Speaker(anon, None, False, pstart, pend) if anon else None
    if (
        stripped
        and _NAME.fullmatch(stripped)
        and len(stripped.split()) <= 4
        and not _ANON_ROLE.search(stripped)
        and stripped.split()[0].lower() not in _NOT_NAMES
    ):
        return Speaker(stripped, None, True, pstart, pend)
    return None


_AFFILIATION = re.compile(r"^(?P<who>[^,]+?)(?:,\s*|\s+)(?:of|at|from|with)\s+(?:the\s+)?(?P<aff>[A-Z].*)$")


def _affiliated_person(index: EntityIndex, block: str, pstart: int, p: str) -> Speaker | None:
    """The person in "X of Y", "X, of Y", "X at Y" (Y an affiliation), else None.

    Only when the part before "of" is a person (a PERSON mention, or a titled or
    two-word name shape) and the affiliation is not part of one name that starts
    before it ("the Bank of England" stays an organisation).
    """
    m = _AFFILIATION.match(p)
    if m is None:
        return None
    who = m.group("who").strip()
    wstart, wend = pstart + m.start("who"), pstart + m.start("who") + len(who)
    whole = index.at(block, pstart + m.start("aff"), pstart + m.end("aff"))
    if whole is not None and any(
        s < wend and e > pstart + m.start("aff") for s, e in index.article_mentions(block, whole.id)
    ):
        return None  # one name running over "of": "Bank of Lakeland"
    ent = index.at(block, wstart, wend)
    if ent is not None:
        return Speaker(ent.name, ent.id, True, wstart, wend) if ent.type == "PERSON" else None
    stripped = _TITLES.sub("", who)
    named = index.named(stripped) if stripped else None
    if named is not None:
        return Speaker(named.name, named.id, True, wstart, wend) if named.type == "PERSON" else None
    titled = stripped != who
    if (
        _NAME.fullmatch(stripped)
        and (titled or len(stripped.split()) >= 2)
        and len(stripped.split()) <= 4
        and not _ANON_ROLE.search(stripped)
        and stripped.split()[0].lower() not in _NOT_NAMES
        and not re.search(rf"\b(?:{_ORG_NOUNS})\b", stripped, re.IGNORECASE)
    ):
        return Speaker(stripped, None, True, wstart, wend)
    return None


_UNNAMED_SPEAKER = re.compile(
    r"\b(?P<who>(?:[Aa]|[Aa]n|[Oo]ne)\s+(?:[\w'’-]+\s+){0,3}?(?:(?P<m>spokesman|businessman|man)|"
    r"(?P<f>spokeswoman|businesswoman|woman))(?:\s+(?:for|at|from|of)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})?)"
    rf"\s+{_SAID}\b"
)
_RECENT_PEOPLE = 6
"""How many of the latest people a description may point back to."""
_APPOSITION_MENTIONS = 8
"""A role or age in apposition comes with a person's first mentions ("Jane Roe, 35, the actress,")."""

_NOT_NAMES_WORDS = """
the a an this that these those it its there here some many most all both each if when while after
before since but and or so yet who what where why how i we you they he she us our my your their
"""
_NOT_NAMES = frozenset(_NOT_NAMES_WORDS.split())


FINITE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|says|said|has|have|had|will|would|can|could|did|does)\b")


def _anonymous(p: str) -> str | None:
    """The phrase itself when it describes an unnamed source, "" when it has a role but is no source,
    None when it has no source role at all."""
    m = _ANON_ROLE.search(p)
    if m is None:
        return None
    if m.group()[0].isupper() and m.start() > 0:
        return None  # part of a proper name: "the Scottish Executive"
    if FINITE_VERB.search(p):
        return ""  # a clause, not a noun phrase: "researchers from the college were"
    before = p[: m.start()].split()
    after = p[m.end() :].strip()
    if len(before) > 4:
        return ""
    if after and re.match(r"[A-Z]", after) and not re.match(r"(?:at|for|of|with|from|in)\b", after):
        return None  # "Analyst Jane Doe": a title before a name
    if after and not re.match(
        r"(?:familiar|close|briefed|with|at|for|of|from|in|involved|knowledgeable|aware|"
        r"who|speaking)\b",
        after,
    ):
        return ""
    lead = [w for w in before if w.lower() not in ("a", "an", "the", "one", "two", "three", "several", "some")]
    if any(not (w[0].islower() or w[0].isupper()) for w in lead):
        return ""
    return p


def is_description(name: str) -> bool:
    """True for an unnamed speaker ("a company spokeswoman", "Officials"), false for a name."""
    return bool(_anonymous(name))
