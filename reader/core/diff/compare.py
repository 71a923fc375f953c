"""Compare two analysed versions of an article: `diff_articles(old, new)`.

The blocks compared are the article's text after the parser set clutter
aside (so a different banner or menu line is no change); the headline, the
byline and the dates are compared from the metadata, where the parser put
them. Changes come in the newer version's reading order, a removed block
where it used to be.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.diff.align import align
from reader.core.diff.facets import Facets, has_new_figure
from reader.core.diff.model import FACETS, ArticleDiff, Change, ChangeKind, Edit, Facet, Side
from reader.core.diff.summary import summarise
from reader.core.diff.words import key, text_key, tokens, whole, word_edits
from reader.core.model import Article, Block

_META_KINDS = ("title",)
"""Block kinds compared through the metadata rather than aligned (the headline)."""


def _side(article: Article) -> Side:
    m = article.meta
    return Side(article.source.path, article.source.sha256, m.title, m.published, m.updated)


def _blocks(article: Article) -> list[Block]:
    return [b for b in article.blocks if b.kind not in _META_KINDS]


def _title_block(article: Article) -> str | None:
    return next((b.id for b in article.blocks if b.kind == "title"), None)


def _text_change(
    facet: Facet, old: str | None, new: str | None, old_block: str | None = None, new_block: str | None = None
) -> Change | None:
    """A change of one metadata field (headline, byline, dates), or None when the words are the same."""
    ta, tb = tokens(old or ""), tokens(new or "")
    if key(ta) == key(tb):
        return None
    kind: ChangeKind = "changed" if old and new else ("added" if new else "removed")
    edits = word_edits(old or "", new or "", ta, tb)
    return Change(kind, old_block, new_block, old, new, edits, (facet,), False, (f"{facet} changed",))


def _headline(article: Article) -> str | None:
    """The title block's text (offsets then index the block), else the metadata title."""
    block = _title_block(article)
    return article.block(block).text if block else article.meta.title


def _meta_changes(old: Article, new: Article) -> list[Change]:
    ma, mb = old.meta, new.meta
    out = [
        _text_change("headline", _headline(old), _headline(new), _title_block(old), _title_block(new)),
        _text_change(
            "byline",
            "By " + ", ".join(ma.authors) if ma.authors else None,
            "By " + ", ".join(mb.authors) if mb.authors else None,
        ),
        _text_change("date", _dates(ma.published, ma.updated), _dates(mb.published, mb.updated)),
    ]
    return [c for c in out if c is not None]


def _with_figures(change: Change, facets: Facets) -> Change:
    """A headline whose figure changed also has the `number` facet (and is silent if no notice says so)."""
    if "headline" not in change.facets or not any(has_new_figure(e) for e in change.edits):
        return change
    found: set[Facet] = {"headline", "number"}
    accounted = facets.accounted_by(None, None, change.edits, found)
    notes = change.notes + tuple(f"number: {e.old_text} → {e.new_text}" for e in change.edits if has_new_figure(e))
    return replace(
        change,
        facets=tuple(f for f in FACETS if f in found),
        silent=Facets.silent(found, accounted),
        notes=notes,
        accounted_by=accounted,
    )


def _dates(published: str | None, updated: str | None) -> str | None:
    parts = [f"Published {published}" if published else "", f"Updated {updated}" if updated else ""]
    return " · ".join(p for p in parts if p) or None


def diff_articles(old: Article, new: Article) -> ArticleDiff:
    """Every change from `old` to `new`, with facets, silent flags and a summary.

    Both should be analysed (`reader.core.analyse`): without the analysis the
    block alignment and word edits are the same, but quote, entity and
    attribution facets cannot be found.
    """
    blocks_a, blocks_b = _blocks(old), _blocks(new)
    keys_a = [text_key(b.text) for b in blocks_a]
    keys_b = [text_key(b.text) for b in blocks_b]
    alignment = align(keys_a, keys_b)
    facets = Facets(
        old,
        new,
        {b.id: k for b, k in zip(blocks_a, keys_a, strict=True)},
        {b.id: k for b, k in zip(blocks_b, keys_b, strict=True)},
    )
    ranked: list[tuple[float, Change]] = []

    def add(rank: float, kind: ChangeKind, a: Block | None, b: Block | None, edits: tuple[Edit, ...]) -> None:
        found, notes = facets.of(a, b, edits)
        accounted = facets.accounted_by(b, a, edits, found)
        change = Change(
            kind=kind,
            old_block=a.id if a else None,
            new_block=b.id if b else None,
            old_text=a.text if a else None,
            new_text=b.text if b else None,
            edits=edits,
            facets=tuple(f for f in FACETS if f in found),
            silent=Facets.silent(found, accounted),
            notes=tuple(notes),
            accounted_by=accounted,
        )
        ranked.append((rank, change))

    new_of_old: dict[int, int] = {}
    for pair in alignment.pairs:
        new_of_old[pair.old] = pair.new
        a, b = blocks_a[pair.old], blocks_b[pair.new]
        same = keys_a[pair.old] == keys_b[pair.new]
        if same and not pair.moved:
            continue
        edits = () if same else word_edits(a.text, b.text, tokens(a.text), tokens(b.text))
        add(pair.new, "moved" if pair.moved else "changed", a, b, edits)
    for j in alignment.added:
        add(j, "added", None, blocks_b[j], whole(blocks_b[j].text, "new"))
    last = -1
    anchor_of: dict[int, float] = {}
    for i in range(len(blocks_a)):
        if i in new_of_old:
            last = new_of_old[i]
        anchor_of[i] = last + 0.5
    for i in alignment.removed:
        add(anchor_of[i], "removed", blocks_a[i], None, whole(blocks_a[i].text, "old"))
    ranked.sort(key=lambda rc: rc[0])
    changes = tuple(_with_figures(c, facets) for c in _meta_changes(old, new)) + tuple(c for _r, c in ranked)
    pairs = tuple((blocks_a[p.old].id, blocks_b[p.new].id) for p in alignment.pairs)
    titles = (_title_block(old), _title_block(new))
    if titles[0] and titles[1]:
        pairs = ((titles[0], titles[1]), *pairs)
    return ArticleDiff(_side(old), _side(new), changes, summarise(changes, facets), pairs)
