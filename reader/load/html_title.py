"""The page's headline, chosen among its <h1>, its metadata titles and the extractor's guess.

Metadata titles carry the site's name and section labels ("Headline | World |
Site"); an <h1> may be the site's name. The rules here pick the headline the
page shows and strip what is not part of it.
"""

from __future__ import annotations

import re

from reader.load.html_clean import norm

_TITLE_SEP = re.compile(r"\s+(?:[|–—·:»－]|-{1,2}|::)\s+|\s*[｜_]\s*|\s*：\s*(?=\S)")


def choose_title(
    titles: list[str], h1: list[str], extracted: str | None, site: str | None, shown: frozenset[str] = frozenset()
) -> str | None:
    """The headline: the page's <h1> when its metadata agrees, else the metadata title without a site suffix.

    `shown` holds the page's visible text runs (normalised): a metadata title
    the page also shows beats an <h1> that no metadata confirms.
    """
    cands = [t for t in titles if t]
    if len(set(h1)) == 1 and cands:
        parts = [p for p in _TITLE_SEP.split(cands[0]) if p.strip()]
        rest = cands[0][len(parts[0]) :].strip(" -|:–—｜：_") if len(parts) > 1 else ""
        if norm(parts[0]) == norm(h1[0]) and len(rest) > len(parts[0]):
            return rest  # a blog's only <h1> is its name, repeated before every page's title
    for h, t in [(h, t) for t in cands for h in h1]:
        if (found := _confirms(h, t)) is not None:
            return found
    for t in cands:
        if len(norm(t)) >= 12 and norm(t) in shown:
            return t
    for h in h1 if extracted else []:
        if (found := _confirms(h, extracted or "")) is not None:
            return found
    if extracted:
        cands.append(extracted)
    if not cands:
        return h1[0] if h1 else None
    return _strip_site(cands[0], site, h1)


def _confirms(h: str, t: str) -> str | None:
    """The headline when an <h1> and a metadata title name the same story, else None."""
    nh, nt = norm(h), norm(t)
    if len(nh) < 8:
        return None
    if nh.startswith(nt) and nh != nt and len(nt) > 0.6 * len(nh):
        return t  # the <h1> has something glued after the headline (a site name, a kicker)
    if nh == nt or (nt.startswith(nh) and len(nh) > 0.4 * len(nt)) or _ratio(nh, nt) >= 0.85:
        return h
    return None


def _ratio(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b, autojunk=False).ratio() if a and b else 0.0


def _strip_site(title: str, site: str | None, h1: list[str]) -> str:
    """A metadata title without the site's name and section labels around it ("Headline | Section | Site")."""
    parts = [p for p in _TITLE_SEP.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    names = {n for n in (norm(site or ""),) if n}
    keep = list(parts)
    while len(keep) > 1:
        last, first = norm(keep[-1]), norm(keep[0])
        rest = " ".join(keep[:-1])
        if any(last == n or last in n or n in last for n in names):
            keep.pop()
        elif any(first == n or first in n for n in names) and len(" ".join(keep[1:])) > len(keep[0]):
            keep.pop(0)
        elif len(last.split()) <= 3 and len(keep[-1]) <= 30 and len(rest) >= 2 * len(keep[-1]) and len(rest) >= 12:
            keep.pop()
        else:
            break
    if len(keep) == len(parts):
        return title
    start = title.find(keep[0])
    end = title.find(keep[-1], start) + len(keep[-1])
    return title[start:end].strip() if start >= 0 and end > start else keep[0]
