"""Tie a correction to the claim it amends and to the corrected value.

The claim is looked for from the most to the least specific evidence: an
"initially said ..." clause in the correction's own sentence, the clause the
correction answers ("X ended it, but later clarified ..."), the wrong value a
notice names ("referred to it as ...") found in the body, and last the body
sentence that shares most content words with the corrected value (earlier
text for narrative findings, the whole article for notices). The corrected
value is what the notice or the person puts right: a quoted phrase, an
"actually ..." clause, or the "to reflect the fact that ..." clause.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from reader.core.model import Article, Block, Claim
from reader.core.quotes.marks import BODY_KINDS
from reader.core.structure.meta import dateline_end
from reader.core.text.sentences import content_keys, split_sentences

_INITIAL_CLAUSE = re.compile(
    r"\b(?:had\s+|has\s+)?(?:initially|originally|at first|first|earlier|previously)\b,?(?:\s+[\w'’-]+){0,6}?"
    r"\s+(?:said|stated|claimed|told|reported|"
    r"announced|suggested|indicated|wrote|insisted)\b[^.;]*?(?=,?\s+but\b|;|$)",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"(?:(?P<poss>\b[\w.-]+['’]s)\s+)?[\"“](?P<val>[^\"“”]{2,160})[\"”]")
_ACTUALLY = re.compile(r"\b(?:actually|in fact|instead|rather|really|in reality)\b", re.IGNORECASE)
_THAT_CLAUSE = re.compile(
    r"\b(?:to reflect (?:the fact )?that|to (?:make clear|clarify|show|note|state|correct|reflect)(?: that)?|"
    r"clarified (?:to [^,]{1,40} )?that|(?:said|told [^,]{1,40}) that)\s+"
    r"(?P<val>[^;]{3,240}?)(?=,?\s+but\s|[.;]\s|[.;]?$)",
    re.IGNORECASE,
)
_LATER_SAID = re.compile(
    r"\bbut (?:\w+ )?later (?:said|stated|told [^,]{1,40}|clarified|corrected (?:himself|herself|itself|themselves)"
    r"(?: to say)?)(?: that)?,?\s+(?P<val>[^;]{3,240}?)(?=[.;]\s|[.;]?$)",
    re.IGNORECASE,
)
_MISSPOKE_AND = re.compile(r"\bmis-?spoke,? and (?:that )?(?P<val>[^;]{3,200}?)(?=[.;]\s|[.;]?$)", re.IGNORECASE)
_WRONG = re.compile(
    r"\b(?:referred to (?:it|him|her|them) as|(?:incorrectly|erroneously|wrongly|mistakenly|inaccurately)\s+"
    r"(?:\w+\s+)?(?:said|stated|indicated|reported|described|identified|gave|named|called|referred to|attributed|"
    r"spelled|listed|quoted|put)(?: that| as| to)?|misstated|misidentified|misspelled|misnamed|misattributed|"
    r"version of this \w+(?: \w+ly)? (?:said|stated|reported|gave|described|called|named|indicated|identified|"
    r"listed|showed|referred to \w+ as)(?: that| as)?)"
    r"\s+(?P<val>[^.;]{3,160})",
    re.IGNORECASE,
)


def locate(
    article: Article, block: Block, start: int, end: int, cue: int, *, notice: bool
) -> tuple[Claim | None, str | None]:
    """(claim, corrected value) for the finding at block.text[start:end] whose cue word sits at `cue`."""
    text = block.text
    sent = text[start:end]
    rel = max(0, cue - start)
    corrected = _corrected(sent, rel, notice)
    if notice and corrected is None:
        # the sentence after the one naming the error usually states the fact: "It has 29."
        spans = split_sentences(text)
        first = next((sp for sp in spans if sp[1] > start and _WRONG.search(text[sp[0] : sp[1]])), None)
        nxt = [sp for sp in spans if sp[0] >= (first[1] if first else end)]
        if nxt and nxt[0][0] < max(end, first[1] if first else end) + 400:
            corrected = text[nxt[0][0] : nxt[0][1]].strip()
    claim = _same_sentence_claim(block, start, sent, rel, notice)
    if claim is None:
        wrong = _WRONG.search(sent)
        targets = [wrong.group("val")] if wrong else []
        if corrected:
            targets.append(corrected.replace('"', ""))
        elif not notice:
            targets.append(sent)
        for target in targets:
            claim = _search(article, block, start, target, earlier_only=not notice)
            if claim is not None:
                break
    return claim, corrected


def _corrected(sent: str, rel: int, notice: bool) -> str | None:
    tail = sent[rel:]
    m = _ACTUALLY.search(tail)
    if m:
        before = tail[: m.start()].rstrip()
        if not before or before.endswith((".", "!", "?")):
            # "Instead, they used ..." opens its own sentence: the value is the rest of it
            rest = tail[m.end() :].lstrip(" ,")
            stop = re.search(r"[.;!?](?:\s|$)|$", rest)
            val = rest[: stop.start() if stop else len(rest)].strip(" ,.;()")
        else:
            cstart = max(
                before.rfind(", ") + 2,
                before.rfind(" and ") + 5,
                before.rfind(" that ") + 6,
                before.rfind(". ") + 2,
                0,
            )
            cend_match = re.search(r"[,;)]|[.!?](?:\s|$)|$", tail[m.end() :])
            cend = m.end() + (cend_match.start() if cend_match else 0)
            val = tail[cstart:cend].strip(" ,.;()")
        if len(val.split()) >= 3:
            return val
    m = _QUOTED.search(tail)
    if m and not notice and len(m.group("val").split()) <= 6:
        # a short quoted phrase is the value put right: NATO's "unclassified networks"
        val = m.group("val").strip().rstrip(".,;:!?").strip()
        return f'{m.group("poss")} "{val}"' if m.group("poss") else val
    m = _MISSPOKE_AND.search(tail)
    if m:
        return m.group("val").strip(" ,.;()")
    m = _THAT_CLAUSE.search(tail) or _LATER_SAID.search(sent)
    if m:
        return m.group("val").strip(" ,.;()")
    return None


def _same_sentence_claim(block: Block, start: int, sent: str, rel: int, notice: bool) -> Claim | None:
    m = _INITIAL_CLAUSE.search(sent)
    if m and len(m.group().split()) >= 4:
        s, e = start + m.start(), start + m.end()
        return Claim(block.id, s, e, block.text[s:e])
    if notice:
        return None
    head = sent[:rel]
    b = max(head.rfind(", but "), head.rfind("; but "), head.rfind(" but "))
    if b > 0:
        clause = head[:b]
        lead = len(clause) - len(clause.lstrip(" ,(—"))
        clause = clause.strip(" ,(—")
        if len(clause.split()) >= 4:
            s = start + lead
            return Claim(block.id, s, s + len(clause), clause)
    return None


def _search(article: Article, block: Block, start: int, target: str, *, earlier_only: bool) -> Claim | None:
    """The body sentence that best states `target` (content-word overlap, then rapidfuzz)."""
    want = set(content_keys(target))
    if len(want) < 2:
        return None
    need = 2 if len(want) <= 4 else max(2, int(len(want) * 0.35 + 0.5))
    best: tuple[float, str, int, int] | None = None
    try:
        here = article.block_index(block.id)
    except KeyError:
        here = len(article.blocks)
    lo = max(0, here - 40) if earlier_only else 0
    hi = here + 1 if earlier_only else len(article.blocks)
    for b in article.blocks[lo:hi]:
        if b.kind not in BODY_KINDS or (not earlier_only and b.id == block.id):
            continue  # a notice's own block is not where the article states the claim
        for s, e in split_sentences(b.text):
            if b.id == block.id and (s >= start if earlier_only else s <= start < e):
                continue
            sent = b.text[s:e]
            shared = len(want & set(content_keys(sent)))
            if shared < need:
                continue
            score = shared + fuzz.token_set_ratio(target, sent) / 100
            if best is None or score > best[0]:
                best = (score, b.id, s, e)
    if best is None:
        return None
    _, bid, s, e = best
    text = article.block(bid).text
    if s == 0:
        s = dateline_end(text[:e]) or s  # "ABERDEEN, Oct 14 (Coastal Ledger) - ": the place, not the claim
    return Claim(bid, s, e, text[s:e])
