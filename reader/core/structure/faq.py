"""Question-and-answer structure: an FAQ section, or "Q:"/"A:" pairs anywhere.

Questions become `faq_question` blocks and answers `faq_answer` blocks; the
pairs become `FaqPair`s with grounding left for the analysis stage.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.model import BlockKind, FaqPair
from reader.core.structure.collected import Draft

_LABEL = re.compile(
    r"^(?:frequently asked questions|faqs?|questions and answers|questions & answers|q\s?&\s?a|common questions|"
    r"your questions answered|reader questions)\s*:?$",
    re.IGNORECASE,
)
_Q_PREFIX = re.compile(r"^(?:\*\*)?(?:q|question)\s*[:.)]\s*(?:\*\*)?\s*", re.IGNORECASE)
_A_PREFIX = re.compile(r"^(?:\*\*)?(?:a|answer)\s*[:.)]\s*(?:\*\*)?\s*", re.IGNORECASE)
_ANSWERABLE = ("paragraph", "list_item", "blockquote", "faq_answer")
_NOTE = re.compile(r"^[A-Z][\w'’]*(?: [\w'’]+){0,3}\s*:\s+\S")
"""A labelled note ("Correction: ...", "Editor's note: ...") closes an answer: it is the page talking again."""
_INLINE_ANSWER = re.compile(r"\?\s+(?:\*\*)?(?:a|answer)\s*[:.)]\s*(?:\*\*)?\s*\S", re.IGNORECASE)


def _ends_answer(d: Draft) -> bool:
    return bool(_NOTE.match(d.text)) and not _A_PREFIX.match(d.text) and not _Q_PREFIX.match(d.text)


def is_faq_label(text: str) -> bool:
    """True for the heading that opens an FAQ section."""
    return bool(_LABEL.match(text.strip()))


def _is_question(d: Draft) -> bool:
    return d.kind in ("paragraph", "heading", "list_item") and d.text.rstrip().endswith("?") and len(d.text) <= 300


def mark_faq(drafts: list[Draft]) -> None:
    """Mark questions and answers in place: under an FAQ heading, and "Q:"/"A:" pairs anywhere."""
    i = 0
    while i < len(drafts):
        d = drafts[i]
        if d.kind == "heading" and is_faq_label(d.text):
            i = _mark_section(drafts, i + 1)
        elif (
            d.kind == "paragraph"
            and _Q_PREFIX.match(d.text)
            and (_split_inline_answer(drafts, i) or i + 1 < len(drafts))
        ):
            i = _mark_prefixed(drafts, i)
        else:
            i += 1


def _mark_section(drafts: list[Draft], start: int) -> int:
    """Questions (lines ending in "?") and the blocks after each, up to a heading that is not a question.

    When an FAQ is written one line per question and answer, a blank line
    after an answer ends it: what follows is the story again, not more answer.
    """
    i, asked, spaced, last = start, False, False, 0
    while i < len(drafts):
        d = drafts[i]
        if _is_question(d):
            nxt = drafts[i + 1] if i + 1 < len(drafts) else None
            if nxt is None or nxt.kind not in _ANSWERABLE or _is_question(nxt):
                break
            asked = True
            _strip_prefix(d, _Q_PREFIX, "faq_question")
            d.level = 0
            spaced, last = nxt.lines[0] > d.lines[1] + 1, 0
        elif d.kind == "heading" or d.kind in ("title", "subtitle", "credits"):
            break
        elif asked and d.kind in _ANSWERABLE and d.kind != "list_item":
            if (last and not spaced and d.lines[0] > last + 1) or (last and _ends_answer(d)):
                break
            _strip_prefix(d, _A_PREFIX, "faq_answer")
            last = d.lines[1]
        elif not asked:
            break
        i += 1
    return max(i, start)


def _mark_prefixed(drafts: list[Draft], i: int) -> int:
    """A "Q: ...?" paragraph and the "A: ..." paragraph(s) that follow it."""
    q, a = drafts[i], drafts[i + 1]
    if a.kind != "paragraph" or _Q_PREFIX.match(a.text):
        return i + 1
    _strip_prefix(q, _Q_PREFIX, "faq_question")
    _strip_prefix(a, _A_PREFIX, "faq_answer")
    j = i + 2
    while j < len(drafts) and drafts[j].kind in ("paragraph", "list_item") and not _Q_PREFIX.match(drafts[j].text):
        if _link_only(drafts[j]) or _ends_answer(drafts[j]):
            break
        if drafts[j].kind == "paragraph":  # list items inside an answer stay list items
            drafts[j].kind = "faq_answer"
        j += 1
    return j


def _split_inline_answer(drafts: list[Draft], i: int) -> bool:
    """Split "Q: ...? A: ..." written on consecutive lines (one Markdown paragraph) into two drafts.

    The question is taken to be the paragraph's first input line and the
    answer the rest, so every line still belongs to exactly one block. A pair
    written on a single line stays one paragraph.
    """
    d = drafts[i]
    m = _INLINE_ANSWER.search(d.text)
    if m is None or d.lines[1] <= d.lines[0]:
        return False
    cut, start = m.start() + 1, m.start() + 1 + len(d.text[m.start() + 1 :]) - len(d.text[m.start() + 1 :].lstrip())
    q_spans = tuple(s for s in d.spans if s.end <= cut)
    a_spans = tuple(replace(s, start=s.start - start, end=s.end - start) for s in d.spans if s.start >= start)
    answer = Draft("paragraph", d.text[start:], (d.lines[0] + 1, d.lines[1]), spans=a_spans)
    d.text, d.lines, d.spans = d.text[:cut], (d.lines[0], d.lines[0]), q_spans
    drafts.insert(i + 1, answer)
    return True


def _strip_prefix(d: Draft, prefix: re.Pattern[str], kind: BlockKind) -> None:
    """Drop a "Q:"/"A:" label, moving the draft's inline spans left with the text."""
    cut = m.end() if (m := prefix.match(d.text)) else 0
    d.kind, d.text = kind, d.text[cut:]
    if cut:
        d.spans = tuple(replace(s, start=max(s.start - cut, 0), end=s.end - cut) for s in d.spans if s.end - cut > 0)


def _link_only(d: Draft) -> bool:
    """A paragraph that is nothing but a link ("[Source](...)"): page furniture, not part of an answer."""
    return len(d.spans) == 1 and d.spans[0].kind == "link" and (d.spans[0].start, d.spans[0].end) == (0, len(d.text))


def faq_of(drafts: list[Draft], ids: list[str]) -> tuple[FaqPair, ...]:
    """Pair each question with the answer blocks after it (text joined, first block kept as `answer_block`)."""
    pairs: list[FaqPair] = []
    q: tuple[str, str] | None = None
    answers: list[tuple[str, str]] = []

    def flush() -> None:
        if q is not None and answers:
            pairs.append(
                FaqPair(q[0], " ".join(t for t, _ in answers), question_block=q[1], answer_block=answers[0][1])
            )

    for d, b in zip(drafts, ids, strict=True):
        if d.kind == "faq_question":
            flush()
            q, answers = (d.text, b), []
        elif d.kind == "faq_answer" and q is not None:
            answers.append((d.text, b))
        elif d.kind in ("heading", "title", "subtitle"):
            flush()
            q, answers = None, []
    flush()
    return tuple(pairs)
