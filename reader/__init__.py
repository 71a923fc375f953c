"""reader: read a saved news article in the terminal, offline.

`__version__` is the single source of the version: pyproject.toml reads it
(hatch dynamic version), so the two cannot drift, and `reader --version`
needs no `importlib.metadata` lookup at start-up.
"""

__version__ = "0.1.0"
