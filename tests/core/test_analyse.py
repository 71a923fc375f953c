"""The analysis pipeline end to end on a hand-built article, and the sentence tools it shares."""

from __future__ import annotations

import json

import pytest

from reader.core.analyse import analyse
from reader.core.model import Meta
from reader.core.sentences import content_keys, split_sentences, word_key
from reader.core.serialize import to_dict
from tests.core.article_builder import build


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The boat left. It came back.", ["The boat left.", "It came back."]),
        ("Mr. Haddad met Dr. Lindqvist. They talked.", ["Mr. Haddad met Dr. Lindqvist.", "They talked."]),
        ("The U.S. Navy sent a ship. It arrived.", ["The U.S. Navy sent a ship.", "It arrived."]),
        ("George W. Bush spoke. Then he left.", ["George W. Bush spoke.", "Then he left."]),
        ('"We won," she said. "Again."', ['"We won," she said.', '"Again."']),
        ("It cost 3.5 million. Nobody paid.", ["It cost 3.5 million.", "Nobody paid."]),
        ("Is it over? Yes! Done", ["Is it over?", "Yes!", "Done"]),
        ("", []),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("deployment", "deploying", True),
        ("removed", "removal", True),
        ("agreed", "agreement", True),
        ("stated", "statement", True),
        ("classified", "unclassified", False),
        ("boats", "boat", True),
        ("ferry", "ferries", True),
        ("port", "portrait", False),
    ],
)
def test_word_key(a: str, b: str, same: bool) -> None:
    assert (word_key(a) == word_key(b)) is same


def test_content_keys_drop_stopwords() -> None:
    assert content_keys("The boats were not in the harbour, and they said so.") == ["boat", "harbo"]


def test_analyse_fills_every_field_and_serialises() -> None:
    art = build(
        [
            "Northwind Ferries will add a night crossing to the outer islands, a person familiar with the plan said.",
            '"We listened to the islanders," Maya Lindqvist said on Monday.',
            "Lindqvist later clarified that the crossing would run only on weekdays.",
            "Correction: An earlier version of this article gave the wrong start month for the crossing.",
        ],
        meta=Meta(published="2026-01-10", updated="2026-01-12"),
    )
    out = analyse(art)
    assert out.analysed and art.analysed is False
    assert [q.text for q in out.quotes] == ["We listened to the islanders"]
    assert out.quotes[0].speaker == "Maya Lindqvist"
    assert any(s.name == "a person familiar with the plan" for s in out.sources)
    assert sorted(c.kind for c in out.corrections) == ["clarification", "correction", "update"]
    assert 3 <= len(out.takeaways) <= 5 and all(t.origin == "extracted" for t in out.takeaways)
    json.dumps(to_dict(out))


def test_analyse_is_pure_and_repeatable() -> None:
    art = build(['"Fares will fall," Maya Lindqvist said.', "The council agreed on Tuesday after a long debate."])
    assert analyse(art) == analyse(art)
