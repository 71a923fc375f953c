"""Speakers: a phrase next to a speech verb, resolved to a name, an entity or a description.

A phrase is linked to an entity by its mention offsets, by name, or, for
pronouns and descriptions ("he", "the company", "the newspaper"), to the
nearest fitting entity mentioned before it outside quotation marks ("he" and
"she" only to a person of fitting or unknown gender, see `gender`; "the
actress" only on firm ground, see `described`). Unnamed
speakers ("a company spokeswoman", "people familiar with the matter") are kept
as the article words them, with `named` false.

Linking to entities uses `entity_index.EntityIndex`; unnamed sources are told
by `anonymous`.
"""

from __future__ import annotations

import re

from reader.core.model import Entity
from reader.core.quotes.anonymous import ANON_ROLE, NOT_NAMES, anonymous
from reader.core.quotes.descriptions import parse_description
from reader.core.quotes.entity_index import EntityIndex, Speaker
from reader.core.quotes.gender import PRONOUN_GENDER

PRONOUNS = {"he": "PERSON", "she": "PERSON", "they": "ANY", "it": "ORG"}
_ORG_NOUNS = (
    r"company|firm|group|government|ministry|agency|department|bank|startup|maker|retailer|giant|"
    r"organi[sz]ation|alliance|club|party|union|council|court|authority|regulator|commission|university|team"
)
_OUTLET_NOUNS = r"newspaper|paper|magazine|outlet|broadcaster|network|agency|website|site|journal|daily|tabloid"
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
    anon = anonymous(p)
    if anon is not None:
        return Speaker(anon, None, False, pstart, pend) if anon else None
    if (
        stripped
        and _NAME.fullmatch(stripped)
        and len(stripped.split()) <= 4
        and not ANON_ROLE.search(stripped)
        and stripped.split()[0].lower() not in NOT_NAMES
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
        and not ANON_ROLE.search(stripped)
        and stripped.split()[0].lower() not in NOT_NAMES
        and not re.search(rf"\b(?:{_ORG_NOUNS})\b", stripped, re.IGNORECASE)
    ):
        return Speaker(stripped, None, True, wstart, wend)
    return None
