"""The optional spaCy engine: a clear error without spaCy, and real names with it."""

from __future__ import annotations

import sys

import pytest

from reader.core.entities.spacy_engine import INSTALL_HINT, SpacyEngine, _trim


def test_missing_spacy_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)  # makes `import spacy` raise ImportError
    with pytest.raises(ImportError, match="reader\\[spacy\\]"):
        SpacyEngine.load()
    assert "spacy download" in INSTALL_HINT


@pytest.mark.parametrize(
    ("text", "start", "end", "trimmed"),
    [("Acme's plan", 0, 6, "Acme"), ("the Pentagon said", 0, 12, "Pentagon"), ("Oslo", 0, 4, "Oslo")],
)
def test_trim(text: str, start: int, end: int, trimmed: str) -> None:
    s, e = _trim(text, start, end)
    assert text[s:e] == trimmed


def test_spacy_engine_finds_names() -> None:
    pytest.importorskip("spacy")
    try:
        eng = SpacyEngine.load()
    except OSError:
        pytest.skip("spaCy is installed but en_core_web_sm is not")
    text = "Angela Merkel met officials from Siemens in Berlin."
    got = {(text[r.start : r.end], r.type) for r in eng.mentions(text)}
    assert ("Berlin", "PLACE") in got


def test_spacy_engine_on_a_rule_based_pipeline() -> None:
    """No model needed: a blank pipeline with an entity ruler exercises the adapter end to end."""
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "Telvano Group"},
            {"label": "GPE", "pattern": "Oslo"},
            {"label": "DATE", "pattern": "Monday"},
        ]
    )
    eng = SpacyEngine(nlp)
    text = "Telvano Group's office in Oslo opened on Monday."
    assert [(text[r.start : r.end], r.type) for r in eng.mentions(text)] == [
        ("Telvano Group", "ORG"),
        ("Oslo", "PLACE"),
    ]
    blocks = eng.document([(text, "body"), ("Telvano Group Expands", "heading")])
    assert len(blocks[0]) == 2 and blocks[1] == []
