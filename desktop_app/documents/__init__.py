"""Official documents as PDF in GB/T 9704-2012 format (pure Python, no Qt).

Each builder takes an ``AssessmentYear`` and the core's ``YearResult`` and returns
a ``BuiltDocument`` (PDF bytes plus the layout it chose); nothing here computes
a score.

The names below are loaded on first use (PEP 562): importing the package does not
load reportlab or Pillow, so the window starts without them.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .common import BuiltDocument, draft_path, is_draft, safe_file_name
    from .fontfiles import resolve_fonts
    from .fonts import FontSet
    from .letter import build_letter, build_letters, build_letters_combined
    from .names import ROLES, DocumentError
    from .notice import build_notice
    from .score_sheet import build_score_sheet
    from .texts import TEXT_KEYS, defaults, notice_texts

__all__ = ["BuiltDocument", "DocumentError", "FontSet", "ROLES", "TEXT_KEYS", "build_letter", "build_letters", "build_letters_combined", "build_notice", "build_score_sheet", "defaults",
           "draft_path", "is_draft", "notice_texts", "resolve_fonts", "safe_file_name"]

# exported name -> submodule that defines it
_SOURCES = {
    "BuiltDocument": "common", "draft_path": "common", "is_draft": "common", "safe_file_name": "common",
    "FontSet": "fonts", "resolve_fonts": "fontfiles",
    "ROLES": "names", "DocumentError": "names",
    "build_letter": "letter", "build_letters": "letter", "build_letters_combined": "letter",
    "build_notice": "notice",
    "build_score_sheet": "score_sheet",
    "TEXT_KEYS": "texts", "defaults": "texts", "notice_texts": "texts",
}


def __getattr__(name: str):
    source = _SOURCES.get(name)
    if source is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{source}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
