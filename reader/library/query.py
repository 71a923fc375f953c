"""Searching the library index: FTS5 picks candidates, rapidfuzz reranks them and locates the span.

Kept apart from `index.py` (storage and updates) so each module holds one
concern; `LibraryIndex.search` is the entry point.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection
from typing import NamedTuple

from reader.core.search import fuzzy as match
from reader.core.search.passages import MIN_SCORE, SPREAD
from reader.library.rows import Found

CANDIDATES = 1000
"""Passages FTS5 hands to the rerank."""
COMMON = 0.05
"""Words in more than this share of passages are left to the rerank, not sent to FTS5."""


class _Row(NamedTuple):
    id: int
    article: int
    kind: str
    block: str
    line: int
    start: int
    end: int
    speaker: str | None
    text: str
    path: str
    title: str | None


def search_passages(
    conn: sqlite3.Connection,
    vocab: Callable[[str], list[str]],
    query: str,
    ids: Collection[int],
    *,
    limit: int = 10,
    quotes_only: bool = False,
    typing: bool = False,
) -> list[Found]:
    """The best passages of the articles `ids` for a half-remembered query, best first.

    FTS5 picks candidates by the query's words and their likely spellings
    (rare words only: very common ones would match everything); rapidfuzz
    reranks them as in-article search does, exact contiguous matches first.
    `vocab(letter)` lists the indexed words starting with that letter.
    """
    qf = match.fold_fast(query)
    tokens = match.words(qf)
    if not tokens or not ids:
        return []
    exps = [match.expand(t, vocab(t[0]), prefix=typing and k == len(tokens) - 1) for k, t in enumerate(tokens)]
    fixed, factor = match.correct(tokens, exps, typing=typing)
    rows = _candidates(conn, [[t for t, _ in exp] for exp in exps], quotes_only)
    wanted = set(ids)
    rows = [r for r in rows if r.article in wanted]
    if not rows:
        return []
    needle, typed = " ".join(fixed), " ".join(tokens)
    norms = [" ".join(match.words(match.fold_fast(r.text))) for r in rows]
    scores = match.rerank(needle, norms)
    scored = [
        (r, s * factor, match.is_exact(typed, n, typing=typing)) for r, s, n in zip(rows, scores, norms, strict=True)
    ]
    scored = [t for t in scored if t[1] >= MIN_SCORE or t[2]]
    if not scored:
        return []
    best = max(s for _, s, _ in scored)
    scored = [t for t in scored if t[2] or t[1] >= best - SPREAD]
    scored.sort(key=lambda t: (not t[2], -t[1], t[0].path, t[0].line))
    out: list[Found] = []
    for r, score, exact in scored[:limit]:
        s, e = match.locate(needle, match.fold_fast(r.text))
        out.append(
            Found(
                r.path,
                r.line,
                round(min(score, 100.0), 1),
                r.text,
                s,
                e,
                r.speaker,
                r.title,
                r.kind,
                r.block,
                r.start,
                exact,
            )
        )
    return out


def _candidates(conn: sqlite3.Connection, groups: list[list[str]], quotes_only: bool) -> list[_Row]:
    """Passages holding the query's rare words, each word given as its likely spellings (best first).

    Rarity is the query word's, judged by its best spelling: a far-fetched
    spelling that happens to be rare ("comes" read as "cowes") must not decide
    the candidates alone while the words meant ("come") are common.
    """
    terms = list(dict.fromkeys(t for g in groups for t in g))
    if not terms:
        return []
    total = conn.execute("SELECT max(id) FROM passages").fetchone()[0] or 1
    marks = ",".join("?" * len(terms))
    docs = dict(conn.execute(f"SELECT term, doc FROM passages_vocab WHERE term IN ({marks})", terms))
    known = [[t for t in g if t in docs] for g in groups]
    known = [g for g in known if g]
    rare_groups = [g for g in known if docs[g[0]] <= total * COMMON]
    cap = total * COMMON
    chosen = [[t for t in g if t == g[0] or docs[t] <= cap] for g in rare_groups] or known
    rare = list(dict.fromkeys(t for g in chosen for t in g))
    if not rare:
        return []
    words = " OR ".join(f'"{t}"' for t in rare)
    fts = f"text : ({words})" + (" AND kind : quote" if quotes_only else " AND kind : text")
    rows = conn.execute(
        'SELECT p.id, p.article, p.kind, p.block, p.line, p.start, p."end", p.speaker, p.text, a.path, a.title '
        "FROM (SELECT rowid AS rid, rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?) f "
        "JOIN passages p ON p.id = f.rid JOIN articles a ON a.id = p.article ORDER BY f.rank",
        (fts, CANDIDATES),
    ).fetchall()
    return [_Row(*r) for r in rows]
