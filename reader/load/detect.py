"""Is this a saved web page? Decided from the name and the first bytes, importing nothing heavy.

Kept apart from `reader.load.html` so that the text path, which asks this of
every file, pays microseconds for it and never loads the extraction code.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Literal

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MHTML_SUFFIXES = frozenset({".mhtml", ".mht"})
PageKind = Literal["html", "mhtml"]

_SNIFF = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.I | re.S
)
_MHTML_HEAD = re.compile(rb"^(?:[\w-]+:[^\n]*\n|[ \t][^\n]*\n)*?content-type:\s*multipart/related", re.I)


def page_kind(name: str | None, data: bytes) -> PageKind | None:
    """`html` or `mhtml` by suffix, else by content (doctype, <html, <head near the start); None otherwise."""
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in MHTML_SUFFIXES:
        return "mhtml"
    if suffix in HTML_SUFFIXES:
        return "html"
    head = data[:4096].lstrip(codecs.BOM_UTF8)
    if _MHTML_HEAD.match(head.replace(b"\r\n", b"\n")):
        return "mhtml"
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            head = head[2:].decode(enc, "ignore").encode("ascii", "ignore")
    if suffix in (".md", ".markdown", ".txt"):
        return None  # a text article that quotes markup stays text
    return "html" if _SNIFF.match(head) else None
