"""The state store: round trip, atomic writes, and never a crash on bad state."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.store.paths import state_dir
from reader.store.state import ArticleState, JsonStore, Store

KEY = "ab" * 32


def test_state_dir_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_STATE_DIR", str(tmp_path / "x"))
    assert state_dir() == tmp_path / "x"
    assert isinstance(Store.default(), JsonStore)


def test_round_trip_between_instances(tmp_path: Path) -> None:
    JsonStore(tmp_path).save(KEY, ArticleState("b7", {"a": "b3"}))
    state = JsonStore(tmp_path).load(KEY)
    assert (state.position, state.marks) == ("b7", {"a": "b3"})
    assert [p.name for p in tmp_path.iterdir()] == [f"{KEY}.json"]  # no temp file left behind


def test_memory_store_keeps_copies() -> None:
    store = Store()
    state = ArticleState("b1", {"x": "b2"})
    store.save(KEY, state)
    state.marks["y"] = "b9"
    assert store.load(KEY).marks == {"x": "b2"}
    assert store.load("other") == ArticleState()


@pytest.mark.parametrize(
    ("raw", "expected", "notice"),
    [
        ("{not json", ArticleState(), True),
        ("[1, 2]", ArticleState(), True),
        ('{"position": 5, "marks": {"a": "b1", "long": "b2", "c": 3}}', ArticleState(None, {"a": "b1"}), False),
        ('{"position": "b4", "marks": []}', ArticleState("b4", {}), False),
    ],
    ids=["corrupt", "not-an-object", "mistyped-fields", "marks-not-a-dict"],
)
def test_bad_state_is_tolerated(tmp_path: Path, raw: str, expected: ArticleState, notice: bool) -> None:
    store = JsonStore(tmp_path)
    store.path(KEY).write_text(raw, encoding="utf-8")
    assert store.load(KEY) == expected
    assert bool(store.notices) == notice


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_directory_gives_a_notice(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        store = JsonStore(tmp_path / "sub")
        store.save(KEY, ArticleState("b1"))
        assert store.notices and "could not save" in store.notices[0]
    finally:
        tmp_path.chmod(0o700)


def test_unwritable_path_gives_a_notice(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = JsonStore(blocker / "state")  # a file where a folder should be: fails even as root
    store.save(KEY, ArticleState("b1"))
    assert store.notices and "could not save" in store.notices[0]
    assert store.load(KEY).position == "b1"  # still remembered for this session


def test_file_content_is_plain_json(tmp_path: Path) -> None:
    JsonStore(tmp_path).save(KEY, ArticleState("b2", {"z": "b1", "a": "b0"}))
    assert json.loads((tmp_path / f"{KEY}.json").read_text()) == {"position": "b2", "marks": {"a": "b0", "z": "b1"}}


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"position": "b2", "marks": {"a": "\xff\xfe"}}', "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deep"),
        (b'"just a string"', "not a JSON object"),
        (b"\x00" * 16, "not valid JSON"),
    ],
    ids=["not-utf8", "nested-100000-deep", "wrong-type", "nul-bytes"],
)
def test_unreadable_state_is_set_aside_once_and_reading_goes_on(tmp_path: Path, raw: bytes, reason: str) -> None:
    store = JsonStore(tmp_path)
    store.path(KEY).write_bytes(raw)
    assert store.load(KEY) == ArticleState()
    assert len(store.notices) == 1 and reason in store.notices[0] and ".corrupt" in store.notices[0]
    aside = store.path(KEY).with_name(store.path(KEY).name + ".corrupt")
    assert aside.read_bytes() == raw  # kept, never deleted
    again = JsonStore(tmp_path)  # the next open of the article: no second notice
    assert again.load(KEY) == ArticleState() and again.notices == []
    again.save(KEY, ArticleState("b5"))
    assert JsonStore(tmp_path).load(KEY).position == "b5"


def test_a_fifo_in_place_of_the_state_file_never_blocks(tmp_path: Path) -> None:
    store = JsonStore(tmp_path)
    os.mkfifo(store.path(KEY))
    assert store.load(KEY) == ArticleState()
    assert "not a regular file" in store.notices[0]
