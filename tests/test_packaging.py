"""What a non-editable install gets (styles/, the console script), and a README that documents every option."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reader.cli.args import build_parser

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel once, offline, with the hatchling already in the environment."""
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    assert proc.returncode == 0, proc.stderr
    (built,) = out.glob("reader-*.whl")
    return built


def test_wheel_ships_every_stylesheet(wheel: Path) -> None:
    sources = sorted(p.name for p in (ROOT / "styles").glob("*.tcss"))
    assert sources, "styles/ has no .tcss files"
    with zipfile.ZipFile(wheel) as zf:
        shipped = sorted(Path(n).name for n in zf.namelist() if re.fullmatch(r"reader/styles/[^/]+\.tcss", n))
    assert shipped == sources


def test_wheel_has_the_console_script_and_no_tests(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        entry_points = next(zf.read(n).decode() for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "reader = reader.cli:main" in entry_points
    assert "reader/core/__init__.py" in names
    assert not [n for n in names if n.startswith(("tests/", "bench/"))]


def test_installed_wheel_finds_its_styles(wheel: Path, tmp_path: Path) -> None:
    """Installed into a plain directory (not editable): the package resources hold the stylesheets."""
    target = tmp_path / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    probe = (
        "import importlib.resources, json, reader; "
        "print(reader.__file__); "
        "print(json.dumps(sorted(p.name for p in importlib.resources.files('reader').joinpath('styles').iterdir())))"
    )
    run = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {probe}"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    where, names = run.stdout.splitlines()
    assert where.startswith(str(target))
    shipped = sorted(p.name for p in (ROOT / "styles").glob("*.tcss"))
    assert [n for n in json.loads(names) if n.endswith(".tcss")] == shipped


def _long_options() -> list[str]:
    return sorted(opt for action in build_parser()._actions for opt in action.option_strings if opt.startswith("--"))


def test_readme_lists_every_cli_option() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    options = _long_options()
    assert "--json" in options and "--max-size" in options
    missing = [opt for opt in options if not re.search(re.escape(opt) + r"(?![\w-])", readme)]
    assert missing == [], f"README.md does not mention {missing}"
