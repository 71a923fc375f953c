"""The lead photo's caption and credit stay above the story as a `caption` block; other captions are set aside."""

from __future__ import annotations

import pytest

from reader.core.parse import parse_article
from tests.core.test_structure import LEDE, MORE, THIRD, doc, kinds, removed

HEAD = "Port Strike Drags On"
CREDIT = "Photo by Sem Visser/Getty Images"
ALT = "Cranes Stand Idle in Rotterdam"


@pytest.mark.parametrize(
    ("parts", "captions", "set_aside"),
    [
        pytest.param((HEAD, "By Alva Kettering", CREDIT, LEDE, MORE), [CREDIT], {}, id="credit-above-lede"),
        pytest.param(
            (HEAD, "By Alva Kettering", f"{ALT}\n{CREDIT}", LEDE, MORE), [ALT, CREDIT], {}, id="alt-and-credit"
        ),
        pytest.param(
            (HEAD, "By Alva Kettering", "A short dek line", CREDIT, LEDE, MORE),
            [CREDIT],
            {},
            id="after-a-short-dek",
        ),
        pytest.param((HEAD, LEDE, CREDIT, MORE, THIRD), [], {CREDIT: "caption"}, id="inside-the-story"),
        pytest.param((HEAD, LEDE, MORE, THIRD, CREDIT), [], {CREDIT: "caption"}, id="at-the-end"),
    ],
)
def test_lead_caption_in_text(parts: tuple[str, ...], captions: list[str], set_aside: dict[str, str]) -> None:
    a = parse_article(doc(*parts))
    assert [t for k, t in kinds(a) if k == "caption"] == captions
    assert {t: r for t, r in removed(a).items() if r == "caption"} == set_aside
    assert a.blocks[next(i for i, b in enumerate(a.blocks) if b.kind == "paragraph")].text.startswith(
        (LEDE[:20], "A short dek")
    )
    first_caption = next((i for i, b in enumerate(a.blocks) if b.kind == "caption"), None)
    if first_caption is not None:  # above the lede, below the headline
        assert a.blocks[first_caption + 1].text == LEDE or a.blocks[first_caption + 1].kind == "caption"


def test_caption_in_markdown_is_a_caption_block_wherever_it_stands() -> None:
    a = parse_article(f"# {HEAD}\n\n{LEDE}\n\n{CREDIT}\n\n{MORE}\n", fmt="markdown")
    assert [k for k, _ in kinds(a)] == ["title", "paragraph", "caption", "paragraph"]
    assert not a.removed


def test_captions_are_not_takeaways_or_quotes() -> None:
    from reader.core.pipeline import analyse

    a = analyse(parse_article(doc(HEAD, "By Alva Kettering", CREDIT, LEDE, MORE, THIRD)))
    caption = next(b for b in a.blocks if b.kind == "caption")
    assert all(t.block != caption.id for t in a.takeaways)
    assert caption not in a.body
