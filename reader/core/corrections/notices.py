"""Corrections, clarifications, retractions and updates.

Two families, both matched on phrasing that only such notices use, never on
a bare word ("a correction in the housing market", "asking for
clarification" and "the corrections officer" are not findings):

* the publisher's own notices: a label with a colon ("Correction:",
  "Clarification:", "Editor's note:", "Update:"), "FOR THE RECORD",
  "An earlier version of this article ...", "This story was amended ...";
* narrative ones the article reports: someone "misspoke", "later clarified",
  "walked back" or "retracted" a remark, "corrected himself", "initially said
  ... but later ...".

An outlet's correction that the article merely reports ("The Times issued a
correction") and every narrative finding (what a person said, put right by
them or a spokeswoman, often to another outlet) are kept with scope
"reported": only the publisher's own notices have scope "article". A "Last updated" date later than
the published date is an "update" finding. Each finding is then tied to the
claim it amends and the corrected value (see `correction_claims`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.corrections.claims import locate
from reader.core.model import Article, Block, Correction, CorrectionKind
from reader.core.quotes.attribution import find_speech, subject_before
from reader.core.quotes.entity_index import EntityIndex
from reader.core.quotes.marks import quoted_spans
from reader.core.text.sentences import alternation, split_sentences

_DOC = (
    r"(?:article|story|report|piece|post|graphic|column|item|headline|caption|photo caption|video|page|"
    r"newsletter|episode|interactive|chart|map|list|review|obituary|editorial|blog post|feature|version)"
)
_LABEL = re.compile(
    r"^[\W_]{0,4}(?P<label>corrections?|clarifications?|retractions?|editor[’']?s[’']? note|editors[’'] note|"
    r"updated?|for the record|correction appended)\b[\W_]{0,3}(?:\([^)]{0,20}\)\s*)?(?P<colon>[:—–-]|\s*$|\.\s*$)",
    re.IGNORECASE,
)
_EARLIER_VERSION = re.compile(
    rf"\b(?:an?|the) (?:earlier|previous|prior|original|initial) (?:version|edition) of this\s+{_DOC}\b", re.IGNORECASE
)
_THIS_WAS = re.compile(
    rf"\bthis {_DOC} (?:has been|was|is being|had been|have been)\s+(?:\w+ly\s+)?"
    r"(?P<verb>amended|corrected|updated|changed|revised|edited(?= to)|clarified|retracted|withdrawn|removed)\b",
    re.IGNORECASE,
)
_REGRET = re.compile(
    r"\b(?:we|the \w+) (?:regrets?|apologi[sz]es?(?: for)?) (?:the|this|an|any|these) (?:error|errors|mistake)",
    re.IGNORECASE,
)
_APPENDED = re.compile(r"\bcorrection appended\b", re.IGNORECASE)

_MISSPOKE = re.compile(
    r"\bmis-?spoke\b|\bmisspoken\b|\bmisstat(?:ed|ing) (?:himself|herself|themselves)\b", re.IGNORECASE
)
_CLARIFIED = re.compile(
    r"\b(?:later|subsequently|afterwards?|since|then|quickly|swiftly|soon)\b[^.;]{0,40}?\bclarifie[sd]\b"
    r"|\bclarifie[sd] (?:his|her|their|its) (?:earlier |previous |original )?(?:remarks?|comments?|statement|position|"
    r"words|tweet|post|claim)\b",
    re.IGNORECASE,
)
_STATEMENT = (
    r"(?:claims?|statements?|remarks?|comments?|allegations?|accusations?|story|report|apology|testimony|"
    r"confession|endorsement|tweets?|posts?|words|assertions?|charges?|suggestion|pledge|promise|threat|"
    r"position|stance|plan|policy|proposal|decision|offer|it|them)"
)
_WALKED_BACK = re.compile(
    rf"\bwalk(?:ed|s|ing) back\s+(?:(?:his|her|their|its|the|those|that|these|an?|some|earlier|previous|"
    rf"recent)\s+){{0,3}}{_STATEMENT}\b|\bback-?track(?:ed|s|ing)\b",
    re.IGNORECASE,
)
_RETRACTED = re.compile(
    rf"\bretract(?:ed|s|ing)\s+(?:(?:his|her|their|its|the|a|an|that|those|these|earlier|previous|[a-z]+'s)\s+)"
    rf"{{1,3}}{_STATEMENT}\b|\b(?:later|subsequently|quickly|since)\s+retracted\b",
    re.IGNORECASE,
)
_SELF_CORRECT = re.compile(r"\bcorrect(?:ed|s)\s+(?:himself|herself|themselves|itself)\b", re.IGNORECASE)
_LATER_SAID = (
    r"(?:said|says|stated|clarified|corrected|admitted|acknowledged|conceded|retracted|revised|told|wrote|"
    r"explained|insisted|confirmed|denied|backtracked|walked)"
)
_INITIALLY = re.compile(
    r"\b(?:initially|originally|at first|first|earlier|previously)\b,?(?:\s+[\w'’-]+){0,6}?\s+(?:said|stated|"
    r"claimed|told|reported|announced|suggested|indicated|wrote|insisted)\b[^.;]{0,240}?\bbut\b[^.;]{0,80}?"
    rf"\b(?:later|subsequently|afterwards?|since|then)\s+(?:\w+\s+)?{_LATER_SAID}\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:issued|published|ran|appended|printed)\s+(?:an?|its|their)\s+(?:[a-z'-]+\s+)?"
    r"(?P<noun>correction|clarification|retraction|editor'?s note)\b"
    r"|\b(?:posted|added)\s+(?:an?|its|their)\s+(?P<noun2>correction|clarification|retraction|editor'?s note)\b"
    r"|\b(?:corrected|retracted|withdrew)\s+(?:its|their|the|a|an)\s+(?:\w+\s+)?"
    r"(?:story|report|article|piece|reporting|headline|column|post|tweet)\b"
    r"|\b(?:amended|updated)\s+(?:its|their|the)\s+(?:\w+\s+)?(?:story|article|piece|headline|column)\b",
    re.IGNORECASE,
)
_VERB_IN_CUE = re.compile(r"clarif|mis-?spo|misstat|walk|back-?track|retract|correct", re.IGNORECASE)
_INITIAL_VERBS = (
    "said",
    "stated",
    "claimed",
    "told",
    "reported",
    "announced",
    "suggested",
    "indicated",
    "wrote",
    "insisted",
)
_DOC_WORDS = (
    "article",
    "story",
    "report",
    "piece",
    "post",
    "graphic",
    "column",
    "item",
    "headline",
    "caption",
    "video",
    "page",
    "newsletter",
    "episode",
    "interactive",
    "chart",
    "map",
    "list",
    "review",
    "obituary",
    "editorial",
    "blog",
    "feature",
    "version",
    "photo",
)
_CUE_STEMS = (
    "correct", "clarif", "retract", "misspo", "mis-spo", "misstat", "walked back", "walks back", "walking back",
    "walk back", "backtrack", "back-track", "version of th", "regret", "apologi", "withdr", "editor", "update:",
    "for the record",
    *(f"this {doc}" for doc in _DOC_WORDS),
    *(f"{verb} {det}" for verb in ("amended", "updated") for det in ("its", "the", "their")),
    "initially", "originally", "at first",
    *(f"{adv} {verb}" for adv in ("first", "earlier", "previously") for verb in _INITIAL_VERBS),
)  # fmt: skip
"""Lower-case substrings one of which every sentence-level finding contains: a cheap gate before the regexes."""
_CUE_GATE = re.compile(alternation(_CUE_STEMS))

_SKIP_KINDS = ("title", "subtitle", "takeaway", "faq_question", "faq_answer", "code")


@dataclass(frozen=True, slots=True)
class _Hit:
    kind: CorrectionKind
    start: int
    end: int
    cue: int
    notice: bool
    scope: str = "article"


def find_corrections(article: Article) -> tuple[Correction, ...]:
    """Findings in reading order, each tied to the claim it amends when found."""
    index = EntityIndex(article)
    out: list[Correction] = []
    blocks = [b for b in article.blocks if b.kind not in _SKIP_KINDS]
    used: set[str] = set()
    for i, block in enumerate(blocks):
        if block.id in used:
            continue
        label = _label(block.text)
        if label is not None:
            kind, rest = label
            target = block
            if len(rest.split()) < 4 and not _EARLIER_VERSION.search(rest) and i + 1 < len(blocks):
                target = blocks[i + 1]  # "Correction: August 30" followed by the notice itself
                if not rest and not _CUE_GATE.search(target.text.lower()):
                    continue  # a bare "Corrections" heading or menu link over unrelated text
                used.add(target.id)
            s, e = (0, len(target.text)) if target is block else _first_sentence(target.text)
            out.append(_finding(article, index, target, _Hit(kind, s, e, s, True)))
            continue
        if not _CUE_GATE.search(block.text.lower()):
            continue  # cheap gate: most paragraphs carry none of the cue words
        for hit in _sentence_hits(block.text):
            out.append(_finding(article, index, block, hit))
    update = _meta_update(article)
    if update is not None and not any(c.kind == "update" and c.block is None for c in out):
        out.insert(0, update)
    return tuple(out)


def _label(text: str) -> tuple[CorrectionKind, str] | None:
    m = _LABEL.match(text)
    if m is None:
        return None
    word = m.group("label").lower()
    rest = text[m.end() :].strip()
    if m.group("colon").strip() in ("", "."):
        # label alone on its line: only the unmistakable ones
        if word not in ("for the record", "correction appended", "correction", "corrections", "clarification"):
            return None
        if text.strip().rstrip(".:").lower() != word:
            return None
    if word.startswith("update") and not rest:
        return None
    if word.startswith("update") and re.match(r"^\d{1,2}[:.]\d{2}\b", rest) and len(rest.split()) < 4:
        return None  # a bare timestamp ("Updated: 12:30 GMT") is page furniture, dated by meta
    kind: CorrectionKind
    if word.startswith("clarif"):
        kind = "clarification"
    elif word.startswith("retraction"):
        kind = "retraction"
    elif word.startswith("editor"):
        kind = "editor_note"
    elif word.startswith("update"):
        kind = "update"
    else:
        kind = "correction"
    return kind, rest


def _first_sentence(text: str) -> tuple[int, int]:
    spans = split_sentences(text)
    return spans[0] if spans else (0, len(text))


def _sentence_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    quoted: list[tuple[int, int]] | None = None
    for s, e in split_sentences(text):
        sent = text[s:e]
        hit = _classify(sent)
        if hit is None:
            continue
        if hit.notice:
            quoted = quoted_spans(text) if quoted is None else quoted
            if any(qs < s + hit.cue < qe for qs, qe in quoted):
                # a notice the article quotes ('The Times added: "Correction: ..."') is another outlet's
                hit = _Hit(hit.kind, hit.start, hit.end, hit.cue, False, "reported")
        if hits and hit.notice and hits[-1].notice and hits[-1].end + 3 >= s:
            prev = hits[-1]  # "This article was amended ... An earlier version ...": one notice
            hits[-1] = _Hit(prev.kind, prev.start, e, prev.cue, True, prev.scope)
            continue
        hits.append(_Hit(hit.kind, s, e, s + hit.cue, hit.notice, hit.scope))
    return hits


def _classify(sent: str) -> _Hit | None:
    """The finding one sentence makes, if any (offsets relative to the sentence)."""
    clarif = "clarif" in sent.lower()
    label = _label(sent)
    if label is not None and len(label[1].split()) >= 4:
        return _Hit(label[0], 0, len(sent), 0, True)  # "... last line. Clarification: The report ..."
    m = _EARLIER_VERSION.search(sent) or _APPENDED.search(sent) or _REGRET.search(sent)
    if m:
        return _Hit("clarification" if clarif else "correction", 0, len(sent), m.start(), True)
    m = _THIS_WAS.search(sent)
    if m:
        verb = m.group("verb").lower()
        low = sent.lower()
        kind: CorrectionKind = "correction"
        if verb == "updated" and "correct" not in low:
            kind = "clarification" if "to clarify" in low else "update"
        elif verb == "clarified" or "to clarify" in low:
            kind = "clarification"
        elif verb in ("retracted", "withdrawn"):
            kind = "retraction"
        return _Hit(kind, 0, len(sent), m.start(), True)
    m = _REPORTED.search(sent)
    if m:
        noun = (m.group("noun") or m.group("noun2") or "").lower()
        kind = (
            "clarification"
            if noun.startswith("clarif")
            else "retraction"
            if noun.startswith("retract") or re.search(r"retracted|withdrew", m.group(), re.I)
            else "correction"
        )
        if re.search(r"\b(?:we|this (?:newspaper|paper|site|publication|outlet))\b", sent[: m.start()], re.I):
            return _Hit(kind, 0, len(sent), m.start(), True)  # "We have appended a correction"
        # another outlet's (or a company's) correction that the article reports
        return _Hit(kind, 0, len(sent), m.start(), False, "reported")
    narrative: tuple[tuple[re.Pattern[str], CorrectionKind], ...] = (
        (_MISSPOKE, "correction"),
        (_CLARIFIED, "clarification"),
        (_SELF_CORRECT, "correction"),
        (_WALKED_BACK, "retraction"),
        (_RETRACTED, "retraction"),
        (_INITIALLY, "correction"),
    )
    for rx, kind in narrative:
        m = rx.search(sent)
        if m:
            if clarif and kind == "correction":
                kind = "clarification"
            verb = _VERB_IN_CUE.search(m.group()) if rx is not _INITIALLY else None
            cue = m.start() + (verb.start() if verb else 0)
            return _Hit(kind, 0, len(sent), cue, False)
    return None


def _finding(article: Article, index: EntityIndex, block: Block, hit: _Hit) -> Correction:
    text = block.text[hit.start : hit.end].strip()
    by: str | None
    by = article.meta.publisher or "the publisher" if hit.notice else _by(index, block, hit)
    claim, corrected = locate(article, block, hit.start, hit.end, hit.cue, notice=hit.notice)
    return Correction(
        kind=hit.kind,
        text=text,
        block=block.id,
        start=hit.start,
        end=hit.end,
        by=by,
        claim=claim,
        corrected=corrected,
        # only the publisher's own notice corrects this article; a person's words put right
        # ("misspoke", "later clarified", "walked back") are news the article reports
        scope="reported" if hit.scope == "reported" or not hit.notice else "article",
    )


def _by(index: EntityIndex, block: Block, hit: _Hit) -> str | None:
    """Who made the correction: the subject of the nearest speech verb at or before the cue."""
    text = block.text
    verbs = [m for m in find_speech(text[hit.start : hit.cue + 30]) if hit.start + m.start() <= hit.cue + 2]
    positions = [hit.start + m.start() for m in reversed(verbs)] + [hit.cue]
    for pos in positions:
        lo = max(hit.start, text.rfind(" but ", hit.start, pos) + 1, text.rfind(", and ", hit.start, pos) + 1)
        sp = subject_before(index, block.id, text, lo, pos)
        if sp is not None and sp.name.lower() not in ("it", "they", "he", "she"):
            return sp.name
    # no resolvable speaker: keep a short descriptive subject ('the "Bad Romance" singer')
    head = re.sub(r"\s+(?:later|subsequently|then|quickly|has|had|also)$", "", text[hit.start : hit.cue].rstrip())
    m = re.search(r"(?:^|,\s*|\bbut\s+|\band\s+)((?:the|a|an)\s[^,;()]{2,50})$", head, re.IGNORECASE)
    if m is None or len(m.group(1).split()) > 5 or re.search(r"\b(?:that|which|who|of this)\b", m.group(1)):
        return None
    return m.group(1).strip()


def _meta_update(article: Article) -> Correction | None:
    """An "update" finding when the page says it was updated after it was published."""
    up, pub = article.meta.updated, article.meta.published
    if not up or not pub or up[:10] <= pub[:10]:
        return None
    line = next((n for f, n in article.meta_lines if f == "updated"), None)
    where = f" (input line {line})" if line else ""
    return Correction(
        kind="update",
        text=f"Last updated {up[:10]}, after publication on {pub[:10]}{where}",
        block=None,
        by=article.meta.publisher or "the publisher",
        scope="article",
    )
