"""The grammatical gender of the people an article names, so "he" and "she" find the right one.

A pronoun resolved to the nearest person regardless of gender sends a
woman's words to the man named just before her. Evidence, strongest first:
an honorific ("Mrs Lee", "Sir Tom"), a gendered role noun in apposition
("the actress Jane Roe", "Roe, a spokeswoman"), the first name (US Census
1990 names that are almost always one sex; "Taylor" or "Jordan" stay
unknown), and failing those the subject pronouns (two or more) the article
uses right after the person is named. A person with no evidence, or with evidence both ways, is
unknown and stays eligible for both pronouns.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from typing import Literal

from reader.core.model import Article, BlockKind, Entity
from reader.core.quotes.marks import BODY_KINDS, quoted_spans

Gender = Literal["M", "F"]

PRONOUN_GENDER: dict[str, Gender] = {"he": "M", "him": "M", "his": "M", "she": "F", "her": "F", "hers": "F"}

_HONORIFIC: dict[str, Gender] = {
    "mr": "M", "mister": "M", "sir": "M", "lord": "M", "king": "M", "prince": "M", "duke": "M", "baron": "M",
    "mrs": "F", "ms": "F", "miss": "F", "madam": "F", "dame": "F", "lady": "F", "queen": "F", "princess": "F",
    "duchess": "F", "baroness": "F",
}  # fmt: skip

_ROLE_M = (
    "actor|spokesman|chairman|businessman|congressman|councilman|policeman|sportsman|frontman|husband|"
    "boyfriend|father|son|brother|uncle|nephew|grandfather|grandson|widower|king|prince|duke|man|boy|"
    "gentleman|monk|priest|stepfather|dad"
)
_ROLE_F = (
    "actress|spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman|policewoman|sportswoman|"
    "frontwoman|wife|girlfriend|mother|daughter|sister|aunt|niece|grandmother|granddaughter|widow|queen|"
    "princess|duchess|woman|girl|lady|heiress|waitress|hostess|nun|stepmother|mum|mom|songstress|"
    "comedienne|ballerina|empress"
)
ROLE_GENDER = re.compile(rf"\b(?:(?P<m>{_ROLE_M})|(?P<f>{_ROLE_F}))\b", re.IGNORECASE)
"""A gendered role noun; the named group (m or f) says which."""

_M: Gender = "M"
_F: Gender = "F"
_ROLE_WORDS: dict[str, Gender] = {
    **dict.fromkeys(_ROLE_M.split("|"), _M),
    **dict.fromkeys(_ROLE_F.split("|"), _F),
}
_ROLE_AFTER = re.compile(
    r",\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?!(?:of|whose|who|and|with|to|for|by)\b)[\w'’-]+\s+){0,4}?"
    rf"(?:(?P<m>{_ROLE_M})|(?P<f>{_ROLE_F}))\b"
)
# subject pronouns only: a possessive "her" after a man's name is as often about someone else
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_COORDINATED = re.compile(r"(?:\s(?:and|or|&)\s*$)|(?:^\s(?:and|or|&)\s)")


@cache
def given_name_genders() -> dict[str, Gender]:
    """First names that are (nearly) always one sex, from the bundled Census table (loaded once)."""
    text = files("reader.core.data").joinpath("given_names_gender.tsv").read_text(encoding="utf-8")
    out: dict[str, Gender] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _tab, g = line.partition("\t")
            if g in ("M", "F"):
                out[name] = "M" if g == "M" else "F"
    return out


def _word_before(text: str, start: int) -> str:
    """The word right before a mention (lower case, dots dropped), "" when none touches it."""
    before = text[max(0, start - 20) : start]
    if not before[-1:].isspace():
        return ""
    parts = before.split()
    return parts[-1].rstrip(".").lower() if parts else ""


def _role(m: re.Match[str] | None) -> Gender | None:
    if m is None:
        return None
    return "M" if m.group("m") else "F"


def name_gender(name: str) -> Gender | None:
    """Gender from a name alone: a leading honorific, else a first name that is almost always one sex."""
    words = name.replace(".", " ").split()
    if not words:
        return None
    hon = _HONORIFIC.get(words[0].lower())
    if hon is not None:
        return hon
    return given_name_genders().get(words[0]) if len(words) >= 2 else None


def _vote(c: Counter[Gender]) -> Gender | None:
    """The clear winner of a tally (three to one or better), else None."""
    m, f = c["M"], c["F"]
    if m and m >= 3 * f:
        return "M"
    if f and f >= 3 * m:
        return "F"
    return None


class PersonGenders:
    """Entity id -> gender for the people an article names, worked out on demand.

    Names, honorifics and role nouns are read for everyone at once (cheap); the
    pronoun chains, the costly part, only when a person with none of those is
    first asked about. `quoted` gives a block's quoted runs when the caller has
    them cached.
    """

    def __init__(self, article: Article, quoted: Callable[[str], list[tuple[int, int]]] | None = None) -> None:
        self._texts = {b.id: b.text for b in article.blocks}
        self._kinds = {b.id: b.kind for b in article.blocks}
        self._people = [e for e in article.entities if e.type == "PERSON"]
        self._quoted = quoted or (lambda b: quoted_spans(self._texts[b]))
        self._strong = {e.id: self._firm_evidence(e) for e in self._people}
        self._chains: dict[str, Counter[Gender]] | None = None

    def _firm_evidence(self, e: Entity) -> Counter[Gender]:
        votes: Counter[Gender] = Counter()
        for n in (e.name, *e.aliases):
            g = name_gender(n)
            if g is not None:
                votes[g] += 2
        for mn in e.mentions:
            text = self._texts.get(mn.block, "")
            word = _word_before(text, mn.start)
            if word in _HONORIFIC:
                votes[_HONORIFIC[word]] += 2  # "Mrs Lee"
            elif word in _ROLE_WORDS:
                votes[_ROLE_WORDS[word]] += 1  # "actress Jane Roe"
            g = _role(_ROLE_AFTER.match(text, mn.end, mn.end + 60))
            if g is not None:
                votes[g] += 1  # "Jane Roe, the actress"
        return votes

    def get(self, entity: str) -> Gender | None:
        """The person's gender, or None when unknown (or not a person)."""
        strong = self._strong.get(entity)
        if strong is None:
            return None
        if strong:
            return _vote(strong)
        if self._chains is None:
            weak = {eid for eid, c in self._strong.items() if not c}  # chains only where nothing firmer is known
            self._chains = _pronoun_chains(self._people, weak, self._texts, self._kinds, self._quoted)
        chain = self._chains.get(entity, Counter())
        return _vote(chain) if chain.total() >= 2 else None


def person_genders(article: Article, quoted: Callable[[str], list[tuple[int, int]]] | None = None) -> dict[str, Gender]:
    """Entity id -> gender for every PERSON the article gives evidence for (unknown ones left out)."""
    genders = PersonGenders(article, quoted)
    out: dict[str, Gender] = {}
    for e in article.entities:
        g = genders.get(e.id)
        if g is not None:
            out[e.id] = g
    return out


def _pronoun_chains(
    people: list[Entity],
    wanted: set[str],
    texts: dict[str, str],
    kinds: dict[str, BlockKind],
    quoted_of: Callable[[str], list[tuple[int, int]]],
) -> dict[str, Counter[Gender]]:
    """He/she (outside quotes) between a `wanted` person's mention and the next person's, in one block.

    A mention joined to another name ("Roe and Doe") is skipped: a pronoun after it may mean either.
    """
    by_block: dict[str, list[tuple[int, int, str]]] = {}
    for e in people:
        for mn in e.mentions:
            by_block.setdefault(mn.block, []).append((mn.start, mn.end, e.id))
    out: dict[str, Counter[Gender]] = {}
    for block, lst in by_block.items():
        if kinds.get(block) not in BODY_KINDS:
            continue
        lst.sort()
        text = texts[block]
        quoted: list[tuple[int, int]] | None = None
        for k, (start, end, eid) in enumerate(lst):
            stop = lst[k + 1][0] if k + 1 < len(lst) else len(text)
            if eid not in wanted or (k + 1 < len(lst) and lst[k + 1][2] == eid):
                continue  # the same person again: the next stretch counts once
            if _COORDINATED.search(text[max(0, start - 5) : start]) or _COORDINATED.match(text[end : end + 5]):
                continue
            for pm in _PRONOUN.finditer(text, end, stop):
                quoted = quoted_of(block) if quoted is None else quoted
                if any(qs <= pm.start() < qe for qs, qe in quoted):
                    continue
                out.setdefault(eid, Counter())[PRONOUN_GENDER[pm.group().lower()]] += 1
    return out
