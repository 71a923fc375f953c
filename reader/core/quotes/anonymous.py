"""Unnamed sources: whether a speaker phrase describes one ("a company spokeswoman", "people familiar with it").

Such speakers are kept as the article words them, with `named` false; the
role words here also keep them from being read as names (`speakers.resolve`).
"""

from __future__ import annotations

import re

# Anonymous or descriptive speakers: "a company spokeswoman", "people familiar
# with the matter", "officials", "the source", "analysts at Citi".
ANON_ROLE = re.compile(
    r"\b(?:spokes\w*|officials?|sources?|person|people|analysts?|insiders?|experts?|aides?|diplomats?|"
    r"investigators?|observers?|economists?|witness\w*|researchers?|employees?|staffers?|executives?|"
    r"representatives?|members?|advis[eo]rs?|lawyers?|attorneys?|journalists?|reporters?|critics?|"
    r"campaigners?|residents?|fans|protesters?|police|doctors?|scientists?|teachers?|workers?|voters?|"
    r"customers?|investors?|traders?|dealers?|bankers?|academics?|lawmakers?|legislators?|politicians?|"
    r"regulators?|prosecutors?|authorities|MPs|negotiators?|activists?|organi[sz]ers?|users?)\b",
    re.IGNORECASE,
)
_NOT_NAMES_WORDS = """
the a an this that these those it its there here some many most all both each if when while after
before since but and or so yet who what where why how i we you they he she us our my your their
"""
NOT_NAMES = frozenset(_NOT_NAMES_WORDS.split())


FINITE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|says|said|has|have|had|will|would|can|could|did|does)\b")


def anonymous(p: str) -> str | None:
    """The phrase itself when it describes an unnamed source, "" when it has a role but is no source,
    None when it has no source role at all."""
    m = ANON_ROLE.search(p)
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
    return bool(anonymous(name))
