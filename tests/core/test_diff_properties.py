"""Properties of the comparison: a text against itself has no change; offsets stay inside blocks."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core import parse_article
from reader.core.diff import diff_articles
from reader.core.diff.words import key, text_key, tokens

WORDS = st.sampled_from(
    ["harbour", "board", "said", "the", "39", "berths", "“quoted”", '"plain"', "—", "-", "Duncan", "on", "Tuesday."]
)
PARAGRAPH = st.lists(WORDS, min_size=1, max_size=12).map(" ".join)
ARTICLE = st.lists(PARAGRAPH, min_size=1, max_size=8).map(lambda ps: "Headline here\n\n" + "\n\n".join(ps) + "\n")
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(ARTICLE)
def test_same_text_has_no_changes(text: str) -> None:
    article = parse_article(text)
    assert diff_articles(article, article).changes == ()


@FAST
@given(ARTICLE, ARTICLE)
def test_offsets_stay_inside_their_blocks(old_text: str, new_text: str) -> None:
    old, new = parse_article(old_text), parse_article(new_text)
    for change in diff_articles(old, new).changes:
        old_block = old.block(change.old_block).text if change.old_block else change.old_text or ""
        new_block = new.block(change.new_block).text if change.new_block else change.new_text or ""
        for e in change.edits:
            if e.old is not None:
                assert 0 <= e.old[0] < e.old[1] <= len(old_block)
                assert old_block[e.old[0] : e.old[1]] == e.old_text
            if e.new is not None:
                assert 0 <= e.new[0] < e.new[1] <= len(new_block)
                assert new_block[e.new[0] : e.new[1]] == e.new_text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1 .,:'\"-—–…“”’\n\t(")), max_size=40))
def test_fast_key_equals_token_key(text: str) -> None:
    """(Invisible characters are covered inside words only, by the table in test_diff.py.)"""
    assert key(tokens(text)) == text_key(text)
