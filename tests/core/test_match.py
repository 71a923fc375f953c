"""Matching helpers: sentence splitting, span location, typo expansion, word diffs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.search import fuzzy as match
from reader.core.text.clean import fold


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One here. Two there.", ["One here.", "Two there."]),
        ("Mr. Brown met Dr. Green in the U.S. today. Fine.", ["Mr. Brown met Dr. Green in the U.S. today.", "Fine."]),
        ("She said: \u201cIt is done.\u201d Then she left!", ["She said: \u201cIt is done.\u201d", "Then she left!"]),
        ("no capital after. this stays", ["no capital after. this stays"]),
        ("Trailing space.   ", ["Trailing space."]),
        ("", []),
    ],
    ids=["plain", "abbreviations", "curly-quotes", "lowercase-next", "trailing-space", "empty"],
)
def test_sentence_spans(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in match.sentence_spans(text)] == sentences


def test_long_sentence_is_cut_at_word_boundaries() -> None:
    text = " ".join(f"word{i}" for i in range(200))
    spans = match.sentence_spans(text, max_len=100)
    assert len(spans) > 5
    assert all(e - s <= 100 for s, e in spans)
    assert " ".join(text[s:e] for s, e in spans) == text


@pytest.mark.parametrize(
    ("query", "text", "span"),
    [
        ("harbour drones", "The council said harbour drones would fly at night.", "harbour drones"),
        ("harbur drones", "The council said harbour drones would fly at night.", "harbour drones"),
        (
            "harbour drones fly night",
            "The council said harbour drones would fly at night.",
            "harbour drones would fly at night",
        ),
        ("drones harbour", "The council said harbour drones would fly at night.", "harbour drones"),
        ("complex right decison", "It was a complex, but right decision for us.", "complex, but right decision"),
        ("fly at nig", "The council said harbour drones would fly at night.", "fly at night"),
    ],
    ids=["exact", "typo", "dropped-words", "reordered", "typo-and-dropped", "prefix-while-typing"],
)
def test_locate_snaps_to_words(query: str, text: str, span: str) -> None:
    s, e = match.locate(" ".join(match.words(fold(query))), fold(text))
    assert text[s:e] == span


@pytest.mark.parametrize(
    ("token", "vocab", "expected"),
    [
        ("sheffeld", ["sheffield", "shelf", "field"], "sheffield"),
        ("ment", ["meant", "men", "went"], "meant"),
        ("decis", ["decision", "decide", "deck"], "decision"),
        ("cat", ["cart", "cut"], None),
    ],
    ids=["typo-long", "typo-short", "prefix", "short-word-no-typos"],
)
def test_expand(token: str, vocab: list[str], expected: str | None) -> None:
    found = [w for w, _ in match.expand(token, sorted(vocab), prefix=True)]
    assert (found[0] if found else None) == expected


def test_correct_keeps_known_words_and_fixes_typos() -> None:
    vocab = sorted(["he", "clarified", "meant", "would", "be", "in", "his", "sheffield", "seat"])
    tokens = match.words("he clarifed he ment he would be in his sheffeld seat")
    exps = [match.expand(t, vocab) for t in tokens]
    fixed, factor = match.correct(tokens, exps, typing=False)
    assert " ".join(fixed) == "he clarified he meant he would be in his sheffield seat"
    assert 0.8 < factor < 1.0


@pytest.mark.parametrize(
    ("needle", "text", "typing", "exact"),
    [
        ("right decision", "a complex but right decision", False, True),
        ("right decis", "a complex but right decision", True, True),
        ("right decis", "a complex but right decision", False, False),
        ("complex right", "a complex but right decision", False, False),
        ("ght deci", "a complex but right decision", True, False),
    ],
)
def test_is_exact(needle: str, text: str, typing: bool, exact: bool) -> None:
    assert match.is_exact(needle, text, typing=typing) is exact


@pytest.mark.parametrize(
    ("query", "actual", "parts"),
    [
        (
            "I retracted absolutely nothing",
            "I retracted nothing",
            [("equal", "I retracted"), ("delete", "absolutely"), ("equal", "nothing")],
        ),
        ("we will win", "We will surely win, he said", [("equal", "We will"), ("insert", "surely"), ("equal", "win")]),
        (
            "the bold plan",
            "the brave plan",
            [("equal", "the"), ("delete", "bold"), ("insert", "brave"), ("equal", "plan")],
        ),
        ("\u201cIt\u2019s fine\u201d", "it's FINE", [("equal", "it s FINE")]),
    ],
    ids=["dropped-in-article", "added-in-article", "substituted", "folded-equal"],
)
def test_word_diff(query: str, actual: str, parts: list[tuple[str, str]]) -> None:
    diff = match.word_diff(query, actual)
    assert [(p.op, p.text) for p in diff] == parts
    assert match.is_verbatim(diff) is (len(parts) == 1 and parts[0][0] == "equal")


def test_rerank_prefers_the_contiguous_phrase() -> None:
    texts = ["the plan was bold and the harbour quiet", "a bold plan for the harbour", "nothing to see"]
    scores = match.rerank("bold plan harbour", texts)
    assert scores.index(max(scores)) == 1
    assert scores[2] < 50


@given(st.text())
def test_fold_fast_equals_fold(text: str) -> None:
    assert match.fold_fast(text) == fold(text)


@pytest.mark.parametrize(
    "text", ["Plain ASCII", "Caf\u00e9 \u201cquoted\u201d \u2011 dash", "\u0130stanbul", "Stra\u00dfe"]
)
def test_fold_fast_examples(text: str) -> None:
    assert match.fold_fast(text) == fold(text)
    assert len(match.fold_fast(text)) == len(text)
