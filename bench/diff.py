"""Bench: comparing two 1 MB versions of an article (issue 12: under 1 s beyond parsing them).

The older version is a long article (the shared BBC texts when ../shared is
there, else the bundled example repeated with varied figures); the newer one
edits a word or a figure in 2 % of its paragraphs, moves 20 paragraphs far
away, drops 10 and adds 10. Parsing and analysing each side is printed for
reference; the figure against the target is `diff_articles` alone, the
median of a few runs. Printed, never asserted.

Run: .venv/bin/python bench/diff.py [--size BYTES] [--runs N]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import median_time  # noqa: E402
from bench.corpus import MissingShared, bbc_stories, build_article  # noqa: E402
from reader.core import read_article  # noqa: E402
from reader.core.diff import diff_articles, summary_line  # noqa: E402

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "harbour-drones.txt"


def long_text(size: int) -> tuple[str, str]:
    """An article of about `size` bytes and where its text came from."""
    try:
        return build_article(size, bbc_stories()), "shared BBC texts"
    except MissingShared:
        pass
    paras = [p for p in EXAMPLE.read_text(encoding="utf-8").split("\n\n") if len(p) > 120]
    out, n = ["A long collection of harbour stories", ""], 0
    while sum(len(p) for p in out) < size:
        out.append(f"Part {n}: " + paras[n % len(paras)].replace("29", str(29 + n)).replace("400", str(400 + n)))
        n += 1
    return "\n\n".join(out), "the bundled example, repeated"


def edit(text: str, seed: int = 12) -> str:
    """The newer version: edits, moves, removals and additions spread over the text."""
    rng = random.Random(seed)
    paras = text.split("\n\n")
    body = [i for i, p in enumerate(paras) if len(p) > 80]
    for i in rng.sample(body, max(1, len(body) // 50)):
        words = paras[i].split(" ")
        k = rng.randrange(len(words))
        words[k] = str(rng.randrange(2, 999)) if rng.random() < 0.5 else words[k][::-1]
        paras[i] = " ".join(words)
    for _ in range(20):
        i = rng.choice(body[: len(body) // 2])
        paras.insert(min(len(paras), i + len(paras) // 3), paras.pop(i))
    for _ in range(10):
        paras.pop(rng.randrange(1, len(paras)))
    for n in range(10):
        paras.insert(
            rng.randrange(1, len(paras)), f'An added paragraph number {n} quotes Harriet Vane: "We added this."'
        )
    return "\n\n".join(paras)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    old_text, origin = long_text(args.size)
    new_text = edit(old_text)
    start = time.perf_counter()
    old = read_article(old_text)
    new = read_article(new_text)
    analysis = time.perf_counter() - start
    diff = diff_articles(old, new)
    seconds = median_time(lambda: diff_articles(old, new), args.runs, warmup=0)
    print(f"input       {len(old_text.encode()) / 1e6:.2f} MB and {len(new_text.encode()) / 1e6:.2f} MB ({origin})")
    print(f"blocks      {len(old.blocks)} and {len(new.blocks)}")
    print(f"parse+analyse both sides  {analysis:6.2f} s   (reference, not part of the target)")
    print(f"diff_articles             {seconds:6.3f} s   target < 1 s   median of {args.runs}")
    print(f"found       {summary_line(diff.summary, diff.changes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
