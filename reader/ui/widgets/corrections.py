"""The corrections panel: each finding's kind, correction, claim and who made it.

Enter jumps to the amended claim first; Enter again jumps to the passage that
carries the correction, so both places are one key away.
"""

from __future__ import annotations

from textual import on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.corrections.summary import claim_excerpt
from reader.core.model import Correction
from reader.ui.widgets.panel import PanelList, clip

KIND_ORDER = {"correction": 0, "retraction": 0, "clarification": 1, "editor_note": 2, "update": 3}


def correction_passage(correction: Correction) -> str:
    """The words that correct, without the claim they amend when both share a passage."""
    text, claim = correction.text, correction.claim
    if claim and claim.block == correction.block and correction.start <= claim.end < correction.end:
        rest = text[claim.end - correction.start :].lstrip(" ,;:-–—")
        if len(rest) >= 20 and claim.text not in rest:
            return "…" + rest
    return text


class CorrectionsPanel(PanelList):
    """One option per correction found in the article."""

    COMPONENT_CLASSES = {"corrections--kind", "corrections--by", "corrections--label", "corrections--claim"}
    EMPTY = "No corrections found."

    class Selected(Message):
        """Jump to `block` at `start`..`end` for this correction; flash `others` too."""

        def __init__(self, panel: CorrectionsPanel, correction: Correction, block: str, start: int, end: int) -> None:
            super().__init__()
            self.panel, self.correction = panel, correction
            self.block, self.start, self.end = block, start, end

        @property
        def control(self) -> CorrectionsPanel:
            return self.panel

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corrections: tuple[Correction, ...] = ()
        self._toward_claim: dict[int, bool] = {}

    def set_corrections(self, corrections: tuple[Correction, ...], *, analysed: bool) -> None:
        """Show the article's corrections (none until `analysed`)."""
        # Amendments of what was said first; bare "updated on" notices last.
        self.corrections = tuple(sorted(corrections, key=lambda c: KIND_ORDER.get(c.kind, 2)))
        self._toward_claim = {}
        self.EMPTY = "No corrections found." if analysed else "Looking for corrections…"
        options = []
        for correction in self.corrections:
            head = self.part(correction.kind.replace("_", " ").upper(), "corrections--kind")
            if correction.scope == "reported":
                head += self.part(" (reported)", "corrections--by")
            elif correction.scope == "comparison":
                head = self.part("SILENT CHANGE", "corrections--kind")
                head += self.part(" · found by comparison", "corrections--by")
            if correction.by:
                head += self.part(f" · by {clip(correction.by, 60)}", "corrections--by")
            body = Content(clip(correction_passage(correction), 320))
            prompt = head + "\n" + body
            excerpt = claim_excerpt(correction, 110)
            if excerpt:
                claim = self.part("amends: ", "corrections--label")
                prompt += "\n" + claim + self.part(excerpt, "corrections--claim")
            options.append(Option(prompt))
        self.show(options)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        index = event.option_index
        if not 0 <= index < len(self.corrections):
            return
        correction = self.corrections[index]
        to_claim = self._toward_claim.get(index, True) and correction.claim is not None
        self._toward_claim[index] = not to_claim
        if to_claim and correction.claim is not None:
            claim = correction.claim
            self.post_message(self.Selected(self, correction, claim.block, claim.start, claim.end))
        elif correction.block:
            self.post_message(self.Selected(self, correction, correction.block, correction.start, correction.end))
