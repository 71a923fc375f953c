"""A saved page's bytes to the HTML text: BOM, the transport or <meta> charset, the MHTML archive's page part.

Kept apart from the extraction (`html.py`) because decoding follows the
browsers' rules (WHATWG labels and the vendor supersets pages really use),
which have nothing to do with finding the article in the decoded page.
"""

from __future__ import annotations

import codecs
import re

from reader.load.errors import PageError

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I
)

_SUPERSETS = {
    # what browsers decode these labels as (WHATWG Encoding): the vendor supersets pages really use
    **dict.fromkeys(("shift-jis", "x-sjis", "sjis", "windows-31j", "ms-kanji", "csshiftjis"), "cp932"),
    **dict.fromkeys(("gb2312", "gbk", "x-gbk", "gb-2312", "chinese", "csgb2312"), "gb18030"),
    **dict.fromkeys(("euc-kr", "ks-c-5601-1987", "korean", "cseuckr"), "cp949"),
    **dict.fromkeys(("big5", "x-x-big5", "csbig5", "big5-hkscs"), "big5hkscs"),
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "iso-8859-9": "cp1254",
}


def _codec(label: str) -> str | None:
    """A Python codec for a declared charset (WHATWG aliases: latin-1 and ascii mean windows-1252)."""
    low = label.strip().strip("\"'").lower()
    if low in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "l1"):
        return "cp1252"
    if low.startswith(("utf-16", "utf-32")):  # a page that declares utf-16 in ASCII bytes is not utf-16
        return "utf-8"
    superset = _SUPERSETS.get(low.replace("_", "-"))
    if superset:
        return superset
    try:
        return codecs.lookup(low).name
    except LookupError:
        return None


def decode_page(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes: BOM, then the transport or <meta> charset, then reader's text fallbacks."""
    from reader.load.decode import decode

    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, "replace"), name
    labels = [declared] if declared else []
    labels += [(m.group(1) or m.group(2)).decode("ascii", "ignore") for m in _META_CHARSET.finditer(data[:8192])][:2]
    for label in labels:
        codec = label and _codec(label)
        if not codec:
            continue
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    text, encoding = decode(data.replace(b"\x00", b""))
    return text, encoding


def mhtml_html(data: bytes) -> tuple[bytes, str | None]:
    """The text/html part of an MHTML archive, transfer-decoded, and its declared charset."""
    import email
    import email.policy

    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in msg.walk():
        if part.get_content_type() in ("text/html", "application/xhtml+xml"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                charset = part.get_content_charset()
                return payload, charset
    raise PageError("this MHTML archive holds no text/html part; save the page again as a web page (.html)")
