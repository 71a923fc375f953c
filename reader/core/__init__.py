"""The pure core of `reader`: text in, frozen `Article` out.

Nothing here imports Textual or Rich or touches the file system (bundled data
files are read through `importlib.resources`), so the model can be tested in
milliseconds and reused by the CLI, the app and the library index alike.
"""

from __future__ import annotations

from reader.core.analyse import analyse
from reader.core.model import Article, SourceInfo
from reader.core.parse import parse_article
from reader.core.serialize import to_dict

__all__ = ["Article", "analyse", "parse_article", "read_article", "to_dict"]


def read_article(
    text: str, *, source: SourceInfo | None = None, fmt: str | None = None, engine: object | None = None
) -> Article:
    """Parse and analyse in one call: what `reader --json` prints."""
    return analyse(parse_article(text, source=source, fmt=fmt), engine=engine)
