"""The terminal UI: the reading app, its screens and widgets (Textual)."""
