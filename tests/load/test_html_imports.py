"""The text path never pays for web pages: lxml, trafilatura and the email parser load only for a page."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("lxml", "trafilatura", "email", "justext", "htmldate", "courlan", "dateparser")
PROBE = """
import json, sys
from reader.load import load_bytes
load_bytes({data!r}, path={name!r})
print(json.dumps(sorted({{m.split(".")[0] for m in sys.modules}} & set({heavy!r}))))
"""


def _loaded(data: bytes, name: str | None) -> list[str]:
    code = PROBE.format(data=data, name=name, heavy=HEAVY)
    env = {"READER_NO_WEBCACHE": "1", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-I", "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120, check=True, env=env
    )
    result: list[str] = json.loads(out.stdout.splitlines()[-1])
    return result


def test_text_article_imports_no_html_machinery() -> None:
    assert _loaded(b"A headline\n\nBy Jane Doe\n\nThe story.\n", "a.txt") == []
    assert _loaded(b"# A headline\n\nThe story with <b>markup</b>.\n", None) == []


def test_html_article_imports_the_extractor() -> None:
    page = b"<!DOCTYPE html><html><body><article><h1>A headline</h1><p>" + b"The story goes on. " * 20 + b"</p>"
    assert {"lxml", "trafilatura"} <= set(_loaded(page + b"</article></body></html>", "a.html"))
