"""Text hygiene: what `sanitize`, `clean` and `fold` must guarantee to every view of article text."""

from __future__ import annotations

import pytest

from reader.core.text.clean import clean, fold, sanitize

ESC = "\x1b"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain words stay", "plain words stay"),
        (f"{ESC}[31mred{ESC}[0m text", "red text"),
        (f"a{ESC}[2J{ESC}[10;10Hb", "ab"),
        (f"copy{ESC}]52;c;c2VjcmV0{ESC}\\ me", "copy me"),
        (f"title{ESC}]0;PWNED\x07 here", "title here"),
        ("bell\x07 and back\x08space", "bell and backspace"),
        (f"unterminated {ESC}]0;osc\nnext line survives", "unterminated \nnext line survives"),
        (f"stray {ESC} escape", "stray  escape"),
        ("c1 \x9b31m csi", "c1 31m csi"),
        ("nel\x85 and del\x7f", "nel and del"),
        ("lone\rcarriage", "lonecarriage"),
        ("tabs\tand\nnewlines\nstay", "tabs\tand\nnewlines\nstay"),
        ("[bold red]markup[/] is text", "[bold red]markup[/] is text"),
        ("form\x0cfeed and\x0bvtab", "formfeed andvtab"),
    ],
)
def test_sanitize(raw: str, expected: str) -> None:
    assert sanitize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("one\r\ntwo\r\n", "one\ntwo\n"),
        ("one\rtwo\rthree", "one\ntwo\nthree"),
        ("mixed\r\nends\rhere\n", "mixed\nends\nhere\n"),
        ("cafe\u0301", "caf\u00e9"),
        ("\u2019curly\u2019 \u201cquotes\u201d \u2014 stay", "\u2019curly\u2019 \u201cquotes\u201d \u2014 stay"),
        ("  spacing   kept  ", "  spacing   kept  "),
        (f"{ESC}[1mbold{ESC}[0m\r\nnext", "bold\nnext"),
        ("", ""),
    ],
)
def test_clean(raw: str, expected: str) -> None:
    assert clean(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hello World", "hello world"),
        ("\u201cright\u201d \u2018call\u2019", "\"right\" 'call'"),
        ("non\u2011breaking\u2014dash\u2013range\u2212minus", "non-breaking-dash-range-minus"),
        ("caf\u00e9 na\u00efve \u00dcber", "cafe naive uber"),
        ("\u0130stanbul", "istanbul"),
        ("no\u00a0break\u202fthin\u2009space", "no break thin space"),
        ("\u00abguillemets\u00bb", '"guillemets"'),
        ("stra\u00dfe", "stra\u00dfe"),
        ("\u03a9mega", "\u03c9mega"),
    ],
)
def test_fold(raw: str, expected: str) -> None:
    assert fold(raw) == expected


@pytest.mark.parametrize(
    "raw", ["\u0130\u0130 x", "\ufb01ne \u00df", "A\u0301 composed?", "\u1e9e capital sharp s", "\u2019\u2014\u00a0"]
)
def test_fold_keeps_offsets(raw: str) -> None:
    """Offsets found in folded text must be valid in the original."""
    assert len(fold(raw)) == len(raw)


@pytest.mark.parametrize("text", ["Title\n\nHe said \udc9b it.\n", "\ud800", 'A\n\n"Quote \udfff here," she said.\n'])
def test_lone_surrogates_never_raise_and_json_stays_utf8(text: str) -> None:
    import json

    from reader.core import parse_article, read_article, to_dict

    parse_article(text)
    line = json.dumps(to_dict(read_article(text)), ensure_ascii=False)
    line.encode("utf-8")  # would raise on a lone surrogate
    assert "\ufffd" in line
