"""Hard-wrapped text: the column it was wrapped at, and how two wrapped lines join again.

A text browser (w3m, lynx, a browser's "save as text") and e-mail wrap lines at
a fixed number of terminal columns. Columns are not characters: a Chinese or
Japanese character takes two, a combining mark none. Measuring in columns is
what lets a wrapped CJK paragraph be recognised and joined back, and joining it
with no space (CJK has none between words) keeps its words whole.
"""

from __future__ import annotations

import unicodedata

from reader.core.structure.hyphens import Compounds, join_broken

_MIN_WIDTH, _MAX_WIDTH = 40, 160
_NEAR = 12
"""A line this many columns short of the wrap width or closer was probably wrapped."""
_MIN_NEAR = 5
_SLACK = 2
"""Columns a wrapper may leave unused before it breaks: lynx keeps a margin and breaks a few columns early."""


def display_width(text: str) -> int:
    """Terminal columns `text` takes: wide (CJK) characters count two, combining marks none."""
    if text.isascii():
        return len(text)
    n = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        n += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return n


def is_wide(ch: str) -> bool:
    """A character of a script written without spaces between words (Chinese, Japanese kana, full-width)."""
    return not ch.isascii() and unicodedata.east_asian_width(ch) in ("W", "F")


def wrap_width(lines: list[str]) -> int:
    """The column a text was hard-wrapped at, or 0 when it is not wrapped.

    Wrapped text has a hard maximum line width (a browser dump at 80 or 100
    columns, an e-mail at 72) that several lines come close to; unwrapped text
    has paragraphs far longer than any terminal. A few lines may overrun the
    wrap column (a long URL, a table w3m could not fit) without hiding it: the
    width is the widest value that many lines come close to and few exceed.
    """
    measured = sorted(
        ((display_width(x.rstrip()), i) for i, x in enumerate(lines) if _wrappable(x.strip())),
        reverse=True,
    )
    widths = [w for w, _ in measured]
    if len(widths) < 6:
        return 0
    for k, w in enumerate(widths):
        if w < _MIN_WIDTH or k * 50 > len(widths) + 50:
            return 0  # overrun by more than a few lines: paragraphs longer than a terminal, not wrapped
        if w > _MAX_WIDTH:
            continue
        near = [i for x, i in measured[k:] if x >= w - _NEAR]
        if len(near) >= _MIN_NEAR or (len(near) >= 2 and sum(_runs_on(lines, i) for i in near) >= 2):
            return w
    return 0


def _runs_on(lines: list[str], i: int) -> bool:
    """The sentence goes on in lower case on the next line: a wrapper broke this line (a short story at a wide
    width has only a few full lines, but each is followed by its sentence's next word)."""
    line = lines[i].rstrip()
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return bool(nxt) and nxt[0].islower() and not line.endswith((".", "!", "?", ":", ";"))


_UNBREAKABLE = 30
"""A Latin "word" this long (a URL, a path) cannot be wrapped: a line holding one may overrun any width.
(Thai and Burmese, written without spaces, have long runs that a wrapper does break.)"""


def _wrappable(text: str) -> bool:
    """A line a wrapper could have broken: words with spaces, or CJK text (a bare URL or a rule line is not).

    A line with a word no wrapper can break (lynx's list of links, "12. https://...") says nothing of the width.
    """
    if " " in text:
        return not any(len(word) >= _UNBREAKABLE and word.isascii() for word in text.split())
    return any(is_wide(ch) for ch in text[:4]) and len(text) > 8


def continues(current: str, nxt: str, width: int) -> bool:
    """True when `nxt` is the wrapped continuation of `current` in text wrapped at `width` columns.

    A wrapper breaks a line only when the next word would not fit, so the line
    before a break is full up to that word; a line that stops well short of the
    width ended its paragraph (or is a line of its own: a menu entry, a heading).
    CJK text is broken between any two characters, so there the line is full to
    within one wide character.
    """
    cur = current.rstrip()
    nxt = nxt.strip()
    if not cur or not nxt:
        return False
    used = display_width(cur)
    if is_wide(cur[-1]) or is_wide(nxt[0]):
        return used >= width - 3
    first_word = nxt.split()[0]
    return used + 1 + display_width(first_word) > width - 2 - _SLACK


def right_aligned(line: str, width: int) -> bool:
    """A line that ends at the wrap column whatever its indent: right-aligned (RTL) text, as w3m lays it out."""
    stripped = line.rstrip()
    return stripped[:1] == " " and display_width(stripped) >= width - 2


def centered(line: str, width: int) -> bool:
    """A line centred in the wrap width (a caption, a pull quote, a centred page), as w3m lays it out."""
    stripped = line.rstrip()
    indent = len(stripped) - len(stripped.lstrip(" "))
    return indent >= 1 and abs(indent - (width - display_width(stripped))) <= 2


def join(parts: list[str], compounds: Compounds | None = None) -> str:
    """Join wrapped lines: with a space, except between two CJK characters (no spaces there) and, given the
    text's hyphenated words (`compounds`), across a word a wrapper broke with a hyphen (see `hyphens`)."""
    out = parts[0]
    for part in parts[1:]:
        broken = join_broken(out, part, compounds) if compounds is not None else None
        if broken is not None:
            out = broken
        else:
            out += part if out and is_wide(out[-1]) and is_wide(part[0]) else " " + part
    return out
