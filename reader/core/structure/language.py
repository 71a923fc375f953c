"""Stop words per language: how a sentence of running text differs from a menu, in any language.

Running prose is dense in function words ("the", "of", "que", "de", "и"); a
menu, a headline list or a share bar is not. The density of a language's stop
words on a line is the evidence jusText uses to tell article text from page
furniture, and its stop-word lists (one per language, about 100 languages) are
used here: they ship as data files in the `justext` package and are read with
`importlib.resources`, once per process. English, the common case, has its own
short list so an English page never loads the others. Scripts written without
spaces (Chinese, Japanese, Thai, Burmese) have no stop words to count; callers
measure those by characters and sentence punctuation instead.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib import resources

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
ENGLISH = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "said",
        "says",
        "one",
        "two",
        "new",
        "last",
        "first",
        "year",
        "years",
        "who's",
        "it's",
        "don't",
        "didn't",
        "can't",
        "won't",
        "that's",
        "there's",
        "he's",
        "she's",
        "they're",
        "we're",
        "i'm",
    ]
)
"""The commonest English function words (and "said", which news prose is full of)."""
_MIN_TOKENS = 40
"""Fewer words than this on the page's long lines: too little to choose a language by."""
_ENGLISH_ENOUGH = 0.22
_NAMED_SHARE = 0.15
"""A language's own stop words (not English ones) must be this common before a sample is said to be in it."""
"""Share of English stop words in running English text is 0.35-0.5; below this the page is probably not English."""


def words(text: str) -> list[str]:
    """The page's words, case folded (letters only, so numbers and punctuation never count)."""
    return _WORD.findall(text.casefold())


def stop_density(tokens: list[str], stops: frozenset[str]) -> float:
    """Share of `tokens` that are stop words."""
    return sum(1 for t in tokens if t in stops) / len(tokens) if tokens else 0.0


@cache
def _justext_lists() -> dict[str, frozenset[str]]:
    """Every stop-word list jusText ships, by language name; empty when the package is missing."""
    try:
        folder = resources.files("justext") / "stoplists"
        return {
            p.name.removesuffix(".txt"): frozenset(p.read_text(encoding="utf-8").casefold().split())
            for p in folder.iterdir()
            if p.name.endswith(".txt")
        }
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        return {}


def stop_words_for(sample: str) -> frozenset[str]:
    """The stop words of the language `sample` (running text of one page) is written in.

    English when English stop words are common enough; otherwise the jusText
    list whose words are commonest in the sample (a language's own list beats
    its neighbours' on its own text). English, too, when the sample is too
    short to tell or in a script without spaces.
    """
    return _guess(sample)[1]


def language_of(sample: str) -> str | None:
    """The language running text reads as ("English", "German"...), or None when too short or unclear to tell.

    The entity rules are English rules (a German noun is capitalised like a
    name), so they run only on text that reads as English or cannot be told.
    """
    return _guess(sample)[0]


_SCRIPTS = (
    ("Japanese", "\u3040", "\u30ff", 0.1),
    ("Korean", "\uac00", "\ud7af", 0.1),
    ("Chinese", "\u4e00", "\u9fff", 0.3),
    ("Thai", "\u0e00", "\u0e7f", 0.1),
    ("Burmese", "\u1000", "\u109f", 0.1),
)
"""Scripts written without spaces between words: name, first and last character, share of a text's letters.

Kana come first, at a tenth of the letters: Japanese is written with kanji too,
and Chinese needs a larger share so a few names in kanji on a Latin page do not count.
"""


def _script(sample: str) -> str | None:
    """The language of text in a script without spaces, by its characters; None for any other text."""
    head = sample[:4000]
    if head.isascii():
        return None
    letters = [ch for ch in head if ch.isalpha()]
    for name, lo, hi, share in _SCRIPTS:
        if letters and sum(1 for ch in letters if lo <= ch <= hi) >= len(letters) * share:
            return name
    return None


def _guess(sample: str) -> tuple[str | None, frozenset[str]]:
    tokens = words(sample)
    if len(tokens) < _MIN_TOKENS:
        return _script(sample), ENGLISH
    english = stop_density(tokens, ENGLISH)
    if english >= _ENGLISH_ENOUGH:
        return "English", ENGLISH
    counts = Counter(tokens)
    best, best_name, best_share = ENGLISH, "", english
    for name, stops in _justext_lists().items():
        share = sum(n for t, n in counts.items() if t in stops) / len(tokens)
        if share > best_share:
            best, best_name, best_share = stops, name, share
    script = _script(sample)
    if script is not None:
        return script, best  # the stop words as chosen (some lists hold CJK particles); the name by the script
    return (best_name.replace("_", " ") if best_name and _named(sample, best, len(tokens)) else None), best


def _named(sample: str, stops: frozenset[str], n: int) -> bool:
    """The sample really is in the language of `stops`, not a table of English names that its list happens to hold.

    Some of jusText's lists hold English words and place names ("and", "new",
    "york"); a results table has few English stop words and so may match one.
    Only the list's own function words count here, as running text writes them:
    in lower case (or a script without case), and not English ones.
    """
    own = sum(1 for t in _WORD.findall(sample) if t == t.lower() and t in stops and t not in ENGLISH)
    return own >= n * _NAMED_SHARE
