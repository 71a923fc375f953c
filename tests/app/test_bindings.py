"""Every key is described (for the footer, `?` and the palette); every stylesheet exists."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.binding import Binding
from textual.dom import DOMNode

from reader.ui.app import ReaderApp
from reader.ui.screens.help import HelpScreen, key_label
from reader.ui.screens.reader.bindings import EXTRA_HELP, FALLBACK
from reader.ui.screens.reader.screen import ReaderScreen
from reader.ui.stylesheets import SHEETS, stylesheets
from reader.ui.widgets.search_bar import SearchBar

OWNERS: list[type[DOMNode]] = [ReaderApp, ReaderScreen, SearchBar, HelpScreen]


@pytest.mark.parametrize("owner", OWNERS, ids=lambda o: o.__name__)
def test_every_binding_has_a_description(owner: type[DOMNode]) -> None:
    bindings = [b for b in owner.BINDINGS if isinstance(b, Binding)]
    assert bindings and len(bindings) == len(owner.BINDINGS)
    assert all(b.description.strip() for b in bindings), [b.key for b in bindings if not b.description]


def test_help_rows_cover_every_reading_key() -> None:
    rows = ReaderScreen.help_rows()
    shown = {keys for keys, _ in rows}
    main = [b for b in ReaderScreen.BINDINGS if isinstance(b, Binding) and not b.action.startswith(FALLBACK)]
    for binding in main:
        assert key_label(binding.key) in shown
    assert rows[-len(EXTRA_HELP) :] == EXTRA_HELP


def test_every_fallback_shares_its_keys_with_a_real_binding() -> None:
    """A fallback only explains a greyed-out key: it never binds a key of its own."""
    bindings = [b for b in ReaderScreen.BINDINGS if isinstance(b, Binding)]
    real = {k for b in bindings if not b.action.startswith(FALLBACK) for k in b.key.split(",")}
    fallback = {k for b in bindings if b.action.startswith(FALLBACK) for k in b.key.split(",")}
    assert fallback and fallback <= real


@pytest.mark.parametrize(
    ("keys", "label"),
    [("left_square_bracket", "["), ("G,shift+g,end", "G End"), ("space,f,pagedown", "space f PgDn"), ("x", "x")],
)
def test_key_labels(keys: str, label: str) -> None:
    assert key_label(keys) == label


def test_issue_keys_are_all_bound() -> None:
    """The keys the issue lists (less / vim conventions) each reach an action."""
    bound = {k.strip() for b in ReaderScreen.BINDINGS if isinstance(b, Binding) for k in b.key.split(",")}
    wanted = "j k down up space f pagedown b pageup d u g home G end left_square_bracket right_square_bracket"
    wanted += " slash n N t c e o h y m apostrophe question_mark q"
    wanted += " ctrl+f ctrl+b ctrl+d ctrl+u percent_sign p less_than_sign greater_than_sign ctrl+o colon L H f1"
    assert set(wanted.split()) <= bound


def test_every_stylesheet_exists() -> None:
    paths = [Path(p) for p in stylesheets()]
    assert [p.name for p in paths] == list(SHEETS)
    assert all(p.is_file() for p in paths)
