"""Where the application keeps its data (per user, per platform)."""
from __future__ import annotations

from pathlib import Path

import platformdirs

from . import APP_ID

DATABASE_NAME = "assessment.db"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_ID, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / DATABASE_NAME
