"""Straight single quotes: quotations in British style, never apostrophes (own sentences only)."""

from __future__ import annotations

import pytest

from reader.core.quotes.find import find_quotes
from reader.core.quotes.marks import pair_marks
from tests.core.article_builder import build, ent


def _runs(text: str) -> list[str]:
    return [text[r.open + 1 : r.close] for r in pair_marks(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor said 'we will not back down' after the vote.", ["we will not back down"]),
        ("'The bridge stays shut until spring,' the council said.", ["The bridge stays shut until spring,"]),
        ("She called the plan 'reckless', then left.", ["reckless"]),
        ("Critics asked: 'Who pays for the new road?'", ["Who pays for the new road?"]),
        ("Don't worry, it's only the Harrises' dog from the '90s.", []),
        ("They played rock 'n' roll all night at O'Brien's bar.", []),
        ("The Wilsons' garden won, and the judges' table agreed.", []),
        ("The 'green' bins were late.", []),
        ("The Dawsons' lawyer said 'nobody was told about the fence' in court.", ["nobody was told about the fence"]),
        ("He said 'the farmers' anger is real and growing' on Friday.", ["the farmers' anger is real and growing"]),
        ("She said \"they told us 'wait' and we waited\" today.", ["they told us 'wait' and we waited"]),
        # the closing mark left out before the next opener: the single marks stay nested in the first run
        (
            'He said: "We told them \'stop the trucks now, all of them\'. "Nobody did."',
            ["We told them 'stop the trucks now, all of them'.", "Nobody did."],
        ),
    ],
    ids=[
        "speech-verb-before",
        "speech-verb-after",
        "scare-with-verb",
        "question",
        "apostrophes",
        "rock-n-roll",
        "plural-possessives",
        "scare-no-verb",
        "possessive-then-quote",
        "possessive-inside",
        "nested-in-double",
        "nested-in-unclosed-double",
    ],
)
def test_single_quote_runs(text: str, expected: list[str]) -> None:
    assert _runs(text) == expected


def test_single_quoted_quote_gets_its_speaker() -> None:
    art = build(
        ["'We have run out of room,' said Nadia Brook, the head teacher."], [ent("p1", "Nadia Brook", "PERSON")]
    )
    assert [(q.text, q.speaker) for q in find_quotes(art)] == [("We have run out of room", "Nadia Brook")]
