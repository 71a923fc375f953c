"""Table-driven tests for the page-furniture recognisers: dates, bylines, datelines, credits, meta lines."""

from __future__ import annotations

import pytest

from reader.core.structure.dates import to_iso
from reader.core.structure.meta import (
    date_only,
    read_bare_byline,
    read_byline,
    read_credits,
    read_dateline,
    read_meta_line,
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("March 4, 2026", "2026-03-04"),
        ("4 March 2026", "2026-03-04"),
        ("2026-03-04", "2026-03-04"),
        ("Mar. 4, 2026", "2026-03-04"),
        ("Sept. 15, 2015 10:42 AM ET", "2015-09-15"),
        ("Tuesday, 3 March 2026 08:00 GMT", "2026-03-03"),
        ("4th of March, 2026", "2026-03-04"),
        ("2017-05-19 03:00:00", "2017-05-19"),
        ("2026-03-04T09:30:00Z", "2026-03-04"),
        ("Dec 5, 2016 at 9:10am PST", "2016-12-05"),
        ("February 30, 2020", None),
        ("03/04/2026", None),
        ("in 1995 the band split", None),
    ],
)
def test_dates_to_iso(text: str, iso: str | None) -> None:
    assert to_iso(text) == iso


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Published by The Harbour Gazette", "publisher", "The Harbour Gazette"),
        ("Posted on March 4, 2026", "published", "2026-03-04"),
        ("Published: 12 January 2024 09:15 GMT", "published", "2024-01-12"),
        ("· Last updated: April 2, 2026", "updated", "2026-04-02"),
        ("Updated 2 April 2026", "updated", "2026-04-02"),
        ("Updated 10:15 AM EST, Tue March 3, 2026", "updated", "2026-03-03"),
        ("First published on Tue 3 Mar 2026 10.15 GMT", "published", "2026-03-03"),
        ("Last modified on Wed 4 Mar 2026 08.00 GMT", "updated", "2026-03-04"),
        ("3 min read", "reading_time", "3"),
        ("Reading time: 7 minutes", "reading_time", "7"),
        ("5–6 minutes", "reading_time", "5"),  # a reader view's estimate
        ("Updated 4:12 p.m. ET", "updated", ""),
        ("Posted 3 hours ago", "published", ""),
        ("Reporting from Rotterdam", "location", "Rotterdam"),
        ("By Mara Lindqvist", "byline", "Mara Lindqvist"),
        ("By Mara Lindqvist and Tobias Okafor, Reuters", "byline", "Mara Lindqvist, Tobias Okafor"),
        ("BY MARA LINDQVIST", "byline", "Mara Lindqvist"),
        ("By TOBIAS OKAFOR Associated Press", "byline", "Tobias Okafor"),
        ("By Jean-Luc de la Croix | March 4, 2026", "byline", "Jean-Luc de la Croix"),
        ("Written by Priya Raman, Staff Writer", "byline", "Priya Raman"),
        ("By Reuters Staff", "byline", "Reuters Staff"),
    ],
)
def test_meta_lines(line: str, field: str, value: str) -> None:
    hit = read_meta_line(line)
    assert hit is not None and (hit.field, hit.value) == (field, value)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the week the port was full.",
        "By Tuesday the port was full.",
        "By contrast",
        "By Mara Lindqvist ROTTERDAM (Reuters) - Dock workers extended their strike on Friday, union leaders said.",
        "Published reports suggest the talks collapsed.",
        "Updated figures were not available.",
        "The 3 min read is a lie.",
    ],
)
def test_not_meta_lines(line: str) -> None:
    assert read_meta_line(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Mara Lindqvist in Rotterdam", ("Mara Lindqvist",)),
        ("Mara Lindqvist and Li Wei", ("Mara Lindqvist", "Li Wei")),
        ("Ports Reopen After Weeks Of Strikes", ()),
        ("Mara Lindqvist said the port was shut.", ()),
    ],
)
def test_bare_byline(line: str, names: tuple[str, ...]) -> None:
    assert read_bare_byline(line) == names


def test_byline_names_split() -> None:
    assert read_byline("By Ana Ruiz & Li Wei") == ("Ana Ruiz", "Li Wei")
    assert read_byline("By May Tan") == ("May Tan",)
    assert read_byline("Byzantine Empire Falls") == ()


@pytest.mark.parametrize(
    ("para", "dateline"),
    [
        ("March 3 (Reuters) - The company said on Tuesday...", "March 3 (Reuters)"),
        ("LONDON, March 3 (Reuters) - Shares fell.", "LONDON, March 3 (Reuters)"),
        ("WASHINGTON (AP) — Lawmakers voted.", "WASHINGTON (AP)"),
        ("NAIROBI — Rains returned on Monday.", "NAIROBI"),
        ("ROTTERDAM, March 3, 2026 — The port said.", "ROTTERDAM, March 3, 2026"),
        ("(CNN) — Dock workers struck.", "(CNN)"),
        ("The council, a 12-member body - met today.", None),
        ("Shares fell (sharply) - again.", None),
    ],
)
def test_dateline(para: str, dateline: str | None) -> None:
    assert read_dateline(para) == dateline


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("(Reporting by Ana Ruiz in Lima; Editing by Li Wei)", "Reporting by Ana Ruiz in Lima; Editing by Li Wei"),
        ("Additional reporting by Ana Ruiz", "Additional reporting by Ana Ruiz"),
        (
            "Press writer Li Wei in Oslo contributed to this report.",
            "Press writer Li Wei in Oslo contributed to this report.",
        ),
        ("Reporting on the strike began in May.", None),
    ],
)
def test_credits(line: str, credits: str | None) -> None:
    assert read_credits(line) == credits


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("December 7, 2016", "2016-12-07"),
        ("Tuesday, March 3, 2026 at 10:15 a.m. EST", "2026-03-03"),
        ("June 16, 2015 the candidate spoke", None),
    ],
)
def test_date_only(line: str, iso: str | None) -> None:
    assert date_only(line) == iso
