"""Section 5: quote search across a library (issue 5), through the real `reader --find` process.

Every figure includes process start-up, as a user sees it; `reader --version`
(start-up alone) and reading every file with the loader (the least any first
index must do) are the baselines.
"""

from __future__ import annotations

import importlib
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench.common import Figure, Report, Skip, median_time
from bench.corpus import build_library, folder_size
from reader.load import load_path

BIN = Path(sys.executable).parent
_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]+")


@dataclass(frozen=True)
class Run:
    seconds: float
    status: int
    max_rss_mb: float
    """Peak RSS of the process itself (VmHWM, sampled every 20 ms)."""
    tree_rss_mb: float
    """Peak of the summed RSS of the process and its workers, sampled every 0.1 s."""
    stdout: str
    stderr: str


def _status_field_kb(pid: int, name: str) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith(name + ":")), 0)


def _tree_rss_kb(root: int) -> int:
    """Summed RSS of `root` and all its descendants (worker pools included), from /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(_status_field_kb(pid, "VmRSS") for pid in tree)


def _run(args: list[str], env: dict[str, str], timeout: float = 600) -> Run:
    """Run a process: wall time, its own peak RSS and the peak RSS of its whole tree (both sampled from /proc)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=err, env=env)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        peak, hwm = [0], [0]
        done = threading.Event()

        def sample() -> None:
            # ru_maxrss from wait4 is useless here: Linux carries the forking parent's high-water mark
            # into the child at exec, so a large bench process inflates it. /proc's VmHWM is the child's own.
            n = 0
            while not done.wait(0.02):
                hwm[0] = max(hwm[0], _status_field_kb(proc.pid, "VmHWM"))
                n += 1
                if n % 5 == 0:
                    peak[0] = max(peak[0], _tree_rss_kb(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
            done.set()
        elapsed = time.perf_counter() - start
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            elapsed,
            proc.returncode,
            (hwm[0] or usage.ru_maxrss) / 1024,
            max(peak[0], hwm[0]) / 1024,
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
        )


def _queries(files: list[Path], count: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < count:
        words = _WORDS.findall(load_path(rng.choice(files)).text)
        if len(words) < 20:
            continue
        start = rng.randrange(10, len(words) - 8)
        window = words[start : start + rng.randint(4, 7)]
        if rng.random() < 0.5:  # a typo in the longest word
            j = max(range(len(window)), key=lambda k: len(window[k]))
            w = window[j]
            window[j] = w[:2] + w[3] + w[2] + w[4:] if len(w) > 4 else w
        if rng.random() < 0.3:
            del window[rng.randrange(len(window))]
        out.append(" ".join(window))
    return out


def _pipeline_key() -> str | None:
    """The index's fingerprint of the parsing code, when the library exposes one (edits rebuild the index)."""
    try:
        module = importlib.import_module("reader.library.index")
        key = getattr(module, "pipeline_key", None)
        return str(key()) if callable(key) else None
    except Exception:  # optional introspection only
        return None


def run_library(report: Report, quick: bool) -> None:
    reader_bin = BIN / "reader"
    try:
        importlib.import_module("reader.cli.find")
    except ImportError as exc:
        raise Skip(f"reader --find is not implemented yet ({exc})") from exc
    count = 500 if quick else 2250
    with tempfile.TemporaryDirectory(prefix="reader-bench-lib-") as tmp:
        folder, data = Path(tmp) / "articles", Path(tmp) / "data"
        files = build_library(folder, count)
        env = {**os.environ, "READER_DATA_DIR": str(data), "READER_STATE_DIR": str(Path(tmp) / "state")}
        env.pop("NO_COLOR", None)
        size_mb = folder_size(folder) / 1048576
        startup = [_run([str(reader_bin), "--version"], env) for _ in range(5)]
        base_start = statistics.median(r.seconds for r in startup)
        version_rss = max(r.max_rss_mb for r in startup)
        read_all = median_time(lambda: [load_path(p) for p in files], 1, warmup=0)
        queries = _queries(files, 4 if quick else 10)

        key = _pipeline_key()
        first = _run([str(reader_bin), "--find", queries[0], str(folder), "--limit", "5"], env)
        if first.status == 2:
            raise Skip(f"reader --find failed: {first.stderr.strip()[-300:]}")
        report.add(
            Figure(
                "library",
                f"first query incl. indexing, {len(files)} files",
                first.seconds,
                "s",
                60.0,
                "read+decode every file",
                read_all,
                note=f"{size_mb:.0f} MB of articles, exit {first.status}",
            )
        )
        later: list[Run] = [_run([str(reader_bin), "--find", q, str(folder), "--limit", "5"], env) for q in queries[1:]]
        if _pipeline_key() != key:
            report.warn(
                "library",
                "reader/core changed during the run (pipeline key): later queries re-indexed; rerun when quiet",
            )
        times = [r.seconds for r in later]
        hits = sum(1 for r in [first, *later] if r.status == 0)
        slowest = max(zip(times, queries[1:], strict=True))[1]
        for name, value in (("p50", statistics.median(times)), ("max", max(times))):
            report.add(
                Figure(
                    "library",
                    f"later query {name} (incl. start-up)",
                    value,
                    "s",
                    0.3,
                    "reader --version",
                    base_start,
                    note=f"{len(times)} queries, {hits}/{len(queries)} with hits"
                    + (f"; slowest: {slowest!r}" if name == "max" else ""),
                )
            )
        changed = files[len(files) // 2]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line for the update test.\n")
        incremental = _run([str(reader_bin), "--find", queries[1], str(folder), "--limit", "5"], env)
        report.add(
            Figure(
                "library",
                "query after one file changed",
                incremental.seconds,
                "s",
                None,
                "reader --version",
                base_start,
            )
        )
        report.add(
            Figure(
                "library",
                "index size on disk",
                folder_size(data) / 1048576 if data.exists() else 0.0,
                "MB",
                None,
                "article bytes",
                size_mb,
            )
        )
        report.add(
            Figure(
                "library",
                "peak RSS: first query, all processes",
                first.tree_rss_mb,
                "MB",
                None,
                "reader --version",
                version_rss,
                note=f"main process alone {first.max_rss_mb:.0f} MB",
            )
        )
        report.add(
            Figure(
                "library",
                "peak RSS: later query (max)",
                max(r.max_rss_mb for r in later),
                "MB",
                None,
                "reader --version",
                version_rss,
            )
        )
