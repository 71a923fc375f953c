"""Where `reader` keeps things: the one place that knows the directories.

Each is computed when called, never at import, so tests and users redirect
them with the environment (READER_STATE_DIR, READER_DATA_DIR, READER_CONFIG_DIR). Nothing is
created here; writers create what they need.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

STATE_ENV = "READER_STATE_DIR"
DATA_ENV = "READER_DATA_DIR"
CONFIG_ENV = "READER_CONFIG_DIR"
SETTINGS_NAME = "settings.json"
INDEX_NAME = "library.sqlite3"


def state_dir() -> Path:
    """Where state lives: $READER_STATE_DIR, else the platform's user state dir.

    Computed on each call (never at import) so tests and users can redirect it.
    """
    override = os.environ.get(STATE_ENV)
    return Path(override) if override else platformdirs.user_state_path("reader")


def data_dir() -> Path:
    """$READER_DATA_DIR, else the platform's user data directory for `reader` (the library index, caches)."""
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else platformdirs.user_data_path("reader")


def index_path() -> Path:
    """The SQLite file holding the library index."""
    return data_dir() / INDEX_NAME


def config_dir() -> Path:
    """$READER_CONFIG_DIR, else the platform's user config directory for `reader` (settings)."""
    override = os.environ.get(CONFIG_ENV)
    return Path(override) if override else platformdirs.user_config_path("reader")


def settings_path() -> Path:
    """The small JSON file of the choices kept across launches (the colour theme)."""
    return config_dir() / SETTINGS_NAME
