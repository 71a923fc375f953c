"""Fuzzy matching helpers shared by in-article search and the library index.

Every comparison runs on `fold`ed text, which has the same length as the
original, so offsets found here can be used on the text the reader sees.
Tokens follow SQLite FTS5's `unicode61` rule (runs of letters and digits), so
the words the library index stores and the words a query is split into agree.
"""

from __future__ import annotations

import difflib
import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process

from reader.core.text.clean import fold

_WORD = re.compile(r"[^\W_]+")
_SENTENCE_END = re.compile("[.!?\u2026]+[\"'\u201d\u2019)\\]]*\\s+(?=[\"'\u201c\u2018(\\[]?[A-Z0-9])")
_ABBREV = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "prof",
        "gen",
        "gov",
        "sen",
        "rep",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "inc",
        "co",
        "corp",
        "ltd",
        "no",
        "vs",
        "etc",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
    }
)
MAX_PASSAGE = 320
"""Longer sentences are cut into windows: partial_ratio is slow on long strings."""

PARTIAL_WEIGHT, TOKEN_SET_WEIGHT = 0.6, 0.4


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold_fast(text: str) -> str:
    """`text.fold`, but fast on mostly-ASCII text: only non-ASCII runs go through the per-character path.

    fold works character by character, so folding the runs separately gives
    the same string; the length check guards the rare character whose
    lower-case form is longer.
    """
    if text.isascii():
        return text.lower()
    out = _NON_ASCII.sub(lambda m: fold(m.group()), text).lower()
    return out if len(out) == len(text) else fold(text)


def words(folded: str) -> list[str]:
    """Word tokens of already-folded text, as FTS5 `unicode61` would split it."""
    return _WORD.findall(folded)


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every word, for snapping spans and building diffs."""
    return [m.span() for m in _WORD.finditer(text)]


def _is_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    return (len(word) == 1 and word.isalpha()) or word in _ABBREV


def sentence_spans(text: str, max_len: int = MAX_PASSAGE) -> list[tuple[int, int]]:
    """Split a block into sentence spans, cutting very long ones at word boundaries.

    Short needles against sentence-sized haystacks keep partial_ratio fast and
    make a result line readable; abbreviations ("Mr.", "U.S.") do not end one.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == "." and m.group().startswith(".") and _is_abbreviation(text, m.start()):
            continue
        end = m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
        start = m.end()
    if start < len(text):
        end = len(text.rstrip())
        if end > start:
            spans.append((start, end))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > max_len:
            cut = text.rfind(" ", s + max_len // 2, s + max_len)
            cut = cut if cut > s else s + max_len
            out.append((s, cut))
            s = cut + 1 if text[cut : cut + 1] == " " else cut
        if e > s:
            out.append((s, e))
    return out


def token_ok(query_token: str, word: str) -> bool:
    """Whether an article word counts as the query word: equal, or a close typo for longer words."""
    if query_token == word:
        return True
    if len(query_token) < 4 or len(word) < 3 or abs(len(query_token) - len(word)) > 3:
        return False
    cutoff = typo_cutoff(query_token)
    return fuzz.ratio(query_token, word, score_cutoff=cutoff) >= cutoff


def typo_cutoff(token: str) -> float:
    """The rapidfuzz ratio a word must reach to be a typo of `token` (stricter for short words)."""
    return 88.0 if len(token) <= 4 else 80.0 if len(token) <= 6 else 75.0


def expand(token: str, vocab: Sequence[str], *, prefix: bool = False, limit: int = 12) -> list[tuple[str, float]]:
    """Vocabulary words a query token may stand for, with a similarity weight in (0, 1].

    Exact match weighs 1; typos are found with rapidfuzz over the vocabulary;
    with `prefix` (the word still being typed) words starting with it count too.
    `vocab` must be sorted for the prefix lookup.
    """
    found: dict[str, float] = {}
    i = bisect_left(vocab, token)
    if i < len(vocab) and vocab[i] == token:
        found[token] = 1.0
    if prefix and len(token) >= 2:
        j = i
        while j < len(vocab) and vocab[j].startswith(token) and j - i < 4 * limit:
            found.setdefault(vocab[j], 0.9)
            j += 1
    if len(token) >= 4:
        for word, score, _ in process.extract(
            token, vocab, scorer=fuzz.ratio, score_cutoff=typo_cutoff(token), limit=limit
        ):
            found.setdefault(word, score / 100.0)
    return sorted(found.items(), key=lambda kv: -kv[1])[: limit + 1]


def correct(
    tokens: Sequence[str], expansions: Sequence[Sequence[tuple[str, float]]], *, typing: bool
) -> tuple[list[str], float]:
    """The query with misspelt words replaced by their closest known word, and a confidence factor.

    A token the vocabulary knows is kept (expansions put it first with weight
    1); so is the last token while it is still being typed (`typing`) and is a
    prefix of a known word. The factor (mean similarity, 0-1] scales the score
    so a corrected query never outranks one matched as typed.
    """
    out: list[str] = []
    total = 0.0
    for k, (tok, exp) in enumerate(zip(tokens, expansions, strict=True)):
        sim = 1.0
        known = bool(exp) and exp[0] == (tok, 1.0)
        typed_prefix = typing and k == len(tokens) - 1 and any(w.startswith(tok) for w, _ in exp)
        if not known and not typed_prefix and exp:
            typos = [(w, s) for w, s in exp if not w.startswith(tok) or len(w) <= len(tok) + 1]
            if typos:
                tok, sim = typos[0]
        out.append(tok)
        total += sim
    return out, (total / len(tokens) if tokens else 1.0)


def rerank(query: str, texts: Sequence[str]) -> list[float]:
    """0.6*partial_ratio + 0.4*token_set_ratio of the folded query against each folded text.

    partial_ratio rewards a contiguous, typo-tolerant match; token_set_ratio
    forgives reordered and dropped words. (process.extract keeps the loop in C
    without pulling in numpy, which process.cdist needs.)
    """
    if not texts:
        return []
    n = len(texts)
    partial = [0.0] * n
    token_set = [0.0] * n
    for _, score, idx in process.extract(query, texts, scorer=fuzz.partial_ratio, limit=n, processor=None):
        partial[idx] = score
    for _, score, idx in process.extract(query, texts, scorer=fuzz.token_set_ratio, limit=n, processor=None):
        token_set[idx] = score
    return [PARTIAL_WEIGHT * p + TOKEN_SET_WEIGHT * t for p, t in zip(partial, token_set, strict=True)]


def is_exact(needle: str, text: str, *, typing: bool = False) -> bool:
    """The query's words appear contiguously, in order, in the text.

    Both arguments are space-joined `words` (punctuation already dropped). With
    `typing`, the last query word may be the start of a longer word.
    """
    if not needle:
        return False
    return f" {needle}{'' if typing else ' '}" in f" {text} "


def locate(query: str, text: str, memo: dict[str, frozenset[int]] | None = None) -> tuple[int, int]:
    """Span of `text` (folded) that best matches `query` (folded), snapped to whole words.

    partial_ratio_alignment finds the window; the window is then trimmed to
    words that match a query word and grown over matching neighbours, so a
    dropped or reordered word does not cut the highlight short. Pass the same
    `memo` for every hit of one query: news prose repeats its words.
    """
    spans = word_spans(text)
    if not spans:
        return 0, 0
    qtokens = words(query)
    al = fuzz.partial_ratio_alignment(query, text)
    if al is None:
        lo, hi = 0, len(text)
    else:
        lo, hi = (al.dest_start, al.dest_end) if len(query) <= len(text) else (al.src_start, al.src_end)
    near = range(max(0, bisect_left(spans, (lo, 0)) - 12), min(len(spans), bisect_left(spans, (hi, 0)) + 12))
    memo = {} if memo is None else memo
    hits: list[frozenset[int]] = [frozenset()] * len(spans)
    for i in near:
        w = text[spans[i][0] : spans[i][1]]
        found = memo.get(w)
        if found is None:
            found = memo[w] = frozenset(
                k for k, q in enumerate(qtokens) if token_ok(q, w) or (len(q) >= 3 and w.startswith(q))
            )
        hits[i] = found
    inside = [i for i, (s, e) in enumerate(spans) if e > lo and s < hi]
    if not inside:
        inside = [i for i, h in enumerate(hits) if h][:1] or [0]
    first, last = inside[0], inside[-1]
    while first < last and not hits[first]:
        first += 1
    while last > first and not hits[last]:
        last -= 1
    covered = set().union(*hits[first : last + 1])
    grown = True
    while grown:  # take in neighbours that match a query word the span does not cover yet
        grown = False
        for step in range(1, 4):
            if first - step >= 0 and hits[first - step] - covered:
                first, grown = first - step, True
                covered |= hits[first]
                break
        for step in range(1, 4):
            if last + step < len(spans) and hits[last + step] - covered:
                last, grown = last + step, True
                covered |= hits[last]
                break
    return spans[first][0], spans[last][1]


DiffOp = Literal["equal", "delete", "insert"]


@dataclass(frozen=True, slots=True)
class DiffPart:
    """One run of a word diff: words only in the query ("delete"), only in the text ("insert"), or both."""

    op: DiffOp
    text: str


def word_diff(query: str, actual: str) -> list[DiffPart]:
    """Word-level diff from what the user remembered to what the article says.

    Words compare folded (case, accents, quote marks ignored); the output keeps
    the original spelling. Only the stretch of `actual` between the first and
    last shared word is compared, so a query that covers part of a long quote
    is not shown as deleting the rest of it.
    """
    qs, as_ = word_spans(query), word_spans(actual)
    qf = [fold(query[s:e]) for s, e in qs]
    af = [fold(actual[s:e]) for s, e in as_]
    blocks = [b for b in difflib.SequenceMatcher(None, qf, af, autojunk=False).get_matching_blocks() if b.size]
    if blocks:
        a_lo, a_hi = blocks[0].b, blocks[-1].b + blocks[-1].size
        if blocks[0].a > 0:
            a_lo = max(0, a_lo - blocks[0].a)
        if blocks[-1].a + blocks[-1].size < len(qf):
            a_hi = min(len(af), a_hi + len(qf) - blocks[-1].a - blocks[-1].size)
        as_, af = as_[a_lo:a_hi], af[a_lo:a_hi]
    parts: list[DiffPart] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, qf, af, autojunk=False).get_opcodes():
        if tag == "equal":
            parts.append(DiffPart("equal", _join(actual, as_[j1:j2])))
            continue
        if i2 > i1:
            parts.append(DiffPart("delete", _join(query, qs[i1:i2])))
        if j2 > j1:
            parts.append(DiffPart("insert", _join(actual, as_[j1:j2])))
    return parts


def _join(text: str, spans: Sequence[tuple[int, int]]) -> str:
    return " ".join(text[s:e] for s, e in spans)


def is_verbatim(parts: Iterable[DiffPart]) -> bool:
    """True when the diff has no deleted or inserted words."""
    return all(p.op == "equal" for p in parts)


def idf(df: int, n: int) -> float:
    """Inverse document frequency: rare words steer the candidate prefilter."""
    return math.log(1.0 + n / (1.0 + df))
