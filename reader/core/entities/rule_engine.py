"""The built-in engine: reads every block, then settles what one block alone could not.

A surname used alone is the person named in full elsewhere; a word typed once
by strong evidence keeps that type everywhere; an all-caps headline or a
headline-case title is read only for names the body (or the gazetteer) already
knows, since its capitals say nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.core.entities.candidate import Candidate
from reader.core.entities.cues import FIRM_SUFFIX, PLACE_PREV, PLACE_PREV_STRICT, place_frame, work_frame
from reader.core.entities.dateline import is_dateline, prose_dateline
from reader.core.entities.engine import BlockMode, RawMention
from reader.core.entities.gazetteer import Gazetteer, load
from reader.core.entities.rules import Rules
from reader.core.entities.tokens import Token, caps_ratio, is_upper_word, tokenize, words
from reader.core.model import EntityType

# A sports report (headline "CRICKET - ...") names its teams after places: "Leicestershire beat Somerset".
_SPORTS = words(
    "SOCCER FOOTBALL CRICKET BASEBALL BASKETBALL TENNIS GOLF RUGBY HOCKEY ATHLETICS CYCLING BOXING ROWING SQUASH "
    "NFL NBA NHL NCAA SKIING SAILING MOTORCYCLING MOTOR-RACING VOLLEYBALL HANDBALL"
)
_SAID = words("said says told added announced reported declined denied")


def _headline_case(toks: list[Token]) -> bool:
    """Every content word capitalised, no figures: capitals here carry no information."""
    if any(t.text[:1].isdigit() for t in toks):
        return False
    content = [t.text for t in toks if t.text[:1].isalpha() and len(t.text) > 3]
    return all(w[:1].isupper() for w in content)


def _name_after(c: Candidate) -> bool:
    """What follows a sentence-initial word shows it is a name: "Acme's", "Acme said", "Acme, the maker"."""
    if c.next in ("'", "\u2019") and c.next2 == "s" or c.next in _SAID:
        return True
    if c.text.endswith("ly"):
        return False  # "Separately, the bank said": an adverb, not "Acme, the maker"
    return c.next == "," and c.next2 in ("the", "a", "an", "which", "who", "whose")


def _common_only(c: Candidate, lower: set[str]) -> bool:
    """A weakly typed run made only of words the document also writes in lower case."""
    return (
        not c.strong
        and c.type != "MISC"
        and all(w.lower() in lower or w[-1:] == "s" and w[:-1].lower() in lower for w in c.text.split())
    )


@dataclass(slots=True)
class _Facts:
    """What the whole document says about names, gathered before any candidate is typed."""

    datelines: set[str]
    lower: set[str]
    """Words the document also writes in lower case."""
    known: dict[str, EntityType] = field(default_factory=dict)
    surname: dict[str, EntityType] = field(default_factory=dict)
    strong_people: set[str] = field(default_factory=set)
    orgs_by_last: set[str] = field(default_factory=set)
    orgs_by_first: set[str] = field(default_factory=set)
    capital_mid: Counter[str] = field(default_factory=Counter)
    place_cue: Counter[str] = field(default_factory=Counter)
    seen: Counter[str] = field(default_factory=Counter)
    numbered: Counter[str] = field(default_factory=Counter)
    """How often a name is followed by a figure: "Route 9" every time is a label, not a name."""
    sports: bool = False


_OPEN_QUOTES = frozenset("\"'\u201c\u2018")
_CLOSE_QUOTES = frozenset("\"'\u201d\u2019")
_ADJECTIVE_ENDINGS = ("ican", "ional", "itan", "ical", "ary", "istic", "ative")
"""Endings of adjectives that open an organisation's name and no person's ("National", "Metropolitan")."""
_LIST_GAP = re.compile(r"^(?:,\s*|\s+(?:and|or)\s+|,\s*(?:and|or)\s+)$")


def _coordinate(cs: list[Candidate], text: str) -> None:
    """An unknown word listed with known places is one of them: "Blackpool, Bournemouth and Brighton"."""
    for k, c in enumerate(cs):
        if c.type is not None or not c.single:
            continue
        if c.sentence_start:
            continue  # "Overseas, London's index ...": an opening word, not a list
        for other in (cs[k - 1] if k else None, cs[k + 1] if k + 1 < len(cs) else None):
            if other is None or not other.strong or other.type != "PLACE":
                continue
            a, b = (other, c) if other.start < c.start else (c, other)
            if _LIST_GAP.match(text[a.end : b.start]):
                c.type = other.type
                break


class RuleEngine:
    """Rules and gazetteers; no model, no downloads. The default engine."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or load()
        self.rules = Rules(self.gaz)

    def mentions(self, text: str) -> list[RawMention]:
        """The names in one stand-alone piece of prose."""
        return self.document([(text, "body")])[0]

    def document(self, blocks: Sequence[tuple[str, BlockMode]]) -> list[list[RawMention]]:
        """The names of every block, typed with the whole document in view."""
        cands: list[list[Candidate]] = []
        shouted: list[bool] = []
        token_cache: list[list[Token]] = []
        modes: list[BlockMode] = []
        datelines: set[str] = set()
        for text, mode in blocks:
            toks = tokenize(text)
            if mode == "heading" and not _headline_case(toks):
                mode = "body"  # a sentence or a table row the structure parser took for a heading
            modes.append(mode)
            token_cache.append(toks)
            loud = (
                mode == "heading"
                or (caps_ratio(toks) > 0.6 and sum(t.text.isalpha() for t in toks) >= 2)
                or is_dateline(toks) > 0
            )
            places, story = prose_dateline(toks) if mode == "body" else (0, 0)
            if (
                places
                and self.gaz.phrases_lower.get(" ".join(t.text for t in toks[:places]).lower(), "PLACE") != "PLACE"
            ):
                places = 0  # "NATO — the alliance — said": a known organisation, not a dateline
            if places and sum(t.text[:1].isalpha() for t in toks[story:]) >= 3 and caps_ratio(toks[story:]) <= 0.6:
                loud = False  # "WARSAW, June 3 (Reuters) - Varta Bank said ...": the place, then prose
                cs = [self._dateline_place(text, toks, places)]
                datelines.add(cs[0].text.lower())
                cs += self.rules.block(text, toks, skip=places, story=story)
            else:
                cs = [] if loud else self.rules.block(text, toks)
            _coordinate(cs, text)
            shouted.append(loud)
            cands.append(cs)
        sports = any(text.split(" ", 1)[0].upper() in _SPORTS for text, _m in blocks[:3])
        if sports:
            self._teams(cands)
        lower = {t.text for toks in token_cache for t in toks if t.text[:1].islower()}
        types = self._settle(cands, lower, datelines, sports)
        lower_types = {k.lower(): v for k, v in types.items()}
        out: list[list[RawMention]] = []
        for mode, toks, loud, cs in zip(modes, token_cache, shouted, cands, strict=True):
            if loud:
                out.append(self._known_only(toks, types, lower_types, mode == "heading"))
            else:
                out.append([RawMention(c.start, c.end, c.type) for c in cs if c.type is not None])
        return out

    def _dateline_place(self, text: str, toks: list[Token], n: int) -> Candidate:
        """The place of a prose dateline; a leading "THE" stays only in a name that has it ("THE HAGUE")."""
        a = 0
        whole = " ".join(t.text for t in toks[:n]).lower()
        if n > 1 and toks[0].text == "THE" and whole not in self.gaz.phrases_lower:
            a = 1
        start, end = toks[a].start, toks[n - 1].end
        nxt = toks[n].text.lower() if n < len(toks) else ""
        return Candidate(start, end, text[start:end], "PLACE", True, n - a == 1, False, False, "", nxt)

    # -- the document pass --------------------------------------------------------------------

    def _teams(self, cands: list[list[Candidate]]) -> None:
        """In a sports report a place that is never a venue ("in", "at" ...) names a team: ORG.

        Countries stay places: national sides are written as their country.
        """
        teams: set[str] = set()
        venues: set[str] = set()
        for cs in cands:
            for c in cs:
                if c.type != "PLACE" or c.text in self.gaz.countries:
                    continue
                if c.prev in PLACE_PREV:
                    venues.add(c.text)
                    continue
                teams.add(c.text)
        teams -= venues
        for cs in cands:
            for c in cs:
                if c.text in teams and c.prev not in PLACE_PREV:
                    c.type = "ORG"

    def _settle(
        self, cands: list[list[Candidate]], lower: set[str], datelines: set[str], sports: bool
    ) -> dict[str, EntityType]:
        """Give every open candidate a type (or drop it); returns the document's known names.

        `lower` holds the words the document also writes in lower case: a capitalised one of
        those with no other evidence is a common word at a sentence start or in a label.
        `datelines` holds the dateline places, case-folded: "Millbrook" after "MILLBROOK —" is that place.
        """
        f = _Facts(datelines=datelines, lower=lower, sports=sports)
        votes: dict[str, Counter[EntityType]] = {}
        given_seen: Counter[str] = Counter()
        for cs in cands:
            for c in cs:
                f.seen[c.text] += 1
                if c.next[:1].isdigit():
                    f.numbered[c.text] += 1
                if not c.sentence_start:
                    f.capital_mid[c.text] += 1
                if c.prev in PLACE_PREV:
                    f.place_cue[c.text] += 1
                if not c.strong and work_frame(c.prev2, c.prev):
                    votes.setdefault(c.text, Counter())["MISC"] += 3  # every later mention of the title too
                    continue
                if c.type is None or not c.strong and c.single:
                    continue
                votes.setdefault(c.text, Counter())[c.type] += 2 if c.strong else 1
                parts = c.text.split()
                if (
                    c.type == "PERSON"
                    and len(parts) >= 2
                    and (c.strong or parts[-1] not in self.gaz.phrases and self._unproven_person(c, f) == "PERSON")
                ):
                    f.surname[parts[-1]] = "PERSON"
                    if parts[0] not in self.gaz.phrases and parts[0] not in self.gaz.titles:
                        given_seen[parts[0]] += 1
                    if c.strong:
                        f.strong_people.add(parts[-1])
                elif c.type == "ORG" and len(parts) >= 2:
                    f.orgs_by_last.add(parts[-1])
                    if c.strong and parts[-1] in FIRM_SUFFIX and self._own_word(parts[0]):
                        f.orgs_by_first.add(parts[0])  # "Kestrel" after "Kestrel Capital"
                    initials = "".join(p[0] for p in parts if p[:1].isupper())
                    if len(initials) >= 2:
                        votes.setdefault(initials, Counter())["ORG"] += 1
        for name in given_seen:
            f.surname.setdefault(name, "PERSON")  # "Jansher" after "Jansher Khan": a first name used alone
        f.known = {k: v.most_common(1)[0][0] for k, v in votes.items()}
        known = f.known
        for cs in cands:
            keep: list[Candidate] = []
            for c in cs:
                if _common_only(c, lower) and c.text not in known and c.text not in f.surname:
                    continue
                typ = self._decide(c, f)
                if typ is None:
                    continue
                c.type = typ
                keep.append(c)
            cs[:] = keep
        for cs in cands:
            for c in cs:
                if c.type is not None:
                    known.setdefault(c.text, c.type)
        for name in f.surname:
            known.setdefault(name, "PERSON")  # "HARRISON" in a headline is the Harrison of the story
        return known

    def _own_word(self, word: str) -> bool:
        """A word that names nothing by itself elsewhere: not a place, a given name or a common word."""
        g = self.gaz
        return word not in g.phrases and word not in g.given and word.lower() not in g.common and word not in g.titles

    def _decide(self, c: Candidate, f: _Facts) -> EntityType | None:
        if c.suffix_ref:
            if c.text in f.surname:
                return f.surname[c.text]
            return "ORG" if c.text in f.orgs_by_last and c.text in self.gaz.org_suffix else None
        if (
            c.single
            and c.text in f.surname
            and (not c.strong or c.type == "PERSON" or c.text in f.strong_people and c.type == "PLACE")
        ):
            return f.surname[c.text]
        if c.type is not None and c.strong:
            return f.known.get(c.text, c.type) if not c.single else c.type
        if work_frame(c.prev2, c.prev):
            return "MISC"  # "the musical Spend Spend Spend": a title, whatever its words
        if c.single and c.text in f.orgs_by_first:
            return "ORG"
        if c.text.lower() in f.datelines or place_frame(c.prev2, c.prev, c.next):
            return "PLACE"  # "Millbrook" after "MILLBROOK —"; "the village of Ourem Velho"
        if c.type == "PERSON" and not c.single and f.known.get(c.text) == "PERSON":
            return self._unproven_person(c, f)
        if c.text in f.known:
            return f.known[c.text]
        if c.type is not None:
            return c.type
        # an unknown single capitalised word
        if c.next == ":":
            return None  # a label ("Attendance: 12,000")
        if c.sentence_start and f.capital_mid[c.text] == 0 and not c.table and not _name_after(c):
            return None
        if c.table:
            return "ORG"
        if not f.sports and f.numbered[c.text] == f.seen[c.text]:
            return None  # "Route 9", "Section 3": a word always followed by a number labels it
        if f.place_cue[c.text]:
            return "PLACE"  # "in Arbil" once is enough for every "Arbil" of the document
        if c.text in self.gaz.given or c.text in self.gaz.surnames:
            return "PERSON"
        return "ORG"

    def _unproven_person(self, c: Candidate, f: _Facts) -> EntityType:
        """A run of two or three capitalised words typed a person only for want of other evidence.

        With a known given name or surname it stays a person. After a place preposition it is a
        place ("in Ourem Velho"); ending in an everyday word ("General Election", "Wonderful Life")
        it is the title of a work, an event or a law: MISC.
        """
        parts = c.text.split()
        gaz = self.gaz
        if parts[0] in gaz.given or parts[-1] in gaz.surnames and parts[0].lower() not in gaz.common:
            return "PERSON"  # not "City Hall": a common word before a surname-like one
        if c.prev in PLACE_PREV_STRICT or parts[0] in ("St", "St.", "Saint"):
            return "PLACE"
        if c.prev in _OPEN_QUOTES and (c.next in _CLOSE_QUOTES or c.next == "," and c.next2 in _CLOSE_QUOTES):
            return "MISC"  # the "Perfect Illusion" singer: a quoted title, not a person
        last, first = parts[-1].lower(), parts[0].lower()
        if first.endswith(_ADJECTIVE_ENDINGS):
            return "ORG"  # "Republican Conference", "Metropolitan Books": an adjective opens a body's name
        if last in f.lower or last in gaz.common or first in gaz.common and len(first) > 4:
            return "MISC"  # a surname is seldom an everyday word; a first name may be ("Will Carling")
        return "PERSON"

    def _known_only(
        self, toks: list[Token], known: dict[str, EntityType], lower_known: dict[str, EntityType], heading: bool
    ) -> list[RawMention]:
        """Names in a shouted or headline-case block: only those known from the body or the gazetteer."""
        out: list[RawMention] = []
        gaz_lower = self.gaz.phrases_lower
        n = len(toks)
        lead = is_dateline(toks) if not heading else 0
        i = 0
        while i < n:
            if not toks[i].text[:1].isupper():
                i += 1
                continue
            hit = 0
            typ: EntityType | None = None
            for m in range(min(self.gaz.max_words, n - i), 0, -1):
                if not all(t.text[:1].isupper() or t.text in ("of", "OF", "&") for t in toks[i : i + m]):
                    continue
                key = " ".join(t.text for t in toks[i : i + m])
                low = key.lower()
                if key in known:
                    typ = known[key]
                elif low in lower_known:
                    typ = lower_known[low]
                elif key in self.gaz.phrases or low in gaz_lower and (is_upper_word(key) or m > 1):
                    typ = self.gaz.phrases.get(key) or gaz_lower[low]
                    if m == 1 and low in self.gaz.common and not is_upper_word(key):
                        typ = None
                if typ is not None:
                    hit = m
                    break
            if i < lead:
                typ, hit = "PLACE", lead - i  # a dateline names a place, even where the body names a team
            if typ is not None and i + hit < n and toks[i + hit].text.title() in self.gaz.event_suffix:
                typ, hit = "MISC", hit + 1  # "U.S. OPEN": an event named after a place
            if typ is not None and typ != "MISC":
                out.append(RawMention(toks[i].start, toks[i + hit - 1].end, typ))
            i += max(hit, 1)
        return out
