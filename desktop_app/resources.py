"""Paths of files shipped with the application (nothing is fetched at run time)."""
from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    # A frozen (installed) build unpacks resources next to the executable.
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def year_schema_path() -> Path:
    return resources_dir() / "schemas" / "assessment-year.schema.json"


def template_path(name: str = "changshou-2023") -> Path:
    return resources_dir() / "templates" / f"{name}.json"
