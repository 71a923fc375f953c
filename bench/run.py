"""The benchmark: every figure the issues set a target for, each with a same-run baseline.

    python bench/run.py                      # everything (a few minutes)
    python bench/run.py --quick              # fewer runs, no 10 MB article, a 500-file library
    python bench/run.py --only structure,search

Inputs are built at run time from ../shared/articles (set READER_SHARED_DIR to
point elsewhere) and never written into the repository. A section whose
feature is missing, or that cannot run here, prints "skipped: <reason>".
Nothing is asserted: this prints figures, targets and ratios.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/run.py` puts bench/, not the checkout, on the path
    sys.path.insert(0, str(ROOT))

from bench.common import Report, Skip, cpu_calibration  # noqa: E402
from bench.corpus import MissingShared  # noqa: E402
from bench.structure import Inputs, build_inputs  # noqa: E402

SECTIONS = ("structure", "entities", "critical", "search", "app", "library")


def _section(report: Report, name: str, body: Callable[[], None]) -> None:
    print(f"\n[{name}]", flush=True)
    start = time.perf_counter()
    try:
        body()
    except (Skip, MissingShared) as exc:
        report.skip(name, "section", str(exc))
    except Exception as exc:  # a bug in a feature under test must not hide the other sections
        report.skip(name, "section", f"crashed: {type(exc).__name__}: {exc}")
        traceback.print_exc(limit=4)
    print(f"  ({name} took {time.perf_counter() - start:.1f} s)", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer runs and smaller inputs")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections ({','.join(SECTIONS)})")
    args = parser.parse_args(argv)
    wanted = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(wanted) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")

    load = os.getloadavg()
    print(
        f"reader bench  {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}  python {platform.python_version()}  "
        f"{os.cpu_count()} CPUs  load {load[0]:.2f} {load[1]:.2f}  {'quick' if args.quick else 'full'}"
    )
    calibration = cpu_calibration()
    print(f"cpu calibration (fixed pure-Python loop): {calibration * 1000:.1f} ms", flush=True)

    report = Report()
    inputs: list[Inputs] = []

    def get_inputs() -> Inputs:
        if not inputs:
            start = time.perf_counter()
            inputs.append(build_inputs(args.quick))
            sizes = ", ".join(f"{k} = {len(v.encode('utf-8')):,} bytes" for k, v in inputs[0].sized.items())
            print(f"  inputs built in {time.perf_counter() - start:.1f} s: {sizes}", flush=True)
        return inputs[0]

    if "structure" in wanted:
        from bench.structure import run_structure

        _section(report, "structure", lambda: run_structure(report, get_inputs(), args.quick))
    if "entities" in wanted:
        from bench.structure import run_entities

        _section(report, "entities", lambda: run_entities(report, get_inputs(), args.quick))
    if "critical" in wanted:
        from bench.critical import run_critical

        _section(report, "critical", lambda: run_critical(report, get_inputs(), args.quick))
    if "search" in wanted:
        from bench.search import run_search

        _section(report, "search", lambda: run_search(report, get_inputs().sized["1 MB"], args.quick))
    if "app" in wanted:
        from bench.app import run_app

        def app() -> None:
            data = get_inputs()
            run_app(report, {"reference": data.reference, "1 MB": data.sized["1 MB"]}, args.quick)

        _section(report, "app", app)
    if "library" in wanted:
        from bench.library import run_library

        _section(report, "library", lambda: run_library(report, args.quick))

    after = cpu_calibration()
    print(report.summary())
    print(f"  cpu calibration before {calibration * 1000:.1f} ms, after {after * 1000:.1f} ms (drift = noise)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
