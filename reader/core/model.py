"""The article model every part of `reader` reads from.

Frozen dataclasses and tuples only: the parser builds an `Article` once, the
analysis returns a new one with more fields filled (`dataclasses.replace`), and
the UI, the JSON writer and the library index only read it. Positions are
character offsets into a block's `text` and 1-based input line numbers, never
markup, so each consumer decides how to show them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal[
    "title",
    "subtitle",
    "heading",
    "paragraph",
    "list_item",
    "blockquote",
    "code",
    "takeaway",
    "faq_question",
    "faq_answer",
    "credits",
    "caption",
]
"""What a block is; the UI styles each kind differently. "caption": the words under the lead photo (or its
credit), kept where the page shows them, between the headline and the story."""

Grounding = Literal["supported", "partial", "unsupported", "source"]
"""How far the body backs a summary; "source" when the text is itself a body sentence
(an extracted takeaway, the answers of a Q&A-format article): grounding does not apply."""
EntityType = Literal["PERSON", "ORG", "PLACE", "MISC"]
CorrectionKind = Literal["correction", "clarification", "retraction", "update", "editor_note"]
SourceFormat = Literal["text", "markdown", "html"]
"""html: a saved web page, read through the Markdown rendering the loader made of it."""
FigureKind = Literal["money", "percent", "count", "measure"]
TimeAnchor = Literal["dateline", "published", "explicit", "statement"]
Strength = Literal["on-record", "official", "reported", "anonymous", "unattributed"]
STRENGTHS: tuple[Strength, ...] = ("on-record", "official", "reported", "anonymous", "unattributed")
"""Attribution strengths, strongest first (the order `sourcing` ranks them in)."""


@dataclass(frozen=True, slots=True)
class Span:
    """Inline markup kept from Markdown input (emphasis, links, inline code)."""

    start: int
    end: int
    kind: Literal["em", "strong", "link", "code", "strike"]
    href: str | None = None


@dataclass(frozen=True, slots=True)
class Sourcing:
    """How well a body paragraph is sourced: its best attribution and its hedge words."""

    strength: Strength
    by: str | None = None
    """Who the best attribution names ("Sam Altman", "a person familiar with the matter")."""
    hedges: tuple[str, ...] = ()
    """Hedge words as written ("reportedly", "could", "is said to"), in reading order."""


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of reading order: a paragraph, heading, list item, ...

    `lines` is the (first, last) 1-based input line range the block was read
    from, so that every input line can be accounted for.
    """

    id: str
    kind: BlockKind
    text: str
    section: str | None
    lines: tuple[int, int]
    spans: tuple[Span, ...] = ()
    level: int = 0
    """Heading level (1-6) for headings, nesting depth for list items, else 0."""
    sourcing: Sourcing | None = field(default=None, compare=False)
    """Set by the analysis on body blocks (paragraphs, list items, block quotes).

    Not compared: the analysis annotates blocks but never changes what they are,
    and `parsed.blocks == analysed.blocks` is how that is checked."""


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the blocks under it; the first section may have no title."""

    id: str
    title: str | None
    blocks: tuple[str, ...]
    level: int = 2
    heading_block: str | None = None


@dataclass(frozen=True, slots=True)
class Meta:
    """Article metadata; dates are ISO `YYYY-MM-DD` strings."""

    title: str | None = None
    subtitle: str | None = None
    publisher: str | None = None
    category: str | None = None
    authors: tuple[str, ...] = ()
    dateline: str | None = None
    published: str | None = None
    updated: str | None = None
    reading_minutes: int = 0
    credits: str | None = None
    url: str | None = None
    """The page's canonical URL (saved web pages, or a Markdown `url:` field)."""
    language: str | None = None
    """The language the story's prose reads as ("English", "German", "Japanese"), None when too short to tell.

    Entity rules are English rules; on other languages they are not run, and the panel says why.
    """


@dataclass(frozen=True, slots=True)
class Removed:
    """Input the parser set aside (clutter, duplicates), kept so nothing is lost."""

    lines: tuple[int, int]
    text: str
    reason: str
    """"boilerplate", "duplicate", "empty-heading", "menu", "footer", ..."""


@dataclass(frozen=True, slots=True)
class Takeaway:
    """A key point: the article's own list ("article") or extracted by us."""

    text: str
    origin: Literal["article", "extracted"]
    block: str | None = None
    support: tuple[str, ...] = ()
    grounding: Grounding | None = None


@dataclass(frozen=True, slots=True)
class FaqPair:
    """A question and its answer from the article's FAQ."""

    question: str
    answer: str
    question_block: str | None = None
    answer_block: str | None = None
    support: tuple[str, ...] = ()
    grounding: Grounding | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """Where an entity (or a claim, a quote) sits: block id and offsets in its text."""

    block: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world referent with every spelling used for it."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct or partial quotation and who said it."""

    id: str
    text: str
    block: str
    start: int
    end: int
    kind: Literal["direct", "partial"] = "direct"
    speaker: str | None = None
    speaker_entity: str | None = None
    blocks: tuple[str, ...] = ()
    """Every block the quote spans (quotes may run over paragraphs)."""


@dataclass(frozen=True, slots=True)
class Source:
    """Someone the article leans on, named or anonymous."""

    name: str
    named: bool
    entity: str | None = None
    blocks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """The passage a correction amends."""

    block: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Correction:
    """A correction, clarification, retraction or update found in the article.

    `scope` is "article" for the publisher's own notice (a correction of this
    article), "reported" when the article reports someone else's: another
    outlet's correction, or a narrative finding about what a person said (a
    spokeswoman clarifying that an official misspoke), and "comparison" for a
    silent change found by comparing the article with an older version
    (`reader --diff`).
    """

    kind: CorrectionKind
    text: str
    block: str | None
    start: int = 0
    end: int = 0
    by: str | None = None
    claim: Claim | None = None
    corrected: str | None = None
    scope: Literal["article", "reported", "comparison"] = "article"


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity in the body: money, a percentage, a count or a measure, with what it counts."""

    text: str
    value: float | None
    unit: str | None
    """ISO currency ("USD"), "%", "percentage points", or a measure unit ("km"); None for counts."""
    kind: FigureKind
    counts: str | None
    """The noun the figure belongs to ("commercial berths", "members of the military alliance")."""
    block: str
    start: int
    end: int
    attributed_to: str | None = None
    """The speaker when the figure is inside a quote or an attributed sentence."""
    approximate: bool = False
    """Hedged by "about", "more than", "nearly" ...: never counted as a conflict."""


@dataclass(frozen=True, slots=True)
class FigureConflict:
    """Two figures that count the same thing differently; indexes into `Article.figures`."""

    figures: tuple[int, int]
    why: str


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A dated or relative time expression resolved to a day or a range of days (ISO dates)."""

    text: str
    date: str | None
    range: tuple[str, str] | None
    anchor: TimeAnchor
    """What it was resolved against: the dateline, the published date, itself, or a statement's date."""
    event: str
    """The clause saying what happened then."""
    block: str
    start: int
    end: int

    @property
    def sort_key(self) -> str:
        """The day it starts on ("9999-12-31" when unresolved), for date order."""
        return self.date or (self.range[0] if self.range else "9999-12-31")


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Where the text came from; `path` is a display string, not opened by core."""

    path: str | None = None
    format: SourceFormat = "text"
    encoding: str = "utf-8"
    sha256: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed (and possibly analysed) article: the single model of the app."""

    source: SourceInfo
    meta: Meta
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    meta_lines: tuple[tuple[str, int], ...] = ()
    """(field, 1-based input line) pairs for metadata lines that are not blocks."""
    takeaways: tuple[Takeaway, ...] = ()
    faq: tuple[FaqPair, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sources: tuple[Source, ...] = ()
    corrections: tuple[Correction, ...] = ()
    removed: tuple[Removed, ...] = ()
    figures: tuple[Figure, ...] = ()
    figure_conflicts: tuple[FigureConflict, ...] = ()
    timeline: tuple[TimeRef, ...] = ()
    """In date order (undated ones last), ties in reading order."""
    analysed: bool = False
    """True once `analyse` has filled entities, quotes, sources, corrections."""
    _index: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        # A private lookup table built once; the dataclass stays frozen to callers.
        self._index.update({b.id: i for i, b in enumerate(self.blocks)})

    def block(self, block_id: str) -> Block:
        """The block with this id (KeyError when unknown)."""
        return self.blocks[self._index[block_id]]

    def block_index(self, block_id: str) -> int:
        """Reading-order position of a block, for jumping and sorting."""
        return self._index[block_id]

    def section_of(self, block_id: str) -> Section | None:
        """The section holding a block, for search results and the outline."""
        sid = self.block(block_id).section
        return next((s for s in self.sections if s.id == sid), None)

    @property
    def body(self) -> tuple[Block, ...]:
        """The prose of the article: paragraphs, list items, block quotes."""
        return tuple(b for b in self.blocks if b.kind in ("paragraph", "list_item", "blockquote"))
