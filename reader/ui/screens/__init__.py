"""Screens of the reading app: the reader, help, mark prompt (library screens live beside them)."""
