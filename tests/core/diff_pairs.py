# ruff: noqa: E501  (article paragraphs are one line each, as saved pages have them)
"""Versions of articles for the comparison tests, written for them (and the bundled example).

Each pair is built from a base text by small edits of the kind news sites
make after publication, so every test states in one line what changed.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-drones.txt"

FERRY = """Island ferry operator cuts winter crossings to two a day

By Ana Kovac

Published: 2026-11-02

Share this article

The Westray Ferry Company will run two crossings a day between Kirkwall and Westray from December, down from five, the company said on Monday, blaming a shortage of engineers.

The cut will last until at least March and affects about 600 residents who rely on the service for work, school and hospital visits.

"We have no choice but to protect the crossings we can staff safely," chief executive Marta Lind said. "Nobody at this company wanted to make this call."

Islanders said they had not been warned. Councillor Tom Baird said the community had learned of the change from a notice pinned to the ticket office.

The company said it had advertised four engineering posts since August and filled none of them.

A spokesman for Orkney Islands Council said officials would meet the operator on Thursday to discuss emergency funding.

Advertisement
"""


def example() -> str:
    """The bundled example article, read at run time."""
    return EXAMPLE.read_text(encoding="utf-8")


def rewrap(text: str, width: int = 60) -> str:
    """The same text hard-wrapped at another width (hanging indents kept)."""
    out: list[str] = []
    for line in text.split("\n"):
        indent = line[: len(line) - len(line.lstrip())]
        if len(line) > width:
            out.extend(textwrap.wrap(line, width, initial_indent=indent, subsequent_indent=indent))
        else:
            out.append(line)
    return "\n".join(out)


def curly(text: str) -> str:
    """Straight quotes and hyphen-dashes made typographic, as a CMS re-save does."""
    out, opened = [], False
    for ch in text:
        if ch == '"':
            out.append("\u201d" if opened else "\u201c")
            opened = not opened
        else:
            out.append(ch)
    return "".join(out).replace("'", "\u2019").replace(" - ", " \u2014 ")


def spaced(text: str) -> str:
    """Changed whitespace: doubled spaces, trailing blanks, extra blank lines."""
    return text.replace(". ", ".  ").replace("\n\n", " \n\n\n")


def move_paragraph(text: str, starts: str, by: int) -> str:
    """The paragraph starting with `starts` moved `by` paragraphs down."""
    paras = text.split("\n\n")
    i = next(k for k, p in enumerate(paras) if p.startswith(starts))
    para = paras.pop(i)
    paras.insert(i + by, para)
    return "\n\n".join(paras)


def drop_line(text: str, starts: str) -> str:
    """The text without its line(s) starting with `starts`."""
    return "\n".join(line for line in text.split("\n") if not line.startswith(starts))
