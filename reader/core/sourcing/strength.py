"""How strong one attribution is: a named person, an organisation, another outlet, or nobody named.

The ladder, strongest first: `on-record` (a named person), `official` (a
named organisation, its spokesperson or its statement), `reported` (another
outlet: "the Wall Street Journal reported", "according to media reports"),
`anonymous` ("a person familiar with the matter", "officials said"), and
`unattributed` when the paragraph says nobody.
"""

from __future__ import annotations

import re

from reader.core.model import Entity, Strength
from reader.core.quotes.entity_index import OUTLET_CUES

_SPOKES = re.compile(
    r"\b(?:spokes(?:man|woman|person|people|men|women)|representative|press (?:office|secretary)|statement|"
    r"filing|release|communiqu[eé]|ministry|department|agency|company|government|embassy|office|police|"
    r"prosecutors?|court|council)\b",
    re.IGNORECASE,
)
_OUTLET_WORDS = re.compile(
    r"\b(?:newspaper|paper|magazine|outlet|broadcaster|media|press reports?|reports?|television|tv|radio|wire|"
    r"news agency|website|tabloid|daily)\b",
    re.IGNORECASE,
)
_VAGUE = re.compile(r"^(?:(?:an?|the|some|two|three|several|many|other)\s+)", re.IGNORECASE)
_PERSON_NAME = re.compile(r"^(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w'’-]+$")
REPORT_CUE = re.compile(
    r"\b(?:according to (?:a |the |media |news |local |press |earlier )*reports?|(?:media|press|news) reports?"
    r"|(?:first |was |were )?reported by|reports? (?:in|by) (?:the )?[A-Z])",
)
"""A paragraph that leans on other outlets' reports without naming a source of its own."""


def rank(strength: Strength) -> int:
    """0 for the strongest (`on-record`), 4 for `unattributed`."""
    return ("on-record", "official", "reported", "anonymous", "unattributed").index(strength)


def is_outlet(entity: Entity | None, name: str) -> bool:
    """Whether a source is a news outlet ("The Wall Street Journal", "the newspaper")."""
    names = [name] + ([entity.name, *entity.aliases] if entity else [])
    if entity is not None and entity.type != "ORG":
        return False
    return any(OUTLET_CUES.search(n) for n in names) or bool(_OUTLET_WORDS.search(name) and entity is None)


def strength_of(name: str, entity: Entity | None, named: bool) -> Strength:
    """The strength of one source, from its entity type or, when unlinked, from its words."""
    if entity is not None:
        if entity.type == "PERSON":
            return "on-record"
        if entity.type == "ORG":
            return "reported" if is_outlet(entity, name) else "official"
        if entity.type == "PLACE":
            return "official"  # "Russia said": the state speaking
        return "anonymous"  # a group ("Americans", "Democrats") is nobody in particular
    if _OUTLET_WORDS.search(name) and not _SPOKES.search(name):
        return "reported"
    if _SPOKES.search(name):
        return "official"
    if named and not _VAGUE.match(name):
        if is_outlet(None, name):
            return "reported"
        return "on-record" if _PERSON_NAME.match(name) else "official"
    return "anonymous"
