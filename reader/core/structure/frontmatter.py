"""YAML front matter at the top of a Markdown article, read without a YAML library.

Only flat `key: value` pairs (plus `- item` lists under a key) matter for an
article's metadata, so a tiny reader is enough and keeps PyYAML out of the
dependencies. Values are unquoted ('It''s' style too) and HTML entities decoded.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_ITEM = re.compile(r"^\s+-\s+(?P<value>.+?)\s*$")
_WIKI_LINK = re.compile(r"\[\[(?P<target>[^\[\]|]+)(?:\|(?P<shown>[^\[\]]+))?\]\]")
"""A note-taking app's link ("[[Ruth Okafor]]", "[[people/ruth|Ruth Okafor]]"): the words it shows."""


@dataclass(slots=True)
class FrontMatter:
    """Keys of the front matter with their values and 1-based line numbers."""

    end: int = 0
    """Last line of the block (the closing `---`), 0 when there is none."""
    values: dict[str, tuple[str, int]] = field(default_factory=dict)
    lists: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def unquote(value: str) -> str:
    """A YAML scalar as text: quotes removed, '' and \\" unescaped, entities decoded."""
    v = value.strip()
    if len(v) >= 2 and v[0] == v[-1] == "'":
        v = v[1:-1].replace("''", "'")
    elif len(v) >= 2 and v[0] == v[-1] == '"':
        v = v[1:-1].replace('\\"', '"')
    v = _WIKI_LINK.sub(lambda m: m.group("shown") or m.group("target"), v)
    return html.unescape(v).strip()


def read_front_matter(lines: list[str]) -> FrontMatter:
    """The front matter of a document split into lines (an empty result when it has none)."""
    fm = FrontMatter()
    if not lines or lines[0].strip() != "---":
        return fm
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return fm
    fm.end = end + 1
    last_key: str | None = None
    for i in range(1, end):
        line = lines[i]
        if m := _KEY.match(line):
            last_key = m.group("key").lower()
            raw = m.group("value")
            if raw.startswith("[") and raw.endswith("]"):
                fm.lists[last_key] = [(unquote(x), i + 1) for x in raw[1:-1].split(",") if x.strip()]
            elif raw:
                fm.values.setdefault(last_key, (unquote(raw), i + 1))
        elif (m := _ITEM.match(line)) and last_key is not None:
            fm.lists.setdefault(last_key, []).append((unquote(m.group("value")), i + 1))
    return fm
