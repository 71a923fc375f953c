"""Quote search across a library of saved articles: the index, `reader --find`, and helpers for the app.

Outside `reader.core` because it touches the file system and SQLite; it only
reads articles through `reader.load.files` and analyses them with `reader.core`.
"""
