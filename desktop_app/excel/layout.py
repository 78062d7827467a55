"""The layout of a department template, shared by the writer and the reader.

Column A is hidden and machine-readable: A1 the format, A2 the year, A3 the
department code, A4 the scheme fingerprint; the row marked ``#codes`` (hidden)
names each column's part and field; every town row carries its town code; the
row after the last town is marked ``#end``. The reader goes by these codes,
not by positions, so a changed layout is noticed rather than misread.
"""
from __future__ import annotations


from openpyxl.utils import get_column_letter

from ..domain.messages import QT_TRANSLATE_NOOP

FORMAT_ID = "town-assessment-sheet/1"
SHEET_TITLE = "打分表"
CODES_MARK = "#codes"
END_MARK = "#end"
NOT_APPLICABLE = "不适用"

CODE_COLUMN, NUMBER_COLUMN, TOWN_COLUMN, FIRST_PART_COLUMN = 1, 2, 3, 4
TITLE_ROW, NOTE_ROW, PART_ROW, POINTS_ROW, METHOD_ROW, FIELD_ROW, CODES_ROW, FIRST_TOWN_ROW = range(1, 9)
YEAR_CELL_ROW, DEPARTMENT_CELL_ROW, FINGERPRINT_CELL_ROW, SIGNATURE_CELL_ROW = 2, 3, 4, 5

# The cells of one part, left to right.
SCORE, REASON, DEDUCTION, NOTE = "score", "reason", "deduction", "note"
FIELDS = (SCORE, REASON, DEDUCTION, NOTE)
FIELD_LABELS = {
    SCORE: QT_TRANSLATE_NOOP("Excel", "得分"),
    REASON: QT_TRANSLATE_NOOP("Excel", "扣分事由"),
    DEDUCTION: QT_TRANSLATE_NOOP("Excel", "扣分"),
    NOTE: QT_TRANSLATE_NOOP("Excel", "备注"),
}


def field_code(part_code: str, field: str) -> str:
    return f"{part_code}|{field}"


def split_field_code(code) -> tuple[str, str] | None:
    if not isinstance(code, str) or "|" not in code:
        return None
    part, _, field = code.rpartition("|")
    return (part, field) if part and field in FIELDS else None


def address(sheet: str, column: int, row: int) -> str:
    """``打分表!D7`` as Excel writes a reference (quoted when the name needs it)."""
    name = sheet if sheet.replace("_", "").isalnum() else "'" + sheet.replace("'", "''") + "'"
    return f"{name}!{get_column_letter(column)}{row}"


def range_address(sheet: str, first_column: int, first_row: int, last_column: int, last_row: int) -> str:
    start = address(sheet, first_column, first_row)
    return f"{start}:{get_column_letter(last_column)}{last_row}"

