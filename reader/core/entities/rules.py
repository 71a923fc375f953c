"""The built-in recogniser: capitalisation, cue words and gazetteers, read per block.

A name is a run of capitalised words. Each run is trimmed (sentence-start
words, "The"), cut at titles ("U.S. President Donald Trump" -> "U.S." and a
person "Donald Trump") and typed by the strongest evidence it has: a gazetteer
entry, a title before it, an organisation word at its end, a known given name
at its start. Runs left without evidence are returned as `Candidate`s with no
type, for the document pass (`document.py`) to settle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.entities.cues import MISC_HEAD, PLACE_MODIFIER, is_code
from reader.core.entities.gazetteer import Gazetteer
from reader.core.entities.lexicon import (
    ABSTRACT,
    ADJECTIVAL,
    BEFORE_NAME,
    BODIES,
    CONNECT,
    DAYS,
    FUNCTION,
    MONTHS,
    PLACE_HEADS,
    REGION_HEADS,
    ROLE_ENDINGS,
    capital_runs,
)
from reader.core.entities.tokens import (
    Token,
    digit_ratio,
    is_upper_word,
    sentence_starts,
    tokenize,
)
from reader.core.model import EntityType

_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)?$")
_STOPS = frozenset(".!?:;\"'\u201c\u2018(-\u2013\u2014")


@dataclass(slots=True)
class Candidate:
    """A capitalised run in one block, typed or still open."""

    start: int
    end: int
    text: str
    type: EntityType | None
    strong: bool
    """Typed by a gazetteer, title or cue word rather than by a default."""
    single: bool
    sentence_start: bool
    table: bool
    prev: str
    """The word before the run, lower-cased ("" at block start): "in", "the", "mr" ..."""
    next: str
    suffix_ref: bool = False
    """A lone organisation word ("the Journal") that may point back at a longer name."""
    next2: str = ""
    """The word after `next`: "Acme, the maker" reads as a name."""
    prev2: str = ""
    """The word before `prev`: "the city of Apeldoorn"."""


class Rules:
    """Typing of capitalised runs in one block, from the gazetteer and local cues."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz

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
            _acronym_expansions(text, toks, starts, table, out)
        return out

    # -- segmentation -------------------------------------------------------------------------

    def _gaz_len(self, words: list[str], at: int) -> int:
        """Length of the longest gazetteer phrase starting at `at` (0 if none)."""
        phrases = self.gaz.phrases
        for n in range(min(self.gaz.max_words, len(words) - at), 0, -1):
            if " ".join(words[at : at + n]) in phrases:
                return n
        return 0

    def _title_len(self, words: list[str], at: int) -> int:
        if words[at] not in self.gaz.titles:
            w = words[at]
            # "Presidents Gerald Ford and Jimmy Carter": a plural title
            plural = w.endswith("s") and w[:-1] in self.gaz.title_phrases
            return 1 if plural and at + 1 < len(words) and words[at + 1] in self.gaz.given else 0
        for n in range(min(4, len(words) - at), 0, -1):
            if " ".join(words[at : at + n]) in self.gaz.title_phrases:
                return n
        return 0

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

    def _org_shaped(self, words: list[str]) -> bool:
        if len(words) < 2:
            return False
        if words[-1] in self.gaz.org_suffix and words[-1] not in ("Air",):
            return True
        # "Bank of England", "National Bank of Poland", "Chicago Board of Trade"
        # "Bank of England", "National Bank of Poland"; a plural body too ("Army Corps of Engineers"),
        # but not a firm and its home ("Acme Inc of Ohio", "Dow Chemical Co of the United States")
        return any(
            words[k + 1] in ("of", "for")
            and (words[k] in self.gaz.org_head or words[k] in BODIES and words[k + 2] not in self.gaz.phrases)
            for k in range(min(3, len(words) - 2))
        )

    # -- typing -------------------------------------------------------------------------------

    def _emit(
        self,
        text: str,
        toks: list[Token],
        i: int,
        j: int,
        at_start: bool,
        table: bool,
        cue: bool,
        out: list[Candidate],
    ) -> None:
        # trailing connectors are not part of a name
        while j > i and toks[j - 1].text in CONNECT:
            j -= 1
        while i < j and toks[i].text in CONNECT:
            i += 1
            at_start = False
        if j - i == 1 and is_code(toks[i].text) and toks[i].text not in self.gaz.phrases:
            # "the A12", "PS3": a road, a model or an event code (MISC); "BBC2" is its broadcaster's channel
            owner = self.gaz.phrases.get(toks[i].text.rstrip("0123456789-"))
            out.append(self._cand(text, toks, i, j, "ORG" if owner == "ORG" else "MISC", at_start, table))
            return
        while j > i and is_code(toks[j - 1].text) and toks[j - 1].text not in self.gaz.phrases:
            j -= 1  # "Airbus A321": the maker, then a model number
        if i >= j:
            return
        words = [t.text for t in toks[i:j]]
        gaz = self.gaz
        phrase = " ".join(words)
        typ: EntityType | None = None
        strong = True
        prev = toks[i - 1].text.lower() if i else ""
        nxt = toks[j].text.lower() if j < len(toks) else ""
        single = len(words) == 1
        suffix_ref = False
        if cue:
            typ = "PERSON"
        elif phrase in gaz.phrases:
            typ = gaz.phrases[phrase]
        elif not single and words[0] in MISC_HEAD:
            typ = "MISC"  # "Hurricane Sandy", "Operation Desert Storm"
        elif not single and words[0] in PLACE_MODIFIER and gaz.phrases.get(" ".join(words[1:])) == "PLACE":
            typ = "PLACE"  # "Lower Manhattan", "Greater Manchester"
        elif not single and (words[-1] in gaz.event_suffix or words[-1] in gaz.thing_suffix):
            typ = "MISC"
        elif not single and (words[0] in gaz.org_prefix or "&" in words):
            typ = "ORG"  # "Dynamo Moscow", "Banco Central", "Procter & Gamble"
        elif not single and words[-1] in gaz.place_suffix:
            typ = "PLACE"  # "Tunbridge Wells", "Old Trafford Stadium", "Harbour Bridge"
        elif self._org_shaped(words):
            typ = "ORG"
        elif len(words) >= 3 and words[0] in PLACE_HEADS and words[1] == "of":
            typ = "PLACE"  # "Port of Bergen", "Gulf of Riga": a place word, then whose it is
        elif (
            len(words) >= 3
            and is_upper_word(words[0])
            and words[0].isalpha()
            and 2 <= len(words[0]) <= 5
            and words[0] not in gaz.phrases
            and words[0] not in gaz.titles
            and words[0] not in gaz.acronym_stop
        ):
            # "UC Santa Cruz", "CUNY Hunter College": an acronym opening a longer name is an
            # institution and its campus or part; no person's name starts that way
            typ = "ORG"
        elif (
            not single
            and (
                words[0] in gaz.given
                or _INITIAL.match(words[0])
                and words[0] not in gaz.phrases
                or len(words) == 3
                and _INITIAL.match(words[1])  # "Dov S. Zakheim"
            )
            and words[-1] not in gaz.org_suffix
        ):
            typ = "PERSON"
        elif words[-1] in gaz.regions and words[0] not in gaz.given and all(w[:1].isupper() for w in words):
            # "Lebed Chechnya peace plan": an unknown word glued to a known place
            self._emit(text, toks, i, j - 1, at_start, table, False, out)
            out.append(self._cand(text, toks, j - 1, j, "PLACE", False, table))
            return
        elif not single and self._split_known(text, toks, i, j, at_start, table, out):
            return
        elif (
            not single
            and words[-1] in gaz.surnames
            and all(w[:1].isupper() for w in words)
            and words[0].lower() not in gaz.common  # "City Hall", "Media Hall": a common word, then a surname
        ):
            typ = "PERSON"
        elif single and is_upper_word(phrase) and 2 <= len(phrase) <= 6:
            if phrase in gaz.acronym_stop or phrase.endswith("S") and phrase[:-1] in gaz.acronym_stop:
                return
            typ = "ORG"
        elif single and phrase in gaz.titles and phrase not in gaz.phrases:
            # "the Queen": a title alone names nobody, unless it is also the surname of someone named in full
            strong = False
            suffix_ref = True
        elif single and phrase in gaz.org_suffix and not phrase.isupper():
            if prev != "the":
                return
            suffix_ref = True  # "the Journal": kept only if a longer name ends with it
            strong = False
        elif single:
            low = phrase.lower()
            if (
                low in gaz.common
                or low in FUNCTION
                or phrase.endswith(".")
                or _PLURAL_ACRONYM.match(phrase)
                or low.endswith(ABSTRACT)
            ):
                return  # a common word, an abbreviation ("No."), a plural acronym ("PCs")
            if low.endswith(ADJECTIVAL) and nxt[:1].islower() and nxt.isalpha() and not (at_start and low[-1] == "s"):
                typ = "MISC"  # "Zairean troops": a nationality or group word, not a name
            strong = False
        else:
            if nxt == ":" or any(self._title_len(words, k) and len(words[k]) > 4 for k in range(1, len(words))):
                return  # a label ("Media Contact:") or a job ("Industry Secretary")
            strong = False
            caps = [w for w in words if w[:1].isupper()]
            person_like = len(caps) <= 3 and all(not w.isupper() for w in caps)
            typ = "PERSON" if not table and person_like else "ORG"
            if i >= 2 and toks[i - 1].text == "The" and toks[i - 2].text not in _STOPS:
                typ = "MISC"  # "Alice Sebold's The Lovely Bones": a capitalised "The" mid-sentence opens a title
        out.append(
            Candidate(
                toks[i].start,
                toks[j - 1].end,
                text[toks[i].start : toks[j - 1].end],
                typ,
                strong,
                single,
                at_start,
                table,
                prev,
                nxt,
                suffix_ref,
                toks[j + 1].text.lower() if j + 1 < len(toks) else "",
                toks[i - 2].text.lower() if i >= 2 else "",
            )
        )

    def _split_known(
        self, text: str, toks: list[Token], i: int, j: int, at_start: bool, table: bool, out: list[Candidate]
    ) -> bool:
        """A run that begins with a known name: "Washington Redskins" (an organisation), "British Tony Blair"."""
        words = [t.text for t in toks[i:j]]
        n = self._gaz_len(words, 0)
        if not n:
            return False
        head = " ".join(words[:n])
        kind = self.gaz.phrases[head]
        rest = words[n:]
        if kind == "MISC" and len(rest) == 1 and rest[0] in REGION_HEADS:
            out.append(self._cand(text, toks, i, j, "PLACE", at_start, table))  # "Kyrgyz Republic"
            return True
        if kind == "PLACE" and all(w[:1].isupper() for w in rest) and rest[0] not in self.gaz.given:
            # a place name followed by more name words: a team, a company, a newspaper
            out.append(self._cand(text, toks, i, j, "ORG", at_start, table))
            return True
        out.append(self._cand(text, toks, i, i + n, kind, at_start, table))
        self._emit(text, toks, i + n, j, False, table, False, out)
        return True

    def _cand(
        self, text: str, toks: list[Token], i: int, j: int, typ: EntityType, at_start: bool, table: bool
    ) -> Candidate:
        return Candidate(
            toks[i].start,
            toks[j - 1].end,
            text[toks[i].start : toks[j - 1].end],
            typ,
            True,
            j - i == 1,
            at_start,
            table,
            toks[i - 1].text.lower() if i else "",
            toks[j].text.lower() if j < len(toks) else "",
            prev2=toks[i - 2].text.lower() if i >= 2 else "",
        )


_EXPANSION_LINKS = frozenset(("of", "and", "for", "the", "&", "de", "on"))


def _acronym_expansions(text: str, toks: list[Token], starts: set[int], table: bool, out: list[Candidate]) -> None:
    """ "Athletics Kenya (AK)": the capitalised words whose initials spell the acronym after them are one name.

    The acronym is the writer's own statement of where the name starts, so it overrides the
    trimming of a sentence-start common word ("Athletics") and a weak guess of a person. The
    name keeps a strong type it already had ("European Union (EU)"), else it is an organisation.
    """
    for p in range(2, len(toks) - 2):
        acr = toks[p + 1].text
        if toks[p].text != "(" or toks[p + 2].text != ")" or not (acr.isupper() and acr.isalpha() and len(acr) >= 2):
            continue
        k = p - 1
        if k >= 2 and toks[k].text == "s" and toks[k - 1].text in ("'", "\u2019"):
            k -= 2  # "the Nordic Rail Board's (NRB) rules"
        end, need, first = k, len(acr), -1
        while k >= 0 and need:
            w = toks[k].text
            if w in _EXPANSION_LINKS and first >= 0:
                k -= 1
                continue
            if not w[:1].isupper() or w[0] != acr[need - 1]:
                break
            need, first = need - 1, k
            k -= 1
        if need or first < 0 or end - first < 1:
            continue
        lo, hi = toks[first].start, toks[end].end
        same = [c for c in out if c.start == lo and c.end == hi and c.strong and c.type is not None]
        typ: EntityType = same[0].type if same and same[0].type is not None else "ORG"
        out[:] = [c for c in out if c.end <= lo or c.start >= hi]
        out.append(
            Candidate(
                lo,
                hi,
                text[lo:hi],
                typ,
                True,
                False,
                first in starts,
                table,
                toks[first - 1].text.lower() if first else "",
                toks[end + 1].text.lower(),
                next2=toks[end + 2].text.lower() if end + 2 < len(toks) else "",
                prev2=toks[first - 2].text.lower() if first >= 2 else "",
            )
        )
        out.sort(key=lambda c: c.start)
