"""Described speakers: "the actress", "the 35-year-old", "the former minister" as a named person.

News writing names a person once and then describes them: '"...," the
Oscar-winning actress said'. Such a description is linked to a person only
on firm ground, since a wrong link is worse than none: the description must
be definite ("the", not "a") with a person role noun as its head, the person
must be of fitting gender, and either the article already put that role next
to the name ("Jane Roe, the actress," / "actress Jane Roe" / "Jane Roe, 35,")
or the person is the article's main subject, the nearest person named, and
the only one named in this paragraph and the one before.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from reader.core.model import Article
from reader.core.quotes.gender import ROLE_GENDER, Gender

_ROLE_NOUNS = (
    "actress|actor|singer|star|superstar|minister|president|senator|player|striker|midfielder|defender|"
    "goalkeeper|keeper|manager|coach|boss|chief|executive|founder|director|chairman|chairwoman|rapper|"
    "musician|writer|author|novelist|poet|artist|model|presenter|host|comedian|comedienne|politician|leader|"
    "veteran|champion|winner|mayor|governor|premier|chancellor|secretary|MP|campaigner|businessman|"
    "businesswoman|entrepreneur|billionaire|tycoon|designer|producer|film-?maker|athlete|runner|captain|"
    "frontman|frontwoman|songwriter|judge|prosecutor|lawyer|spokesman|spokeswoman|spokesperson|economist|"
    "professor|scientist|researcher|doctor|surgeon|chef|journalist|broadcaster|filmmaker|diplomat|"
    "ambassador|envoy|general|commander|officer|boxer|golfer|cyclist|swimmer|tennis player|guitarist|drummer|"
    "dancer|investor|banker|analyst|official|teenager|pensioner|mother|father|wife|husband|widow|king|queen|"
    "prince|princess|duke|duchess|pope|archbishop|bishop|priest|activist|candidate|nominee|incumbent|owner"
)
_AGE = r"\d{1,3}-year-old"
_DESCRIPTION = re.compile(
    rf"the\s+(?P<mods>(?:[\w'’.&-]+\s+){{0,5}}?)(?P<head>{_AGE}|(?:{_ROLE_NOUNS}))", re.IGNORECASE
)
# heads that also name anonymous sources: linked only when the article put the role next to the name
_ANONYMOUS_HEADS = re.compile(r"spokes\w+|official|analyst|lawyer|researcher|economist|investor|banker", re.I)


@dataclass(frozen=True, slots=True)
class Description:
    """A definite description of one person: its head noun and the gender the head implies."""

    head: str
    gender: Gender | None
    age: str | None

    @property
    def needs_apposition(self) -> bool:
        """True when the head is also how anonymous sources are described ("the spokeswoman")."""
        return bool(_ANONYMOUS_HEADS.fullmatch(self.head))


def parse_description(phrase: str) -> Description | None:
    """The description in a speaker phrase ("the Oscar-winning actress"), or None for anything else."""
    m = _DESCRIPTION.fullmatch(phrase.strip())
    if m is None or m.group("head").endswith("s") and not m.group("head").lower().endswith(("ss", "us")):
        return None
    if m.group("head")[:1].isupper() and m.group("head") != "MP":
        return None  # a capitalised head is a proper name: "the Scottish Executive"
    head = m.group("head").lower()
    if head.endswith("-year-old"):
        return Description(head, None, head.split("-")[0])
    g = ROLE_GENDER.fullmatch(head)
    return Description(head, None if g is None else ("M" if g.group("m") else "F"), None)


def in_apposition(text: str, start: int, end: int, desc: Description) -> bool:
    """True when this mention of a name [start, end) carries the description's role or age beside it."""
    if desc.age is not None:
        return bool(re.match(rf",\s+(?:a\s+|the\s+)?{desc.age}\b", text[end : end + 24]))
    head = re.escape(desc.head)
    if re.search(rf"\b{head}\s+(?:[A-Z][\w.'’-]*\s+)?$", text[max(0, start - 40) : start], re.IGNORECASE):
        return True  # "actress Jane Roe", "former minister Jane Roe"
    after = text[end : end + 90]
    return bool(
        re.match(
            rf",\s+(?:(?:a|an|the|his|her|its|who\s+is|now)\s+)*(?:(?!(?:of|whose|who|and|with|to|for|by)\b)"
            rf"[\w'’.&-]+\s+){{0,5}}?{head}\b",
            after,
            re.IGNORECASE,
        )
    )


def main_subject(article: Article) -> str | None:
    """The person the article is about: named at least three times and more often than anyone else."""
    counts = Counter({e.id: len(e.mentions) for e in article.entities if e.type == "PERSON"})
    top = counts.most_common(2)
    if not top or top[0][1] < 3 or (len(top) > 1 and top[1][1] >= top[0][1]):
        return None
    return top[0][0]
