"""A small library of articles written for these tests (never third-party text)."""

from __future__ import annotations

from pathlib import Path

import pytest

HARBOUR = """Harbour drones win council vote

The council in Port Avel voted on Tuesday to let drones patrol the harbour at night.

"I retracted nothing, and I stand by every word," said councillor Tom Hale after the vote.

Later, Hale clarified that he meant he would remain in his Sheffield seat until the next election.

Fishermen said the noise would scare the fish away from the quay.
"""

BAKERY = """A bakery wins the regional bread prize

The small bakery on Mill Lane took first place for its sourdough loaf.

"We bake every loaf by hand before dawn," said owner Rosa Kettle.

Judges praised the crust and the open crumb of the winning bread.
"""

NOTES = """---
title: Tram line opens late
---

# Tram line opens late

The new tram line opened three weeks late.
Signal faults delayed the first test runs.

Engineers said the signals now work as designed.
"""


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    (root / "news").mkdir(parents=True)
    (root / "news" / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (root / "bakery.txt").write_text(BAKERY, encoding="utf-8")
    (root / "news" / "tram.md").write_text(NOTES, encoding="utf-8")
    (root / "news" / "ignored.pdf").write_bytes(b"%PDF-1.4 not an article")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "secret.txt").write_text("Harbour drones secret copy.\n", encoding="utf-8")
    return root
