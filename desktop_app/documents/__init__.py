"""Official documents as PDF in GB/T 9704-2012 format (pure Python, no Qt).

Each builder takes an ``AssessmentYear`` and the core's ``YearResult`` and returns
a ``BuiltDocument`` (PDF bytes plus the layout it chose); nothing here computes
a score.
"""
from .common import BuiltDocument, draft_path, is_draft, safe_file_name, write_atomically
from .fonts import ROLES, DocumentError, FontSet, resolve_fonts
from .letter import build_letter, build_letters, build_letters_combined
from .notice import build_notice
from .score_sheet import build_score_sheet
from .texts import TEXT_KEYS, defaults, notice_texts

__all__ = ["BuiltDocument", "DocumentError", "FontSet", "ROLES", "TEXT_KEYS", "build_letter", "build_letters", "build_letters_combined", "build_notice", "build_score_sheet", "defaults",
           "draft_path", "is_draft", "notice_texts", "resolve_fonts", "safe_file_name", "write_atomically"]
