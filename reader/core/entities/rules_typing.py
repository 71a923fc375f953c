"""Typing of one capitalised run: the gazetteer lookups and the cue rules that give a name its type.

`RunTyping` is the half of the built-in recogniser (`rules.Rules`) that decides
what a run already cut from the text is (a person, a place, an organisation, a
work), or that it is no name at all; `Rules` adds how a block is cut into runs.
"""

from __future__ import annotations

import re

from reader.core.entities.candidate import Candidate
from reader.core.entities.cues import MISC_HEAD, PLACE_MODIFIER, is_code
from reader.core.entities.gazetteer import Gazetteer
from reader.core.entities.lexicon import ABSTRACT, ADJECTIVAL, BODIES, CONNECT, FUNCTION, PLACE_HEADS, REGION_HEADS
from reader.core.entities.tokens import Token, is_upper_word
from reader.core.model import EntityType

_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)?$")
_STOPS = frozenset(".!?:;\"'\u201c\u2018(-\u2013\u2014")


class RunTyping:
    """Typing of capitalised runs, from the gazetteer and local cues (the base of `rules.Rules`)."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz

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
