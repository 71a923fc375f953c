"""The reading screen, in parts: the screen itself, its typed load state, and its controllers."""

from __future__ import annotations

from reader.ui.screens.reader.screen import ReaderScreen

__all__ = ["ReaderScreen"]
