"""The web pages of ../shared/articles/web read as text dumps: aggregate floors, a little below what is reached.

The scoring follows ../shared/eval/web_eval.py (title within a 0.9 difflib
ratio, the lead in the body's first 600 characters, 4-gram shingle body
precision and F1) so a regression shows here before the eval is run. The
pages are read at test time, never copied; without ../shared these tests skip
(and fail under READER_REQUIRE_SHARED=1).
"""

from __future__ import annotations

import difflib
import json
import re
import statistics
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from reader.core.parse import parse_article
from reader.core.structure.lines import split_units
from reader.core.structure.page_dump import find_article
from tests.core.invariants import assert_accounted
from tests.shared import shared_dir

FLOORS = {"title": 0.84, "date": 0.74, "authors": 0.70, "lead": 0.89, "body_p": 0.88, "body_f1": 0.92}
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"'})
_TOKEN = re.compile(r"\w+")


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", s).translate(_QUOTES).split()).casefold()


def _squeezed(s: str) -> str:
    return re.sub(r"\s+", "", _norm(s))


def _author_set(names: list[str]) -> set[str]:
    out = set()
    for name in names:
        for part in re.split(r"\s*(?:,|;|\||\s&\s|\sand\s)\s*", name):
            a = re.sub(r"[^\w\s]", " ", re.sub(r"^by\s+", "", _norm(part)))
            if a.strip():
                out.add(" ".join(a.split()))
    return out


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)) if tokens[i : i + 4])


def _score(page: Path) -> dict[str, float]:
    truth = json.loads((page / "truth.json").read_text(encoding="utf-8"))
    text = (page / "page.txt").read_text(encoding="utf-8")
    article = parse_article(text)
    assert_accounted(text, article)
    body = "\n".join(b.text for b in article.blocks if b.kind not in ("title", "subtitle"))
    got: dict[str, float] = {}
    if truth.get("title"):
        ratio = difflib.SequenceMatcher(None, _norm(truth["title"]), _norm(article.meta.title or "")).ratio()
        got["title"] = float(bool(article.meta.title) and ratio >= 0.9)
    if truth.get("published"):
        got["date"] = float(article.meta.published in {truth["published"], *(truth.get("published_alt") or [])})
    if truth.get("authors"):
        want = _author_set(truth["authors"])
        got["authors"] = float(_author_set(list(article.meta.authors)) == want)
    if truth.get("lead"):
        got["lead"] = float(_squeezed(truth["lead"]) in _squeezed(" ".join(body.split())[: 600 + len(truth["lead"])]))
    if truth.get("body"):
        t, p = _shingles(truth["body"]), _shingles(body)
        tp = sum((t & p).values())
        got["tp"], got["fp"], got["fn"] = tp, sum(p.values()) - tp, sum(t.values()) - tp
    return got


@pytest.fixture(scope="module")
def scores() -> list[dict[str, float]]:
    pages = sorted(p.parent for p in shared_dir("articles", "web").glob("*/truth.json"))
    return [_score(p) for p in pages]


def _mean(scores: list[dict[str, float]], key: str) -> float:
    return statistics.mean(s[key] for s in scores if key in s)


@pytest.mark.shared
@pytest.mark.parametrize("key", ["title", "date", "authors", "lead"])
def test_page_metadata_floors(scores: list[dict[str, float]], key: str) -> None:
    assert _mean(scores, key) >= FLOORS[key]


@pytest.mark.shared
def test_page_body_floors(scores: list[dict[str, float]]) -> None:
    per_page = [(s["tp"], s["fp"], s["fn"]) for s in scores if "tp" in s]
    precision = statistics.mean(tp / (tp + fp) if tp + fp else 0.0 for tp, fp, _ in per_page)
    recall = statistics.mean(tp / (tp + fn) if tp + fn else 0.0 for tp, _, fn in per_page)
    f1 = 2 * precision * recall / (precision + recall)
    assert precision >= FLOORS["body_p"] and f1 >= FLOORS["body_f1"], (precision, recall, f1)


@pytest.mark.shared
def test_bbc_articles_are_not_page_dumps() -> None:
    """A clean article (headline, one paragraph per line) loses no line to the page-dump finder."""
    paths = sorted(p for p in shared_dir("articles", "bbc").rglob("*.txt") if p.name != "README.TXT")
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert find_article(split_units(text), {}) is None, path
        article = parse_article(text)
        assert not article.removed, path
        assert len(article.blocks) == sum(1 for ln in text.split("\n") if ln.strip()), path  # one block per line
