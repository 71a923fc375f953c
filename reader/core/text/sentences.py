"""Sentence spans and content-word keys shared by quotes, corrections and grounding.

Every stage works on character offsets into a block's text, so sentences are
(start, end) spans rather than copied strings. The splitter is a single regex
pass plus an abbreviation check: fast enough for a 1 MB article, and good
enough for news prose, where the hard cases are titles ("Mr."), initials
("George W. Bush") and country abbreviations ("U.S.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and
# something that can open a sentence.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")

ABBREVIATIONS_WORDS = """
mr mrs ms dr prof sr jr st gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt insp inc corp co ltd plc
llc bros dept univ assn est approx no nos vs etc al fig vol ed eds jan feb mar apr jun jul aug sep sept oct
nov dec mon tue tues wed thu thur thurs fri sat sun ft mt ave blvd rd hwy
"""
ABBREVIATIONS = frozenset(ABBREVIATIONS_WORDS.split())

_WORD = re.compile(r"[a-z0-9][a-z0-9']*")

STOPWORDS_WORDS = """
a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can could did do does doing down during each either few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just least less let like
made make many may me might more most much must my myself neither nor not now of off on once one only or other
others our ours ourselves out over own per same several shall she should since so some such than that the
their theirs them themselves then there these they this those though through thus to too under until up upon
us very via was we were what when where whether which while who whom whose why will with within without would
yet you your yours yourself yourselves said says say told according including include includes new also
however already still even whose amid among across around near ago actually really don't doesn't didn't isn't
wasn't won't can't aren't weren't hasn't haven't hadn't yes no ones
"""
STOPWORDS = frozenset(STOPWORDS_WORDS.split())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text`, trimmed of surrounding white space.

    Splits on terminal punctuation followed by a capital or digit, but not
    after a known abbreviation, a single initial ("W.") or a dotted acronym
    ("U.S.") unless the next word is clearly a new sentence.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        _push(spans, text, start, end)
        start = end
    _push(spans, text, start, len(text))
    return spans


def _push(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _is_abbreviation(text: str, dot: int) -> bool:
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot]
    if not word:
        return False
    if "." in word:  # dotted acronym: U.S., a.m.
        nxt = text[dot + 1 :].lstrip()[:12]
        # "in the U.S. The" ends a sentence; "U.S. President" does not. Cheap cue:
        # a following function word starting a sentence.
        return not re.match(r"(The|A|An|It|He|She|They|We|I|But|In|This|That|There)\b", nxt)
    if len(word) == 1 and word.isupper():
        return True
    return word.lower() in ABBREVIATIONS


def words(text: str) -> list[str]:
    """Lower-cased word tokens (apostrophes kept inside words)."""
    return _WORD.findall(text.lower().replace("’", "'"))


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """A matching key for a word: light suffix stripping, then the first 5 letters.

    Lets "deploy", "deployment" and "deploying" meet, and "removed" meet
    "removal", without a stemmer dependency; "classified" and "unclassified"
    stay apart because only suffixes are stripped.
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "ches", "shes", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3 or w.endswith("eed"):
        w = w[:-1]
    elif w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("ed", "ing")) and len(w) > 5:
        w = w[:-2] if w.endswith("ed") else w[:-3]
        if w.endswith(("at", "bl", "iz", "is", "ut", "ov", "ag", "ur", "ak")):
            w += "e"
        elif len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
            w = w[:-1]
    return w[:5]


def content_keys(text: str) -> list[str]:
    """Keys of the content words of `text`, in order, stopwords and 1-character words dropped.

    Numbers of two or more digits stay: a summary that changes a figure ("$5 million"
    for "$4 million") must not match on its words alone.
    """
    return [word_key(w) for w in words(text) if w not in STOPWORDS and len(w) > 1]


_Trie = dict[str, "_Trie"]


def alternation(alternatives: Iterable[str]) -> str:
    """One regex alternation factored by common prefixes: Python's re tries a flat
    alternation word by word at every position, a factored one only follows matching letters."""
    trie: _Trie = {}
    for w in sorted(set(alternatives)):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        end = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)
