"""Direct and partial quotes with their speakers.

News convention drives the rules: a quotation is a run of words between
quote marks that someone is reported to have said. One or two quoted words
("unclassified" networks) are scare quotes, and a quoted Title Case phrase
with no attribution is a title; neither is a quote. A quotation that spans
paragraphs leaves its closing mark off until its last paragraph, each
continuing paragraph opening with a mark. A quote broken by its attribution
("We will," he said, "not stop.") gives two quotes with the same speaker.
"""

from __future__ import annotations

import bisect
import re

from reader.core.model import Article, Quote
from reader.core.quotes.attribution import speaker_after, speaker_at_end, speaker_before
from reader.core.quotes.entity_index import EntityIndex, Speaker
from reader.core.quotes.marks import BODY_KINDS, QuotedRun, pair_marks
from reader.core.quotes.speakers import PRONOUNS
from reader.core.text.sentences import split_sentences

_SMALL = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "by", "with", "or", "from", "my", "your"}


def _starts_with_mark(text: str) -> bool:
    s = text.lstrip()
    return bool(s) and s[0] in '"“”„«'


def _is_title(inner: str) -> bool:
    ws = inner.split()
    if not ws or len(ws) > 8 or inner.rstrip()[-1:] in ".!?,":
        return False
    return all(w[0].isupper() or w.lower() in _SMALL or not w[0].isalpha() for w in ws)


_OPENING_PHRASE = re.compile(
    r"\s*(?:[A-Z][a-z]+ing|In|On|At|From|After|Before|During|Asked|According to|Writing|Speaking)\b[^,;:]{0,120},"
)
"""A participle or prepositional phrase opening the sentence ("Speaking to the BBC,"): not the subject."""
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whose|whom|which)\b")
_CONTINUATION = re.compile(r"^\s*,?\s*[^\"“”.!?]{1,60}?,\s*$")


class _Finder:
    """One pass over the prose blocks; remembers the last speaker for continuing quotes."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.index = EntityIndex(article)
        self.body = [b for b in article.blocks if b.kind in BODY_KINDS]
        self.quotes: list[Quote] = []
        self.prev_block = -2
        self.prev_speaker: Speaker | None = None
        self._sentences: dict[int, tuple[list[int], list[int]]] = {}

    def run(self) -> tuple[Quote, ...]:
        """Walk every quoted run in reading order, joining runs that continue over paragraphs."""
        flat: list[QuotedRun] = []
        for i, block in enumerate(self.body):
            for sp in pair_marks(block.text):
                sp.block = i
                flat.append(sp)
        k = 0
        while k < len(flat):
            parts = [flat[k]]
            while not parts[-1].closed and k + 1 < len(flat):
                nxt = flat[k + 1]
                lead = len(self.body[nxt.block].text) - len(self.body[nxt.block].text.lstrip())
                if nxt.block != parts[-1].block + 1 or nxt.open != lead:
                    break
                parts.append(nxt)
                k += 1
            prev = flat[k - len(parts)] if k - len(parts) >= 0 else None
            if prev is not None and prev.block != parts[0].block:
                prev = None
            self._emit(parts, prev)
            k += 1
        return tuple(self.quotes)

    def _emit(self, parts: list[QuotedRun], prev: QuotedRun | None) -> None:
        """Judge one quoted run (or a run over paragraphs) and record it as a Quote with its speaker."""
        first, last = parts[0], parts[-1]
        block = self.body[first.block]
        text = block.text
        start, end = first.open + 1, first.close if len(parts) == 1 else len(text)
        while end > start and text[end - 1] in " ,":
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        inner = text[start:end]
        if not inner.strip():
            return
        multi = len(parts) > 1
        n_words = len(inner.split()) + sum(len(self._inner(p).split()) for p in parts[1:])
        last_text = self.body[last.block].text
        after = None
        if last.closed:
            after = speaker_after(self.index, self.body[last.block].id, last_text, last.close + 1)
            ends_period = self._inner(last).rstrip()[-1:] in (".", "…")
            if after is not None and ends_period and not _short_tag(last_text, last.close + 1):
                after = None  # the quote ended its sentence: what follows starts a new one
        cont = prev is not None and prev.closed and bool(_CONTINUATION.match(text[prev.close + 1 : first.open]))
        cont = cont and bool(self.quotes) and self.quotes[-1].block == block.id
        if not multi and first.closed and not after and not cont and (n_words <= 2 or _is_title(inner)):
            return  # scare quotes and titles
        h = first.open - 1
        while h >= 0 and text[h].isspace():
            h -= 1
        sentence_start = h < 0 or text[h] in '.!?:;—–-("”'
        first_alpha = next((c for c in inner if c.isalpha()), "")
        direct = multi or cont or sentence_start or first_alpha.isupper() or not first.closed
        if not direct and n_words < 3:
            return
        continues = sentence_start and first_alpha.isupper() and self.prev_block >= first.block - 1
        speaker = self._speaker(parts, prev, after, direct=direct, cont=cont, continues=continues)
        texts = [inner] + [self._inner(p) for p in parts[1:]]
        self.quotes.append(
            Quote(
                id=f"q{len(self.quotes)}",
                text="\n".join(texts),
                block=block.id,
                start=start,
                end=end,
                kind="direct" if direct else "partial",
                speaker=speaker.name if speaker else None,
                speaker_entity=speaker.entity if speaker else None,
                blocks=tuple(self.body[p.block].id for p in parts),
            )
        )
        self.prev_block = last.block
        self.prev_speaker = speaker

    def _speaker(
        self,
        parts: list[QuotedRun],
        prev: QuotedRun | None,
        after: Speaker | None,
        *,
        direct: bool,
        cont: bool,
        continues: bool,
    ) -> Speaker | None:
        """Who said it, from the most to the least explicit evidence."""
        first, last = parts[0], parts[-1]
        block = self.body[first.block]
        lo = self._sentence_start(first.block, first.open, prev)
        speaker = after
        if not direct:
            # reported speech names its speaker before the partial quote: 'X said its systems "shall not ..."'
            speaker = speaker_before(self.index, block.id, block.text, lo, first.open) or after
        if speaker is None and last.closed:
            # 'She behaved "like a pro" on set, the source said.': the tag closes the sentence
            last_text = self.body[last.block].text
            _starts, ends = self._spans(last.block)
            k = bisect.bisect_right(ends, last.close)
            end_of = min(ends[k] if k < len(ends) else len(last_text), last.close + 300)
            speaker = speaker_at_end(self.index, self.body[last.block].id, last_text, last.close + 1, end_of)
        if speaker is None:
            speaker = speaker_before(self.index, block.id, block.text, lo, first.open)
        if speaker is None and block.text[lo : first.open].rstrip().endswith(":"):
            # 'Lindqvist was blunt: "We are done."': the person named before the colon, but not one
            # named in an opening phrase ('Writing in the Harbour Gazette, the bishop said:')
            # nor one inside a relative clause ('The actor, whose films include Michael Collins, said:')
            opening = _OPENING_PHRASE.match(block.text, lo, first.open)
            rel = _RELATIVE_CLAUSE.search(block.text, lo, first.open)
            start, stop = opening.end() if opening else lo, rel.start() if rel else first.open
            ent = self.index.within(block.id, start, stop, ("PERSON", "ORG"))
            speaker = Speaker(ent.name, ent.id, True) if ent else None
        if speaker is None and cont:
            speaker = self.prev_speaker  # '"We will," he said, "not stop."'
        if speaker is None and continues:
            speaker = self.prev_speaker  # an unattributed quote right after another continues that voice
        if speaker is not None and speaker.entity is None and speaker.name.lower() in PRONOUNS:
            return None
        return speaker

    def _inner(self, sp: QuotedRun) -> str:
        text = self.body[sp.block].text
        return text[sp.open + 1 : sp.close].strip().rstrip(",").strip()

    def _spans(self, block: int) -> tuple[list[int], list[int]]:
        """Sentence starts and ends of a body block, split once per block."""
        if block not in self._sentences:
            spans = split_sentences(self.body[block].text)
            self._sentences[block] = ([sp[0] for sp in spans], [sp[1] for sp in spans])
        return self._sentences[block]

    def _sentence_start(self, block: int, pos: int, prev: QuotedRun | None) -> int:
        """Where the attribution window before a quote starts: its sentence, after any earlier quote."""
        starts, _ends = self._spans(block)
        k = bisect.bisect_right(starts, pos) - 1
        lo = starts[k] if k >= 0 else 0
        if prev is not None and prev.close + 1 > lo:
            lo = prev.close + 1
        return max(lo, pos - 400)


def _short_tag(text: str, pos: int) -> bool:
    """After a quote that ends in a period, only a short tag ("... ." she said.) still attributes it."""
    return (
        bool(re.match(r"^\s*[\w.'’ -]{1,40}?\s+(?:said|says|added|told \w+|wrote|asked)\s*[.,]", text[pos : pos + 60]))
        and text[pos : pos + 2].strip()[:1].islower()
    )


def find_quotes(article: Article) -> tuple[Quote, ...]:
    """Quotes in reading order; needs `article.entities` for speaker linking."""
    return _Finder(article).run()
