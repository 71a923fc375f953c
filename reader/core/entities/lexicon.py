"""Word classes the recogniser reasons with, and the capitalised runs it starts from.

Small closed sets written for the rules (connectors, function words, month and
day names, endings of adjectives and abstract nouns), kept apart from the
bundled gazetteers in `reader/core/data`, which are open lists of names.
"""

from __future__ import annotations

from reader.core.entities.tokens import Token, is_cap, words

CONNECT = words("of de da di del della der den du van von la le y bin ibn al el & for and the on")
"""Small words that may sit inside a name ("Bank of England", "Ludwig van Beethoven")."""
FUNCTION = words(
    "the a an this that these those but and or nor in on at for by from with as if when after before while his her "
    "their its our my your some all many most both every each no not so then there here what which who how why where "
    "to into over under about against between during since until via per than"
)
"""Lower-case words never kept at the front of a name: they are only capitalised by position."""
BODIES = words("Corps Chambers Guild Guilds Friends Sisters Daughters Sons Knights Order Congregation")
"""Plural or collective bodies named "X of Y" ("Army Corps of Engineers", "Knights of Columbus")."""
BEFORE_NAME = words("former late acting interim outgoing incoming then ex")
"""Words that describe the name that follows ("Former State Department"), never its first word."""
DAYS = words("monday tuesday wednesday thursday friday saturday sunday")
MONTHS = words("january february march april may june july august september october november december")
PLACE_HEADS = words("Republic Gulf Sea Bay Isle Isles Strait Cape Province State City Port Lake Mount Kingdom")
ADJECTIVAL = ("ian", "ean", "ese", "ish", "ic", "ist", "ists", "ians", "eans", "ican", "icans")
"""Endings of nationality and group words ("Zairean troops", "Republican nominee"): MISC before a noun."""
ROLE_ENDINGS = ("grapher", "ographer", "ist", "ologist", "ician", "writer", "maker", "er", "or")
"""Endings of role nouns capitalised at a sentence start ("Photographer Ana Lind")."""
REGION_HEADS = words("Republic Kingdom Federation Islands Isles Hemisphere Sea Ocean Coast Desert Peninsula Gulf")
"""After a nationality word, a place: "Kyrgyz Republic", "Western Hemisphere", "Arabian Sea"."""
ABSTRACT = ("tion", "tions", "ment", "ments", "ness", "ship", "ships", "isms", "ities")
"""Endings of abstract nouns: "Organizations" or "Partnerships" alone names nothing."""


def namey(toks: list[Token], k: int) -> bool:
    """Token `k` could be a word of a name: capitalised, not a weekday, not a month before or after a figure."""
    w = toks[k].text
    if not w[:1].isalpha() or not is_cap(w) or len(w) == 1 or w.startswith(("I'", "I\u2019")):
        return False
    low = w.lower()
    if low in DAYS:
        return False
    if low in MONTHS and (
        (k + 1 < len(toks) and toks[k + 1].text[:1].isdigit()) or (k and toks[k - 1].text[:1].isdigit())
    ):
        return False
    parts = w.split("-")
    return len(parts) == 1 or parts[-1][:1].isupper() and all(p[:1].isupper() or len(p) <= 3 for p in parts)


def capital_runs(toks: list[Token]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words, connectors allowed inside."""
    out: list[tuple[int, int]] = []
    n, i = len(toks), 0
    while i < n:
        if not toks[i].text[:1].isupper() or not namey(toks, i):
            i += 1
            continue
        j = i + 1
        while j < n:
            if namey(toks, j) and toks[j].start - toks[j - 1].end <= 1:
                j += 1
                continue
            k = j
            while k < n and k - j < 2 and toks[k].text in CONNECT:
                k += 1
            if j < k < n and namey(toks, k):
                j = k + 1
                continue
            break
        out.append((i, j))
        i = j
    return out
