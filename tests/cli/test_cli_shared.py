"""`reader --json` over every real article in ../shared: exit 0, one clean JSON line each."""

from __future__ import annotations

import io
import json

import pytest

from reader.cli import main
from tests.shared import shared_articles, shared_dir


@pytest.mark.shared
def test_json_over_every_shared_article() -> None:
    shared_dir("articles")
    paths = [str(p) for p in shared_articles()]
    out, err = io.StringIO(), io.StringIO()
    status = main(["--json", *paths], out=out, err=err)
    assert (status, err.getvalue()) == (0, "")
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["source"]["path"] for r in rows] == paths
    for row in rows:
        assert row["schema"] == "reader.article/1"
        assert row["meta"]["title"], row["source"]["path"]
        assert row["blocks"], row["source"]["path"]
        assert len(row["source"]["sha256"]) == 64
    assert "\\u001b" not in out.getvalue() and "\x1b" not in out.getvalue()
