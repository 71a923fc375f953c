"""Named entities: PERSON, ORG, PLACE, MISC, linked across the document.

An engine (the built-in rules by default, spaCy on request) finds the names in
each block; `linking.link` then makes one entity per referent. Prose blocks are
read in full; titles and headings only for names the prose already knows,
since headline case capitalises every word.
"""

from __future__ import annotations

from reader.core.entities.engine import BlockMode, DocumentEngine, EntityEngine, RawMention
from reader.core.entities.gazetteer import load
from reader.core.entities.linking import Found, link
from reader.core.entities.rule_engine import RuleEngine
from reader.core.model import Article, Block, Entity

__all__ = ["DocumentEngine", "EntityEngine", "RawMention", "RuleEngine", "english", "find_entities"]

_BODY = frozenset(
    {"paragraph", "list_item", "blockquote", "takeaway", "faq_question", "faq_answer", "credits", "caption"}
)
_HEADLINE = frozenset({"title", "subtitle", "heading"})


def _mode(block: Block) -> BlockMode | None:
    if block.kind in _BODY:
        return "body"
    if block.kind in _HEADLINE:
        return "heading"
    return None


def english(article: Article) -> bool:
    """The built-in entity rules apply: the story reads as English, or is too short to tell."""
    return article.meta.language in (None, "English")


def find_entities(article: Article, engine: EntityEngine | None = None) -> tuple[Entity, ...]:
    """Every entity of the article, one per referent, with aliases and mentions.

    Args:
        article: a parsed article; only its blocks, byline and language are read.
        engine: an `EntityEngine` (or `DocumentEngine`); None means the built-in `RuleEngine`,
            which runs only on English text (see `english`).

    Returns:
        Entities in order of first mention, ids "e0", "e1", ...
    """
    if engine is None and not english(article):
        return ()  # the built-in rules are English rules: on German every noun would be a name
    eng = engine if engine is not None else RuleEngine()
    if not isinstance(eng, EntityEngine):
        raise TypeError(f"not an entity engine: {type(eng).__name__} has no mentions(text) method")
    chosen = [(b, m) for b in article.blocks if (m := _mode(b)) is not None and b.text.strip()]
    if isinstance(eng, DocumentEngine):
        per_block = eng.document([(b.text, m) for b, m in chosen])
    else:
        per_block = [list(eng.mentions(b.text)) if m == "body" else [] for b, m in chosen]
    found: list[Found] = []
    for (b, _m), raws in zip(chosen, per_block, strict=True):
        for r in sorted(raws):
            if 0 <= r.start < r.end <= len(b.text):
                found.append(Found(b.id, r.start, r.end, r.type, b.text[r.start : r.end], len(found)))
    people = tuple(a for a in article.meta.authors if a.strip())
    texts = {b.id: b.text for b, _m in chosen}
    return link(found, texts, load(), extra_people=people)
