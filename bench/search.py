"""Section 3: in-article search (issue 4): index build, then latency per keystroke.

Queries are drawn at run time from the article itself (a seeded sample of
sentence windows), then damaged the way people type them: typos, dropped and
swapped words, straight for curly quotes, lower case. Each query is typed one
character at a time and every prefix is timed, as the search field does.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable

from bench.common import Figure, Report, Skip, median_time, percentile
from reader.core import analyse, parse_article
from reader.core.model import Article
from reader.core.text.clean import fold

_WORDS = re.compile(r"[A-Za-z][A-Za-z'\u2019-]+")
GENERIC = ["the government said", "shares rose", "prime minister", "record profits", "chief executive told"]


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["swap", "drop", "double", "replace"])
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeiourstln") + word[i + 1 :]


def make_queries(article: Article, count: int, seed: int = 11) -> list[tuple[str, str | None]]:
    """Realistic queries, each with the undamaged words it was drawn from (None for the generic phrases)."""
    rng = random.Random(seed)
    blocks = [b for b in article.body if len(b.text) > 80]
    if not blocks:
        raise Skip("the article has no body paragraphs to draw queries from")
    queries: list[tuple[str, str | None]] = [(q, None) for q in GENERIC]
    while len(queries) < count:
        block = rng.choice(blocks)
        words = _WORDS.findall(block.text)
        if len(words) < 6:
            continue
        start = rng.randrange(0, len(words) - 5)
        window = words[start : start + rng.randint(2, 5)]
        original = " ".join(window)
        damage = rng.choice(["exact", "typo", "typo", "drop", "swap", "lower"])
        if damage == "typo":
            j = rng.randrange(len(window))
            window[j] = _typo(window[j], rng)
        elif damage == "drop" and len(window) > 2:
            del window[rng.randrange(len(window))]
        elif damage == "swap" and len(window) > 2:
            j = rng.randrange(len(window) - 1)
            window[j], window[j + 1] = window[j + 1], window[j]
        query = " ".join(window).replace("\u2019", "'")
        queries.append((query.lower() if damage == "lower" else query, original))
    return queries[:count]


def _keystrokes(search: Callable[[str], object], queries: list[str]) -> list[float]:
    """Milliseconds for every prefix of every query, typed in order."""
    times = []
    for query in queries:
        for i in range(1, len(query) + 1):
            start = time.perf_counter()
            search(query[:i])
            times.append((time.perf_counter() - start) * 1000)
    return times


def run_search(report: Report, one_mb_text: str, quick: bool) -> None:
    try:
        from reader.core.search.passages import SearchIndex
    except ImportError as exc:
        raise Skip(f"reader.core.search.passages.SearchIndex is missing ({exc})") from exc
    article = analyse(parse_article(one_mb_text))
    folded = [fold(b.text) for b in article.blocks]

    def build() -> object:
        index = SearchIndex(article)
        index.search("a")
        return index

    n = 3 if quick else 5
    base = median_time(lambda: [fold(b.text) for b in article.blocks], n)
    report.add(
        Figure(
            "search",
            "SearchIndex build + first keystroke, 1 MB",
            median_time(build, n),
            "s",
            None,
            "fold every block",
            base,
            note=f"{len(article.blocks)} blocks, median of {n}",
        )
    )
    index = SearchIndex(article)
    if not index.search("minister"):
        report.skip("search", "per-keystroke latency", "SearchIndex.search returns no hits (placeholder?)")
        return
    drawn = make_queries(article, 12 if quick else 40)
    queries = [q for q, _ in drawn]

    def naive(q: str) -> object:
        needle = fold(q)
        return [i for i, text in enumerate(folded) if needle in text]

    baseline = _keystrokes(naive, queries)
    times = _keystrokes(lambda q: index.search(q), queries)
    keys = f"{len(times)} keystrokes, {len(queries)} queries"
    for p, target in ((50, None), (95, 15.0)):
        report.add(
            Figure(
                "search",
                f"per keystroke p{p}, 1 MB",
                percentile(times, p),
                "ms",
                target,
                "substring scan",
                percentile(baseline, p),
                note=keys,
            )
        )
    report.add(
        Figure("search", "per keystroke max, 1 MB", max(times), "ms", None, "substring scan", max(baseline), note=keys)
    )
    sourced = [(q, fold(original)) for q, original in drawn if original is not None]
    found = sum(
        1
        for q, original in sourced
        if any(original in fold(article.block(h.block).text) for h in index.search(q, limit=10))
    )
    report.add(
        Figure(
            "search",
            "damaged queries finding their block in top 10",
            100 * found / max(1, len(sourced)),
            "%",
            note=f"{found} of {len(sourced)}: a top-10 hit's block holds the undamaged words",
        )
    )
