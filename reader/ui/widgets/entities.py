"""The entity index: people, organisations, places, other, with mention counts.

Enter on an entity steps through its mentions, one per press, wrapping round.
"""

from __future__ import annotations

from textual import on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.model import Entity, Mention
from reader.ui.widgets.panel import PanelList, clip

GROUPS = (("PERSON", "People"), ("ORG", "Organisations"), ("PLACE", "Places"), ("MISC", "Other"))


class EntityIndex(PanelList):
    """Entities grouped by type, most mentioned first."""

    COMPONENT_CLASSES = {"entities--group", "entities--count", "entities--alias"}
    EMPTY = "No named entities."

    class Selected(Message):
        """Jump to this mention (the n-th of the entity, 1-based) and highlight it."""

        def __init__(self, panel: EntityIndex, entity: Entity, mention: Mention, number: int) -> None:
            super().__init__()
            self.panel, self.entity, self.mention, self.number = panel, entity, mention, number

        @property
        def control(self) -> EntityIndex:
            return self.panel

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[Entity | None] = []
        self._step: dict[str, int] = {}

    def set_entities(self, entities: tuple[Entity, ...], *, analysed: bool, language: str | None = None) -> None:
        """List the article's entities, grouped by type, most mentioned first.

        With none found on a story not in English, say why: the rules look for names in English text only.
        """
        if not analysed:
            self.EMPTY = "Finding names…"
        elif language not in (None, "English"):
            self.EMPTY = f"Names are looked for in English text only; this story reads as {language}."
        else:
            self.EMPTY = "No named entities."
        self.rows, self._step = [], {}
        options: list[Option] = []
        for kind, label in GROUPS:
            group = sorted((e for e in entities if e.type == kind), key=lambda e: (-len(e.mentions), e.name))
            if not group:
                continue
            options.append(Option(self.part(f"{label} ({len(group)})", "entities--group"), disabled=True))
            self.rows.append(None)
            for entity in group:
                # The count first, in a fixed column: a long name that wraps never strands it.
                count = self.part(f"{len(entity.mentions):>4}× ", "entities--count")
                prompt = count + Content(clip(entity.name, 60))
                others = [a for a in entity.aliases if a != entity.name]
                if others:
                    prompt += "\n" + self.part("      aka " + clip(", ".join(others), 100), "entities--alias")
                options.append(Option(prompt))
                self.rows.append(entity)
        self.show(options)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if not 0 <= event.option_index < len(self.rows):
            return
        entity = self.rows[event.option_index]
        if entity is None or not entity.mentions:
            return
        step = self._step.get(entity.id, 0) % len(entity.mentions)
        self._step[entity.id] = step + 1
        self.post_message(self.Selected(self, entity, entity.mentions[step], step + 1))
