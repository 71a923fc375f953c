"""The settings file: the theme survives a restart; a damaged file is set aside, never fatal."""

from __future__ import annotations

import json
from pathlib import Path

from reader.store.paths import settings_path
from reader.store.settings import JsonSettings, Settings


def test_the_theme_is_written_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    JsonSettings(path).set_theme("textual-light")
    assert json.loads(path.read_text(encoding="utf-8")) == {"theme": "textual-light"}
    assert JsonSettings(path).theme == "textual-light"
    assert not list(path.parent.glob(".tmp-*"))  # written atomically: no temp file left


def test_a_damaged_file_is_set_aside_and_the_defaults_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xff{not json")
    settings = JsonSettings(path)
    assert settings.theme is None
    assert settings.notices and "settings.json.corrupt" in settings.notices[0]
    assert (tmp_path / "settings.json.corrupt").exists() and not path.exists()


def test_a_wrong_shape_keeps_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": 3}), encoding="utf-8")
    assert JsonSettings(path).theme is None


def test_the_default_file_follows_the_environment(tmp_path: Path, monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path))
    assert settings_path() == tmp_path / "settings.json"
    assert Settings.default().path == tmp_path / "settings.json"
