"""Property tests for page dumps: whatever the mix of menus, teasers, comments and story, every line is accounted for.

The pieces are the hand-written dump parts of `tests.core.dumps`, cut into
lines and shuffled, repeated, upper-cased and glued; the invariant of the
foundation issue (every non-blank input line in exactly one block, removed
entry or metadata line) must hold, and nothing may raise.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.parse import parse_article
from reader.core.structure.lines import split_units
from reader.core.structure.page_dump import find_article
from tests.core import dumps as d
from tests.core.invariants import assert_accounted, assert_well_formed

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    d.MENU_TREE,
    d.SPANISH_MENU,
    d.headline_block(),
    d.SHARE_ROW,
    d.story(),
    d.story(d.SPANISH_STORY),
    d.wrap(d.COOKIE_NOTICE),
    d.TEASERS,
    d.COMMENTS,
    d.FOOTER,
    "本" * 49 + "\n" + "本" * 49 + "\n続き。",
    "  " + d.wrap(d.STORY[0], 60).replace("\n", "\n  "),
]
LINES = [line for piece in PIECES for line in piece.split("\n")]


@st.composite
def dumps(draw: st.DrawFn) -> str:
    """Whole pieces in random order, then lines dropped, repeated, upper-cased or glued."""
    pieces = draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14))
    lines = "\n\n".join(pieces).split("\n")
    for op, at in draw(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 10_000)), max_size=10)):
        if not lines:
            break
        k = at % len(lines)
        if op == 0:
            del lines[k]
        elif op == 1:
            lines.insert(k, lines[k])
        elif op == 2:
            lines[k] = lines[k].upper()
        elif op == 3 and k + 1 < len(lines):
            lines[k : k + 2] = [lines[k] + lines[k + 1]]
        else:
            lines.insert(k, draw(st.sampled_from(LINES)))
    return "\n".join(lines)


@SETTINGS
@given(dumps())
def test_dump_shaped_text_is_accounted_for(text: str) -> None:
    article = parse_article(text)
    assert_accounted(text, article)
    assert_well_formed(article)


@SETTINGS
@given(st.lists(st.sampled_from(LINES), max_size=80))
def test_the_article_region_lies_inside_the_page(lines: list[str]) -> None:
    units = split_units("\n".join(lines))
    found = find_article(units, {})
    if found is not None:
        assert 0 <= found.top <= found.start <= found.end < len(units)
        assert found.title is None or found.top <= found.title < found.start
        assert all(0 <= i < len(units) for i in found.reasons)
        assert not any(found.start <= i <= found.end and r != "teaser" for i, r in found.reasons.items())
