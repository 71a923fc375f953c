"""Named and anonymous sources: everyone the article leans on for what it says.

A source is the subject of a speech or reporting verb ("a person familiar
with the matter said", "The Wall Street Journal first reported", "according
to officials") or the speaker of a quote. Named sources are linked to their
entity when there is one; anonymous ones ("a company spokeswoman",
"officials") are kept as the article words them. Each source lists every
block where the article uses it.
"""

from __future__ import annotations

import bisect
import re

from reader.core.model import Article, Source
from reader.core.quotes.anonymous import is_description
from reader.core.quotes.attribution import find_speech, speaker_before, subject_after, subject_before
from reader.core.quotes.entity_index import EntityIndex, Speaker
from reader.core.quotes.marks import BODY_KINDS
from reader.core.quotes.speakers import PRONOUNS, resolve
from reader.core.text.sentences import split_sentences

_VAGUE_PEOPLE = re.compile(
    r"^(?:(?:many|some|most|other|the|these|those|two|three|several|lots of|a lot of|plenty of)\s+)*(?:people|person)$",
    re.I,
)
_SKIP_VERB = re.compile(r"^(?:asked|asks|posted|cited|estimated|estimates|reports|states|notes|comments|tells|tell)$")


_REPORTED_BY = re.compile(
    r"\b(?:first\s+)?(?:reported|revealed|disclosed|confirmed|broke[n]?)\s+(?:the news\s+)?by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&))*)"
)
"""'as first reported by the Harbour Gazette': the outlet behind the news is a source."""
_INVERTED = frozenset(
    {
        "said",
        "says",
        "added",
        "adds",
        "asked",
        "explained",
        "noted",
        "continued",
        "replied",
        "wrote",
        "warned",
        "insisted",
        "recalled",
    }
)


def _key(sp: Speaker) -> str:
    if sp.entity:
        return "e:" + sp.entity
    name = re.sub(r"^(?:an?|the|one)\s+", "", sp.name.lower())
    return "n:" + re.sub(r"\s+", " ", name)


def find_sources(article: Article) -> tuple[Source, ...]:
    """Every source the article leans on; needs entities and quotes filled."""
    index = EntityIndex(article)
    found: dict[str, tuple[Speaker, list[str]]] = {}

    def add(sp: Speaker | None, block: str) -> None:
        if sp is None or not _acceptable(sp):
            return
        k = _key(sp)
        if k not in found and not sp.named and sp.name.lower().startswith("the "):
            # "the spokeswoman" takes up "a board spokeswoman" named earlier
            role = sp.name.lower().split()[-1]
            k = next(
                (key for key, (o, _) in reversed(found.items()) if not o.named and o.name.lower().split()[-1] == role),
                k,
            )
        if k not in found:
            found[k] = (sp, [])
        if block not in found[k][1]:
            found[k][1].append(block)

    quotes_by_block: dict[str, list[Speaker]] = {}
    for q in article.quotes:
        if q.speaker:
            named = q.speaker_entity is not None or (
                not is_description(q.speaker) and not re.match(r"(?:the|a|an)\s", q.speaker, re.IGNORECASE)
            )
            sp = Speaker(q.speaker, q.speaker_entity, named)
            quotes_by_block.setdefault(q.block, []).append(sp)
    for block in article.blocks:
        if block.kind not in BODY_KINDS:
            continue
        text = block.text
        for qsp in quotes_by_block.get(block.id, []):
            add(qsp, block.id)
        quoted = index.quoted(block.id)
        quoted_starts = [q[0] for q in quoted]
        for s, e in split_sentences(text):
            for vm in find_speech(text[s:e]):
                pos = s + vm.start()
                k = bisect.bisect_left(quoted_starts, pos) - 1
                if _SKIP_VERB.match(vm.group()) or (k >= 0 and quoted[k][0] < pos < quoted[k][1]):
                    continue  # a verb inside a quotation is the speaker's word, not an attribution
                found_sp = subject_before(index, block.id, text, s, pos)
                before = text[max(s, pos - 3) : pos].rstrip()
                if found_sp is None and vm.group() in _INVERTED and before.endswith((",", '"', "”", "’")):
                    # ", said Jane Doe": only saying verbs invert, and only after a comma or a quote
                    found_sp = subject_after(index, block.id, text, s + vm.end(), e)
                add(found_sp, block.id)
            for m in re.finditer(r"\baccording to\s+", text[s:e]):
                stop = min(e, s + m.end() + 120)
                add(speaker_before(index, block.id, text, s + m.start(), stop), block.id)
            for m in _REPORTED_BY.finditer(text, s, e):
                add(resolve(index, block.id, m.start("who"), m.group("who")), block.id)
    order = {b.id: i for i, b in enumerate(article.blocks)}
    out = []
    for sp, blocks in found.values():
        blocks.sort(key=lambda b: order.get(b, 0))
        out.append(Source(name=sp.name, named=sp.named, entity=sp.entity, blocks=tuple(blocks)))
    out.sort(key=lambda s: order.get(s.blocks[0], 0) if s.blocks else 0)
    return tuple(out)


def _acceptable(sp: Speaker) -> bool:
    low = sp.name.lower()
    if low in PRONOUNS or low in ("i", "we", "you", "one") or len(low) < 2:
        return False
    return not (not sp.entity and _VAGUE_PEOPLE.match(low))
