"""Document-level linking: one entity per referent, with every spelling and mention.

Works on any engine's output. Mentions are merged when they name the same
thing: the same words; a surname after the full name ("Altman" after
"Sam Altman"); an acronym and its expansion ("National Security Agency (NSA)",
or initials that match); a lone head word after the full name ("the Journal"
after "The Wall Street Journal"); other names the gazetteer lists for one body;
spellings that differ only by spaces, hyphens, dots or case ("TimeWarner" and
"Time Warner", "U.S." and "US") within one type.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.core.entities.cues import FIRM_SUFFIX
from reader.core.entities.gazetteer import Gazetteer
from reader.core.entities.tokens import words
from reader.core.model import Entity, EntityType, Mention

_SKIP_INITIAL = words("of the and for on in at to de du la le & des der")
_PAREN_ACRONYM = re.compile(r"^(?:['\u2019]s)?\s*\(\s*$")


@dataclass(slots=True)
class Found:
    """One mention with its text, before linking."""

    block: str
    start: int
    end: int
    type: EntityType
    text: str
    order: int


@dataclass(slots=True)
class _Group:
    type: EntityType
    mentions: list[Found] = field(default_factory=list)
    names: Counter[str] = field(default_factory=Counter)
    types: Counter[EntityType] = field(default_factory=Counter)


def initials(name: str) -> str:
    """Capital initials of a multi-word name, small words skipped ("North Atlantic Treaty Organization" -> "NATO")."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _SKIP_INITIAL]
    return "".join(w[0] for w in words if w[0].isupper()) if len(words) >= 2 else ""


_SQUASH = re.compile(r"[\s.\-\u2010\u2011\u00ad]+")


def squash(text: str) -> str:
    """A spelling key without spaces, hyphens, dots or case: one name written several ways shares it."""
    return _SQUASH.sub("", text).lower()


def _acronym_key(text: str) -> str:
    return text.replace(".", "")


def link(
    found: Sequence[Found], texts: dict[str, str], gaz: Gazetteer, *, extra_people: Sequence[str] = ()
) -> tuple[Entity, ...]:
    """Merge mentions into entities; `texts` maps block id -> text (for "Name (ACR)" patterns)."""
    groups: list[_Group] = []
    by_text: dict[tuple[str, str], _Group] = {}
    by_acronym: dict[str, _Group] = {}
    by_last: dict[str, list[_Group]] = {}
    named_with: dict[str, tuple[list[int], list[_Group]]] = {}
    most_named: dict[str, _Group | None] = {}
    """surname -> (orders, groups) of every full mention of a person with it, in reading order."""
    by_canon: dict[str, _Group] = {}
    first: dict[str, set[int]] = {}
    first_group: dict[str, _Group] = {}
    ordered = sorted(found, key=lambda f: f.order)
    # pass 1: multi-word names first, so that short forms anywhere can find them
    multi = [f for f in ordered if " " in f.text or f.type == "PERSON" and f.text in extra_people]
    rest = [f for f in ordered if not (" " in f.text or f.type == "PERSON" and f.text in extra_people)]
    prev_of: dict[int, Found] = {}
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.block == b.block:
            prev_of[b.order] = a
    by_folded: dict[tuple[str, str], _Group] = {}
    by_first: dict[str, _Group] = {}
    by_squash: dict[tuple[str, str], _Group] = {}
    for f in multi + rest:
        key = (_family(f.type), f.text)
        folded = (f.type, f.text.lower())
        g = by_text.get(key)
        if (
            g is None
            and folded in by_folded
            and (f.text.isupper() or any(n.isupper() for n in by_folded[folded].names))
        ):
            g = by_folded[folded]  # "THE HAGUE" in the dateline is "The Hague" of the story
        sq = (f.type, squash(f.text))
        if g is None and len(sq[1]) >= 2 and sq in by_squash:
            g = by_squash[sq]  # "TimeWarner" is "Time Warner", "U.S." is "US"
        if g is None:
            g = _find(f, prev_of.get(f.order), texts, gaz, by_acronym, by_last, by_canon, named_with)
        if g is None and f.type in ("ORG", "MISC") and f.text in by_first:
            g = by_first[f.text]  # "Kestrel" after "Kestrel Capital", "Hubble" after "Hubble Space Telescope"
        if g is None and f.type == "PERSON" and len(first.get(f.text, ())) == 1:
            g = first_group[f.text]  # "Taylor" after "Taylor Kinney", when no other Taylor is named
        elif g is None and f.type == "PERSON" and f.text in first:
            if f.text not in most_named:  # full names all come first (pass 1), so one answer per first name
                most_named[f.text] = _named_most(f.text, groups, first[f.text])
            g = most_named[f.text]  # two Taylors: the one named in full most often
        if g is None:
            g = _Group(f.type)
            groups.append(g)
        g.mentions.append(f)
        g.names[f.text] += 1
        g.types[f.type] += 1
        by_text.setdefault(key, g)
        by_folded.setdefault(folded, g)
        by_squash.setdefault(sq, g)
        canon = gaz.canonical.get(f.text)
        if canon is not None:
            by_canon.setdefault(canon, g)
        parts = f.text.split()
        if len(parts) >= 2:
            if f.type == "PERSON":
                by_last.setdefault(parts[-1], []).append(g)
                if g.type == "PERSON":
                    orders, named = named_with.setdefault(parts[-1], ([], []))
                    orders.append(f.order)
                    named.append(g)
                first.setdefault(parts[0], set()).add(id(g))
                first_group[parts[0]] = g
            elif (ini := initials(f.text)) and len(ini) >= 2:
                by_acronym.setdefault(ini, g)
            if f.type == "ORG":
                by_last.setdefault(parts[-1], []).append(g)
                if parts[-1] in FIRM_SUFFIX and parts[0] not in gaz.phrases and parts[0].lower() not in gaz.common:
                    by_first.setdefault(parts[0], g)
            if f.type == "MISC" and parts[-1] in gaz.thing_suffix and parts[0].lower() not in gaz.common:
                by_first.setdefault(parts[0], g)
    for name in extra_people:
        if ("NAME", name) not in by_text:
            groups.append(_Group("PERSON", names=Counter({name: 1}), types=Counter({"PERSON": 1})))
    groups.sort(key=lambda g: min((m.order for m in g.mentions), default=1 << 60))
    return tuple(_entity(i, g, gaz) for i, g in enumerate(groups))


def _family(t: EntityType) -> str:
    return "NAME" if t in ("ORG", "PLACE", "PERSON") else t


def _find(
    f: Found,
    prev: Found | None,
    texts: dict[str, str],
    gaz: Gazetteer,
    by_acronym: dict[str, _Group],
    by_last: dict[str, list[_Group]],
    by_canon: dict[str, _Group],
    named_with: dict[str, tuple[list[int], list[_Group]]],
) -> _Group | None:
    canon = gaz.canonical.get(f.text)
    if canon is not None and canon in by_canon:
        return by_canon[canon]
    if " " in f.text:
        # "U.S. Federal Reserve" is the "Federal Reserve": a country before a listed body
        first, _sp, rest = f.text.partition(" ")
        canon = gaz.canonical.get(rest)
        if f.type == "ORG" and first in gaz.countries and canon is not None:
            return by_canon.get(canon)
        return None
    key = _acronym_key(f.text)
    if f.text.isupper() and len(key) >= 2:
        # "Name (ACR)": the expansion right before the parenthesis
        if prev is not None and prev.block == f.block and prev.end <= f.start:
            between = texts.get(f.block, "")[prev.end : f.start]
            if _PAREN_ACRONYM.match(between) and prev.type in ("ORG", "PLACE", "MISC"):
                g = by_acronym.get(initials(prev.text))
                if g is not None:
                    return g
        if key in by_acronym:
            return by_acronym[key]
    if f.type in ("PERSON", "ORG") or f.text in by_last:
        cands = by_last.get(f.text, [])
        if f.type == "PERSON" and f.text in named_with:
            # a surname shared by two people ("Donald Trump ... Melania Trump ... Donald Trump said ...
            # she first met Trump") is the one last named with it before this mention, not the last
            # in the document; before anyone is named with it, the first one named after it
            orders, named = named_with[f.text]
            k = bisect.bisect_left(orders, f.order) - 1
            return named[k] if k >= 0 else named[0]
        orgs = [g for g in cands if g.type == "ORG"]
        if orgs and f.type == "ORG":
            return orgs[-1]
    return None


def _named_most(given: str, groups: list[_Group], ids: set[int]) -> _Group | None:
    """Of the people sharing a first name, the one named in full strictly most often (None on a tie)."""
    counts = sorted(
        (
            (sum(c for n, c in g.names.items() if " " in n and n.split()[0] == given), k)
            for k, g in enumerate(groups)
            if id(g) in ids
        ),
        reverse=True,
    )
    if not counts or len(counts) > 1 and counts[0][0] == counts[1][0]:
        return None
    return groups[counts[0][1]]


def _entity(i: int, g: _Group, gaz: Gazetteer) -> Entity:
    typ = g.types.most_common(1)[0][0] if g.types else g.type
    names = list(g.names)
    canon = next((gaz.canonical[n] for n in names if n in gaz.canonical), None)
    name = canon or max(names, key=lambda n: (len(n.split()), not n.isupper(), len(n), g.names[n]))
    if typ == "PLACE" and name.isupper() and len(name) > 4:
        # a dateline's "LISBON" is shown as the gazetteer writes it, or else in title case
        name = gaz.spelling.get(name.lower()) or name.title()
        names.append(name)
    aliases = tuple(n for n in names if n != name)
    mentions = tuple(Mention(m.block, m.start, m.end) for m in sorted(g.mentions, key=lambda m: m.order))
    return Entity(f"e{i}", name, typ, aliases, mentions)
