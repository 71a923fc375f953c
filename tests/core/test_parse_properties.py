"""Property tests for the structure parser alone: never raise, and account for every line exactly once.

The invariant (foundation issue): every non-blank input line lies in exactly
one block's or removed entry's line range, or is a `meta_lines` line. Inputs
are arbitrary text, and article-shaped text assembled from fragments written
for this test (headlines, bylines, clutter, headings, lists, FAQ), mutated.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.parse import parse_article
from tests.core.invariants import assert_accounted, assert_well_formed

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FRAGMENTS = [
    "Harbour Cranes Idle as Port Strike Enters Second Week",
    "Published by The Coastal Ledger",
    "Posted on 14 May 2025",
    "· Last updated: May 16, 2025",
    "4 min read",
    "By Alva Kettering",
    "By Alva Kettering Rotterdam (Reuters) - Dock workers extended their strike on Friday",
    "ROTTERDAM (Reuters) - Dock workers extended their strike on Friday, union leaders said.",
    "Dock workers extended their strike on Friday, leaving dozens of ships waiting offshore.",
    "The port authority said it had no plans to hire temporary crews before the talks resume.",
    '"We will not move until the offer changes," said the union\'s chair, Ina Brouwer.',
    "Talks Stall Over Pay",
    "TALKS STALL",
    "What Comes Next",
    "Key Takeaways",
    "  • Strike enters second week with no talks planned.",
    "- Ships are queueing offshore.",
    "* Union wants a new pay offer.",
    "1. Port authority rules out temporary crews.",
    "Frequently Asked Questions",
    "Why are the dockers striking?",
    "They want a pay rise that matches inflation.",
    "Q: When will talks resume?",
    "A: No date has been set.",
    "Share this article",
    "Follow us on Mastodon",
    "Related Articles",
    "More from Business",
    "Tags",
    "© 2025 Coastal Ledger. All rights reserved.",
    "Privacy Policy",
    "(Reporting by Alva Kettering; Editing by Pim Loos)",
    "Photo by Sem Visser/Getty Images",
    "    An indented quotation from a statement issued by the union.",
    "> A quoted line in e-mail style.",
    "* * *",
    "0:00",
    "[ ]More",
    "# A Markdown Heading",
    "---",
    "title: 'Dockers Strike'",
    "[1]: http://example.invalid/",
    "```",
    "<div>raw html</div>",
    "",
    "",
    " ",
]


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Article-shaped text: fragments in random order, some repeated, some glued, some shouted."""
    parts = draw(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40))
    ops = draw(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 39)), max_size=6))
    for op, at in ops:
        if not parts:
            break
        k = at % len(parts)
        if op == 0:
            parts.insert(k, parts[k])
        elif op == 1:
            parts[k] = parts[k].upper()
        elif op == 2 and k + 1 < len(parts):
            parts[k : k + 2] = [parts[k] + " " + parts[k + 1]]
        else:
            parts.insert(k, "")
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]))
    return sep.join(parts)


@SETTINGS
@given(st.text(max_size=400))
def test_any_text_plain(text: str) -> None:
    article = parse_article(text)
    assert_accounted(text, article)
    assert_well_formed(article)


@SETTINGS
@given(st.text(max_size=400))
def test_any_text_markdown(text: str) -> None:
    article = parse_article(text, fmt="markdown")
    assert_accounted(text, article)
    assert_well_formed(article)


@SETTINGS
@given(articles())
def test_article_shaped_plain(text: str) -> None:
    article = parse_article(text)
    assert_accounted(text, article)
    assert_well_formed(article)


@SETTINGS
@given(articles())
def test_article_shaped_markdown(text: str) -> None:
    article = parse_article(text, fmt="markdown")
    assert_accounted(text, article)
    assert_well_formed(article)


def _shared_texts() -> list[str]:
    """A few shared articles to mutate (read at test time, never copied; empty without ../shared)."""
    from tests.shared import SHARED

    names = ["seed/openai-nato.txt", "corrections/20.txt", "markdown/06.md"]
    return [(SHARED / "articles" / n).read_text(encoding="utf-8") for n in names if (SHARED / "articles" / n).exists()]


SHARED_TEXTS = _shared_texts()


@SETTINGS
@given(st.data())
def test_mutated_shared_articles(data: st.DataObject) -> None:
    if not SHARED_TEXTS:
        from tests.shared import shared_dir

        shared_dir("articles")  # skips, or fails under READER_REQUIRE_SHARED=1
    lines = data.draw(st.sampled_from(SHARED_TEXTS)).split("\n")
    for op, at in data.draw(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 10_000)), max_size=12)):
        k = at % max(1, len(lines))
        if not lines:
            break
        if op == 0:
            del lines[k]
        elif op == 1:
            lines.insert(k, lines[k])
        elif op == 2:
            lines[k] = lines[k].upper()
        elif op == 3:
            lines[k], lines[-1 - k % len(lines)] = lines[-1 - k % len(lines)], lines[k]
        else:
            lines.insert(k, "")
    text = "\n".join(lines)
    for fmt in ("text", "markdown"):
        article = parse_article(text, fmt=fmt)
        assert_accounted(text, article)
        assert_well_formed(article)
