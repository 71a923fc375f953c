"""The analysis pipeline end to end on a hand-built article, and the sentence tools it shares."""

from __future__ import annotations

import json
import time

import pytest

from reader.core.model import Meta
from reader.core.pipeline import analyse
from reader.core.serialize import to_dict
from reader.core.text.sentences import content_keys, split_sentences, word_key
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
            "The islands' council said the new crossing would cut the journey to the mainland by an hour.",
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


def _big_article(one_paragraph: bool, size: int = 1_000_000) -> str:
    """About `size` characters of made-up news prose: quotes, attributions, a correction cue every so often."""
    rows = [
        '"The night crossing will run all winter," Maya Lindqvist said on Monday',
        'the harbour board said its boats "would never sail without a second engineer" this year',
        "Lindqvist later clarified that the route would close in February, but councils objected",
        "a person familiar with the plan said fares would fall for island workers",
        "crews from the outer islands joined the new service after a short consultation",
    ]
    parts = [f"{rows[i % len(rows)]} (item {i})" for i in range(size // 80)]
    return "Harbour news\n\n" + (", ".join(parts) + "." if one_paragraph else ".\n\n".join(parts) + ".")


@pytest.mark.parametrize("one_paragraph", [False, True], ids=["many-paragraphs", "one-run-on-paragraph"])
def test_analysis_grows_linearly(one_paragraph: bool) -> None:
    """Ten times the text costs about ten times the CPU, never a hundred (quadratic).

    A ratio of two sizes measured in this process, in CPU time: no wall-clock
    bound, so a busy machine cannot fail it. The absolute figures are the bench's job.
    """
    from dataclasses import replace

    from reader.core.corrections.notices import find_corrections
    from reader.core.model import Article
    from reader.core.parse import parse_article
    from reader.core.quotes.find import find_quotes
    from reader.core.quotes.sources import find_sources
    from reader.core.takeaways.grounding import ground

    def cost(art: Article) -> float:
        best = float("inf")
        for _ in range(2):
            t0 = time.process_time()
            done = replace(art, quotes=find_quotes(art))
            done = replace(done, sources=find_sources(done))
            find_corrections(done)
            ground(done)
            best = min(best, time.process_time() - t0)
        assert done.quotes and done.sources
        return best

    big = parse_article(_big_article(one_paragraph))
    small = parse_article(_big_article(one_paragraph, size=100_000))
    assert sum(len(b.text) for b in big.blocks) > 900_000
    ratio = cost(big) / max(cost(small), 1e-3)
    assert ratio < 25, f"1 MB costs {ratio:.1f}x 100 KB (linear is ~10x)"


@pytest.mark.parametrize(
    "words", [["said", "says", "say"], ["pointed out", "points out", "posted"], ["a", "ab", "abc", "b"], ["x"]]
)
def test_alternation_matches_like_a_flat_alternation(words: list[str]) -> None:
    import re

    from reader.core.text.sentences import alternation

    text = "they say, she says and said; he pointed out, she posted points out: a ab abc b x xx"
    flat = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b")
    trie = re.compile(rf"\b{alternation(words)}\b")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
