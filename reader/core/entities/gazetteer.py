"""Word lists the built-in recogniser leans on, loaded once from `reader/core/data`.

The lists are bundled data files (sources and licences in `reader/core/data/SOURCES.md`)
read through `importlib.resources`, so the core stays free of file-system I/O and
the lists load only when entities are first asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from reader.core.model import EntityType

_DATA = "reader.core.data"


def _lines(name: str) -> list[str]:
    text = files(_DATA).joinpath(name).read_text(encoding="utf-8")
    return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]


def _sections(name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = ""
    for line in _lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        out.setdefault(current, []).append(line)
    return out


def phrase_key(words: tuple[str, ...] | list[str]) -> str:
    """Lookup key of a token sequence: words joined by one space, dots kept."""
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Everything the rules look up; keys are exact spellings unless named `*_lower`."""

    phrases: dict[str, EntityType]
    """Full names of places, organisations and MISC words, as written."""
    phrases_lower: dict[str, EntityType]
    """The same, case-folded, for all-caps headlines and datelines."""
    spelling: dict[str, str]
    """Case-folded name -> the name as written ("the hague" -> "The Hague")."""
    canonical: dict[str, str]
    """An organisation's other name -> its main name ("NATO" -> "North Atlantic Treaty Organization")."""
    max_words: int
    regions: frozenset[str]
    """Countries, states and regions: places too large to be part of a person's or a firm's name."""
    countries: frozenset[str]
    given: frozenset[str]
    surnames: frozenset[str]
    titles: frozenset[str]
    """Single-word titles and the first word of multi-word ones."""
    title_phrases: frozenset[str]
    org_suffix: frozenset[str]
    org_head: frozenset[str]
    event_suffix: frozenset[str]
    org_prefix: frozenset[str]
    """First words that make a name an organisation ("Dynamo", "Banco", "FC")."""
    place_suffix: frozenset[str]
    """Last words of place names ("Street", "Airport", "Wells")."""
    """Last words of events and competitions ("U.S. Open", "World Series"): MISC."""
    thing_suffix: frozenset[str]
    """Last words of named instruments and craft ("Hubble Space Telescope"): MISC, never a person."""
    common: frozenset[str]
    """Lower-cased words that are never a name on their own."""
    acronym_stop: frozenset[str]
    """All-caps words that are not names (AI, CEO, GDP)."""


def _plural(word: str) -> str | None:
    if word.endswith(("ese", "ss", "sh", "ch", "ish")) or " " in word or word[-1:] == "s":
        return None
    return word + "s"


def _other_spelling(name: str) -> str:
    return name.replace("ization", "isation") if "ization" in name else name.replace("isation", "ization")


@cache
def load() -> Gazetteer:
    """The gazetteer, built on first use and shared afterwards (read-only)."""
    phrases: dict[str, EntityType] = {}
    canonical: dict[str, str] = {}
    for name in _lines("misc_words.txt"):
        phrases[name] = "MISC"
        if (p := _plural(name)) is not None:
            phrases.setdefault(p, "MISC")
    regions: set[str] = set()
    countries: set[str] = set()
    for fname in ("places_geonames.tsv", "places_extra.tsv"):
        for line in _lines(fname):
            name, _tab, kind = line.partition("\t")
            phrases.setdefault(name, "PLACE")
            if kind != "city":
                regions.add(name)
            if kind == "country":
                countries.add(name)
    for line in _lines("organisations.txt"):
        names = [n.strip() for n in line.split("|") if n.strip()]
        for n in names + [_other_spelling(n) for n in names if "ization" in n or "isation" in n]:
            phrases[n] = "ORG"
            canonical[n] = names[0]
    for name in [n for n, t in phrases.items() if t == "PLACE" and n.startswith(("Saint ", "St. "))]:
        rest = name.split(" ", 1)[1]
        for form in ("St. ", "St ", "Saint "):
            phrases.setdefault(form + rest, "PLACE")
    lower: dict[str, EntityType] = {}
    spelling: dict[str, str] = {}
    for k, v in phrases.items():
        lower.setdefault(k.lower(), v)
        if not k.isupper():
            spelling.setdefault(k.lower(), k)
    titles = [t for t in _lines("titles.txt")]
    cues = {k: [w for line in v for w in line.split()] for k, v in _sections("org_cues.txt").items()}
    common: list[str] = []
    acr: list[str] = []
    for sec, lines in _sections("common_words.txt").items():
        words = [w for line in lines for w in line.split()]
        (acr if sec == "acronyms" else common).extend(words)
    return Gazetteer(
        phrases=phrases,
        phrases_lower=lower,
        spelling=spelling,
        canonical=canonical,
        max_words=max(len(k.split()) for k in phrases),
        regions=frozenset(regions),
        countries=frozenset(countries),
        given=frozenset(_lines("given_names_census.txt") + _lines("given_names_world.txt")),
        surnames=frozenset(_lines("surnames_census.txt")),
        titles=frozenset(t.split()[0] for t in titles),
        title_phrases=frozenset(titles),
        org_suffix=frozenset(cues.get("suffix", [])),
        org_head=frozenset(cues.get("head", [])),
        event_suffix=frozenset(cues.get("event", [])),
        org_prefix=frozenset(cues.get("prefix", [])),
        place_suffix=frozenset(cues.get("place", [])),
        thing_suffix=frozenset(cues.get("thing", [])),
        common=frozenset(w.lower() for w in common),
        acronym_stop=frozenset(acr),
    )
