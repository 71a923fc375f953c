"""Build small Articles by hand for the analysis tests.

The analysis stages read only the model, so their unit tests construct an
`Article` from (kind, text) pairs and hand-written entities instead of going
through the parser and the recogniser: each rule is tested on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from reader.core.model import (
    Article,
    Block,
    BlockKind,
    Entity,
    EntityType,
    FaqPair,
    Mention,
    Meta,
    Section,
    SourceInfo,
    Takeaway,
)


def ent(eid: str, name: str, etype: EntityType, *aliases: str) -> Entity:
    """An entity without mentions; `build` finds them in the text."""
    return Entity(eid, name, etype, tuple(aliases))


def build(
    blocks: Sequence[tuple[BlockKind, str] | str],
    entities: Iterable[Entity] = (),
    *,
    meta: Meta | None = None,
    takeaways: Sequence[str] = (),
    faq: Sequence[tuple[str, str]] = (),
) -> Article:
    """An Article of these blocks (bare strings are paragraphs), ids b0, b1, ...

    Entity mentions are every whole-word occurrence of the entity's name or
    aliases, longest first, so tests state entities the way a recogniser would.
    """
    bl: list[Block] = []
    for i, item in enumerate(blocks):
        kind: BlockKind = "paragraph"
        if isinstance(item, str):
            text = item
        else:
            kind, text = item
        bl.append(Block(f"b{i}", kind, text, "s0", (i + 1, i + 1)))
    tks: list[Takeaway] = []
    for t in takeaways:
        bl.append(Block(f"b{len(bl)}", "takeaway", t, "s0", (len(bl) + 1, len(bl) + 1)))
        tks.append(Takeaway(t, "article", bl[-1].id))
    pairs: list[FaqPair] = []
    for q, a in faq:
        bl.append(Block(f"b{len(bl)}", "faq_question", q, "s0", (len(bl) + 1, len(bl) + 1)))
        bl.append(Block(f"b{len(bl)}", "faq_answer", a, "s0", (len(bl) + 1, len(bl) + 1)))
        pairs.append(FaqPair(q, a, bl[-2].id, bl[-1].id))
    ents = []
    for e in entities:
        names = sorted({e.name, *e.aliases}, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
        mentions = tuple(Mention(b.id, m.start(), m.end()) for b in bl for m in pattern.finditer(b.text))
        ents.append(Entity(e.id, e.name, e.type, e.aliases, mentions))
    return Article(
        SourceInfo(),
        meta or Meta(),
        tuple(bl),
        (Section("s0", None, tuple(b.id for b in bl)),),
        takeaways=tuple(tks),
        faq=tuple(pairs),
        entities=tuple(ents),
    )
