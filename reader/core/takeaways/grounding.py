"""Takeaways (extracted when the article has none) and their grounding.

A takeaway or FAQ answer is split into claim units (clauses and the phrases
joined by "after", "amid", "following" ...). A unit is backed when one body
sentence (or, a little less readily, one paragraph) carries most of its
content words, weighted so rare words count more than the article's
ubiquitous ones; rapidfuzz catches near-verbatim units. The whole is
"supported" when every unit is backed, "partial" when some are and
"unsupported" when none is: a summary that adds a claim the article never
makes cannot pass as supported.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from reader.core.model import Article, FaqPair, Grounding, Takeaway
from reader.core.takeaways.evidence import Evidence, build_evidence
from reader.core.takeaways.extract import extract_takeaways
from reader.core.text.sentences import content_keys

SUPPORTED = 0.6
"""Weighted share of a unit's content words a sentence must carry to back it."""
WEAK = 0.34
"""Below SUPPORTED but at least this: the unit is half backed."""

_SPLIT = re.compile(
    r"\s*[;:]\s+|\s+[—–]\s+|\s+-\s+|,\s+(?=(?:and|but|though|although|while|which|whereas|as|so|yet)\b)|"
    r",?\s+(?=(?:after|following|amid|amidst|because|though|although|while|whereas|despite|due to|"
    r"according to|as well as|thanks to|even as|unless|whereby)\b)",
    re.IGNORECASE,
)


def claim_units(text: str) -> list[str]:
    """Clauses of a summary sentence, each with at least two content words (short ones join a neighbour)."""
    parts = [p.strip(" ,.") for p in _SPLIT.split(text) if p and p.strip(" ,.")]
    units: list[str] = []
    for p in parts:
        if units and len(content_keys(p)) < 2:
            units[-1] = f"{units[-1]} {p}"
        else:
            units.append(p)
    if len(units) > 1 and len(content_keys(units[0])) < 2:
        units[1] = f"{units[0]} {units[1]}"
        units.pop(0)
    return units


def unit_score(ev: Evidence, unit: str) -> tuple[float, str | None]:
    """(weighted coverage of the unit by its best body sentence or paragraph, that block id)."""
    keys = set(content_keys(unit))
    if not keys:
        return 1.0, None
    total = sum(ev.weight(k) for k in keys)
    best, best_block = 0.0, None
    per_block: dict[str, set[str]] = {}
    for i in ev.candidates(keys):
        s = ev.sentences[i]
        shared = keys & s.keys
        cov = sum(ev.weight(k) for k in shared) / total
        if cov > best:
            best, best_block = cov, s.block
        per_block.setdefault(s.block, set()).update(shared)
    for bid, shared in per_block.items():
        cov = 0.85 * sum(ev.weight(k) for k in shared) / total
        if cov > best:
            best, best_block = cov, bid
    numbers = {k for k in keys if k[:1].isdigit()}
    if numbers and best_block is not None and not numbers <= ev.block_keys.get(best_block, set()):
        return min(best, WEAK), best_block  # the words match but a figure does not: at most half backed
    present = [k for k in keys if k in ev.postings]
    if best_block is not None and best < SUPPORTED and present:
        # near-verbatim wording that the word keys miss (inflections, hyphenation): check the
        # sentences holding the unit's rarest body word
        rarest = min(present, key=lambda k: len(ev.postings[k]))
        near = max(
            (fuzz.partial_ratio(unit.lower(), ev.sentences[i].text.lower()) for i in ev.postings[rarest][:50]),
            default=0.0,
        )
        if near >= 92:
            best = max(best, SUPPORTED)
    return best, best_block


def grade(ev: Evidence, text: str) -> tuple[Grounding, tuple[str, ...]]:
    """Grounding of a summary text against the body, with the blocks that back it."""
    units = claim_units(text) or [text]
    points = 0.0
    support: list[str] = []
    backed = 0
    for u in units:
        score, block = unit_score(ev, u)
        if score >= SUPPORTED:
            points += 1
            backed += 1
        elif score >= WEAK:
            points += 0.5
        if score >= WEAK and block and block not in support:
            support.append(block)
    share = points / len(units)
    if backed == len(units):
        grounding: Grounding = "supported"
    elif backed or share > 0:
        grounding = "partial"
    else:
        grounding = "unsupported"
    order = {s.block: s.order for s in reversed(ev.sentences)}
    support.sort(key=lambda b: order.get(b, 0))
    return grounding, tuple(support)


def ground(article: Article) -> tuple[tuple[Takeaway, ...], tuple[FaqPair, ...]]:
    """Takeaways and FAQ pairs with `support` and `grounding` filled."""
    own = {t.block for t in article.takeaways if t.block} | {
        b for f in article.faq for b in (f.question_block, f.answer_block) if b
    }
    ev = build_evidence(article, own)
    takeaways = article.takeaways or extract_takeaways(article, ev)
    out_t = []
    for t in takeaways:
        if t.origin == "extracted" and t.grounding is not None:
            out_t.append(t)
            continue
        g, sup = grade(ev, t.text)
        out_t.append(replace(t, grounding=g, support=sup))
    out_f = []
    primary = _faq_is_the_article(article, ev)
    for f in article.faq:
        if primary and f.answer_block:
            # a Q&A-format article: each answer is the article's own statement, not a summary of it,
            # so grading it against itself would say nothing
            out_f.append(replace(f, grounding="source", support=(f.answer_block,)))
            continue
        g, sup = grade(ev, f.answer)
        out_f.append(replace(f, grounding=g, support=sup))
    return tuple(out_t), tuple(out_f)


def _faq_is_the_article(article: Article, ev: Evidence) -> bool:
    """True when the FAQ answers carry at least as many words as the rest of the prose."""
    answers = sum(len(f.answer.split()) for f in article.faq)
    body = sum(len(s.text.split()) for s in ev.sentences)
    return answers > 0 and answers >= body
