"""An optional engine backed by spaCy (`pip install 'reader[spacy]'` plus a model).

Never required: spaCy is imported only when this engine is loaded, and a
missing package or model is reported with the commands that install them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from reader.core.entities.engine import BlockMode, RawMention
from reader.core.model import EntityType

INSTALL_HINT = "pip install 'reader[spacy]' && python -m spacy download en_core_web_sm"

# spaCy's OntoNotes labels, folded into reader's four types; the rest (dates, money, ...) are not names.
LABELS: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "PRODUCT": "MISC",
}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a possessive ending or a leading "the"."""
    span = text[start:end]
    for tail in ("'s", "\u2019s", "'", "\u2019"):
        if span.endswith(tail) and len(span) > len(tail):
            end -= len(tail)
            break
    if text[start:end].lower().startswith("the ") and end - start > 4:
        start += 4
    return start, end


class SpacyEngine:
    """Wraps a loaded spaCy pipeline; `load()` builds one."""

    def __init__(self, nlp: Callable[[str], Any]) -> None:
        self.nlp = nlp

    @classmethod
    def load(cls, model: str = "en_core_web_sm") -> SpacyEngine:
        """The engine on an installed spaCy model.

        Raises:
            ImportError: spaCy is not installed (the message says how to install it).
            OSError: the model is not installed (the message says how to download it).
        """
        try:
            import spacy
        except ImportError as exc:
            raise ImportError(f"spaCy is not installed; install it with: {INSTALL_HINT}") from exc
        try:
            nlp = spacy.load(model, disable=["lemmatizer"])
        except OSError as exc:
            raise OSError(f"the spaCy model {model!r} is not installed; install it with: {INSTALL_HINT}") from exc
        return cls(nlp)

    def mentions(self, text: str) -> list[RawMention]:
        """Names spaCy finds in one block, typed as reader's four types."""
        return self._from_doc(text, self.nlp(text))

    def document(self, blocks: Sequence[tuple[str, BlockMode]]) -> list[list[RawMention]]:
        """Prose blocks through spaCy in one batch; headings are skipped (headline case misleads models too)."""
        body = [text for text, mode in blocks if mode == "body"]
        pipe = getattr(self.nlp, "pipe", None)
        docs: Iterable[Any] = pipe(body) if pipe is not None else (self.nlp(t) for t in body)
        it = iter(docs)
        out: list[list[RawMention]] = []
        for text, mode in blocks:
            out.append(self._from_doc(text, next(it)) if mode == "body" else [])
        return out

    @staticmethod
    def _from_doc(text: str, doc: Any) -> list[RawMention]:
        out: list[RawMention] = []
        for ent in doc.ents:
            typ = LABELS.get(ent.label_)
            if typ is None:
                continue
            start, end = _trim(text, ent.start_char, ent.end_char)
            if start < end:
                out.append(RawMention(start, end, typ))
        return out
