"""Text hygiene shared by the loader, the parser and every view of article text.

Article text is untrusted: a saved page may carry terminal escape sequences
(OSC 52 clipboard writes, title changes) that no Textual widget strips. Every
string that reaches the model passes through `clean` first.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# An unterminated OSC stops at the end of its line, so a stray "ESC ]" cannot
# swallow the rest of the article.
_CSI_OSC = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b\n]*(\x07|\x1b\\)?|[@-Z\\-_])")
_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?")
_SURROGATES = re.compile("[\ud800-\udfff]")


def sanitize(text: str) -> str:
    """Drop escape sequences, then any remaining C0/C1 controls (keep \\n and \\t).

    A lone CR goes too: in a terminal it moves the cursor back over the line.
    """
    return _CTRL.sub("", _CSI_OSC.sub("", text))


def clean(text: str) -> str:
    """Normalise newlines to LF, strip control sequences, replace lone surrogates and compose to NFC.

    A `str` may hold lone surrogates (from `surrogateescape` decoding, or built
    by hand); they cannot be encoded, so every later `.encode()`, JSON dump or
    print would raise. Each becomes U+FFFD, the replacement character, one for
    one, so offsets still match. Nothing else is rewritten: quotes, dashes and
    spacing stay as written so quotes and offsets match the source.
    """
    text = _SURROGATES.sub("\ufffd", text)
    return unicodedata.normalize("NFC", sanitize(_NEWLINES.sub("\n", text)))


def digest(text: str) -> str:
    """The article's one identity: SHA-256 of its cleaned text (state, index and caches are keyed by it).

    Taken after `clean`, so a file re-saved with CRLF line ends or a BOM keeps
    its reading position.
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


_FOLD_TABLE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)


def fold(text: str) -> str:
    """A same-length matching key: quotes, dashes and spaces unified, case and accents folded.

    Each output character stands for the input character at the same index, so
    offsets found in the folded text are valid in the original.
    """
    out = []
    for ch in text.translate(_FOLD_TABLE):
        low = ch.lower()
        if len(low) != 1:
            low = ch
        if ord(low) > 127:
            base = unicodedata.normalize("NFD", low)[0]
            low = base.lower() if base.isascii() else low
        out.append(low)
    return "".join(out)
