"""Which language a story reads as (`language_of`), and the entity rules running only on English.

The entity rules are English rules: a German story capitalises every noun, so
on one the rules would call "Stadt" and "Jahr" names. The samples are written
for these tests.
"""

from __future__ import annotations

import pytest

from reader.core import analyse, parse_article
from reader.core.entities import RawMention, english, find_entities
from reader.core.structure import language

ENGLISH = (
    "The council voted on Tuesday to keep the night train running, and the mayor said that it was "
    "the right decision for the city because the bookings had grown by a third over the past year."
)
GERMAN = (
    "Der Gemeinderat hat am Dienstag beschlossen, dass die Stadt alle Laternen umstellt. Die Kosten "
    "für den Umbau schätzt die Verwaltung auf einen Betrag, der zum Teil vom Land kommen soll und "
    "über den im Frühjahr entschieden wird."
)
SPANISH = (
    "El ayuntamiento decidió el martes que la ciudad mantendrá el tren nocturno, y la alcaldesa dijo que "
    "era la decisión correcta porque las reservas han crecido mucho en el último año para los viajeros."
)
RESULTS = " ".join(
    f"{a} {n} {b} {n - 1}"
    for n, (a, b) in enumerate(
        [("New York", "Chicago"), ("San Diego", "Boston"), ("Toronto", "Detroit"), ("Seattle", "Oakland")] * 4, 2
    )
)
"""A results table of English names: few English stop words, but no other language's either."""
JAPANESE = "市議会は火曜日、夜行列車の運行を続けることを決めた。市長は、予約が増えているため正しい判断だと述べた。" * 3


@pytest.mark.parametrize(
    ("sample", "name"),
    [
        (ENGLISH * 2, "English"),
        (GERMAN * 2, "German"),
        (SPANISH * 2, "Spanish"),
        (JAPANESE, "Japanese"),
        ("Council keeps the night train.", None),  # too short to tell
        (RESULTS, None),
    ],
    ids=["english", "german", "spanish", "japanese", "too-short", "results-table"],
)
def test_a_story_reads_as_its_language(sample: str, name: str | None) -> None:
    if name not in (None, "English", "Japanese") and not language._justext_lists():
        pytest.skip("justext's stop-word lists are not installed")
    assert language.language_of(sample) == name


def _story(paragraph: str) -> str:
    return "A headline for the story\n\n" + paragraph + " " + paragraph + "\n"


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [(ENGLISH.replace("The council", "Mayor Clara Heinemann"), True), (GERMAN + " Clara Heinemann sagte das.", False)],
    ids=["english", "german"],
)
def test_the_entity_rules_run_on_english_only(paragraph: str, found: bool) -> None:
    if not found and not language._justext_lists():
        pytest.skip("justext's stop-word lists are not installed")
    article = analyse(parse_article(_story(paragraph)))
    assert english(article) is found
    assert bool(article.entities) is found
    assert article.meta.language == ("English" if found else "German")


def test_an_engine_the_user_chose_runs_on_any_language() -> None:
    class Names:
        def mentions(self, text: str) -> list[RawMention]:
            at = text.find("Clara Heinemann")
            return [RawMention(at, at + len("Clara Heinemann"), "PERSON")] if at >= 0 else []

    article = parse_article(_story(GERMAN + " Clara Heinemann sagte das."))
    assert [e.name for e in find_entities(article, Names())] == ["Clara Heinemann"]
