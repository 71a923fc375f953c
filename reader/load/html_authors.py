"""The page's authors: metadata and byline strings tidied into people's names, publishers told apart.

Author fields hold dates, desk codes, outlet names and East Asian role words
beside the names; `tidy_authors` keeps the names, `organisation` tells a
publisher or desk from a person, and `byline_authors` applies reader's own
byline rules to the page's byline elements.
"""

from __future__ import annotations

import re

from reader.load.html_clean import norm

_NOT_NAME = re.compile(
    r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|updated|published|posted|last|on|at|\d.*|\W+)[.,:]?$",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^[A-Z]{2,4}$")


_PARTS = re.compile(r"\s*(?:,|;|\s/\s|\s\|\s)\s*")
_PARTICLES = frozenset(
    {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "al", "el", "bin"}
)


def _name_shaped(name: str) -> bool:
    """Latin-script names are capitalised ("See full bio" is not a name); other scripts pass."""
    words = [w for w in name.split() if w.isalpha() and w.isascii()]
    return all(w[0].isupper() or w.lower() in _PARTICLES for w in words)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_SPLIT = re.compile(r"[、，,／/●◎■|｜]+")
_CJK_ROLES = frozenset(
    {"著者", "著", "文", "訳", "監訳", "翻訳", "編", "編集", "イラスト", "絵", "写真", "撮影"}
    | {"取材", "構成", "作", "記者", "作者", "记者", "编辑", "文字", "摄影", "글", "기자", "사진"}
)
_CJK_ORG = re.compile(r"(?:編集部|編集局|新聞|通信|日報|报社|編集室)$")


def _cjk_names(raw: str) -> list[str]:
    """Names from an East Asian byline: role words ("著者", "イラスト", "訳") separate the names they label."""
    out: list[str] = []
    for part in _CJK_SPLIT.split(raw):
        segment: list[str] = []
        for token in [*part.split(), ""]:
            if token and token not in _CJK_ROLES:
                segment.append(token)
                continue
            name = " ".join(segment).strip()
            if name and not _CJK_ORG.search(name):
                out.append(name)
            segment = []
    return out


def tidy_authors(names: list[str]) -> list[str]:
    """Author strings as names: a trailing date or "Updated" cut off, an agency code beside a person dropped."""
    out: list[str] = []
    parts = [p for n in names for p in _PARTS.split(n) if p.strip()]
    parts = [x for p in parts for x in (_cjk_names(p) if _CJK.search(p) else [p])]
    for raw in parts:
        tokens = raw.split()
        half = len(tokens) // 2
        if half and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]:
            tokens = tokens[:half]  # "Confreaks Confreaks": a name printed twice (avatar text and link)
        cut = next((i for i, t in enumerate(tokens) if i and _NOT_NAME.match(t)), len(tokens))
        tokens = tokens[:cut]
        if len(tokens) >= 3 and _ACRONYM.match(tokens[-1]):
            tokens = tokens[:-1]  # "Gina Trapani CEO": a role or desk code after the name
        if len(tokens) >= 4 and tokens[-1].lower() in _ORG_WORDS:
            tokens = tokens[:-2]  # "Joe Davidson Washington Post": the outlet glued after the name
        name = " ".join(tokens).strip(" ,;|")
        if name and name not in out and not _NOT_NAME.match(name) and _name_shaped(name):
            out.append(name)
    people = [n for n in out if not _ACRONYM.match(n)]
    return people if people else out


_ORG_WORDS = frozenset(
    {"news", "staff", "magazine", "media", "press", "desk", "team", "editors", "newsroom", "online", "inc", "ltd"}
    | {"group", "nast", "network", "digital", "publishing", "wire", "daily", "times", "post", "weekly"}
)


def organisation(name: str, site: str | None) -> bool:
    """A publisher, desk or brand rather than a person (judged on the name's shape, never a list of sites)."""
    n = norm(name)
    s = norm(site or "")
    if s and (n == s or n in s or s in n):
        return True
    if _ACRONYM.match(name.strip()) or name.strip().isupper() and len(name.split()) == 1:
        return True
    return bool(set(n.split()) & _ORG_WORDS)


def byline_authors(candidates: list[str]) -> list[str]:
    """reader's own byline rules on the page's byline elements ("By Jane Doe and John Roe")."""
    from reader.core.structure.meta import read_meta_line, split_byline_names

    for text in candidates:
        if (at := text.lower().find(" by ")) > 0:
            text = text[at + 1 :]  # "January 17, 2017 at 6:08 PM by Jane Doe"
        hit = read_meta_line(text if text.lower().startswith("by ") else "By " + text)
        if hit is not None and hit.field == "byline" and hit.authors:
            return list(hit.authors)
        names, _ = split_byline_names(text)
        if names:
            return list(names)
    return []
