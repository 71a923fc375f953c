"""Web pages through the command line: --json, stdin, folders and --find."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.library.files import article_files
from tests.load.pages import STORY, page, story_paragraphs


def run(*args: str, stdin: bytes | None = None, monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(list(args), out=out, err=err)
    return code, out.getvalue()


def write_page(folder: Path, name: str = "drones.html") -> Path:
    path = folder / name
    head = '<link rel="canonical" href="https://example.com/drones"><meta name="author" content="Jane Doe">'
    path.write_text(page(story_paragraphs(), head=head), encoding="utf-8")
    return path


def test_json_of_a_saved_page(tmp_path: Path) -> None:
    code, out = run("--json", str(write_page(tmp_path)))
    assert code == 0
    obj = json.loads(out)
    assert obj["source"]["format"] == "html"
    assert obj["meta"]["url"] == "https://example.com/drones"
    assert obj["meta"]["authors"] == ["Jane Doe"]
    assert any(b["text"] == STORY[0] for b in obj["blocks"])
    assert any(r["reason"] == "menu" for r in obj["removed"])


def test_json_of_a_page_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = run("--json", "-", stdin=page(story_paragraphs()).encode(), monkeypatch=monkeypatch)
    assert code == 0
    assert json.loads(out)["source"]["format"] == "html"


def test_text_json_has_a_null_url(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Harbour drones cleared\n\nThe harbour authority said so on Tuesday.\n", encoding="utf-8")
    code, out = run("--json", str(path))
    assert code == 0 and json.loads(out)["meta"]["url"] is None


def test_folders_index_html_files(tmp_path: Path) -> None:
    write_page(tmp_path)
    write_page(tmp_path, "saved.htm")
    (tmp_path / "notes.txt").write_text("A note\n\nSome text.\n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    names = sorted(Path(p).name for p in article_files([tmp_path]))
    assert names == ["drones.html", "notes.txt", "saved.htm"]


def test_find_searches_saved_pages(tmp_path: Path) -> None:
    write_page(tmp_path)
    code, out = run("--find", "right decision for the harbour", str(tmp_path), "--json")
    assert code == 0
    hits = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert hits and hits[0]["path"].endswith("drones.html")
