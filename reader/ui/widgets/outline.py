"""The outline: sections plus Takeaways, FAQ and Corrections; follows the scroll."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.model import Article
from reader.ui.widgets.panel import PanelList, clip


@dataclass(frozen=True, slots=True)
class Target:
    """Where an outline entry leads: a section id, or one of the panels."""

    kind: str
    """"section", "takeaways", "faq" or "corrections"."""
    section: str | None = None


class Outline(PanelList):
    """Section list; Enter posts `Outline.Selected`."""

    COMPONENT_CLASSES = {"outline--extra", "outline--sub"}
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

    def set_article(self, article: Article) -> None:
        """Rebuild the entries for an article (again after analysis)."""
        options: list[Option] = []
        self.targets = []
        for number, section in enumerate(article.sections):
            title = section.title or ("Beginning" if number == 0 else "(untitled)")
            indent = "  " * max(0, section.level - 2)
            prompt = Content(indent + clip(title, 80))
            if section.level > 2:
                prompt = self.part(indent + clip(title, 80), "outline--sub")
            options.append(Option(prompt))
            self.targets.append(Target("section", section.id))
        kinds = {b.kind for b in article.blocks}
        extras = [
            ("takeaways", "Key Takeaways", bool(article.takeaways) or "takeaway" in kinds),
            ("faq", "FAQ", bool(article.faq) or "faq_question" in kinds),
            ("corrections", "Corrections", bool(article.corrections)),
        ]
        for kind, label, present in extras:
            if present:
                options.append(Option(self.part("◆ " + label, "outline--extra")))
                self.targets.append(Target(kind))
        self.show(options)

    def follow(self, section: str | None) -> None:
        """Move the cursor to the section being read, without choosing it."""
        for index, target in enumerate(self.targets):
            if target.kind == "section" and target.section == section:
                if self.highlighted != index:
                    self.highlighted = index
                return

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.targets):
            self.post_message(self.Selected(self, self.targets[event.option_index]))
