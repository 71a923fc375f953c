"""Extracted takeaways: only sentence-like claims from prose, never captions or list lines (own sentences)."""

from __future__ import annotations

import pytest

from reader.core.model import Block, Span
from reader.core.takeaways.filter import has_verb, is_caption, sentence_like
from reader.core.takeaways.grounding import ground
from tests.core.article_builder import build


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("The harbour board will test tethered drones on its sea walls for six months.", True),
        ("Crews depend on the night boat to reach the outer islands in winter.", True),
        ("The ink stays on the hull for at least three days after each survey.", True),
        ("He's not a captain and he's not a pilot, the union said.", True),
        ("Maya Lindqvist, Former harbour master of Northport", False),
        ("Former deputy director of the coastal shipping agency under two governments", False),
        ("A view of the old ferry terminal from the harbour wall.", False),
        ("Northport Harbour Opens New Terminal After Long Delay", False),
    ],
    ids=["modal", "plural-subject", "s-verb", "contraction", "name-role", "role-line", "caption", "headline"],
)
def test_sentence_like(text: str, ok: bool) -> None:
    assert sentence_like(text) is ok


def test_has_verb_ignores_plurals_after_determiners() -> None:
    assert not has_verb("the engines of the old ferries")
    assert has_verb("the old ferry sails at dawn")


@pytest.mark.parametrize(
    ("text", "spans", "caption"),
    [
        ("An array of old ferry engines from the '60s. (Jane Roe/Flickr)", (), True),
        ("Crews unload the morning catch at the pier. Photo: Jane Roe", (), True),
        ("Crews unload the morning catch at the pier.", (Span(0, 43, "em"),), True),
        ("Crews unload the morning catch at the pier, the harbour master said.", (), False),
        ("The board said the photo had been taken in 2019 at the old pier.", (), False),
    ],
    ids=["paren-credit", "photo-credit", "all-italic", "prose", "photo-word-in-prose"],
)
def test_is_caption(text: str, spans: tuple[Span, ...], caption: bool) -> None:
    assert is_caption(Block("b0", "paragraph", text, None, (1, 1), spans)) is caption


PROSE = [
    "The Northport harbour board will spend six months testing underwater drones on its ageing sea walls.",
    "Maya Lindqvist, Former harbour master of Northport",
    "The trial follows two years of research by a local start-up, which says its drones can map cracks.",
    "An array of underwater drones lined up on the quay before the first dive. (Jane Roe/Flickr)",
    "Divers will still inspect the walls after every winter storm, the board said on Tuesday.",
    "Omar Haddad, Chief executive of Northwind Ferries",
    "The board expects the pilot to cost about 1.2 million pounds, a third of it from a government grant.",
    "The first drone is due in the water in January, when the board will also consult the regulator.",
]


def test_extraction_skips_captions_and_name_role_lines() -> None:
    takeaways, _ = ground(build(PROSE))
    assert takeaways
    texts = [t.text for t in takeaways]
    assert not any(t.startswith(("Maya", "Omar", "An array")) for t in texts), texts


def test_extracted_takeaways_report_grounding_as_source_and_keep_the_jump() -> None:
    takeaways, _ = ground(build(PROSE))
    assert all(t.origin == "extracted" and t.grounding == "source" for t in takeaways)
    assert all(t.block is not None and t.support == (t.block,) for t in takeaways)


def test_publisher_takeaways_are_still_graded() -> None:
    takeaways, _ = ground(build(PROSE, takeaways=["The board will test drones on its sea walls for six months."]))
    assert [t.grounding for t in takeaways] == ["supported"]


@pytest.mark.parametrize(
    "text",
    [
        "The island councils currently employ forty harbour staff between them.",
        "The Lib Dems plan to oppose the harbour bill in the spring session.",
        "Crews depend on the night boat to reach the outer islands in winter.",
    ],
    ids=["adverb-then-verb", "plural-then-verb", "plural-subject"],
)
def test_has_verb_finds_base_forms_after_plural_subjects_and_adverbs(text: str) -> None:
    assert has_verb(text)


def test_a_correction_note_is_not_a_takeaway() -> None:
    from reader.core.parse import parse_article
    from reader.core.pipeline import analyse

    story = [
        "The town council voted on Tuesday to build a new central library on the site of the old bus depot.",
        "Opponents said the cost of the building would force cuts to other services across the town.",
        "Construction is due to start next spring, and the new library should open its doors in 2028.",
        "Councillor Anne Dwyer said the council had not shown its sums and called for an independent review.",
        "Correction: An earlier version of this article said the vote was seven to two. It was six to three.",
    ]
    a = analyse(parse_article("Council backs new library\n\n" + "\n\n".join(story) + "\n"))
    assert a.takeaways and any(c.kind == "correction" for c in a.corrections)
    assert not any(t.text.startswith("Correction") for t in a.takeaways)
