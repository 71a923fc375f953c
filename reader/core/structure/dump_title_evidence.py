"""Evidence about one line of a page dump that speaks against its being the headline, from its shape alone.

`dump_headline` weighs the lines above the body; these are the lines a reader
skips at a glance whatever stands around them: a photo credit or caption, an
offer with its price, a button's label, an image placeholder with its address,
a media player's read-out, a teaser cut short with an ellipsis.
"""

from __future__ import annotations

import re

from reader.core.structure.meta import read_bare_byline

_CREDIT = re.compile(
    r"(?-i:\b[A-Z]{2,}(?: [A-Z]{2,})?/\s?[A-Z][a-z]+(?: [A-Z][\w.'’-]+)+)\s*$|"  # "... REUTERS/Brendan McDermid"
    r"\b(?:photo(?:graph)?s?|image|picture|illustration|credits?)\s*(?::|by\b|courtesy\b)|"
    r"\b(?:getty images|shutterstock|wireimage|associated press|ap photo)\s*[)\]]?\s*$|\((?:reuters|ap|afp|epa)\)",
    re.IGNORECASE,
)
"""A photo credit or caption marker: what stands under a picture, never over a story."""
_PRICE = re.compile(r"[$£€¥]\s?\d|\d\s?(?:[$£€¥]|usd|eur)\b", re.IGNORECASE)
_OFFER = re.compile(
    r"\b(?:only|per (?:month|year|week)|a (?:month|year)|one month|/\s?(?:mo|month|yr)\b|free trial|trial|"
    r"offer|discount|% off|save|vip|membership|subscribe|join)\b",
    re.IGNORECASE,
)
"""Words that make a price an offer ("One Month for Only $1"), not a figure of the story ("a $2bn deal")."""
_ADDRESS = re.compile(r"https?://|\bwww\.\w|[\w.-]@[\w-]+\.\w|[━─═_=~*-]{5}|\[[^\s\]]*[\d_.-][^\s\]]*\]")
"""A URL or e-mail address, a rule of box characters, or an image placeholder w3m prints in brackets
("[logo] http://...", "[64c77908a3]", "[ng-black-l]")."""
_READOUT = re.compile(r"\bNaN\b|\b\d{1,2}:\d\d\s*/\s*\d{1,2}:\d\d\b")
"""A media player's read-out ("NaN / NaN", "0:04 / 1:06:03")."""
_HANDLE = re.compile(r"(?:^|[\s,|/·])@\w{2,30}\s*$")
"""A social handle at the end of a line ("Jane Doe, @janedoe")."""
_CLOCK = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")
_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'’-]+")
"""A person's name: capitalised words, perhaps with an initial or a particle ("Michelina C. de la Maza")."""
_MIN_AUTHORS = 4
_CUT = ("…", "...")
"""A teaser's text cut short: the full headline is written out in full."""


def never_headline(text: str) -> bool:
    """A line no reader takes for the headline: a credit or caption, an offer, an address, a player read-out."""
    if _CREDIT.search(text) or addressed(text) or _READOUT.search(text):
        return True
    return bool(_PRICE.search(text) and _OFFER.search(text))


def addressed(text: str) -> bool:
    """A URL, an e-mail address, an image placeholder or a rule in the line: a link or a picture, not a headline."""
    return bool(_ADDRESS.search(text))


def cut_short(text: str) -> bool:
    """A line ending with an ellipsis: a teaser or a file name shortened to fit, not a headline."""
    return text.rstrip().endswith(_CUT)


def button_label(words: list[str]) -> bool:
    """One to three words in sentence case ("In this article", "Give this article"): a label or button.

    A short headline is written in title case ("Broken Pledge", "Purple Rain"),
    a short label or button in sentence case; a one-word line is never a headline.
    """
    if len(words) == 1:
        return True
    if not 2 <= len(words) <= 3 or not words[0][:1].isupper():
        return False
    return all(w[:1].islower() for w in words[1:])


def handle_byline(text: str) -> bool:
    """A writer's name with their social handle after it ("Jane Doe, @janedoe"): a byline without "By"."""
    m = _HANDLE.search(text)
    return bool(m and read_bare_byline(text[: m.start()].strip(" ,|/·")))


def player_clock(text: str) -> bool:
    """A media player's running time on a line of its own ("01:46"): the line above it names a video."""
    return bool(_CLOCK.fullmatch(text.strip()))


def author_list(text: str) -> tuple[str, ...]:
    """The names on a long list of names and nothing else ("Jane Doe, Ken Ito, Ana M. Ruiz, ..."): a paper's authors.

    Too long for a byline line, but four or more names, nearly all of them two
    to four capitalised words, say who wrote what stands above them.
    """
    parts = [p.strip() for p in re.split(r",|\band\b|;", text) if p.strip()]
    if len(parts) < _MIN_AUTHORS:
        return ()
    named = tuple(p for p in parts if _NAME.fullmatch(p))
    return named if len(named) * 4 >= len(parts) * 3 else ()
