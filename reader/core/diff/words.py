"""Words of a block and the word-level edits between two versions of it.

Comparison is on normalised tokens so that what a re-save changes without
changing the article (whitespace, line wrapping, straight or curly quotes,
the kind of dash, "..." or "…") is no edit at all; the offsets kept are those
of the original text, so highlights land on what the reader sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from reader.core.diff.model import Edit, EditOp

_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""Soft hyphen, zero-width spaces and joiners: in the text, never seen."""
_TOKEN = re.compile(r"[\w\x00]+(?:['.,:][\w\x00]+)*|-+|[.…]{2,}|…|[^\w\s]")
_FOLD = {
    **dict.fromkeys("“”„‟«»″", '"'),
    **dict.fromkeys("‘’‚‛′`", "'"),
    **dict.fromkeys("‐‑‒–—―−", "-"),
    **dict.fromkeys(_INVISIBLE, "\x00"),
}
"""One character for one: typographic quotes and dashes become plain ones, invisible ones NUL; offsets unchanged."""
_FOLDED = re.compile("[" + re.escape("".join(_FOLD)) + "]")
"""A regex scan, not `str.translate`: most text has few such characters, and translate visits every one."""


def _fold_chars(text: str) -> str:
    return _FOLDED.sub(lambda m: _FOLD[m.group()], text)


_RUNS = re.compile(r"-{2,}|[.…]{2,}|…")
"""Runs that stand for one mark (a single hyphen is left alone: it is its own form)."""
MAX_DIFF_TOKENS = 4000
"""Longer middles (after the common head and tail) become one replace: keeps a huge block linear."""


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark: its normalised form and where it sits in the text."""

    norm: str
    start: int
    end: int


def _norm(match: re.Match[str]) -> str:
    return "-" if match.group()[0] == "-" else "..."


def fold(text: str) -> str:
    """The comparison form of a text: curly quotes straight, any dash or ellipsis alike, no invisible characters."""
    return _RUNS.sub(_norm, _fold_chars(text)).replace("\x00", "")


def tokens(text: str) -> list[Token]:
    """Tokens of a text in order, with offsets into it (the folding keeps offsets)."""
    out = []
    for m in _TOKEN.finditer(_fold_chars(text)):
        w = m.group()
        if w[0] == "-":
            w = "-"
        elif w[0] in ".…" and (len(w) > 1 or w == "…"):
            w = "..."
        elif "\x00" in w:
            w = w.replace("\x00", "")
            if not w:
                continue  # a lone invisible character is no word
        out.append(Token(w, m.start(), m.end()))
    return out


def key(toks: list[Token]) -> str:
    """A block's comparison key from its tokens: equal keys mean no visible change of words."""
    return " ".join(t.norm for t in toks)


def text_key(text: str) -> str:
    """The same key as `key(tokens(text))`, computed without building tokens (fast for whole articles)."""
    return " ".join(_TOKEN.findall(fold(text)))


def _span(toks: list[Token], lo: int, hi: int) -> tuple[int, int] | None:
    return (toks[lo].start, toks[hi - 1].end) if hi > lo else None


def word_edits(old_text: str, new_text: str, old: list[Token], new: list[Token]) -> tuple[Edit, ...]:
    """Word-level edits turning `old_text` into `new_text`, offsets into each.

    The common head and tail are stripped first (linear); only the middle is
    matched, and a middle too long for that is one replacement.
    """
    a, b = [t.norm for t in old], [t.norm for t in new]
    lo = 0
    while lo < len(a) and lo < len(b) and a[lo] == b[lo]:
        lo += 1
    ha, hb = len(a), len(b)
    while ha > lo and hb > lo and a[ha - 1] == b[hb - 1]:
        ha, hb = ha - 1, hb - 1
    if ha - lo > MAX_DIFF_TOKENS and hb - lo > MAX_DIFF_TOKENS:
        opcodes: list[tuple[str, int, int, int, int]] = [("replace", lo, ha, lo, hb)]
    else:
        matcher = SequenceMatcher(None, a[lo:ha], b[lo:hb], autojunk=False)
        opcodes = [(op, i1 + lo, i2 + lo, j1 + lo, j2 + lo) for op, i1, i2, j1, j2 in matcher.get_opcodes()]
    edits: list[Edit] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        op: EditOp = "replace" if i2 > i1 and j2 > j1 else ("delete" if i2 > i1 else "insert")
        os_, ns = _span(old, i1, i2), _span(new, j1, j2)
        edits.append(
            Edit(
                op=op,
                old=os_,
                new=ns,
                old_text=old_text[os_[0] : os_[1]] if os_ else "",
                new_text=new_text[ns[0] : ns[1]] if ns else "",
            )
        )
    return tuple(edits)


def whole(text: str, side: str) -> tuple[Edit, ...]:
    """The one edit of a block added (`side` "new") or removed ("old") whole."""
    if not text:
        return ()
    if side == "new":
        return (Edit("insert", None, (0, len(text)), "", text),)
    return (Edit("delete", (0, len(text)), None, text, ""),)
