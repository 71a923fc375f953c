"""`reader.core` stays pure, and the CLI's quick paths never pay for Textual.

Each check runs in a fresh interpreter (`-I`: no user site, no PYTHON* env,
no sitecustomize side effects from the current directory) so that modules the
test runner has already imported cannot hide a leak.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import json, sys
{body}
heavy = sorted(
    m for m in sys.modules if m.split(".")[0] in ("textual", "rich") or m == "reader.ui" or m.startswith("reader.ui.")
)
print(json.dumps({{"heavy": heavy, "reader": sorted(m for m in sys.modules if m.startswith("reader"))}}))
"""

PIPELINE = """
from reader.core import analyse, parse_article, read_article, to_dict
text = "Harbour Plan Stalls\\n\\nBy Ana Kovac\\n\\nThe board said on Monday it would wait.\\n"
article = read_article(text)
to_dict(analyse(parse_article(text)))
import reader.core.search.passages
reader.core.search.passages.SearchIndex(article).search("board wait")
"""

CORE_MODULES = "\n".join(
    "import " + ".".join(part for part in p.relative_to(ROOT).with_suffix("").parts if part != "__init__")
    for p in sorted((ROOT / "reader" / "core").rglob("*.py"))
)


def _probe(body: str) -> dict[str, list[str]]:
    out = subprocess.run(
        [sys.executable, "-I", "-c", PROBE.format(body=body)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    result: dict[str, list[str]] = json.loads(out.stdout.splitlines()[-1])
    return result


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("import reader.core", id="import"),
        pytest.param(PIPELINE, id="parse-analyse-search"),
        pytest.param(CORE_MODULES, id="every-core-module"),
        pytest.param("import reader.load, reader.cli", id="loader-cli"),
    ],
)
def test_core_never_imports_textual_or_rich(body: str) -> None:
    result = _probe(body)
    assert result["heavy"] == [], result["heavy"]
    assert "reader.core" in result["reader"] or "reader.load.files" in result["reader"]


@pytest.mark.parametrize(("body", "leak"), [("import textual", "textual"), ("import reader.ui", "reader.ui")])
def test_probe_detects_a_leak(body: str, leak: str) -> None:
    """The probe itself must see a leak, or the tests above prove nothing."""
    assert leak in _probe(body)["heavy"]


def test_import_contracts_hold() -> None:
    """The layering in pyproject's [tool.importlinter] (core pure, stages in order, UI without the loader)."""
    lint = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(lint)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert "0 broken" in out.stdout


@pytest.mark.parametrize("argv", [["--help"], ["--version"], []])
def test_cli_quick_paths_do_not_import_textual(argv: list[str]) -> None:
    body = (
        "import io, contextlib\n"
        "from reader.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        f"    main({argv!r})\n"
    )
    assert _probe(body)["heavy"] == []


def test_json_path_does_not_import_textual(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Dock Strike Ends\n\nWorkers returned on Friday, the union said.\n", encoding="utf-8")
    body = (
        "import io\n"
        "from reader.cli import main\n"
        f"out = io.StringIO(); status = main(['--json', {str(article)!r}], out=out, err=io.StringIO())\n"
        "assert status == 0, status\n"
    )
    assert _probe(body)["heavy"] == []


def test_core_source_has_no_io_or_ui_imports() -> None:
    """A static backstop: the words that would mean I/O or UI inside the pure core."""
    banned = re.compile(
        r"^\s*(import|from)\s+(textual|rich|urllib|socket|requests|httpx|sqlite3|subprocess)\b"
        r"|(?<![.\w])open\(|\bPath\(",
        re.MULTILINE,
    )
    offenders = [
        f"{p.relative_to(ROOT)}: {m.group(0).strip()}"
        for p in (ROOT / "reader" / "core").rglob("*.py")
        for m in banned.finditer(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_find_path_does_not_import_textual(tmp_path: Path) -> None:
    pytest.importorskip("reader.cli.find")
    (tmp_path / "a.txt").write_text("Dock Strike Ends\n\nWorkers returned on Friday, the union said.\n")
    body = (
        "import io, os\n"
        f"os.environ['READER_DATA_DIR'] = {str(tmp_path / 'data')!r}\n"
        "from reader.cli import main\n"
        f"status = main(['--find', 'workers returned', {str(tmp_path)!r}], out=io.StringIO(), err=io.StringIO())\n"
        "assert status in (0, 1), status\n"
    )
    assert _probe(body)["heavy"] == []
