"""Pair the blocks of two versions: exact matches first, then near ones, then order.

Never quadratic in the number of blocks:

1. patience matching on the comparison keys (blocks unique on both sides,
   longest increasing run, recursing into the gaps) pairs unchanged blocks;
2. a paragraph split or joined by re-wrapping (same words, other breaks) is
   absorbed where a gap's blocks join to the same words;
3. leftover blocks with an equal key elsewhere are the same paragraph moved;
4. the rest are paired by similarity, each block scored only against a
   bounded window around its expected place and a few blocks sharing its
   rare words (so a moved and edited paragraph is found too);
5. pairs off the longest in-order run are `moved`.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

WINDOW = 6
"""Blocks either side of the expected place scored against each unpaired block."""
RARE_CANDIDATES = 8
"""At most this many blocks sharing rare words scored for each unpaired block."""
RARE_MAX_DF = 3
"""A word in at most this many blocks of a side is rare."""
REWRAP_RUN = 40
"""At most this many blocks on a side re-break one run of words (keeps the walk linear)."""
MIN_SCORE = 60.0
"""Similarity (0-100, rapidfuzz ratio on the keys) from which two blocks are one, edited."""


@dataclass(frozen=True, slots=True)
class Pair:
    """Old block `old` became new block `new`; `moved` when out of reading order."""

    old: int
    new: int
    moved: bool = False


@dataclass(frozen=True, slots=True)
class Alignment:
    """Paired blocks (sorted by `new`) and the blocks only one side has."""

    pairs: tuple[Pair, ...]
    removed: tuple[int, ...]
    added: tuple[int, ...]


def _lis(seq: Sequence[tuple[int, int]]) -> list[int]:
    """Indexes into `seq` (sorted by second item) of a longest run increasing in the first item."""
    tails: list[int] = []
    tail_idx: list[int] = []
    back = [-1] * len(seq)
    for k, (i, _j) in enumerate(seq):
        pos = bisect.bisect_left(tails, i)
        if pos == len(tails):
            tails.append(i)
            tail_idx.append(k)
        else:
            tails[pos] = i
            tail_idx[pos] = k
        back[k] = tail_idx[pos - 1] if pos else -1
    out: list[int] = []
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        out.append(k)
        k = back[k]
    return out[::-1]


def _patience(a: Sequence[str], b: Sequence[str], out: list[tuple[int, int]]) -> None:
    """Append in-order exact matches of a and b to `out` (iterative over gaps)."""
    stack = [(0, len(a), 0, len(b))]
    while stack:
        alo, ahi, blo, bhi = stack.pop()
        while alo < ahi and blo < bhi and a[alo] == b[blo]:
            out.append((alo, blo))
            alo, blo = alo + 1, blo + 1
        while ahi > alo and bhi > blo and a[ahi - 1] == b[bhi - 1]:
            ahi, bhi = ahi - 1, bhi - 1
            out.append((ahi, bhi))
        if alo >= ahi or blo >= bhi:
            continue
        ca, cb = Counter(a[alo:ahi]), Counter(b[blo:bhi])
        where = {a[i]: i for i in range(alo, ahi) if ca[a[i]] == 1}
        cand = [(where[b[j]], j) for j in range(blo, bhi) if cb[b[j]] == 1 and b[j] in where]
        run = [cand[k] for k in _lis(cand)]
        if not run:
            continue
        prev_a, prev_b = alo, blo
        for i, j in run:
            out.append((i, j))
            stack.append((prev_a, i, prev_b, j))
            prev_a, prev_b = i + 1, j + 1
        stack.append((prev_a, ahi, prev_b, bhi))


def _covers(longer: str, shorter: str, forward: bool) -> bool:
    return longer.startswith(shorter + " ") if forward else longer.endswith(" " + shorter)


def _join(acc: str, more: str, forward: bool) -> str:
    return f"{acc} {more}" if forward else f"{more} {acc}"


def _walk(a: Sequence[str], b: Sequence[str], ia: list[int], ib: list[int], forward: bool) -> tuple[int, int]:
    """How many blocks from the start of `ia` / `ib` only re-break the same words (many to many)."""
    i = j = 0
    while i < len(ia) and j < len(ib):
        acc_a, acc_b = a[ia[i]], b[ib[j]]
        ii, jj = i + 1, j + 1
        while acc_a != acc_b and ii - i <= REWRAP_RUN and jj - j <= REWRAP_RUN:
            if len(acc_a) < len(acc_b) and ii < len(ia) and _covers(acc_b, acc_a, forward):
                acc_a, ii = _join(acc_a, a[ia[ii]], forward), ii + 1
            elif len(acc_b) < len(acc_a) and jj < len(ib) and _covers(acc_a, acc_b, forward):
                acc_b, jj = _join(acc_b, b[ib[jj]], forward), jj + 1
            else:
                break
        if acc_a != acc_b:
            break
        i, j = ii, jj
    return i, j


def _absorb_rewrap(a: Sequence[str], b: Sequence[str], matched: list[tuple[int, int]]) -> tuple[set[int], set[int]]:
    """Blocks of a gap that only re-break the same words: a paragraph split in two, joined, or broken elsewhere.

    Walks each gap between in-order matches from both ends, consuming runs of
    blocks whose words, joined, are the same on both sides.
    """
    gone_a: set[int] = set()
    gone_b: set[int] = set()
    bounds = [(-1, -1), *sorted(matched, key=lambda p: p[1]), (len(a), len(b))]
    for (pa, pb), (na, nb) in zip(bounds, bounds[1:], strict=False):
        ia, ib = list(range(pa + 1, na)), list(range(pb + 1, nb))
        if not ia or not ib:
            continue
        fa, fb = _walk(a, b, ia, ib, True)
        gone_a.update(ia[:fa])
        gone_b.update(ib[:fb])
        ia, ib = ia[fa:], ib[fb:]
        ra, rb = _walk(a, b, ia[::-1], ib[::-1], False)
        gone_a.update(ia[len(ia) - ra :])
        gone_b.update(ib[len(ib) - rb :])
    return gone_a, gone_b


def _rare_words(keys: Sequence[str], idx: Sequence[int]) -> dict[int, set[str]]:
    words = {i: {w for w in keys[i].lower().split() if len(w) > 3 and w[0].isalnum()} for i in idx}
    df: Counter[str] = Counter()
    for ws in words.values():
        df.update(ws)
    return {i: {w for w in ws if df[w] <= RARE_MAX_DF} for i, ws in words.items()}


def _fuzzy(
    a: Sequence[str], b: Sequence[str], free_a: list[int], free_b: list[int], anchors: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Pair leftover blocks by similarity over bounded candidate sets; greedy, best first."""
    if not free_a or not free_b:
        return []
    by_new = sorted(anchors, key=lambda p: p[1])
    anchor_b = [j for _i, j in by_new]
    rare_a = _rare_words(a, free_a)
    rare_b = _rare_words(b, free_b)
    index: dict[str, list[int]] = defaultdict(list)
    for i in free_a:
        for w in rare_a[i]:
            index[w].append(i)
    scored: list[tuple[float, int, int, int]] = []
    for j in free_b:
        k = bisect.bisect_right(anchor_b, j) - 1
        expect = by_new[k][0] + (j - by_new[k][1]) if k >= 0 else j
        lo = bisect.bisect_left(free_a, expect - WINDOW)
        hi = bisect.bisect_right(free_a, expect + WINDOW)
        cands = set(free_a[lo:hi])
        shared: Counter[int] = Counter()
        for w in rare_b[j]:
            hits = index.get(w, ())
            if len(hits) <= RARE_MAX_DF:
                shared.update(hits)
        cands.update(i for i, n in shared.most_common(RARE_CANDIDATES) if n >= min(2, len(rare_b[j])))
        for i in cands:
            score = fuzz.ratio(a[i], b[j], score_cutoff=MIN_SCORE)
            if score:
                scored.append((score, -abs(i - expect), i, j))
    scored.sort(reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for _score, _dist, i, j in scored:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((i, j))
    return out


def align(a: Sequence[str], b: Sequence[str]) -> Alignment:
    """Align two sequences of block keys (see the module docstring for how)."""
    exact: list[tuple[int, int]] = []
    _patience(a, b, exact)
    gone_a, gone_b = _absorb_rewrap(a, b, exact)
    taken_a = {i for i, _ in exact} | gone_a
    taken_b = {j for _, j in exact} | gone_b
    pairs = list(exact)
    waiting: dict[str, list[int]] = defaultdict(list)
    for i in range(len(a)):
        if i not in taken_a:
            waiting[a[i]].append(i)
    for j in range(len(b)):
        if j not in taken_b and waiting.get(b[j]):
            i = waiting[b[j]].pop(0)
            pairs.append((i, j))
            taken_a.add(i)
            taken_b.add(j)
    free_a = [i for i in range(len(a)) if i not in taken_a]
    free_b = [j for j in range(len(b)) if j not in taken_b]
    near = _fuzzy(a, b, free_a, free_b, pairs)
    pairs.extend(near)
    pairs.sort(key=lambda p: p[1])
    in_order = set(_lis(pairs))
    used_a = {i for i, _ in pairs} | gone_a
    used_b = {j for _, j in pairs} | gone_b
    return Alignment(
        pairs=tuple(Pair(i, j, k not in in_order) for k, (i, j) in enumerate(pairs)),
        removed=tuple(i for i in range(len(a)) if i not in used_a),
        added=tuple(j for j in range(len(b)) if j not in used_b),
    )
