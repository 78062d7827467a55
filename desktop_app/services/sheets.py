"""Returned department templates: check against the open year, then apply all or nothing.

The workbook is read beforehand (``excel.read_returned_sheet``, off the GUI
thread if need be); here the sheet is checked against the year as it is *now*
and written through ``YearSession.set_scores`` in one transaction.
"""
from __future__ import annotations

from typing import Optional

from ..excel.problems import SheetError
from ..excel.returned import ReturnedSheet, SheetPreview, check_returned_sheet
from .session import YearSession


def preview_sheet(session: YearSession, sheet: ReturnedSheet, *, department: Optional[str] = None) -> SheetPreview:
    """What importing ``sheet`` would change, and every problem with its cell. A
    finalised year is refused first: nothing of it may change."""
    session._refuse_if_finalised(session.number)
    return check_returned_sheet(sheet, session.year, session.submitted(), department=department)


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
