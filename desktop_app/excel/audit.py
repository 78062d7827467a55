"""The audit trail as a workbook: one row per entry, every text written as text."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from ..atomicfile import replace_atomically
from ..domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "AuditWorkbook"
HEADERS = (
    QT_TRANSLATE_NOOP("AuditWorkbook", "序号"), QT_TRANSLATE_NOOP("AuditWorkbook", "时间"),
    QT_TRANSLATE_NOOP("AuditWorkbook", "操作人"), QT_TRANSLATE_NOOP("AuditWorkbook", "操作"),
    QT_TRANSLATE_NOOP("AuditWorkbook", "年度"), QT_TRANSLATE_NOOP("AuditWorkbook", "对象"),
    QT_TRANSLATE_NOOP("AuditWorkbook", "键"), QT_TRANSLATE_NOOP("AuditWorkbook", "变化"),
    QT_TRANSLATE_NOOP("AuditWorkbook", "原值"), QT_TRANSLATE_NOOP("AuditWorkbook", "新值"),
    QT_TRANSLATE_NOOP("AuditWorkbook", "理由"), QT_TRANSLATE_NOOP("AuditWorkbook", "行数"),
)
WIDTHS = (7, 19, 16, 16, 7, 14, 14, 7, 36, 36, 28, 7)


def write_audit_workbook(entries: Iterable, path, *, describe_cells: Callable,
                         translate: Callable[[str, str], str] = lambda context, text: text) -> Path:
    """``describe_cells(entry)`` gives the row's texts (``services.audit.entry_cells``)."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    from .styles import CellMaker, register_styles  # openpyxl: only when a workbook is written

    workbook = Workbook(write_only=True)
    styles = register_styles(workbook)
    sheet = workbook.create_sheet(translate(CONTEXT, QT_TRANSLATE_NOOP("AuditWorkbook", "审计记录")))
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    cell = CellMaker(sheet, styles)
    sheet.append([cell(translate(CONTEXT, header), "header") for header in HEADERS])
    for entry in entries:
        values = describe_cells(entry)
        sheet.append([cell(value, "number" if isinstance(value, int) else "text") if value is not None
                      else cell("", "text") for value in values])
    return replace_atomically(Path(path), workbook.save)
