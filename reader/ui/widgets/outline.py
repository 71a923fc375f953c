"""The outline: sections plus Takeaways, FAQ and Corrections; follows the scroll."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from textual import on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.model import STRENGTHS, Article, Strength
from reader.core.sourcing import section_counts
from reader.ui.widgets.panel import PanelList, clip


@dataclass(frozen=True, slots=True)
class Target:
    """Where an outline entry leads: a section id, or one of the panels."""

    kind: str
    """"section", "takeaways", "faq" or "corrections"."""
    section: str | None = None
    """The section it stands for (a takeaways or FAQ entry may have one too)."""


_SPECIAL = (("takeaways", "takeaway"), ("faq", "faq_question"))
"""Outline entry kind -> the block kind that marks its section."""


class Outline(PanelList):
    """Section list; Enter posts `Outline.Selected`."""

    COMPONENT_CLASSES = {"outline--extra", "outline--sub", *(f"outline--{s}" for s in STRENGTHS)}
    EMPTY = "No sections."

    class Selected(Message):
        """An entry was chosen."""

        def __init__(self, outline: Outline, target: Target) -> None:
            super().__init__()
            self.outline, self.target = outline, target

        @property
        def control(self) -> Outline:
            return self.outline

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.targets: list[Target] = []
        self.show_sourcing = False
        """Set by the screen with the sourcing shading: each section then shows its per-strength counts."""

    def set_article(self, article: Article) -> None:
        """Rebuild the entries for an article (again after analysis).

        A section that holds the takeaways or the FAQ is that panel's entry
        (marked ◆, in reading order), so neither is listed twice.
        """
        options: list[Option] = []
        self.targets = []
        block_kind = {b.id: b.kind for b in article.blocks}
        present = {
            "takeaways": bool(article.takeaways) or "takeaway" in block_kind.values(),
            "faq": bool(article.faq) or "faq_question" in block_kind.values(),
            "corrections": bool(article.corrections),
        }
        listed: set[str] = set()
        sourcing = section_counts(article) if self.show_sourcing else {}
        for number, section in enumerate(article.sections):
            title = section.title or ("Beginning" if number == 0 else "(untitled)")
            kinds = {block_kind.get(b) for b in section.blocks}
            special = next((k for k, block in _SPECIAL if block in kinds and present[k] and k not in listed), None)
            indent = "  " * max(0, section.level - 2)
            if special:
                listed.add(special)
                options.append(Option(self.part(indent + "◆ " + clip(title, 78), "outline--extra")))
                self.targets.append(Target(special, section.id))
                continue
            prompt = Content(indent + clip(title, 80))
            if section.level > 2:
                prompt = self.part(indent + clip(title, 80), "outline--sub")
            options.append(Option(prompt + self._counts(sourcing.get(section.id, {}), indent)))
            self.targets.append(Target("section", section.id))
        for kind, label in (("takeaways", "Key Takeaways"), ("faq", "FAQ"), ("corrections", "Corrections")):
            if present[kind] and kind not in listed:
                options.append(Option(self.part("◆ " + label, "outline--extra")))
                self.targets.append(Target(kind))
        self.show(options)

    def _counts(self, counts: Mapping[Strength, int], indent: str) -> Content:
        """A second line of per-strength paragraph counts ("▌2 ▌1"), coloured like the shaded gutter."""
        if not counts:
            return Content()
        parts = [self.part(f"▌{n}", f"outline--{strength}") for strength, n in counts.items()]
        return Content("\n" + indent + "  ") + Content(" ").join(parts)

    def follow(self, section: str | None) -> None:
        """Move the cursor to the section being read, without choosing it."""
        for index, target in enumerate(self.targets):
            if target.section is not None and target.section == section:
                if self.highlighted != index:
                    self.highlighted = index
                return

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.targets):
            self.post_message(self.Selected(self, self.targets[event.option_index]))
