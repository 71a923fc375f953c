"""Benchmark inputs, built at run time from ../shared/articles (third-party text: never committed).

Large articles are the BBC texts concatenated, each headline becoming a
section heading. Repeated copies are varied (sentences rotated, headings
numbered) so that duplicate collapsing in the parser does not shrink them.
"""

from __future__ import annotations

import os
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from reader.load import load_path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("READER_SHARED_DIR", ROOT.parent / "shared"))
REFERENCE = SHARED / "articles" / "seed" / "openai-nato.txt"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")


class MissingShared(Exception):
    """../shared (the third-party test material) is not beside the checkout."""


@dataclass(frozen=True)
class Story:
    headline: str
    paragraphs: tuple[str, ...]


def require_shared() -> Path:
    if not (SHARED / "articles").is_dir():
        raise MissingShared(f"{SHARED / 'articles'} is absent (set READER_SHARED_DIR)")
    return SHARED


def reference_text() -> str:
    """The reference article, through the real loader (decoding and cleaning)."""
    require_shared()
    return load_path(REFERENCE).text


def bbc_stories() -> list[Story]:
    """The 100 BBC articles: headline on line 1, then one paragraph per line."""
    base = require_shared() / "articles" / "bbc"
    stories = []
    for path in sorted(base.rglob("*.txt")):
        if path.name.upper() == "README.TXT":
            continue
        lines = [line.strip() for line in load_path(path).text.split("\n")]
        lines = [line for line in lines if line]
        if len(lines) >= 2:
            stories.append(Story(lines[0], tuple(lines[1:])))
    return stories


def _vary(paragraph: str, copy: int) -> str:
    if copy == 0:
        return paragraph
    sentences = _SENTENCE.split(paragraph)
    k = copy % len(sentences)
    return " ".join(sentences[k:] + sentences[:k])


def build_article(size: int, stories: list[Story]) -> str:
    """An article of about `size` bytes: a title, then BBC stories as sections."""
    parts = ["News Digest: A Long Collection of Stories", ""]
    total, copy = 0, 0
    while total < size:
        for story in stories:
            heading = story.headline if copy == 0 else f"{story.headline} (Part {copy + 1})"
            block = [heading, ""]
            for paragraph in story.paragraphs:
                block += [_vary(paragraph, copy), ""]
            chunk = "\n".join(block)
            parts.append(chunk)
            total += len(chunk.encode("utf-8")) + 1
            if total >= size:
                break
        copy += 1
    return "\n".join(parts)


def all_articles() -> list[Path]:
    """Every shared article file (the library folder is built from these)."""
    base = require_shared() / "articles"
    return sorted(
        p
        for p in base.rglob("*")
        if p.suffix in (".txt", ".md") and not p.name.endswith(".source.txt") and p.name.upper() != "README.TXT"
    )


def build_library(dest: Path, count: int, *, seed: int = 7) -> list[Path]:
    """About `count` article files under `dest`, copies of the shared ones with small variations.

    The first copy of each is byte-identical; later copies get a numbered
    headline and their paragraphs shuffled, so every file hashes differently.
    """
    sources = all_articles()
    rng = random.Random(seed)
    if dest.exists():
        shutil.rmtree(dest)
    written: list[Path] = []
    copy = 0
    while len(written) < count:
        folder = dest / f"batch{copy:03d}"
        folder.mkdir(parents=True)
        for src in sources:
            if len(written) >= count:
                break
            target = folder / src.name.replace(src.stem, f"{src.parent.name}-{src.stem}")
            if copy == 0:
                shutil.copyfile(src, target)
            elif src.suffix == ".md":  # keep the front matter intact
                target.write_text(load_path(src).text + f"\n\nArchive copy {copy}.\n", encoding="utf-8")
            else:
                text = load_path(src).text
                head, _, rest = text.partition("\n")
                paragraphs = [p for p in rest.split("\n\n") if p.strip()]
                if src.parent.name == "bbc" and len(paragraphs) > 2:
                    body = paragraphs[1:]
                    rng.shuffle(body)
                    paragraphs = paragraphs[:1] + body
                target.write_text(f"{head} ({copy})\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
            written.append(target)
        copy += 1
    return written


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
