"""Page dumps from other tools and widths: how the text parser reads the 89 web pages dumped anew.

Run: `.venv/bin/python bench/dumpers.py [--only w3m-80,lynx-80]` (needs ../shared/articles/web and, for each dumper,
its program: `apt-get install w3m lynx`; a missing one is skipped).

The development dumps (`page.txt`) are `w3m -dump` at 100 columns; people also keep pages dumped at 80 columns,
and by lynx (its link numbers, its References list, its margins). Each dumper's output of every `page.html` is
scored by the same scorer (`../shared/eval/web_eval.py --input txt`) against the same truth, beside the
development dumps as they are: accuracy figures, printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT.parent / "shared" / "articles" / "web"
SCORER = ROOT.parent / "shared" / "eval" / "web_eval.py"
DUMPERS: dict[str, list[str]] = {
    "w3m-80": ["w3m", "-dump", "-cols", "80", "-O", "UTF-8", "-T", "text/html"],
    "w3m-120": ["w3m", "-dump", "-cols", "120", "-O", "UTF-8", "-T", "text/html"],
    "lynx-80": ["lynx", "-dump", "-width=80", "-display_charset=UTF-8"],
}
FIGURES = ("title fuzzy", "authors set match", "published date", "lead found", "body F1", "combined")


def dump_all(name: str, argv: list[str], out: Path) -> int:
    """Dump every page with one dumper into `out/NAME/page.txt` beside links to its truth; how many pages."""
    n = 0
    for page in sorted(WEB.iterdir()):
        html = page / "page.html"
        if not html.is_file():
            continue
        target = out / name / page.name
        target.mkdir(parents=True, exist_ok=True)
        for f in ("truth.json", "page.html"):
            link = target / f
            if not link.exists():
                link.symlink_to(page / f)
        try:
            text = subprocess.run([*argv, str(html)], capture_output=True, timeout=60, check=False).stdout
        except subprocess.TimeoutExpired:
            text = b""
        (target / "page.txt").write_bytes(text)
        n += 1
    return n


def score(folder: Path, reader: str) -> dict[str, str]:
    """The scorer's summary figures for the dumps in `folder`."""
    env = {**os.environ, "READER_NO_WEBCACHE": "1"}
    cmd = [sys.executable, str(SCORER), str(folder), "--cmd", reader, "--input", "txt"]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False).stdout
    found: dict[str, str] = {}
    for line in out.splitlines():
        for key in FIGURES:
            if line.startswith(key) and key not in found:
                m = re.search(r"\s(\d\.\d{3})\b", line[len(key) :])
                if m:
                    found[key] = m.group(1)
    return found


def main(argv: list[str] | None = None) -> int:
    """Dump, score and print one row per dumper; 2 when the pages or the scorer are missing."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default=",".join(DUMPERS), help="comma-separated dumpers: " + ", ".join(DUMPERS))
    ap.add_argument("--reader", default=str(Path(sys.executable).parent / "reader"), help="the reader command")
    args = ap.parse_args(argv)
    if not WEB.is_dir() or not SCORER.is_file():
        print(f"needs {WEB} and {SCORER}", file=sys.stderr)
        return 2
    rows = [("w3m-100 (page.txt)", score(WEB, args.reader))]
    with tempfile.TemporaryDirectory(prefix="reader-dumpers-") as tmp:
        for name in [n.strip() for n in args.only.split(",") if n.strip()]:
            if name not in DUMPERS:
                print(f"unknown dumper {name!r}: one of {', '.join(DUMPERS)}", file=sys.stderr)
                return 2
            if shutil.which(DUMPERS[name][0]) is None:
                print(f"{name}: skipped ({DUMPERS[name][0]} is not installed)")
                continue
            print(f"{name}: dumping {dump_all(name, DUMPERS[name], Path(tmp))} pages…", flush=True)
            rows.append((name, score(Path(tmp) / name, args.reader)))
    print(f"{'dumps':<20}" + "".join(f"{k:>18}" for k in FIGURES))
    for name, figs in rows:
        print(f"{name:<20}" + "".join(f"{figs.get(k, '-'):>18}" for k in FIGURES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
