"""Writing the app's own files: the whole new file or the old one, never half of either, and no litter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.store.files import write_atomically


@pytest.mark.parametrize("durable", [True, False])
def test_a_write_replaces_the_file_whole(tmp_path: Path, durable: bool) -> None:
    target = tmp_path / "deep" / "state.json"
    write_atomically(target, b"old", durable=durable)
    write_atomically(target, b"new", durable=durable)
    assert target.read_bytes() == b"new"
    assert os.listdir(target.parent) == ["state.json"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "state.json"
    write_atomically(target, b"old")
    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)

    def no_rename(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(OSError):
        write_atomically(target, b"new")
    assert synced  # the new bytes were synced before the rename was tried
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["state.json"]
