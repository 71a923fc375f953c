"""Context that types a name the words themselves leave open: the words around it.

"near the town of Tomar", "north of Santarem", "the Tagus river", "moved to
Leiria": an unknown name in such a frame is a place, whatever its capitals
suggest. "Route 9", "A12": a word with a figure is a road, a model or a code,
not a name a reader looks up.
"""

from __future__ import annotations

import re

from reader.core.entities.tokens import words

PLACE_PREV = words("in at near from outside inside across via into")
PLACE_PREV_STRICT = words("in at near outside inside into")
"""The same without "from" and "via", which come before people too ("a letter from Marwan Jilani")."""
"""A preposition before a name that is usually a place ("in Arbil"); evidence, not proof."""

_PLACE_NOUN_OF = words(
    "city town village hamlet province state county region district suburb suburbs island islands capital "
    "outskirts coast port municipality borough neighbourhood neighborhood commune parish prefecture oblast "
    "north south east west northeast northwest southeast southwest centre center heart streets hometown birthplace"
)
"""Words before "of" that make the next name a place: "the city of Apeldoorn", "north of Santarem"."""

_PLACE_NOUN_AFTER = words(
    "river valley province region county district mountains mountain lake island islands coast border "
    "peninsula delta basin estuary canal"
)
"""Lower-case words after a name that make it a place: "the Tagus river", "Ourem district"."""

_MOTION = words("moved travelled traveled flew returned headed went fled drove sailed relocated")
"""Verbs whose "to" points at a place: "fled to Leiria"."""

_WORK_NOUN = words(
    "novel book memoir film movie documentary album song musical opera sitcom painting sculpture poem bestseller"
)
"""Nouns before a title: "the novel Cloud Atlas", "the musical Spend Spend Spend"."""

MISC_HEAD = words("Hurricane Typhoon Cyclone Storm Tropical Operation")
"""First words of named storms and operations: "Hurricane Sandy" is no person."""

PLACE_MODIFIER = words("Lower Upper Greater Inner Outer")
"""Words that make a part of a known place: "Lower Manhattan", "Greater Manchester"."""

_CODE = re.compile(r"^[^\W\d_]{1,3}-?\d[\w-]*$")


def is_code(word: str) -> bool:
    """A few letters, then figures ("A12", "B3293", "F-16"): a road, model or code, not a name."""
    return bool(_CODE.match(word))


def work_frame(prev2: str, prev: str) -> bool:
    """The words before a name (lower-cased) say it is the title of a work: "his novel, Cloud Atlas"."""
    return prev in _WORK_NOUN or prev == "," and prev2 in _WORK_NOUN


def place_frame(prev2: str, prev: str, nxt: str) -> bool:
    """The words around a name (lower-cased) say it is a place."""
    if prev == "of" and prev2 in _PLACE_NOUN_OF:
        return True
    if prev in ("to", "into") and prev2 in _MOTION:
        return True
    return nxt in _PLACE_NOUN_AFTER


FIRM_SUFFIX = words(
    "Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC Plc PLC plc AG SA NV BV GmbH SpA Group Holdings Holding Partners "
    "Capital Ventures Investments Securities Bank Bancorp Trust Insurance Financial Airlines Airways Motors "
    "Industries Enterprises Technologies Technology Systems Software Labs Laboratories Pharmaceuticals Pharma "
    "Energy Oil Petroleum Mining Resources Steel Chemicals Electric Electronics Telecom Communications Networks "
    "Entertainment Pictures Studios Records Semiconductor Semiconductors Devices Instruments Foods Products "
    "Stores Brands Solutions Dynamics Robotics Therapeutics Biotech Sciences Healthcare Logistics Shipping "
    "Construction Properties Realty Associates Consulting Brothers"
)
"""Last words of a firm's name whose first word is the firm's own ("Kestrel" for "Kestrel Capital").
Public bodies ("Cornwall Council", "Harwood College") are named after their place instead."""
