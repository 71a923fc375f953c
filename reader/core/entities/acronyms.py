"""Acronym expansions: "Athletics Kenya (AK)" makes the capitalised words the acronym spells one name.

A pass of its own over a block's candidates, run after the capitalisation rules
(`rules.py`) whenever the block has a bracket.
"""

from __future__ import annotations

from reader.core.entities.candidate import Candidate
from reader.core.entities.tokens import Token
from reader.core.model import EntityType

_EXPANSION_LINKS = frozenset(("of", "and", "for", "the", "&", "de", "on"))


def acronym_expansions(text: str, toks: list[Token], starts: set[int], table: bool, out: list[Candidate]) -> None:
    """ "Athletics Kenya (AK)": the capitalised words whose initials spell the acronym after them are one name.

    The acronym is the writer's own statement of where the name starts, so it overrides the
    trimming of a sentence-start common word ("Athletics") and a weak guess of a person. The
    name keeps a strong type it already had ("European Union (EU)"), else it is an organisation.
    """
    for p in range(2, len(toks) - 2):
        acr = toks[p + 1].text
        if toks[p].text != "(" or toks[p + 2].text != ")" or not (acr.isupper() and acr.isalpha() and len(acr) >= 2):
            continue
        k = p - 1
        if k >= 2 and toks[k].text == "s" and toks[k - 1].text in ("'", "\u2019"):
            k -= 2  # "the Nordic Rail Board's (NRB) rules"
        end, need, first = k, len(acr), -1
        while k >= 0 and need:
            w = toks[k].text
            if w in _EXPANSION_LINKS and first >= 0:
                k -= 1
                continue
            if not w[:1].isupper() or w[0] != acr[need - 1]:
                break
            need, first = need - 1, k
            k -= 1
        if need or first < 0 or end - first < 1:
            continue
        lo, hi = toks[first].start, toks[end].end
        same = [c for c in out if c.start == lo and c.end == hi and c.strong and c.type is not None]
        typ: EntityType = same[0].type if same and same[0].type is not None else "ORG"
        out[:] = [c for c in out if c.end <= lo or c.start >= hi]
        out.append(
            Candidate(
                lo,
                hi,
                text[lo:hi],
                typ,
                True,
                False,
                first in starts,
                table,
                toks[first - 1].text.lower() if first else "",
                toks[end + 1].text.lower(),
                next2=toks[end + 2].text.lower() if end + 2 < len(toks) else "",
                prev2=toks[first - 2].text.lower() if first >= 2 else "",
            )
        )
        out.sort(key=lambda c: c.start)
