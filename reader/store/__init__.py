"""What `reader` keeps between runs, and where: UI-free, but it does file I/O, so it is not core.

`paths` is the one place that says where things live (state, data, caches,
the library index), computed when called so READER_STATE_DIR / READER_DATA_DIR
redirect them; `state` remembers reading positions and marks per article
digest, written atomically.
"""
