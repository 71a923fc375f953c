"""Screens of the reading app: the reader, help (library screens live beside them)."""
