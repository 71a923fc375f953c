"""Regenerate docs/screenshot.svg: the reading app on the bundled example at 120x40.

Run from the repository root: `.venv/bin/python docs/make_screenshot.py`.
The analysis is done before the picture is taken, so every panel is filled.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from reader.core import parse_article
from reader.load import load_path
from reader.store.state import Store
from reader.ui.app import ReaderApp

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "harbour-drones.txt"
OUT = ROOT / "docs" / "screenshot.svg"


async def shoot(article_path: Path, out: Path, size: tuple[int, int] = (120, 40)) -> Path:
    """Open the article headless, wait for the analysis and index, save an SVG."""
    loaded = load_path(article_path)
    app = ReaderApp(parse_article(loaded.text, source=loaded.source), store=Store(), top=True)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.save_screenshot(out.name, str(out.parent))
    return out


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else EXAMPLE
    print(asyncio.run(shoot(source, OUT)))
