"""Block alignment, word edits and the reader.diff/1 shape, on hand-made inputs."""

from __future__ import annotations

import json

import pytest
from rapidfuzz import fuzz

from reader.core import read_article
from reader.core.diff import SCHEMA, diff_articles, to_dict
from reader.core.diff import align as align_module
from reader.core.diff.align import align
from reader.core.diff.words import key, tokens, word_edits
from tests.core.diff_pairs import FERRY, example


def k(text: str) -> str:
    return key(tokens(text))


def para(n: int) -> str:
    return f"Paragraph {n} tells of harbour number {n} and its quay {n * 7} with crane{n} and berth{n}."


@pytest.mark.parametrize(
    ("old", "new", "pairs", "removed", "added"),
    [
        (["a b", "c d"], ["a b", "c d"], [(0, 0, False), (1, 1, False)], [], []),
        (["a b", "c d", "e f"], ["e f", "a b", "c d"], [(2, 0, True), (0, 1, False), (1, 2, False)], [], []),
        (["a b", "x y"], ["a b"], [(0, 0, False)], [1], []),
        (["a b"], ["z w", "a b"], [(0, 1, False)], [], [0]),
        (["one two three", "four five"], ["one two", "three", "four five"], [(1, 2, False)], [], []),
        (["one two", "three", "four five"], ["one two three", "four five"], [(2, 1, False)], [], []),
        (["a b", "c d e", "f"], ["a b c", "d", "e f"], [], [], []),
        (["x", "a b", "c d", "y", "old"], ["x", "a", "b c d", "y", "new"], [(0, 0, False), (3, 3, False)], [4], [4]),
    ],
    ids=["same", "moved-first", "removed", "added", "split", "joined", "rebroken", "rebroken-then-edit"],
)
def test_align_table(
    old: list[str], new: list[str], pairs: list[tuple[int, int, bool]], removed: list[int], added: list[int]
) -> None:
    result = align(old, new)
    assert [(p.old, p.new, p.moved) for p in result.pairs] == pairs
    assert list(result.removed) == removed and list(result.added) == added


def test_edited_paragraph_is_paired_not_added_and_removed() -> None:
    old = [k(para(i)) for i in range(10)]
    new = list(old)
    new[4] = k(para(4).replace("harbour", "port").replace("quay", "wharf"))
    result = align(old, new)
    assert (4, 4, False) in [(p.old, p.new, p.moved) for p in result.pairs]
    assert not result.removed and not result.added


def test_far_moved_and_edited_paragraph_is_found_by_rare_words() -> None:
    old = [k(para(i)) for i in range(300)]
    new = list(old)
    moved = new.pop(10)
    new.insert(250, moved.replace("tells of", "describes"))
    result = align(old, new)
    assert (10, 250, True) in [(p.old, p.new, p.moved) for p in result.pairs]


def test_similarity_is_scored_on_bounded_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never quadratic: every block rewritten still costs a bounded number of scores per block."""
    calls = 0
    real = fuzz.ratio

    def counting(a: str, b: str, *, score_cutoff: float | None = None) -> float:
        nonlocal calls
        calls += 1
        return float(real(a, b, score_cutoff=score_cutoff))

    monkeypatch.setattr(fuzz, "ratio", counting)
    n = 2000
    old = [k(para(i)) for i in range(n)]
    new = [k(para(i).replace("tells", "speaks")) for i in range(n)]
    result = align(old, new)
    assert len(result.pairs) == n
    assert calls <= n * (2 * align_module.WINDOW + 1 + align_module.RARE_CANDIDATES)


@pytest.mark.parametrize(
    ("old", "new", "ops"),
    [
        ("the 39 berths", "the 29 berths", [("replace", "39", "29")]),
        ("a b c", "a c", [("delete", "b", "")]),
        ("a c", "a b c", [("insert", "", "b")]),
        ("He said “no”.", 'He said "no".', []),
        ("wait — now", "wait -- now", []),
        ("so…", "so...", []),
    ],
    ids=["replace", "delete", "insert", "curly", "dash", "ellipsis"],
)
def test_word_edits(old: str, new: str, ops: list[tuple[str, str, str]]) -> None:
    edits = word_edits(old, new, tokens(old), tokens(new))
    assert [(e.op, e.old_text, e.new_text) for e in edits] == ops
    for e in edits:
        assert e.old is None or old[e.old[0] : e.old[1]] == e.old_text
        assert e.new is None or new[e.new[0] : e.new[1]] == e.new_text


def test_reader_diff_1_shape() -> None:
    new = FERRY.replace("about 600", "about 900").replace("By Ana Kovac", "By Ola Berg")
    data = json.loads(json.dumps(to_dict(diff_articles(read_article(FERRY), read_article(new)))))
    assert data["schema"] == SCHEMA == "reader.diff/1"
    for side in ("old", "new"):
        assert set(data[side]) >= {"path", "sha256", "title", "published", "updated"}
    assert set(data["summary"]) >= {
        "added", "removed", "changed", "moved", "headline_changed", "quotes_changed", "numbers_changed",
        "entities_added", "entities_removed", "corrections_added", "silent",
    }  # fmt: skip
    assert data["changes"]
    for change in data["changes"]:
        assert set(change) >= {"kind", "old_block", "new_block", "old_text", "new_text", "edits", "facets", "silent"}
        assert change["kind"] in ("added", "removed", "changed", "moved")
        assert isinstance(change["silent"], bool)
        for edit in change["edits"]:
            assert set(edit) >= {"op", "old", "new", "old_text", "new_text"}
            assert edit["op"] in ("insert", "delete", "replace")
            assert edit["old"] is None or (isinstance(edit["old"], list) and len(edit["old"]) == 2)
    number = next(c for c in data["changes"] if "number" in c["facets"])
    assert number["old_block"] == number["new_block"] == "b2"
    assert number["edits"][0]["old"] == [number["old_text"].index("600"), number["old_text"].index("600") + 3]


def test_block_ids_are_those_of_reader_json() -> None:
    old = read_article(example())
    new = read_article(example().replace("400 hours", "300 hours"))
    (change,) = diff_articles(old, new).changes
    assert change.old_block is not None and "400 hours" in old.block(change.old_block).text
