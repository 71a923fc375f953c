"""A small, fully analysed Article built by hand, for UI tests and snapshots.

Written for these tests (no third-party text). Built directly as the model, so
the UI tests do not change when the parser or the analysis improves.
"""

from __future__ import annotations

from reader.core.model import (
    Article,
    Block,
    BlockKind,
    Claim,
    Correction,
    Entity,
    FaqPair,
    Mention,
    Meta,
    Quote,
    Removed,
    Section,
    SourceInfo,
    Takeaway,
)

PARAS: list[tuple[BlockKind, str, str | None]] = [
    ("title", "Lantern Bay council votes to test delivery drones over the harbour", None),
    ("subtitle", "A six-month trial will carry medicine to the outer islands", None),
    (
        "paragraph",
        "Lantern Bay's town council voted on Monday to let Skyward Logistics fly delivery drones over the old "
        "harbour, a decision the mayor called a careful first step.",
        "s0",
    ),
    (
        "paragraph",
        "Mayor Ida Brenner had told a public meeting that the drones would fly at night, but her office later "
        "clarified that she misspoke and that all flights would take place in daylight.",
        "s0",
    ),
    ("heading", "How the trial will work", "s1"),
    (
        "paragraph",
        "Skyward Logistics will operate two aircraft from a pier near the ferry terminal. Each flight is "
        "limited to four kilograms and must avoid the bird reserve on Gull Island.",
        "s1",
    ),
    ("list_item", "Flights run from eight in the morning until six in the evening.", "s1"),
    ("list_item", "Every route is filed with the harbour master a day ahead.", "s1"),
    (
        "paragraph",
        '"We want the islands to get their prescriptions the same day, not next week," said Noor Haddad, '
        "chief executive of Skyward Logistics.",
        "s1",
    ),
    ("heading", "Concerns from fishermen", "s2"),
    (
        "paragraph",
        "The Lantern Bay Fishers' Association asked the council to publish noise measurements before the "
        "summer season. Its chair, Tomas Reyes, said members were worried about nets and gulls.",
        "s2",
    ),
    ("blockquote", "Nobody asked the people who work on the water every day.", "s2"),
    ("heading", "Key Takeaways", "s3"),
    ("takeaway", "The council approved a six-month drone delivery trial over the harbour.", "s3"),
    ("takeaway", "All flights will take place in daylight.", "s3"),
    ("takeaway", "Fishermen have asked for noise measurements.", "s3"),
    ("heading", "Frequently Asked Questions", "s4"),
    ("faq_question", "Who runs the flights?", "s4"),
    ("faq_answer", "Skyward Logistics operates the aircraft under a council licence.", "s4"),
    ("credits", "(Reporting by Ada Lindqvist; Editing by Marek Nowak)", "s4"),
]

SECTION_TITLES = {
    "s0": None,
    "s1": "How the trial will work",
    "s2": "Concerns from fishermen",
    "s3": "Key Takeaways",
    "s4": "Frequently Asked Questions",
}

NAMES = [
    ("e1", "Ida Brenner", "PERSON", ("Ida Brenner", "Brenner")),
    ("e2", "Skyward Logistics", "ORG", ("Skyward Logistics",)),
    ("e3", "Lantern Bay", "PLACE", ("Lantern Bay",)),
    ("e4", "Noor Haddad", "PERSON", ("Noor Haddad",)),
    ("e5", "Tomas Reyes", "PERSON", ("Tomas Reyes",)),
    ("e6", "Gull Island", "PLACE", ("Gull Island",)),
    ("e7", "Lantern Bay Fishers' Association", "ORG", ("Lantern Bay Fishers' Association",)),
]


def _blocks(repeat: int = 1) -> list[Block]:
    blocks: list[Block] = []
    line = 1
    for r in range(repeat):
        for kind, text, section in PARAS:
            if r and kind in ("title", "subtitle"):
                continue
            sid = section if r == 0 or section is None else f"{section}r{r}"
            blocks.append(Block(f"b{len(blocks)}", kind, text, sid, (line, line), level=2 if kind == "heading" else 0))
            line += 2
    return blocks


def _mentions(blocks: list[Block], spelling: str) -> list[Mention]:
    found = []
    for b in blocks:
        start = b.text.find(spelling)
        while start >= 0:
            found.append(Mention(b.id, start, start + len(spelling)))
            start = b.text.find(spelling, start + 1)
    return found


def sample_article(*, analysed: bool = True, repeat: int = 1) -> Article:
    """The sample article; `analysed=False` gives the parse-only version; `repeat` makes it long."""
    blocks = _blocks(repeat)
    sections: list[Section] = []
    for sid in dict.fromkeys(b.section for b in blocks if b.section):
        members = tuple(b.id for b in blocks if b.section == sid)
        heading = next((b.id for b in blocks if b.section == sid and b.kind == "heading"), None)
        base = sid.split("r")[0]
        sections.append(Section(sid, SECTION_TITLES[base], members, 2, heading))
    by_text = {b.text: b.id for b in blocks}
    meta = Meta(
        title=PARAS[0][1],
        subtitle=PARAS[1][1],
        publisher="Harbour Gazette",
        category="Local",
        authors=("Ada Lindqvist",),
        dateline="LANTERN BAY, May 4",
        published="2026-05-04",
        updated="2026-05-05",
        reading_minutes=2,
        credits=PARAS[-1][1],
    )
    article = Article(
        SourceInfo(path="tests/app/sample.py", sha256="f" * 64),
        meta,
        tuple(blocks),
        tuple(sections),
        takeaways=tuple(Takeaway(b.text, "article", b.id) for b in blocks[:20] if b.kind == "takeaway"),
        faq=(FaqPair("Who runs the flights?", PARAS[18][1], by_text[PARAS[17][1]], by_text[PARAS[18][1]]),),
        removed=(
            Removed((2, 2), "Share this story on social media", "boilerplate"),
            Removed((6, 6), "Subscribe to our newsletter", "boilerplate"),
        ),
    )
    if not analysed:
        return article
    return analyse_sample(article, blocks)


def analyse_sample(article: Article, blocks: list[Block]) -> Article:
    """Fill in entities, quotes, corrections and grounding by hand."""
    from dataclasses import replace

    entities = []
    for eid, name, kind, spellings in NAMES:
        mentions = sorted(
            {m for s in spellings for m in _mentions(blocks, s)}, key=lambda m: (int(m.block[1:]), m.start)
        )
        entities.append(Entity(eid, name, kind, spellings, tuple(mentions)))  # type: ignore[arg-type]
    quote_block = blocks[8]
    q_text = "We want the islands to get their prescriptions the same day, not next week,"
    q_start = quote_block.text.index(q_text)
    quotes = (
        Quote("q1", q_text, quote_block.id, q_start, q_start + len(q_text), "direct", "Noor Haddad", "e4"),
        Quote("q2", blocks[11].text, blocks[11].id, 0, len(blocks[11].text), "direct", "Tomas Reyes", "e5"),
    )
    claim_block = blocks[3]
    claim_text = "the drones would fly at night"
    c_start = claim_block.text.index(claim_text)
    fix = "she misspoke and that all flights would take place in daylight"
    f_start = claim_block.text.index(fix)
    corrections = (
        Correction(
            "clarification",
            claim_block.text[claim_block.text.index("her office") :],
            claim_block.id,
            f_start,
            f_start + len(fix),
            by="the mayor's office",
            claim=Claim(claim_block.id, c_start, c_start + len(claim_text), claim_text),
            corrected="Ida Brenner misspoke: all flights will take place in daylight.",
        ),
    )
    grounding = ("supported", "supported", "partial")
    support = ((blocks[2].id,), (blocks[3].id,), (blocks[10].id,))
    takeaways = tuple(
        replace(t, grounding=g, support=s)  # type: ignore[arg-type]
        for t, g, s in zip(article.takeaways, grounding, support, strict=False)
    )
    return replace(
        article,
        entities=tuple(entities),
        quotes=quotes,
        corrections=corrections,
        takeaways=takeaways,
        analysed=True,
    )
