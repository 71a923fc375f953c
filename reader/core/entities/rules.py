"""The built-in recogniser: capitalisation, cue words and gazetteers, read per block.

A name is a run of capitalised words. Each run is trimmed (sentence-start
words, "The"), cut at titles ("U.S. President Donald Trump" -> "U.S." and a
person "Donald Trump") and typed by the strongest evidence it has: a gazetteer
entry, a title before it, an organisation word at its end, a known given name
at its start. Runs left without evidence are returned as `Candidate`s with no
type, for the document pass (`rule_engine.py`) to settle.

The typing of a run once cut (`rules_typing.RunTyping`), the `Candidate` it
yields (`candidate.py`) and acronym expansions (`acronyms.py`) live beside this
module; here is how a block is cut into runs.
"""

from __future__ import annotations

from reader.core.entities.acronyms import acronym_expansions
from reader.core.entities.candidate import Candidate
from reader.core.entities.lexicon import (
    BEFORE_NAME,
    BODIES,
    CONNECT,
    DAYS,
    FUNCTION,
    MONTHS,
    PLACE_HEADS,
    ROLE_ENDINGS,
    capital_runs,
)
from reader.core.entities.rules_typing import RunTyping
from reader.core.entities.tokens import Token, digit_ratio, is_upper_word, sentence_starts, tokenize


class Rules(RunTyping):
    """Typing of capitalised runs in one block, from the gazetteer and local cues."""

    def block(self, text: str, toks: list[Token] | None = None, *, skip: int = 0, story: int = 0) -> list[Candidate]:
        """Candidates of one prose block (`toks`: its tokens, when already cut).

        `skip` leading tokens are left out (a dateline's place, typed by the caller) and token
        `story` starts a sentence (the first word after the dateline's dash).
        """
        if toks is None:
            toks = tokenize(text)
        if not toks:
            return []
        starts = sentence_starts(toks)
        starts.add(story)
        table = digit_ratio(toks) >= 0.3
        out: list[Candidate] = []
        for i, j in capital_runs(toks):
            if i >= skip:
                self._run(text, toks, i, j, i in starts, table, out)
        if "(" in text:
            acronym_expansions(text, toks, starts, table, out)
        return out

    # -- segmentation -------------------------------------------------------------------------

    def _run(
        self, text: str, toks: list[Token], i: int, j: int, at_start: bool, table: bool, out: list[Candidate]
    ) -> None:
        words = [t.text for t in toks[i:j]]
        if " ".join(words) in self.gaz.phrases and not (at_start and words[0].lower() in FUNCTION):
            self._emit(text, toks, i, j, at_start, table, False, out)
            return
        cut = self._weak_link(words)
        if cut:
            # "Alan Barona and Kate Mayberry", "Minister of Britain": two names, not one
            self._run(text, toks, i, i + cut, at_start, table, out)
            self._run(text, toks, i + cut + 1, j, False, table, out)
            return
        a = 0
        # Front words capitalised by position or by habit ("The", "But", "Police"), unless a name starts there.
        while a < len(words):
            w = words[a]
            low = w.lower()
            if low in FUNCTION or w in CONNECT or (low in CONNECT and a == len(words) - 1) or low in BEFORE_NAME:
                a += 1  # "The", "And"; a capitalised particle that starts a name ("De Wilde") stays
                continue
            if self._title_len(words, a) and a + 1 < len(words):
                break  # "Mrs Penhale" opening a sentence: the honorific is a cue, not a capitalised word
            if low in MONTHS or low in DAYS:
                a += 1  # "July FOMC": a date word is never the start of a name
                continue
            if (
                (low in self.gaz.common or low.endswith("ing") and len(low) > 5 and w not in self.gaz.phrases)
                and w not in self.gaz.org_head
                and a + 1 < len(words)
                and words[a + 1] in CONNECT
            ):
                a += 2  # "Shares of Acme Corp", "Representatives of First Bank", "Running for Senate"
                continue
            if (
                (at_start and a == 0 or a > 0)
                and low in self.gaz.common
                and not is_upper_word(w)
                and self._gaz_len(words, a) == 0
                and not self._org_shaped(words[a:])
            ):
                a += 1
                continue
            if (
                at_start
                and a == 0
                and a + 1 < len(words)
                and not (i and toks[i - 1].text in "\"'\u201c\u2018")  # a quoted title: "Sleeping Bread"
                and low.endswith("ing")
                and len(low) >= 5
                and not is_upper_word(w)
                and w not in self.gaz.phrases
                and w not in self.gaz.surnames
                and w not in self.gaz.given
            ):
                a += 1  # "Using Keck's spectra": a gerund capitalised by position opens the sentence, not the name
                continue
            if (
                at_start
                and a == 0
                and len(words) >= 3
                and w not in self.gaz.given
                and (words[1] in self.gaz.given or low.endswith(ROLE_ENDINGS) and w not in self.gaz.phrases)
            ):
                a += 1  # "Singer Marla Quint", "Photographer Ale de Basse": a role word capitalised by position
                continue
            break
        cue = False
        seg = a
        k = a
        while k < len(words):
            tl = self._title_len(words, k)
            if tl and k + tl < len(words) and self._gaz_len(words, seg) <= k - seg:
                # a title: what comes before is its own name, what follows is a person
                if k > seg:
                    self._emit(text, toks, i + seg, i + k, at_start and seg == 0, table, cue, out)
                seg = k + tl
                k = seg
                cue = words[seg] not in CONNECT  # "Chief Executive of Acme Corp": an employer, not a person
                continue
            k += 1
        if seg < len(words):
            self._emit(text, toks, i + seg, j, at_start and seg == 0, table, cue, out)

    def _weak_link(self, words: list[str]) -> int:
        """Index of a connector that joins two separate names, or 0."""
        links = [k for k in range(1, len(words) - 1) if words[k] in ("and", "of", "for", "on", "the", "&")]
        for k in links:
            head = words[:k]
            if head[0].lower() in FUNCTION or head[0].lower() in self.gaz.common:
                head = head[1:]  # "Shares of ...": the front word goes anyway
            if len(head) >= 2 and (
                words[k] in ("of", "and") and head[0] in self.gaz.given or words[k] == "and" and self._org_shaped(head)
            ):
                return k  # "Joel Naroff of First Union", "Acme Inc and Lear Corp": two names
        if self._org_shaped(words) or self._gaz_len(words, 0) == len(words):
            return 0
        for k in links:
            w, left = words[k], words[k - 1]
            if w == "of" and (
                left in self.gaz.org_head
                or left in PLACE_HEADS
                or self._in_title(words, k)
                or left in BODIES
                and words[k + 1] not in self.gaz.phrases  # "Army Corps of Engineers"
            ):
                continue
            if w == "the" or w == "&":
                continue
            return k
        return 0

    def _in_title(self, words: list[str], k: int) -> bool:
        """Word `k` is inside a multi-word title ("Secretary of State")."""
        return any(
            " ".join(words[a:b]) in self.gaz.title_phrases
            for a in range(max(0, k - 2), k)
            for b in range(k + 2, min(len(words), k + 3) + 1)
        )
