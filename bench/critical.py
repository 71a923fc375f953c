"""Section "critical" (issue 13): what figures, timeline and sourcing add to the analysis of the 1 MB article.

The three stages run last in `analyse()` and read only the analysed article, so
they are timed on their own (`read_critically` on an article analysed without
them) against the rest of `analyse()` in the same run. Target: at most 30 % more.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import replace

from bench.common import Figure, Report
from bench.structure import Inputs
from reader.core import analyse, parse_article
from reader.core.model import Article
from reader.core.pipeline import read_critically

TARGET = 0.30
"""The issue's bound: the three aids add no more than 30 % to the analysis time."""


def _without_critical(article: Article) -> Article:
    """What `analyse()` computes before the three stages (blocks as parsed, no figures or timeline)."""
    return replace(analyse(article), figures=(), figure_conflicts=(), timeline=(), blocks=article.blocks)


def _cpu(fn: Callable[[], object]) -> float:
    """CPU seconds of one call: on 2 cores shared by several agents, wall time mostly measures the others."""
    gc.collect()
    start = time.process_time()
    fn()
    return time.process_time() - start


def run_critical(report: Report, inputs: Inputs, quick: bool) -> None:
    parsed = parse_article(inputs.sized["1 MB"])
    runs = 3 if quick else 5
    base = _without_critical(parsed)  # also the warm-up: first calls compile regexes and load lexicons
    totals, criticals = [], []
    for _ in range(runs):  # interleaved, so a burst of load on the shared machine hits both alike
        totals.append(_cpu(lambda: analyse(parsed)))
        criticals.append(_cpu(lambda: read_critically(base)))
    total, critical = statistics.median(totals), statistics.median(criticals)
    rest = max(total - critical, 1e-9)
    done = read_critically(base)
    counts = f"{len(done.figures)} figures, {len(done.timeline)} time expressions, {len(done.body)} paragraphs"
    report.add(
        Figure(
            "critical",
            "figures + timeline + sourcing, 1 MB",
            critical,
            "s",
            None,
            "rest of analyse()",
            rest,
            note=f"{counts}; analyse() total {total:.2f} s; CPU time, medians of {runs}",
        )
    )
    report.add(Figure("critical", "added to analyse() time, 1 MB", critical / rest, "x", TARGET, note="target <= 0.30"))
