"""Returned department templates: check against the open year, then apply all or nothing.

The workbook is read beforehand (``excel.read_returned_sheet``, off the GUI
thread if need be); here the sheet is checked against the year as it is *now*
and written through ``YearSession.set_scores`` in one transaction.
"""
from __future__ import annotations

import secrets
from pathlib import Path
from typing import Iterable, Optional

from ..excel.problems import SheetError
from ..excel.returned import ReturnedSheet, SheetPreview, check_returned_sheet
from ..excel.template import export_all_templates, write_department_template
from ..storage import Store
from .session import YearSession

# The database's key for signing the templates it sends out (never in the audit trail's values:
# a stored blob is recorded by its length only).
SIGNING_KEY_SETTING = "sheet_signing_key"


def signing_key(store: Store) -> bytes:
    """This database's key for template signatures, made on first use."""
    key = store.get_setting(SIGNING_KEY_SETTING)
    if isinstance(key, bytes) and len(key) >= 32:
        return key
    with store.transaction():
        store.describe_change("set_signing_key")
        key = store.get_setting(SIGNING_KEY_SETTING)  # another process may have made it meanwhile
        if not (isinstance(key, bytes) and len(key) >= 32):
            key = secrets.token_bytes(32)
            store.set_setting(SIGNING_KEY_SETTING, key)
    return key


def verification_key(store: Store) -> bytes:
    """The key a returned sheet must be signed with. A database that never sent out a template
    has none yet: then a key nothing was signed with, so every sheet is refused, and reading a
    sheet still writes nothing."""
    key = store.get_setting(SIGNING_KEY_SETTING)
    return key if isinstance(key, bytes) and len(key) >= 32 else secrets.token_bytes(32)


def _untranslated(context: str, text: str) -> str:
    return text


def export_template(session: YearSession, department: str, path, *, include_scores: bool = False,
                    translate=_untranslated) -> Path:
    """A department's template, signed with this database's key."""
    return write_department_template(session.year, department, path, include_scores=include_scores,
                                     translate=translate, signing_key=signing_key(session.store))


def export_templates(session: YearSession, folder, *, include_scores: bool = False, translate=_untranslated,
                     departments: Optional[Iterable[str]] = None) -> list[Path]:
    """One signed template per department that has something to score (or of ``departments``)."""
    return export_all_templates(session.year, folder, include_scores=include_scores, departments=departments,
                                translate=translate, signing_key=signing_key(session.store))


def preview_sheet(session: YearSession, sheet: ReturnedSheet, *, department: Optional[str] = None) -> SheetPreview:
    """What importing ``sheet`` would change, and every problem with its cell. A
    finalised year is refused first: nothing of it may change."""
    session._refuse_if_finalised(session.number)
    return check_returned_sheet(sheet, session.year, session.submitted(), department=department,
                                signing_key=verification_key(session.store))


def apply_sheet(session: YearSession, sheet: ReturnedSheet, *,
                department: Optional[str] = None) -> tuple[SheetPreview, dict[str, int]]:
    """Check ``sheet`` again against the current year and store its scores, all or
    nothing. Raises ``SheetError`` listing every problem; returns the preview and
    the counts of new / changed / unchanged scores."""
    preview = preview_sheet(session, sheet, department=department)
    if preview.problems:
        raise SheetError(preview.source, preview.problems)
    counts = session.set_scores(preview.scores_to_apply())
    counts["unchanged"] += preview.counts()["unchanged"]
    return preview, counts
