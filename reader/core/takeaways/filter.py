"""Which body sentences may stand as an extracted takeaway: sentence-like claims from prose only.

A takeaway is shown alone, in a list, as something the article claims. A
caption ("An array of old processors from the '90s."), a photo credit, a
name-and-role line from a list of people ("Jane Roe, Former governor of
Ohio") or a headline-like fragment reads as a claim there and says nothing.
So a candidate must end like a sentence, carry a verb, and sit in a paragraph
that is not a caption. The verb test is a cheap heuristic (auxiliaries,
common irregular verbs, "-ed" forms, a word after a pronoun, an "-s" form
that is not a plural after a determiner), not a parser: it is meant to reject
verbless fragments and to keep nearly all real prose.
"""

from __future__ import annotations

import re

from reader.core.entities.tokens import words
from reader.core.model import Block

_VERBS = words(
    """
    is are was were be been being am has have had do does did will would shall should can could may might must
    said says say told tells added adds asked asks made make makes went goes took takes came comes gave gives got gets
    found finds won wins lost loses began begins became becomes left leaves met meets saw sees knew knows thought
    thinks brought brings bought held holds kept keeps led leads ran runs sold sells wrote writes put puts set sets
    cut cuts let lets fell falls rose rises grew grows paid pays sent sends spent spends built builds felt feels meant
    means stood stands understood struck chose drew drove flew hit hits lay laid sat spoke stole threw wore broke
    caught fought taught sought dealt heard read shook include includes need needs want wants
    """
)
_SUBJECT_PRONOUNS = words("i we you they he she it who which there")
_DETERMINERS = words(
    "the a an its his her their our my your these those some many all both few several two three four no"
)
_ADVERBS = words("also now still never often always just already then currently jointly later soon")
_FUNCTION = words(
    "of from in on at for with and or by as to the a an that which who whom than but nor into onto over under "
    "about after before between during since until via per its his her their our this these those"
)
_NOT_VERB_ED = words("red bed shed feed seed speed breed hundred")
_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d[\d.,%]*")
_CONTRACTION = re.compile(r"(?i)\b\w+(?:n[’']t|[’'](?:re|m|ve|ll|d))\b|\b(?:he|she|it|that|there|what|who)[’']s\b")
_ENDS_LIKE_A_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*$")
_CREDIT = re.compile(
    r"\((?:[^()]{1,60}/[^()]{1,60}|(?:photo|image|picture|credit|courtesy|illustration)\b[^()]{0,80})\)\s*\W*$"
    r"|\b(?:photo(?:graph)?|image|picture|illustration|credit)s?\s*(?:by\b|:)"
    r"|\bgetty images\b|\bvia (?:reuters|ap|afp)\b",
    re.IGNORECASE,
)


def has_verb(text: str) -> bool:
    """True when the text carries a finite verb by the heuristic of the module docstring."""
    if _CONTRACTION.search(text):
        return True
    words = _WORD.findall(text)
    low = [w.lower() for w in words]
    for k, w in enumerate(low):
        if k > 0 and words[k][:1].isupper():
            continue  # a name, not a verb
        if w in _VERBS or len(w) > 3 and w.endswith("ed") and w not in _NOT_VERB_ED:
            return True
        if k > 0 and low[k - 1] in _SUBJECT_PRONOUNS and words[k][:1].islower():
            return True  # "they depend", "she pouts"
        if k > 0 and words[k][:1].islower() and len(w) > 2 and w not in _FUNCTION and not w.endswith(("ly", "s")):
            before = low[k - 1]
            if before in _ADVERBS or before.endswith("ly") and len(before) > 4:
                return True  # "currently employ", "also feature"
            if len(before) > 3 and before.endswith("s") and not before.endswith(("ss", "us", "is", "'s", "’s")):
                return True  # "the Lib Dems plan", "the titles employ"
        if (
            len(w) > 3
            and w.endswith("s")
            and not w.endswith(("ss", "us", "is", "'s", "’s"))
            and k > 0
            and low[k - 1] not in _DETERMINERS
            and not low[k - 1][:1].isdigit()
            and k + 1 < len(low)
            and low[k + 1] != "of"
        ):
            return True  # "the ink stays on", not "the processors of"
    return False


def is_caption(block: Block) -> bool:
    """A photo caption or credit: the whole paragraph in emphasis, or a credit line in it."""
    text = block.text.strip()
    if not text:
        return False
    covered = sum(s.end - s.start for s in block.spans if s.kind in ("em", "strong"))
    if covered >= 0.9 * len(text):
        return True  # Markdown captions are set in italics under the image
    return bool(_CREDIT.search(text))


def sentence_like(text: str) -> bool:
    """A sentence that can stand alone as a claim: it ends like one and has a verb."""
    t = text.strip()
    return bool(_ENDS_LIKE_A_SENTENCE.search(t)) and has_verb(t)
