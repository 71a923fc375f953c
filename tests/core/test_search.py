"""In-article search: ranking, folding, scopes, spans; and the reference article's Altman quote."""

from __future__ import annotations

import pytest

from reader.core.model import Article, Block, Entity, Mention, Meta, Quote, Section, SourceInfo
from reader.core.search.passages import SearchIndex, passages
from tests.shared import shared_dir

PARAS = [
    "Harbour drones are coming to Port Avel.",
    "The mayor, Ines Caré, said the council had made \u201ca hard but right choice\u201d about the drones. "
    "She added that nothing was decided yet.",
    "Critics called the plan reckless. Fishermen fear the noise will scare the fish.",
    "A spokesman for the port said the tests would run at night \u2011 only between 1am and 4am.",
    "The plan is a hard choice, the council said. It is also right, others said.",
]


def make_article() -> Article:
    blocks = [
        Block(f"b{i}", "title" if i == 0 else "paragraph", t, "s0", (i * 2 + 1, i * 2 + 1)) for i, t in enumerate(PARAS)
    ]
    quote_text = "a hard but right choice"
    qstart = PARAS[1].index(quote_text)
    quotes = (Quote("q0", quote_text, "b1", qstart, qstart + len(quote_text), "partial", "Ines Caré"),)
    mayor = PARAS[1].index("Ines Caré")
    entities = (
        Entity("e0", "Ines Caré", "PERSON", ("Caré",), (Mention("b1", mayor, mayor + 9),)),
        Entity("e1", "Port Avel", "PLACE", (), (Mention("b0", 29, 38),)),
    )
    return Article(
        SourceInfo(),
        Meta(title=PARAS[0]),
        tuple(blocks),
        (Section("s0", "News", ("b1", "b2", "b3")),),
        entities=entities,
        quotes=quotes,
    )


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(make_article())


def _matched(index: SearchIndex, query: str, **kw: object) -> list[str]:
    return [index.article.block(h.block).text[h.start : h.end] for h in index.search(query, **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "block", "span"),
    [
        ("hard but right choice", "b1", "hard but right choice"),
        ("hard bt rihgt choise", "b1", "hard but right choice"),
        ("hard right choice", "b1", "hard but right choice"),
        ("right choice hard", "b1", "hard but right choice"),
        ("ines care", "b1", "Ines Caré"),
        ("INES CARÉ", "b1", "Ines Caré"),
        ("night - only", "b3", "night \u2011 only"),
        ("\u201ca hard but", "b1", "a hard but"),
        ("fishermen fear the nois", "b2", "Fishermen fear the noise"),
    ],
    ids=[
        "exact",
        "typos",
        "dropped-word",
        "reordered",
        "accent-folded",
        "case-folded",
        "nb-hyphen",
        "curly-quote",
        "while-typing",
    ],
)
def test_first_hit(index: SearchIndex, query: str, block: str, span: str) -> None:
    hits = index.search(query)
    assert hits, query
    top = hits[0]
    assert top.block == block
    assert index.article.block(block).text[top.start : top.end] == span
    assert top.passage == index.article.block(block).text[top.passage_start : top.passage_start + len(top.passage)]
    assert top.section == "News"


def test_exact_contiguous_match_ranks_before_scattered_words(index: SearchIndex) -> None:
    hits = index.search("hard choice")
    assert hits[0].block == "b4" and hits[0].exact
    assert any(h.block == "b1" for h in hits[1:])


def test_sentence_holding_a_quote_carries_the_speaker(index: SearchIndex) -> None:
    assert index.search("hard but right choice")[0].speaker == "Ines Caré"


@pytest.mark.parametrize("query", ["", "   ", "--", "zzzzqqq xxyyzz"])
def test_no_hits(index: SearchIndex, query: str) -> None:
    assert index.search(query) == []


def test_quotes_scope_searches_only_quotes(index: SearchIndex) -> None:
    hits = index.search("right choice", scope="quotes")
    assert [h.kind for h in hits] == ["quote"]
    assert hits[0].speaker == "Ines Caré"
    assert index.article.block("b1").text[hits[0].start : hits[0].end] == "right choice"
    assert index.search("fishermen", scope="quotes") == []


@pytest.mark.parametrize(
    ("query", "label", "span"),
    [("care", "Ines Caré (PERSON)", "Ines Caré"), ("port avl", "Port Avel (PLACE)", "Port Avel")],
)
def test_entities_scope_hits_the_first_mention(index: SearchIndex, query: str, label: str, span: str) -> None:
    hit = index.search(query, scope="entities")[0]
    assert hit.kind == "entity" and hit.label == label
    assert index.article.block(hit.block).text[hit.start : hit.end] == span


def test_entities_scope_leaves_out_weak_name_matches() -> None:
    text = "Kim Veltman met Ola Seltan at the quay."
    entities = (
        Entity("e0", "Kim Veltman", "PERSON", (), (Mention("b0", 0, 11),)),
        Entity("e1", "Ola Seltan", "PERSON", (), (Mention("b0", 16, 26),)),
    )
    article = Article(SourceInfo(), Meta(), (Block("b0", "paragraph", text, None, (1, 1)),), (), entities=entities)
    assert [h.label for h in SearchIndex(article).search("veltman", scope="entities")] == ["Kim Veltman (PERSON)"]


def test_limit_is_respected(index: SearchIndex) -> None:
    assert len(index.search("the", limit=2)) == 2


def test_passages_split_blocks_into_sentences() -> None:
    ps = passages(make_article())
    assert [p.text for p in ps if p.block == "b2"] == [
        "Critics called the plan reckless.",
        "Fishermen fear the noise will scare the fish.",
    ]
    assert [p.kind for p in passages(make_article(), quotes=True)] == ["quote"]


def test_large_article_uses_prefilter_and_still_finds_the_sentence() -> None:
    filler = [f"Paragraph {i} talks about item {i} and the weather in town {i % 7}." for i in range(3000)]
    filler[2222] = "The ferry captain said the storm was a complex, but right decision to wait out."
    blocks = tuple(Block(f"b{i}", "paragraph", t, None, (i + 1, i + 1)) for i, t in enumerate(filler))
    index = SearchIndex(Article(SourceInfo(), Meta(), blocks, ()))
    hits = index.search("complex right decison")
    assert hits[0].block == "b2222"


@pytest.mark.shared
def test_reference_article_finds_the_altman_quote_first() -> None:
    from reader.core import read_article
    from reader.load import load_path

    loaded = load_path(shared_dir("articles", "seed", "openai-nato.txt"))
    article = read_article(loaded.text, source=loaded.source)
    hit = SearchIndex(article).search("complex right decison")[0]
    text = article.block(hit.block).text
    assert "example of a complex, but right decision" in hit.passage
    assert text[hit.start : hit.end] == "complex, but right decision"


def test_entities_scope_finds_every_mention_and_alias_in_document_order() -> None:
    """ "@nato" steps through every mention of the entity, by any of its names, not only the first."""
    paras = [
        "The Harbour Pilots Guild (HPG) met on Monday.",
        "HPG members voted to strike.",
        "Ola Seltan, who chairs the guild, spoke for the HPG and for the Harbour Pilots Guild.",
    ]
    blocks = tuple(Block(f"b{i}", "paragraph", t, None, (i + 1, i + 1)) for i, t in enumerate(paras))
    spots = [
        ("b0", "Harbour Pilots Guild"),
        ("b0", "HPG"),
        ("b1", "HPG"),
        ("b2", "HPG"),
        ("b2", "Harbour Pilots Guild"),
    ]
    mentions = tuple(
        Mention(b, paras[int(b[1:])].index(name), paras[int(b[1:])].index(name) + len(name)) for b, name in spots
    )
    seltan = paras[2].index("Ola Seltan")
    entities = (
        Entity("e0", "Harbour Pilots Guild", "ORG", ("HPG",), mentions),
        Entity("e1", "Ola Seltan", "PERSON", (), (Mention("b2", seltan, seltan + 10),)),
    )
    article = Article(SourceInfo(), Meta(), blocks, (), entities=entities)
    hits = SearchIndex(article).search("hpg", scope="entities")
    assert [(h.block, article.block(h.block).text[h.start : h.end]) for h in hits] == spots
    assert {h.label for h in hits} == {"Harbour Pilots Guild (ORG)"}
