"""Currencies and units of measure, as news prose writes them, mapped to one canonical name each.

Kept apart from the scanner so the tables can grow without touching the
rules. Canonical currency names are ISO 4217 codes, so "$", "US$" and
"dollars" meet as "USD" and two figures of one article can be compared.
"""

from __future__ import annotations

CURRENCY_SYMBOLS = {
    "US$": "USD",
    "C$": "CAD",
    "A$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₦": "NGN",
}
"""Symbols written before the amount; longest first in the scanner's regex."""

CURRENCY_CODES = frozenset(
    [
        "USD",
        "EUR",
        "GBP",
        "JPY",
        "CNY",
        "RMB",
        "INR",
        "CHF",
        "CAD",
        "AUD",
        "NZD",
        "HKD",
        "SGD",
        "SEK",
        "NOK",
        "DKK",
        "KRW",
        "BRL",
        "MXN",
        "ZAR",
        "RUB",
        "TRY",
        "NGN",
    ]
)
"""ISO codes written before or after an amount ("USD 5 million", "5 million EUR")."""

CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "francs": "CHF",
    "won": "KRW",
    "roubles": "RUB",
    "rubles": "RUB",
    "naira": "NGN",
    "rand": "ZAR",
}
"""Currency names written after the amount. "pounds" alone is a weight unless scaled ("5 million pounds")."""

MEASURES = {
    "km": "km",
    "kms": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "mile": "mi",
    "miles": "mi",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "cm": "cm",
    "centimetres": "cm",
    "centimeters": "cm",
    "mm": "mm",
    "millimetres": "mm",
    "millimeters": "mm",
    "foot": "ft",
    "feet": "ft",
    "ft": "ft",
    "inch": "in",
    "inches": "in",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilos": "kg",
    "gram": "g",
    "grams": "g",
    "tonne": "t",
    "tonnes": "t",
    "ton": "t",
    "tons": "t",
    "pound": "lb",
    "pounds": "lb",
    "lb": "lb",
    "lbs": "lb",
    "litre": "L",
    "litres": "L",
    "liter": "L",
    "liters": "L",
    "gallon": "gal",
    "gallons": "gal",
    "barrel": "bbl",
    "barrels": "bbl",
    "acre": "acre",
    "acres": "acre",
    "hectare": "ha",
    "hectares": "ha",
    "ha": "ha",
    "mph": "mph",
    "kph": "km/h",
    "km/h": "km/h",
    "knots": "kn",
    "degrees": "°",
    "°c": "°C",
    "°f": "°F",
    "kw": "kW",
    "mw": "MW",
    "gw": "GW",
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "gb": "GB",
    "tb": "TB",
    "points": "points",
    "basis points": "bp",
    "bps": "bp",
    "percentage points": "percentage points",
    "years": "years",
    "year": "years",
    "months": "months",
    "month": "months",
    "weeks": "weeks",
    "week": "weeks",
    "days": "days",
    "day": "days",
    "hours": "hours",
    "hour": "hours",
    "minutes": "minutes",
    "minute": "minutes",
    "seconds": "seconds",
    "second": "seconds",
    "decades": "decades",
    "decade": "decades",
    "centuries": "centuries",
    "century": "centuries",
}
"""Units of measure (durations included) -> canonical unit."""

TIME_UNITS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries"})
"""Durations: "two days ago" / "days after" belong to the timeline, not to the figures."""

IRREGULAR_PLURALS = frozenset(
    [
        "people",
        "men",
        "women",
        "children",
        "police",
        "staff",
        "personnel",
        "cattle",
        "sheep",
        "fish",
        "data",
        "troops",
        "crew",
        "media",
        "clergy",
    ]
)
"""Plural nouns that do not end in -s: they close a counted noun phrase like a plural does."""


def plural(noun: str) -> str:
    """A rough English plural for a unit noun of a compound ("32-member" -> "members")."""
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def is_plural(word: str) -> bool:
    """Whether a word looks like a plural noun (ends a counted noun phrase)."""
    w = word.lower()
    if w in IRREGULAR_PLURALS:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))
