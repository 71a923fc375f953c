"""Page caches are pruned least recently used first, so years of reading never fill the disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.store import files


def _entry(folder: Path, name: str, size: int, age: int) -> Path:
    path = folder / name
    path.write_bytes(b"x" * size)
    os.utime(path, (1_000_000 - age, 1_000_000 - age))
    return path


@pytest.mark.parametrize(
    ("keep", "left"),
    [
        (10_000, {"old.json", "mid.json", "new.json"}),  # under the cap: nothing goes
        (250, {"mid.json", "new.json"}),  # the least recently used goes first
        (100, {"new.json"}),
        (0, set()),
    ],
    ids=["under-cap", "oldest-first", "down-to-one", "all"],
)
def test_the_least_recently_used_entries_go_first(tmp_path: Path, keep: int, left: set[str]) -> None:
    _entry(tmp_path, "old.json", 100, age=30)
    _entry(tmp_path, "mid.json", 100, age=20)
    _entry(tmp_path, "new.json", 100, age=10)
    files.prune(tmp_path, keep_bytes=keep, suffix=".json")
    assert {p.name for p in tmp_path.iterdir()} == left


def test_an_entry_read_again_counts_as_new(tmp_path: Path) -> None:
    old = _entry(tmp_path, "old.json", 100, age=30)
    _entry(tmp_path, "mid.json", 100, age=20)
    files.touch(old)
    files.prune(tmp_path, keep_bytes=100, suffix=".json")
    assert {p.name for p in tmp_path.iterdir()} == {"old.json"}


def test_files_being_written_other_kinds_and_folders_are_left_alone(tmp_path: Path) -> None:
    _entry(tmp_path, ".tmp-abc.json", 500, age=90)
    _entry(tmp_path, "notes.txt", 500, age=90)
    (tmp_path / "sub.json").mkdir()
    _entry(tmp_path, "page.json", 100, age=10)
    assert files.prune(tmp_path, keep_bytes=0, suffix=".json") == 1
    assert {p.name for p in tmp_path.iterdir()} == {".tmp-abc.json", "notes.txt", "sub.json"}


def test_a_missing_folder_prunes_nothing(tmp_path: Path) -> None:
    assert files.prune(tmp_path / "none", keep_bytes=0) == 0


def test_writing_a_parsed_page_prunes_its_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core.parse import parse_article
    from reader.store import parsed
    from tests.load.pages import page, story_paragraphs

    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv(parsed.DISABLE_ENV, raising=False)
    monkeypatch.setattr(files, "CACHE_BYTES", 1)  # every older entry is over the cap
    folder = tmp_path / "data" / parsed.CACHE_DIR
    folder.mkdir(parents=True)
    stale = _entry(folder, "0" * 64 + ".pickle", 100, age=10**5)
    data = page(story_paragraphs()).encode()
    parsed.put(data, parse_article(data.decode()))
    assert not stale.exists()
