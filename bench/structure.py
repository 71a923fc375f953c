"""Sections 1 and 2: structure parsing (issue 2), entities and full analysis (issue 3)."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from functools import partial

from bench.common import Figure, Report, median_time
from bench.corpus import Story, bbc_stories, build_article, reference_text
from reader.core import analyse, parse_article
from reader.core.model import Article

KB, MB = 1024, 1024 * 1024
_WORD = re.compile(r"\w+")
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")


@dataclass(frozen=True)
class Inputs:
    """Texts shared by the sections that follow (built once per run)."""

    reference: str
    sized: dict[str, str]
    """Label ("100 KB", "1 MB", "10 MB") to article text."""


def build_inputs(quick: bool) -> Inputs:
    stories: list[Story] = bbc_stories()
    sizes = {"100 KB": 100 * KB, "1 MB": MB} if quick else {"100 KB": 100 * KB, "1 MB": MB, "10 MB": 10 * MB}
    return Inputs(reference_text(), {label: build_article(size, stories) for label, size in sizes.items()})


_MENU = ("News", "World", "Business", "Politics", "Sport", "Culture", "Weather", "Video", "Sign in", "Search")


def build_dump(article: str) -> str:
    """`article` as `w3m -dump -cols 100` would save its page: a menu tree, wrapped lines, teasers, a footer.

    Every tenth section is followed by a teaser stream of other stories, as a
    long live page or an endless-scroll dump has; the text is the same bytes
    as the sized article, so the two figures compare like for like.
    """
    menu = [f"  • {w}" if k % 3 == 0 else f"      □ {w}" for k, w in enumerate(_MENU * 4)]
    out = [*menu, ""]
    for k, block in enumerate(article.split("\n\n")):
        out += [*textwrap.wrap(block, 99), ""]
        if k % 40 == 39:
            out += ["More stories", "", "Ferry adds night crossings", "ferry.jpg", "32M ago", ""]
    out += ["About us", "Contact us", "Privacy Policy", "© 2025 The Ledger. All rights reserved."]
    return "\n".join(out)


def _line_scan(text: str) -> int:
    """The baseline: one plain pass over the same text (split lines, count words)."""
    return sum(len(_WORD.findall(line)) for line in text.split("\n") if line.strip())


def run_structure(report: Report, inputs: Inputs, quick: bool) -> None:
    runs = {"reference": 5 if quick else 20, "100 KB": 3 if quick else 7, "1 MB": 3 if quick else 5, "10 MB": 3}
    runs["1 MB page dump"] = runs["1 MB"]
    targets = {"reference": 0.020, "1 MB": 1.0, "1 MB page dump": 0.320}  # issue 11: at most 2x the 160 ms of 1 MB
    texts = {"reference": inputs.reference, **inputs.sized, "1 MB page dump": build_dump(inputs.sized["1 MB"])}
    times: dict[str, float] = {}
    for label, text in texts.items():
        n = runs[label]
        base = median_time(partial(_line_scan, text), n)
        times[label] = median_time(partial(parse_article, text), n, warmup=1 if label != "10 MB" else 0)
        size = f"{len(text.encode('utf-8')) / MB:.2f} MB" if len(text) > MB else f"{len(text) / KB:.0f} KB"
        report.add(
            Figure(
                "structure",
                f"parse_article {label} ({size})",
                times[label],
                "s",
                targets.get(label),
                "line scan",
                base,
                note=f"median of {n}",
            )
        )
    if "10 MB" in times:
        ratio = times["10 MB"] / times["1 MB"]
        size_ratio = len(texts["10 MB"]) / len(texts["1 MB"])
        report.add(
            Figure(
                "structure", "growth: parse 10 MB / parse 1 MB", ratio, "x", 12.0, note=f"size ratio {size_ratio:.1f}"
            )
        )
    else:
        ratio = times["1 MB"] / times["100 KB"]
        size_ratio = len(texts["1 MB"]) / len(texts["100 KB"])
        report.add(
            Figure(
                "structure",
                "growth: parse 1 MB / parse 100 KB",
                ratio,
                "x",
                12.0,
                note=f"size ratio {size_ratio:.1f}; --quick has no 10 MB",
            )
        )


def _capitalised_scan(article: Article) -> int:
    return sum(len(_CAPITALISED.findall(b.text)) for b in article.blocks)


def run_entities(report: Report, inputs: Inputs, quick: bool) -> None:
    from reader.core.entities import find_entities

    one_mb = parse_article(inputs.sized["1 MB"])
    reference = parse_article(inputs.reference)
    n = 3 if quick else 5
    base = median_time(lambda: _capitalised_scan(one_mb), n)
    elapsed = median_time(lambda: find_entities(one_mb, None), n)
    found = len(find_entities(one_mb, None))
    report.add(
        Figure(
            "entities",
            "find_entities 1 MB",
            elapsed,
            "s",
            1.0,
            "capitalised-word regex",
            base,
            note=f"{found} entities, median of {n}",
        )
    )
    for label, text, parsed, runs in (
        ("reference", inputs.reference, reference, 5 if quick else 20),
        ("1 MB", inputs.sized["1 MB"], one_mb, 1 if quick else 3),
    ):
        parse_time = median_time(partial(parse_article, text), runs)
        elapsed = median_time(partial(analyse, parsed), runs, warmup=1 if label == "reference" else 0)
        report.add(
            Figure(
                "entities",
                f"analyse() {label} (after parsing)",
                elapsed,
                "s",
                None,
                "parse_article",
                parse_time,
                note=f"median of {runs}",
            )
        )
