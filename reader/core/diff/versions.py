"""Which saved files are versions of one article, for the library to list them as one entry.

Two files are versions of one article when they share a canonical URL (when
both name one: different URLs are different articles), or else when they
have the same headline or the same lede and most of their words in common.
Candidates are found through buckets (URL, headline, lede), never by
comparing every file with every other; each group lists its versions by date.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.diff.words import fold
from reader.core.model import Article

MOST_WORDS = 0.6
"""Share of distinct words (Jaccard) two versions must have in common."""
_URL = re.compile(r"^\s*(?:canonical(?:\s+url)?|url|source|link|permalink)\s*:\s*(https?://\S+)\s*$", re.I | re.M)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """What grouping needs to know about one saved file."""

    path: str
    title: str | None
    date: str | None
    url: str | None
    lede: str
    words: frozenset[str]


def _norm_url(url: str) -> str:
    url = re.sub(r"^https?://(?:www\.)?", "", url.strip().lower())
    return re.sub(r"[?#].*$", "", url).rstrip("/")


def _key(text: str | None, n: int = 12) -> str:
    return " ".join(_WORD.findall(fold(text or "").lower())[:n])


def title_key(title: str | None) -> str:
    """A headline's grouping key: its first words, folded and lower-cased."""
    return _key(title)


def canonical_url(article: Article) -> str | None:
    """A canonical URL the saved file names ("URL: https://..."), among its blocks or the clutter set aside."""
    for text in [r.text for r in article.removed] + [b.text for b in article.blocks[:6]]:
        m = _URL.search(text)
        if m:
            return _norm_url(m.group(1))
    return None


def version_info(article: Article, path: str, *, url: str | None = None) -> VersionInfo:
    """The grouping record of an article (`url` given wins over one found in the text)."""
    body = article.body
    lede = _key(body[0].text if body else "", 16)
    words = frozenset(w for b in body for w in _WORD.findall(fold(b.text).lower()) if len(w) > 3)
    m = article.meta
    return VersionInfo(
        path, m.title, m.updated or m.published, _norm_url(url) if url else canonical_url(article), lede, words
    )


def same_article(a: VersionInfo, b: VersionInfo) -> bool:
    """Whether two files are versions of one article (see the module docstring)."""
    if a.url and b.url:
        return a.url == b.url
    same_head = bool(a.title) and _key(a.title) == _key(b.title)
    same_lede = bool(a.lede) and a.lede == b.lede
    if not (same_head or same_lede):
        return False
    union = len(a.words | b.words)
    return union == 0 or len(a.words & b.words) / union >= MOST_WORDS


def group_versions(infos: Sequence[VersionInfo]) -> list[tuple[VersionInfo, ...]]:
    """Files grouped into articles; each group by date (oldest first), groups in the order first seen."""
    parent = list(range(len(infos)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(infos):
        if v.url:
            buckets["u:" + v.url].append(i)
        if v.title:
            buckets["t:" + _key(v.title)].append(i)
        if v.lede:
            buckets["l:" + v.lede].append(i)
    for members in buckets.values():
        for k, i in enumerate(members):
            for j in members[k + 1 : k + 1 + 20]:  # a bucket of hundreds is a generic headline: stay bounded
                if find(i) != find(j) and same_article(infos[i], infos[j]):
                    parent[find(j)] = find(i)
    groups: dict[int, list[VersionInfo]] = {}
    for i, v in enumerate(infos):
        groups.setdefault(find(i), []).append(v)
    return [tuple(sorted(g, key=lambda v: (v.date or "", v.path))) for g in groups.values()]


def pick_pair(articles: Sequence[tuple[str, Article]], path: str) -> tuple[Article, Article] | None:
    """The version before the newest and the newest of the article at `path`, among `articles`.

    Used by the library: `articles` are the files that may be versions of it
    (same headline), `path` the one highlighted; None when it has no other version.
    """
    infos = [version_info(a, p) for p, a in articles]
    by_path = dict(articles)
    group = next((g for g in group_versions(infos) if any(v.path == path for v in g)), ())
    pair = newest_pair(group)
    return (by_path[pair[0].path], by_path[pair[1].path]) if pair else None


def newest_pair(group: Sequence[VersionInfo]) -> tuple[VersionInfo, VersionInfo] | None:
    """(the version before the newest, the newest) of a group, or None for a single version."""
    return (group[-2], group[-1]) if len(group) >= 2 else None
