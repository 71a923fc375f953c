"""Who says what: speech verbs and the speaker phrase next to them.

Shared by quotes (the speaker of a quotation), sources (who the article leans
on) and corrections (who made a clarification). A speaker is the phrase next
to a speech verb: "X said", '"...," said X', "according to X", 'X said: "...'
or a tag closing the sentence ('..., the source said.'); `speakers.resolve`
turns the phrase into a name, an entity or a description.
"""

from __future__ import annotations

import re

from reader.core.quotes.anonymous import FINITE_VERB
from reader.core.quotes.entity_index import EntityIndex, Speaker
from reader.core.quotes.speakers import PRONOUNS, resolve
from reader.core.quotes.speech_verbs import SPEECH_VERBS
from reader.core.text.sentences import alternation

_VERB_RE = re.compile(rf"\b{alternation(SPEECH_VERBS.split('|'))}\b")
_AUX = (
    r"(?:(?:has|have|had|also|later|previously|first|earlier|then|again|separately|further|once|would|will|"
    r"has since|had also|has also|since|never|not|(?-i:[a-z]+ly))\s+)*"
)

_SPEAKER_AFTER = re.compile(rf"^[\s,—–-]*(?P<who>[^,.;:!?\"“”]{{1,80}}?)\s+{_AUX}(?P<verb>{SPEECH_VERBS})\b")
_ACCORDING = re.compile(r"\baccording to\s+(?P<who>[^,.;:!?\"“”]{1,80})")


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
    if m and _short_subject(m.group("who")) and not _NOT_SUBJECT.search(m.group("who")):
        sp = resolve(index, block, pos + m.start("who"), m.group("who"))
        return sp or _described(m.group("who"), pos + m.start("who"))
    return None


def _short_subject(who: str) -> bool:
    """Few enough words for a speaker: six, or ten with an affiliation ("Dr Jane Roe of Some University")."""
    n = len(who.split())
    return n <= 6 or (n <= 10 and re.search(r"\s(?:of|at|from)\s+(?:the\s+)?[A-Z]", who) is not None)


_DESCRIBED = re.compile(r"\s*((?:the|a|an|one|two|some|several|many)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\s*$")


def _described(phrase: str, start: int) -> Speaker | None:
    """An unnamed speaker described in a quote's tag: '"...," said the artists'."""
    who = re.split(r"[,.;:!?]|\s(?:in|on|at|to|about|from|who|that|after|before|during|when|while)\s", phrase)[0]
    m = _DESCRIBED.fullmatch(who)
    if m is None or FINITE_VERB.search(m.group(1)):
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
        # "The actor, whose films include Star Wars: The Phantom Menace, said": the subject comes
        # before a relative clause, never inside it; `top` is the chunk after the subject phrase
        rel = next((k for k in range(1, len(chunks) - 1) if _RELATIVE.match(chunks[k])), None)
        top = -1 if rel is None else rel - len(chunks)
        appos = chunks[top - 1].strip()
        near = top - 1
        order = [near] if appos[:1].isupper() and not re.match(r"(?:The|A|An)\b", appos) else [near - 1, near]
        for k in order:
            if len(chunks) < -k:
                continue
            cand = chunks[k]
            pos = _chunk_start(head, chunks, k)
            sp = resolve(index, block, lo + pos, cand)
            if sp is not None and (sp.named or k == near):
                return sp
        if rel is not None:
            return None  # a name inside the relative clause is not who speaks
    return None


_RELATIVE = re.compile(r"\s*(?:who|whose|whom|which)\b", re.IGNORECASE)


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


def find_speech(text: str) -> list[re.Match[str]]:
    """Every speech verb in `text` (for sources)."""
    return list(_VERB_RE.finditer(text))
