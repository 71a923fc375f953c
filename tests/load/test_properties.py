"""Property tests for the loader: any bytes give text that cleans safely, or one `LoadError`, never anything else."""

from __future__ import annotations

import codecs
import os
import re
import unicodedata

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reader.core.parse import parse_article
from reader.core.text import clean
from reader.load import LoadError, load_bytes
from reader.load.decode import decode

# Fixed examples in CI (no flakes); HYPOTHESIS_MAX_EXAMPLES=5000 explores at random, offline.
_DEEP = int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "0"))
MODERATE = settings(
    max_examples=_DEEP or 150, deadline=None, derandomize=not _DEEP, suppress_health_check=[HealthCheck.too_slow]
)

# Anything a terminal would act on: C0 except \n and \t, DEL, C1 (ESC is in C0).
FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Bytes that look like real saved pages: text with escapes, CR, BOMs, NULs and high bytes mixed in.
NASTY_PIECES = [
    b"\x1b[31m",
    b"\x1b]0;title\x07",
    b"\x1b]52;c;Zm9v\x1b\\",
    b"\x1b]8;;http://x\x07",
    b"\x1b",
    b"\x07",
    b"\x08",
    b"\r\n",
    b"\r",
    b"\n",
    b"\x85",
    b"\x92",
    b"\x00",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    "\u2019\u201c\u201d\u2014".encode(),
    "e\u0301".encode(),
    b"[bold red]",
    b"[/]",
]
nasty_bytes = st.lists(
    st.one_of(st.sampled_from(NASTY_PIECES), st.binary(max_size=20), st.text(max_size=30).map(str.encode)),
    max_size=30,
).map(b"".join)


def _check_clean(text: str) -> None:
    assert FORBIDDEN.search(text) is None, repr(text)
    assert "\r" not in text
    assert unicodedata.is_normalized("NFC", text)
    assert not text.startswith("\ufeff")


@MODERATE
@given(st.one_of(st.binary(max_size=400), nasty_bytes))
def test_load_bytes_returns_clean_text_or_load_error(data: bytes) -> None:
    try:
        loaded = load_bytes(data, path=None)
    except LoadError as exc:
        message = str(exc)
        assert message and "\n" not in message
        return
    _check_clean(clean(loaded.text).lstrip("\ufeff"))  # the parser cleans what the loader decoded
    assert loaded.text.strip()
    assert loaded.source.encoding in {"utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"}
    assert loaded.source.format in {"text", "markdown"}


@MODERATE
@given(st.binary(max_size=400))
def test_decode_returns_text_or_load_error(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except LoadError:
        return
    assert isinstance(text, str)
    assert encoding in {"utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"}


# Printable text as a writer would save it: no controls, no surrogates, already NFC.
article_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Co", "Cn")), min_size=1, max_size=200
).map(lambda s: unicodedata.normalize("NFC", s))


@MODERATE
@given(article_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]))
def test_unicode_round_trip(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    elif encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    decoded, _ = decode(data)
    assert decoded == text.lstrip("\ufeff") if encoding == "utf-8-sig" else decoded == text


# Text Windows-1252 can hold that is not also valid UTF-8 once encoded: at least one high byte.
CP1252_PRINTABLE = "".join(
    bytes([b]).decode("cp1252") for b in range(0x20, 0x100) if b != 0x7F and b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
)
cp1252_text = st.tuples(
    st.text(alphabet=CP1252_PRINTABLE + "\n\t", max_size=200),
    st.sampled_from("\u2019\u201c\u201d\u2013\u2014\u00e9\u00a3"),
).map(lambda t: t[0] + t[1])


BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@MODERATE
@given(cp1252_text)
def test_cp1252_round_trip(text: str) -> None:
    data = text.encode("cp1252")
    assume(not _is_utf8(data))  # "Â£" is also valid UTF-8 for "£": no decoder can tell
    assume(not data.startswith(BOMS))  # "þÿ" is the UTF-16 BOM's bytes: a BOM decides, by design
    decoded, encoding = decode(data)
    assert decoded == text
    assert encoding == "cp1252"


lines = st.lists(st.text(alphabet="abc \u2019\u00e9", max_size=12), min_size=1, max_size=12)


@MODERATE
@given(lines, st.sampled_from(["\n", "\r\n", "\r"]))
def test_newlines_normalised(parts: list[str], newline: str) -> None:
    body = newline.join(parts)
    try:
        loaded = load_bytes(body.encode("utf-8"), path=None)
    except LoadError as exc:
        assert "empty" in str(exc)
        assert not body.strip()
        return
    assert clean(loaded.text) == "\n".join(parts)
    assert clean(loaded.text).split("\n") == parts


@MODERATE
@given(lines, st.sampled_from(["\n", "\r\n", "\r"]), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_same_text_same_hash_whatever_the_encoding(parts: list[str], newline: str, encoding: str) -> None:
    body = "\n".join(parts)
    if not body.strip():
        return
    data = newline.join(parts).encode(encoding)
    assume(encoding != "cp1252" or not _is_utf8(data))  # "é’’" in cp1252 is the UTF-8 of one CJK character
    reference = load_bytes(body.encode("utf-8"), path=None)
    other = load_bytes(data, path=None)
    assert clean(other.text) == clean(reference.text)
    assert (
        parse_article(other.text, source=other.source).source.sha256
        == parse_article(reference.text, source=reference.source).source.sha256
    )
