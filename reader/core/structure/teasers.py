"""Furniture of teaser streams and comment threads: the lines no article sentence is made of.

A stream of other stories repeats headline, teaser, then a time stamp ("32M
ago", "2 hours ago") or an image file name; a comment thread repeats a user
name, a time stamp, "Reply" and vote counts, and opens with a heading such as
"12 Comments" or "Leave a Reply". One such line says little; they are used as
strong evidence against a stretch being the article, and a thread's opening
line as a wall the article never runs across.
"""

from __future__ import annotations

import re

_AGO = re.compile(
    r"^(?:[•·|-]\s*)?(?:updated\s+|posted\s+)?(?:\d{1,3}\s*(?:s|m|h|d|w|mo|y|secs?|mins?|hrs?|hours?|minutes?|"
    r"seconds?|days?|weeks?|months?|years?)\.?|an? (?:hour|minute|day|week|month|year))\s+ago\b.{0,30}$",
    re.IGNORECASE,
)
_AGO_OTHER = re.compile(
    r"^(?:hace|il y a|vor|há|ha|fa|temu|назад)\s+(?:\d{1,3}|una?|un|une|einer?|einem)\s+\w+(?:\s+\w+)?\s*$|"
    r"^\d{1,3}\s+\w+\s+(?:fa|temu|назад|前)$|^\d{1,3}\s*(?:分|時間|日|小时|分钟|天)前$",
    re.IGNORECASE,
)
"""The same stamps in other languages ("hace 28 minutos", "il y a 2 heures", "vor 3 Stunden", "5分前")."""
_INPUT_BOX = re.compile(r"\[\s{4,}\]")
"""A form field as w3m draws it ("[          ]"): a search box, a sign-up form, a comment form."""
_FILE = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif)\b", re.IGNORECASE)
_FILE_ONLY = re.compile(r"^[\[(]?\s*\S+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif)\s*[\])]?$", re.IGNORECASE)
_COMMENT_MARKER = re.compile(
    r"^(?:\d+\s+|no\s+)?(?:comments?|responses?|replies|reader comments|recent comments)(?:\s*\(\d+\))?\s*:?$|"
    r"^(?:leave|post|add|write|submit) (?:a |your )?(?:comment|reply|response)\b.{0,30}$|"
    r"^(?:join|start) the (?:conversation|discussion)\b.{0,20}$|^(?:\d+\s+)?thoughts? on\b.{0,120}$|"
    r"^(?:show|view|load|see|read) (?:all )?(?:\d+ )?comments?\b.{0,20}$|^comments are closed\.?$|"
    r"^you must be logged in to post a comment\.?$|"
    r"^(?:\d+\s+)?(?:comentarios?|comentar|kommentare?|commentaires?|commenti|comentários|komentāri|reacties|"
    r"kommentarer|komentarze|коментарі|комментарии|コメント|评论|評論|댓글)(?:\s*\(\d+\))?\s*:?$",
    re.IGNORECASE,
)
_COMMENT_FURNITURE = re.compile(
    r"(?:^|\|\s*)reply$|^reply\s*(?:↓|»)?$|^(?:\d+\s+)?(?:likes?|upvotes?|points?|votes?)$|^report(?: abuse)?$|"
    r"^(?:flag|permalink|share|like|reply)(?:\s*[|·]\s*(?:flag|permalink|share|like|reply|report))+$|"
    r"^\S+(?: \S+){0,3} says:?$",
    re.IGNORECASE,
)


def is_time_ago(text: str) -> bool:
    """A relative time stamp of a teaser or comment ("32M ago", "2 hours ago")."""
    t = text.strip()
    return len(t) <= 60 and bool(_AGO.match(t) or _AGO_OTHER.match(t))


def is_file_name(text: str) -> bool:
    """A line that is only an image file name (a teaser's picture that w3m wrote as its name)."""
    return len(text) <= 120 and bool(_FILE_ONLY.match(text.strip()))


def is_teaser_furniture(text: str) -> bool:
    """A time stamp or an image file name: what teasers of other stories carry, never an article sentence."""
    t = text.strip()
    return is_time_ago(t) or is_file_name(t) or (len(t) <= 80 and len(_FILE.findall(t)) >= 2)


def is_form_field(text: str) -> bool:
    """A line with a form's input box in it."""
    return bool(_INPUT_BOX.search(text))


def comment_marker(text: str) -> bool:
    """The heading that opens a comment thread ("12 Comments", "Leave a Reply", "Join the conversation")."""
    return len(text) <= 140 and bool(_COMMENT_MARKER.match(text.strip()))


def is_comment_furniture(text: str) -> bool:
    """A comment's own furniture: "Reply", a vote count, "Report", "Jane says:", "March 3 at 2:15 pm | Reply"."""
    return len(text) <= 80 and bool(_COMMENT_FURNITURE.search(text.strip()))
