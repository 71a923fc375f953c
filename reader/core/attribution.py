"""Who says what: speech verbs, speaker phrases and their link to entities.

Shared by quotes (the speaker of a quotation), sources (who the article leans
on) and corrections (who made a clarification). A speaker is found as the
phrase next to a speech verb ("X said", "said X", "according to X"); the
phrase is then resolved to an entity by its mention offsets, by name, or, for
pronouns and descriptions ("he", "the company", "the newspaper"), to the
nearest fitting entity mentioned before it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.core.model import Article, Entity
from reader.core.quote_marks import BODY_KINDS, quoted_spans

SPEECH_VERBS = (
    "said|says|say|told|tells|tell|added|adds|wrote|writes|stated|states|asked|asks|warned|warns|explained|"
    "explains|noted|notes|argued|argues|insisted|insists|replied|replies|responded|responds|continued|recalled|"
    "recalls|admitted|admits|claimed|claims|declared|declares|acknowledged|acknowledges|conceded|concedes|"
    "observed|remarked|commented|comments|announced|announces|tweeted|posted|testified|cautioned|cautions|"
    "urged|urges|stressed|stresses|emphasized|emphasised|suggested|suggests|predicted|predicts|joked|quipped|"
    "maintained|maintains|complained|countered|concluded|affirmed|confirmed|confirms|reported|reports|"
    "shouted|whispered|pointed out|points out|clarified|clarifies|disclosed|denied|denies|revealed|reveals|"
    "estimated|estimates|cited|confessed|confesses|boasted|boasts|vowed|vows|pledged|promised|promises|"
    "insisted|recalled|wrote|conceded|concedes|hinted|mused|added"
)


def _trie_pattern(alternatives: list[str]) -> str:
    """One regex alternation factored by common prefixes: Python's re tries a flat
    alternation word by word at every position, a factored one only follows matching letters."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in alternatives:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        end = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


_VERB_RE = re.compile(rf"\b{_trie_pattern(sorted(set(SPEECH_VERBS.split('|'))))}\b")
_AUX = (
    r"(?:(?:has|have|had|also|later|previously|first|earlier|then|again|separately|further|once|would|will|"
    r"has since|had also|has also|since|never|not|(?-i:[a-z]+ly))\s+)*"
)

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
_ROLE = (
    r"spokes(?:wo)?man|spokesmen|spokeswomen|spokesperson|spokespeople|representative|official|officials|"
    r"source|sources|person|people|analyst|analysts|insider|insiders|expert|experts|executive|executives|"
    r"aide|aides|diplomat|diplomats|investigator|investigators|lawyer|lawyers|attorney|observer|observers|"
    r"economist|economists|witness|witnesses|researcher|researchers|employee|employees|staffer|staffers|"
    r"member|members|adviser|advisers|advisor|advisors"
)
_QUALIFIER = (
    r"(?:\s+(?:familiar with|close to|briefed on|with (?:direct )?knowledge of|involved in|"
    r"knowledgeable about|aware of|with|at|for|from|of|in)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[A-Z][\w&.'’-]*|[a-z][\w-]*)(?:\s+(?:[A-Z][\w&.'’-]*|matter|matters|talks|plans?|deal|decision|"
    r"situation|discussions?|negotiations?|investigation|case|company|process|thinking))?)?"
)
DESCRIPTION = re.compile(
    r"\b(?:(?:an?|the|one|two|three|four|several|some|many|other|both|senior|two other|"
    r"[A-Z][\w&.'’-]*(?:'s|’s)?)\s+)?(?:(?:[a-z]+|[A-Z][\w&.'’-]*)\s+){0,3}?"
    rf"(?:{_ROLE}){_QUALIFIER}\b"
)
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
_SPEAKER_AFTER = re.compile(rf"^[\s,—–-]*(?P<who>[^,.;:!?\"“”]{{1,80}}?)\s+{_AUX}(?P<verb>{SPEECH_VERBS})\b")
_ACCORDING = re.compile(r"\baccording to\s+(?P<who>[^,.;:!?\"“”]{1,80})")
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

    def quoted(self, block: str) -> list[tuple[int, int]]:
        """Quoted runs of a prose block (paired once, on first use)."""
        if block not in self._quoted:
            b = self.article.block(block) if block in self.article._index else None
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

    def before(self, block: str, pos: int, types: tuple[str, ...], *, outlet: bool = False) -> Entity | None:
        """The nearest entity of one of `types` mentioned before `pos` (this block, then earlier ones)."""
        idx = self.article.block_index(block) if block in self.article._index else 0
        for bi in range(idx, max(-1, idx - 12), -1):
            bid = self.article.blocks[bi].id
            lst = self._mentions.get(bid, [])
            for s, _e, eid in reversed(lst):
                if bid == block and s >= pos:
                    continue
                if any(qs <= s < qe for qs, qe in self.quoted(bid)):
                    continue
                ent = self.by_id[eid]
                if ent.type not in types:
                    continue
                if outlet and not OUTLET_CUES.search(" ".join((ent.name, *ent.aliases))):
                    continue
                return ent
        return None


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
    ent = index.at(block, max(pstart, pend - 3), pend)
    if ent is not None and _long_lead(p, ent, index, block, pstart):
        ent = None  # "a budget paper seen by the Ledger": the name sits inside a description
    if ent is not None:
        # works, events and products ("MISC") do not speak
        return Speaker(ent.name, ent.id, True, pstart, pend) if ent.type != "MISC" else None
    if low in PRONOUNS:
        want = PRONOUNS[low]
        types = ("PERSON",) if want == "PERSON" else ("ORG",) if want == "ORG" else ("PERSON", "ORG")
        ent = index.before(block, pstart, types)
        # an unresolved pronoun still marks an attribution; callers drop its name
        return Speaker(ent.name, ent.id, True, pstart, pend) if ent else Speaker(p, None, False, pstart, pend)
    m = re.fullmatch(rf"the\s+(?:(?P<org>{_ORG_NOUNS})|(?P<outlet>{_OUTLET_NOUNS}))", low)
    if m:
        ent = index.before(block, pstart, ("ORG",), outlet=bool(m.group("outlet")))
        if ent is not None:
            return Speaker(ent.name, ent.id, True, pstart, pend)
        return Speaker(p, None, False, pstart, pend)
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


_NOT_NAMES_WORDS = """
the a an this that these those it its there here some many most all both each if when while after
before since but and or so yet who what where why how
"""
_NOT_NAMES = frozenset(_NOT_NAMES_WORDS.split())


_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|says|said|has|have|had|will|would|can|could|did|does)\b")


def _anonymous(p: str) -> str | None:
    """The phrase itself when it describes an unnamed source, "" when it has a role but is no source,
    None when it has no source role at all."""
    m = _ANON_ROLE.search(p)
    if m is None:
        return None
    if m.group()[0].isupper() and m.start() > 0:
        return None  # part of a proper name: "the Scottish Executive"
    if _FINITE.search(p):
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


def speaker_after(index: EntityIndex, block: str, text: str, pos: int) -> Speaker | None:
    """Speaker in the attribution right after a quote ends at `pos`: '..., X said' or '..., said X'."""
    tail = text[pos : pos + 160]
    m = re.match(rf"^[\s,—–-]*{_AUX}(?:{SPEECH_VERBS})\b", tail)
    if m:
        return subject_after(index, block, text, pos + m.end()) or _described(tail[m.end() :], pos + m.end())
    m = re.match(r"^[\s,—–-]*according to\s+(?P<who>[^,.;:!?\"“”]{1,80})", tail)
    if m:
        return resolve(index, block, pos + m.start("who"), m.group("who"))
    m = _SPEAKER_AFTER.match(tail)
    if m and len(m.group("who").split()) <= 6 and not _NOT_SUBJECT.search(m.group("who")):
        sp = resolve(index, block, pos + m.start("who"), m.group("who"))
        return sp or _described(m.group("who"), pos + m.start("who"))
    return None


_DESCRIBED = re.compile(r"\s*((?:the|a|an|one|two|some|several|many)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\s*$")


def _described(phrase: str, start: int) -> Speaker | None:
    """An unnamed speaker described in a quote's tag: '"...," said the artists'."""
    who = re.split(r"[,.;:!?]|\s(?:in|on|at|to|about|from|who|that|after|before|during|when|while)\s", phrase)[0]
    m = _DESCRIBED.fullmatch(who)
    if m is None or _FINITE.search(m.group(1)):
        return None
    return Speaker(m.group(1), None, False, start + m.start(1), start + m.end(1))


_NOT_SUBJECT = re.compile(
    r"\b(?:that|which|whom?|adding|saying|noting|and|but|while|as|because|if|when|\w+ing)\b", re.IGNORECASE
)


def subject_before(index: EntityIndex, block: str, text: str, lo: int, verb: int) -> Speaker | None:
    """The subject right before a speech verb at `verb`: "X said", "X, the firm's chief, said"."""
    lo = max(lo, verb - 300)  # a subject is never far from its verb; keeps run-on text linear
    head = re.sub(rf"\s+{_AUX}$", "", text[lo:verb] + " ").rstrip()
    chunks = re.split(r"(?:[,;:(—–]|\s-\s)\s*", head)
    last = chunks[-1] if chunks else ""
    base = lo + len(head) - len(last)  # where `last` starts in text
    m = re.search(r"(?:^|\b(?:and|but|while|as|when|because|which|who)\s+)([^,;:()—–]{1,80})$", last)
    if m:
        sp = resolve(index, block, base + m.start(1), m.group(1))
        if sp is not None:
            return sp
    words = last.split()
    if len(words) > 1 and words[-1].lower() in ("and", "but"):
        # elided subject: "A spokeswoman declined to comment but said ..."
        for n in range(min(6, len(words) - 1), 0, -1):
            phrase = " ".join(words[:n])
            sp = resolve(index, block, base, phrase)
            if sp is not None:
                return sp
        return None
    if len(chunks) >= 3 and not last.strip():
        # "The firm's chief, Sam Altman, said" names the speaker in the last chunk; in
        # "Sam Altman, the chief executive, said" (or "Sam Altman, 40, said") the chunk
        # is an apposition and the name comes before it.
        appos = chunks[-2].strip()
        order = [-2] if appos[:1].isupper() and not re.match(r"(?:The|A|An)\b", appos) else [-3, -2]
        for k in order:
            if len(chunks) < -k:
                continue
            cand = chunks[k]
            pos = _chunk_start(head, chunks, k)
            sp = resolve(index, block, lo + pos, cand)
            if sp is not None and (sp.named or k == -2):
                return sp
    return None


def _chunk_start(head: str, chunks: list[str], k: int) -> int:
    """Offset in `head` of chunks[k] (chunks come from splitting `head`, so search from the right)."""
    pos = len(head)
    for c in reversed(chunks[k:]):
        pos = head.rfind(c, 0, pos) if c else pos
    return max(0, pos)


def subject_after(index: EntityIndex, block: str, text: str, verb_end: int, end: int | None = None) -> Speaker | None:
    """The subject right after a speech verb: '"...," said Jane Doe, the mayor' or 'said its chief, Jane Doe'.

    `end` bounds the search (the sentence end, or a quote's opening mark).
    """
    stop = verb_end + 160 if end is None else min(end, verb_end + 160)
    tail = text[verb_end:stop]
    m = re.match(r"^\s+(?P<who>[^,.;:!?\"“”()]{1,80})", tail)
    if not m:
        return None
    who = re.split(r"\s+(?:in|on|at|during|when|after|before|to|about|from|while|who|that|adding)\s", m.group("who"))[0]
    sp = resolve(index, block, verb_end + m.start("who"), who)
    if (sp is None and _ROLE_WORD.search(who)) or (
        sp is not None and sp.entity is None and (not sp.named or _ROLE_WORD.search(who))
    ):
        # a description followed by the name in apposition: "said the port's chief, Jane Doe"
        rest = tail[m.end("who") :]
        n = re.match(r"^,\s+(?P<name>[^,.;:!?\"“”()]{2,60})", rest)
        if n:
            named = resolve(index, block, verb_end + m.end("who") + n.start("name"), n.group("name"))
            if named is not None and named.named:
                return named
    if sp is None or sp.name.lower() in PRONOUNS:
        return None
    return sp


_ROLE_WORD = re.compile(
    r"\b(?:chairman|chairwoman|chair|chief|director|president|minister|secretary|governor|mayor|manager|coach|"
    r"head|leader|boss|founder|owner|professor|judge|captain|commissioner|lawyer|spokes\w+)\b",
    re.IGNORECASE,
)


def speaker_before(index: EntityIndex, block: str, text: str, lo: int, pos: int) -> Speaker | None:
    """Speaker named before a quote opening at `pos`, within text[lo:pos]: 'X said: "...' or 'X said its "..."'."""
    lo = max(lo, pos - 400)
    window = text[lo:pos]
    for vm in reversed(list(_VERB_RE.finditer(window))):
        sp = subject_before(index, block, text, lo, lo + vm.start())
        if sp is None:
            sp = subject_after(index, block, text, lo + vm.end(), pos)
        if sp is not None:
            return sp
    last = None
    for last in _ACCORDING.finditer(window):  # noqa: B007 - the last match is wanted
        pass
    if last:
        return resolve(index, block, lo + last.start("who"), last.group("who"))
    return None


_TAG_AT_END = re.compile(
    rf",\s*(?:(?P<who>[^,.;:!?\"“”]{{1,60}}?)\s+{_AUX}(?:{SPEECH_VERBS})|(?:{SPEECH_VERBS})\s+(?P<who2>[^,.;:!?\"“”]{{1,60}}?))"
    r"(?:\s+(?:on|in|at|last|this|earlier)\s+[\w ]{1,30})?\s*[.!?]?[\"”’)]*\s*$"
)


def speaker_at_end(index: EntityIndex, block: str, text: str, pos: int, end: int) -> Speaker | None:
    """Speaker in a tag that closes the sentence after `pos`: '..., the source said.'"""
    m = _TAG_AT_END.search(text, pos, end)
    if m is None:
        return None
    key = "who" if m.group("who") else "who2"
    sp = resolve(index, block, m.start(key), m.group(key))
    return None if sp is None or (sp.entity is None and sp.name.lower() in PRONOUNS) else sp


def is_description(name: str) -> bool:
    """True for an unnamed speaker ("a company spokeswoman", "Officials"), false for a name."""
    return bool(_anonymous(name))


def find_speech(text: str) -> list[re.Match[str]]:
    """Every speech verb in `text` (for sources)."""
    return list(_VERB_RE.finditer(text))
