"""The pure key-sequence machine: counts, `m`/`'` + letter, `:` commands, Esc."""

from __future__ import annotations

import pytest

from reader.ui.screens.reader.keys import KeySequence, Step

CHARS = {"apostrophe": "'", "colon": ":", "escape": None, "enter": None, "backspace": None, "percent_sign": "%"}


def feed(seq: KeySequence, *keys: str) -> list[Step]:
    return [seq.feed(k, CHARS.get(k, k if len(k) == 1 else None)) for k in keys]


def test_mark_takes_the_next_key_as_its_letter() -> None:
    seq = KeySequence()
    first, second = feed(seq, "m", "a")
    assert first == Step(taken=True) and seq.prompt == ""  # the letter came: nothing pending any more
    assert second == Step(taken=True, command="mark", arg="a")


def test_apostrophe_twice_is_the_jump_back() -> None:
    steps = feed(KeySequence(), "apostrophe", "apostrophe", "apostrophe", "apostrophe")
    assert [s.command for s in steps] == [None, "goto_mark", None, "goto_mark"]
    assert {s.arg for s in steps if s.command} == {"'"}


def test_the_prompt_shows_while_waiting_and_esc_cancels() -> None:
    seq = KeySequence()
    feed(seq, "m")
    assert "set mark" in seq.prompt and seq.active
    (step,) = feed(seq, "escape")
    assert step == Step(taken=True, command="cancel") and not seq.active
    assert feed(seq, "j") == [Step(taken=False)]  # a plain key again


def test_a_non_letter_after_m_cancels_without_reaching_a_binding() -> None:
    seq = KeySequence()
    _, step = feed(seq, "m", "slash")
    assert step.taken and step.command == "cancel"
    assert not seq.active


@pytest.mark.parametrize(
    ("keys", "arg", "count"),
    [
        (["5", "j"], "j", 5),
        (["1", "0", "G"], "G", 10),
        (["5", "0", "percent_sign"], "percent_sign", 50),
        (["2", "5", "p"], "p", 25),
        (["3", "right_square_bracket"], "right_square_bracket", 3),
        (["1", "2", "ctrl+d"], "ctrl+d", 12),
    ],
)
def test_counts(keys: list[str], arg: str, count: int) -> None:
    seq = KeySequence()
    *digits, last = feed(seq, *keys)
    assert all(d.taken and d.command is None for d in digits)
    assert last == Step(taken=True, command="counted", arg=arg, count=count)
    assert not seq.active


def test_a_count_shows_and_is_dropped_by_a_key_it_does_not_apply_to() -> None:
    seq = KeySequence()
    feed(seq, "4", "2")
    assert seq.prompt == "42"
    assert feed(seq, "t") == [Step(taken=False)]
    assert not seq.active


def test_zero_alone_is_not_a_count() -> None:
    assert feed(KeySequence(), "0") == [Step(taken=False)]


def test_command_line() -> None:
    seq = KeySequence()
    steps = feed(seq, "colon", "n", "x", "backspace")
    assert all(s.taken for s in steps) and seq.prompt == ":n"
    (done,) = feed(seq, "enter")
    assert done == Step(taken=True, command="ex", arg="n")
    feed(seq, "colon")
    (cancel,) = feed(seq, "backspace")  # backspace on an empty line closes it, as in vim
    assert cancel.command == "cancel" and not seq.active


def test_keys_in_a_command_line_are_never_plain() -> None:
    seq = KeySequence()
    feed(seq, "colon")
    assert all(s.taken for s in feed(seq, "q", "m", "apostrophe", "5"))
    assert seq.prompt == ":qm'5"
