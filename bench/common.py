"""Timing and reporting shared by every bench section.

The machine is shared and noisy, so a figure alone means little: each one is
printed with a baseline measured in the same run (a bare app, a plain scan of
the same text, a process that only starts up) and the ratio between them, and
timings are medians over several runs. Figures are printed, never asserted.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


class Skip(Exception):
    """A section (or one figure) cannot run here; the message says why."""


@dataclass(frozen=True)
class Figure:
    """One measured value, its target from the issues, and its same-run baseline."""

    section: str
    name: str
    value: float
    unit: str
    target: float | None = None
    """Upper bound the issue sets, in `unit` (None: informative only)."""
    baseline_name: str | None = None
    baseline: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        return "OK" if self.value <= self.target else "MISS"


@dataclass
class Report:
    """Collects figures and skips, printing each as soon as it is known."""

    figures: list[Figure] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        print(format_figure(figure), flush=True)
        return figure

    def skip(self, section: str, what: str, reason: str) -> None:
        self.skipped.append((f"{section}: {what}", reason))
        print(f"  {section:<10} {what:<44} skipped: {reason}", flush=True)

    def warn(self, section: str, message: str) -> None:
        """Something that makes figures untrustworthy (they are still printed)."""
        self.warnings.append(f"{section}: {message}")
        print(f"  {section:<10} WARNING: {message}", flush=True)

    def summary(self) -> str:
        lines = ["", "summary (targets from the issues; ratio = figure / same-run baseline)"]
        lines += [format_figure(f) for f in self.figures if f.target is not None]
        missed = [f for f in self.figures if f.verdict == "MISS"]
        lines.append(
            f"  {sum(f.verdict == 'OK' for f in self.figures)} targets met, {len(missed)} missed, "
            f"{len(self.skipped)} skipped"
        )
        lines += [f"  skipped {what}: {why}" for what, why in self.skipped]
        lines += [f"  WARNING {w}" for w in self.warnings]
        return "\n".join(lines)


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:9.1f} ms" if value < 1 else f"{value:9.2f} s "
    if unit == "ms":
        return f"{value:9.2f} ms"
    if unit == "MB":
        return f"{value:9.1f} MB"
    if unit == "x":
        return f"{value:9.2f} x "
    return f"{value:9.2f} {unit}"


def format_figure(f: Figure) -> str:
    target = ""
    if f.target is not None:
        target = f"target <= {_fmt(f.target, f.unit).strip()}: {f.verdict}"
    base = ""
    if f.baseline is not None and f.baseline_name:
        ratio = f.ratio
        base = f"{ratio:7.2f}x {f.baseline_name} ({_fmt(f.baseline, f.unit).strip()})" if ratio else ""
    note = f"  [{f.note}]" if f.note else ""
    return f"  {f.section:<10} {f.name:<44} {_fmt(f.value, f.unit)}  {target:<28} {base}{note}"


def median_time(fn: Callable[[], object], runs: int, *, warmup: int = 1) -> float:
    """Median wall time of `fn` in seconds, after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(max(1, runs)):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0-100) of a non-empty list."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def cpu_calibration() -> float:
    """A fixed pure-Python workload: how fast this machine is right now (seconds)."""

    def work() -> int:
        total = 0
        for i in range(300_000):
            total += (i * i) % 7
        return total

    return median_time(work, 5)
