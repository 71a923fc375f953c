"""The pure core of `reader`: text in, frozen `Article` out.

Nothing here imports Textual or Rich or touches the file system (bundled data
files are read through `importlib.resources`), so the model can be tested in
milliseconds and reused by the CLI, the app and the library index alike.

The public names are imported lazily (PEP 562): `reader --find` answers from
its index in a fraction of a second and should not pay for loading the parser
and every analysis stage it does not use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.core.entities.engine import EntityEngine
    from reader.core.model import Article, SourceInfo
    from reader.core.parse import parse_article
    from reader.core.pipeline import analyse
    from reader.core.serialize import to_dict

__all__ = ["Article", "analyse", "parse_article", "read_article", "to_dict"]

_LAZY = {
    "analyse": "reader.core.pipeline",
    "Article": "reader.core.model",
    "parse_article": "reader.core.parse",
    "to_dict": "reader.core.serialize",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'reader.core' has no attribute {name!r}")


def read_article(
    text: str, *, source: SourceInfo | None = None, fmt: str | None = None, engine: EntityEngine | None = None
) -> Article:
    """Parse and analyse in one call: what `reader --json` prints."""
    from reader.core.parse import parse_article
    from reader.core.pipeline import analyse

    return analyse(parse_article(text, source=source, fmt=fmt), engine=engine)
