"""A returned department template: read it, check every cell, and say what would change.

``read_returned_sheet(path)`` opens the workbook and finds the template's
hidden identification (it raises ``SheetError`` for a file that is not such a
template at all). ``check_returned_sheet(sheet, year, submitted)`` compares it
with the year and lists, per score cell, new / changed / unchanged entries and
every problem with its cell address. Neither touches the database, so both can
run off the GUI thread; applying is ``services.sheets.apply_sheet``.
"""
from __future__ import annotations

import datetime
import hmac
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Callable, Optional

from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.losses import reason_missing
from ..domain.model import ZERO, AssessmentYear, Deduction, Rules, Score
from ..domain.numbers import decimal_places, points_text, to_text
from .fingerprint import scheme_fingerprint, sheet_signature
from .layout import (
    CODE_COLUMN, CODES_MARK, DEDUCTION, END_MARK, FIELD_LABELS, FIELDS, FINGERPRINT_CELL_ROW, FORMAT_ID, NOT_APPLICABLE, NOTE,
    REASON, SCORE, TITLE_ROW, TOWN_COLUMN, YEAR_CELL_ROW, DEPARTMENT_CELL_ROW, NUMBER_COLUMN, SIGNATURE_CELL_ROW, address,
    range_address,
    split_field_code,
)
from ..domain.messages import Problem
from .problems import SheetError, sheet_problem
from .template import department_columns, department_towns

# Signatures of the two containers a file called .xlsx may really be.
ZIP_SIGNATURE = b"PK\x03\x04"
OLE_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")
# An Office file encrypted with an open password is an OLE container with these streams.
ENCRYPTION_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
FULL_WIDTH = str.maketrans("０１２３４５６７８９．－", "0123456789.-")
NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"

M = {
    "unreadable": QT_TRANSLATE_NOOP("Excel", "无法读取文件：{reason}"),
    "encrypted": QT_TRANSLATE_NOOP("Excel", "文件设有打开密码（已加密），无法读取。请在 Excel 中打开后，"
                                             "于“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清除密码并保存，再导入。"),
    "old_xls": QT_TRANSLATE_NOOP("Excel", "这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再导入。"),
    "not_xlsx": QT_TRANSLATE_NOOP("Excel", "不是 Excel 工作簿（.xlsx）文件，可能只是改了扩展名。请导入由本程序导出、部门填写后交回的 .xlsx 文件。"),
    "broken": QT_TRANSLATE_NOOP("Excel", "Excel 工作簿已损坏或格式不受支持（{reason}），无法读取。请让部门重新保存后交回。"),
    "empty": QT_TRANSLATE_NOOP("Excel", "工作表是空的，没有任何内容。请导入由本程序导出、部门填写后交回的打分表。"),
    "not_template": QT_TRANSLATE_NOOP("Excel", "这不是本程序导出的打分表（缺少识别信息）。请先在“部门打分”页导出空白打分表，让部门在其中填写。"),
    "bad_meta": QT_TRANSLATE_NOOP("Excel", "打分表的识别信息已损坏（{what}），无法确定所属年度和部门。请重新导出空白打分表。"),
    "no_codes": QT_TRANSLATE_NOOP("Excel", "找不到打分表的列标识行，表头可能被改动。请重新导出空白打分表。"),
    "other_year": QT_TRANSLATE_NOOP("Excel", "这是 {found} 年度的打分表，当前是 {expected} 年度，不能导入。"),
    "year_missing": QT_TRANSLATE_NOOP("Excel", "这是 {year} 年度的打分表，数据库中没有该年度（已有年度：{years}），不能导入。"),
    "unknown_department": QT_TRANSLATE_NOOP("Excel", "打分表所属部门（编码 {code}）不在 {year} 年度的部门中。"),
    "other_department": QT_TRANSLATE_NOOP("Excel", "这是{found}的打分表，当前选择的是{expected}。请先选择{found}再导入。"),
    "not_signed": QT_TRANSLATE_NOOP("Excel", "这份打分表的隐藏标识没有本数据库的签名（由其他数据库或旧版本导出，或隐藏单元格被改动），"
                                             "不能导入。请从本程序重新导出空白打分表给{department}填写。"),
    "heading_mismatch": QT_TRANSLATE_NOOP("Excel", "表头写的是“{heading}”，隐藏标识却是{department}的打分表，二者不一致，不能导入。"),
    "scheme_changed": QT_TRANSLATE_NOOP("Excel", "导出此表之后，{year} 年度的考核方案（指标、分值、部门、镇街或适用范围）已经更改，"
                                                 "表中的列可能已对不上。请重新导出空白打分表，让{department}在新表中填写。"),
    "locked": QT_TRANSLATE_NOOP("Excel", "{department}的打分表已提交（只读），不能导入。请考核办先在“部门打分”页点“退回修改”，再导入。"),
    "unknown_column": QT_TRANSLATE_NOOP("Excel", "列标识“{code}”不是本表应有的列（打分部分不存在或不属于{department}）。"),
    "duplicate_column": QT_TRANSLATE_NOOP("Excel", "列标识“{code}”重复出现（第一次在 {first}）。"),
    "missing_column": QT_TRANSLATE_NOOP("Excel", "缺少打分部分 {part}（{name}）的“{field}”列。"),
    "unknown_town": QT_TRANSLATE_NOOP("Excel", "镇街“{name}”不是 {year} 年度{department}需要打分的镇街。"),
    "town_mismatch": QT_TRANSLATE_NOOP("Excel", "本行的镇街名称“{name}”与该行的镇街（{expected}）不符，行可能被移动或改写。"),
    "duplicate_town": QT_TRANSLATE_NOOP("Excel", "镇街“{name}”的行重复（第一次在第 {first} 行）。"),
    "missing_town": QT_TRANSLATE_NOOP("Excel", "缺少镇街“{name}”的行（可能被删除）。"),
    "not_a_number": QT_TRANSLATE_NOOP("Excel", "“{value}”不是数字。请填写 0 到 {points} 之间的数，最多两位小数（{indicator}，{town}）。"),
    "formula": QT_TRANSLATE_NOOP("Excel", "这里是公式“{value}”，请直接填写数值（{indicator}，{town}）。"),
    "decimals": QT_TRANSLATE_NOOP("Excel", "{value} 超过两位小数，请最多保留两位小数（{indicator}，{town}）。"),
    "above": QT_TRANSLATE_NOOP("Excel", "{value} 超过该项分值 {points} 分（{indicator}，{town}）。"),
    "negative": QT_TRANSLATE_NOOP("Excel", "{value} 不能为负数，得分范围 0～{points}（{indicator}，{town}）。"),
    "deduction_not_a_number": QT_TRANSLATE_NOOP("Excel", "扣分“{value}”不是数字（{indicator}，{town}）。"),
    "deduction_decimals": QT_TRANSLATE_NOOP("Excel", "扣分 {value} 超过两位小数（{indicator}，{town}）。"),
    "deduction_negative": QT_TRANSLATE_NOOP("Excel", "扣分 {value} 不能为负数（{indicator}，{town}）。"),
    "deduction_without_reason": QT_TRANSLATE_NOOP("Excel", "填了扣分 {value}，但没有填写扣分事由（{indicator}，{town}）。"),
    "reason_without_deduction": QT_TRANSLATE_NOOP("Excel", "填了扣分事由，但没有填写扣分分值（{indicator}，{town}）。"),
    "deduction_count": QT_TRANSLATE_NOOP("Excel", "扣分事由有 {reasons} 项，扣分分值有 {points} 项，须一一对应（每项一行）（{indicator}，{town}）。"),
    "inconsistent": QT_TRANSLATE_NOOP("Excel", "得分 {score} 与扣分不符：分值 {points} 减去扣分合计 {deducted} 应为 {expected}（{indicator}，{town}）。"),
    "loss_without_reason": QT_TRANSLATE_NOOP("Excel", "得分 {score} 低于分值 {points}，但没有填写扣分事由或备注；本年度要求说明每一处失分的原因（{indicator}，{town}）。"),
    "note_without_score": QT_TRANSLATE_NOOP("Excel", "填了备注，但没有填写得分（{indicator}，{town}）。"),
    "not_applicable": QT_TRANSLATE_NOOP("Excel", "该指标不适用于此镇街，不应填写内容，现为“{value}”（{indicator}，{town}）。"),
    "nothing_filled": QT_TRANSLATE_NOOP("Excel", "表中没有填写任何得分。请确认交回的是填好的打分表。"),
    "too_large": QT_TRANSLATE_NOOP("Excel", "文件有 {size} MB，远大于任何打分表（通常不到 1 MB），可能不是交回的打分表，未读取。"),
    "too_large_inside": QT_TRANSLATE_NOOP("Excel", "工作簿解压后有 {size} MB，远大于任何打分表，可能含有超大的单元格或大量无关内容，未读取。"),
    "macros": QT_TRANSLATE_NOOP("Excel", "这是含宏的工作簿（.xlsm），不接受。请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再导入。"),
    "two_templates": QT_TRANSLATE_NOOP("Excel", "工作簿中有 {count} 张打分表（{sheets}），一次只能导入一张。请每个部门单独交回一个文件。"),
    "too_many_rows": QT_TRANSLATE_NOOP("Excel", "工作表超过 {limit} 行，远多于镇街数，可能在表格下方粘贴了大量内容。请删除多余的行后再交回。"),
}
# Bounds no real returned sheet comes near: beyond them a file is refused before it is read in full.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 30 * 1024 * 1024
MAX_ROWS = 5000


def _problem(cell: str, key: str, **params) -> Problem:
    return sheet_problem(cell, M[key], **params)


# --- reading -----------------------------------------------------------------------


@dataclass(frozen=True)
class SheetRow:
    number: int                # worksheet row number
    town_code: object          # hidden column A
    town_name: object          # column C
    values: tuple              # the whole row's values, column A first


@dataclass(frozen=True)
class ReturnedSheet:
    """What a returned template holds, as read, before any check against a year."""

    source: str
    sheet: str                 # worksheet title, for cell addresses
    year: int
    department: str
    fingerprint: str
    codes_row: int
    columns: tuple             # (column number, code text) of the codes row, from column D on
    rows: tuple[SheetRow, ...]
    heading: Optional[str] = None      # the visible title (B1), which names the department
    signature: Optional[str] = None    # the hidden identification's seal (template.py)

    def cell(self, column: int, row: int) -> str:
        return address(self.sheet, column, row)


def _sniff(path: Path, source: str) -> None:
    """Refuse, with the reason, a file that is not a zip container (xlsx)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
            if head.startswith(OLE_SIGNATURE):
                # An encrypted workbook is an OLE container whose directory names these two streams.
                handle.seek(0)
                data = handle.read()
                encrypted = all(stream in data for stream in ENCRYPTION_STREAMS)
                raise SheetError(source, [_problem("", "encrypted" if encrypted else "old_xls")])
    except OSError as error:
        raise SheetError(source, [_problem("", "unreadable", reason=error.strerror or str(error))]) from None
    if not head.startswith(ZIP_SIGNATURE) or not zipfile.is_zipfile(path):
        raise SheetError(source, [_problem("", "not_xlsx")])
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise SheetError(source, [_problem("", "too_large", size=f"{size / 1024 / 1024:.0f}")])
    try:
        with zipfile.ZipFile(path) as package:
            unpacked = sum(item.file_size for item in package.infolist())
            types = package.read("[Content_Types].xml") if "[Content_Types].xml" in package.namelist() else b""
    except (zipfile.BadZipFile, OSError, KeyError):
        raise SheetError(source, [_problem("", "broken", reason="zip")]) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise SheetError(source, [_problem("", "too_large_inside", size=f"{unpacked / 1024 / 1024:.0f}")])
    if b"macroEnabled" in types or b"vbaProject" in types:
        raise SheetError(source, [_problem("", "macros")])


def read_returned_sheet(path, report: Optional[Callable[[int, int], None]] = None) -> ReturnedSheet:
    """Read a returned template. ``report(done, total)`` follows the rows read."""
    from openpyxl import load_workbook

    path = Path(path)
    source = str(path)
    _sniff(path, source)
    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except OSError as error:  # e.g. the file is open and locked by Excel on Windows
        raise SheetError(source, [_problem("", "unreadable", reason=error.strerror or str(error))]) from None
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a damaged package
        raise SheetError(source, [_problem("", "broken", reason=type(error).__name__)]) from None
    try:
        return _read_workbook(workbook, source, report)
    except SheetError:
        raise
    except Exception as error:  # noqa: BLE001 - a damaged sheet part surfaces only while iterating
        raise SheetError(source, [_problem("", "broken", reason=type(error).__name__)]) from None
    finally:
        workbook.close()


def _read_workbook(workbook, source: str, report) -> ReturnedSheet:
    worksheets = list(workbook.worksheets)
    empty_sheet = None
    templates = []
    for worksheet in worksheets:
        worksheet.reset_dimensions()  # other programs may write a wrong <dimension>
        first = next(worksheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
        if first and first[0] == FORMAT_ID:
            templates.append(worksheet)
            continue
        if empty_sheet is None and not any(True for row in worksheet.iter_rows(max_row=MAX_ROWS, values_only=True)
                                           if any(value is not None for value in row)):
            empty_sheet = worksheet
    if len(templates) > 1:  # two departments' sheets in one file: which one was meant cannot be guessed
        raise SheetError(source, [_problem(address(templates[1].title, 1, 1), "two_templates", count=len(templates),
                                           sheets="、".join(sheet.title for sheet in templates))])
    if templates:
        return _read_template(templates[0], source, report)
    if empty_sheet is not None and len(worksheets) == 1:
        raise SheetError(source, [_problem(address(empty_sheet.title, 1, 1), "empty")])
    title = worksheets[0].title if worksheets else "Sheet1"
    raise SheetError(source, [_problem(address(title, 1, 1), "not_template")])


def _value(values: tuple, column: int):
    return values[column - 1] if column <= len(values) else None


def _read_template(worksheet, source: str, report) -> ReturnedSheet:
    title = worksheet.title
    rows = [tuple(row) for row in worksheet.iter_rows(max_row=MAX_ROWS + 1, values_only=True)]
    if len(rows) > MAX_ROWS and any(value is not None for row in rows[MAX_ROWS - 1:] for value in row):
        raise SheetError(source, [_problem(address(title, 1, MAX_ROWS + 1), "too_many_rows", limit=MAX_ROWS)])
    rows = rows[:MAX_ROWS]
    total = len(rows)
    year = _value(rows[YEAR_CELL_ROW - 1], CODE_COLUMN) if total >= YEAR_CELL_ROW else None
    department = _value(rows[DEPARTMENT_CELL_ROW - 1], CODE_COLUMN) if total >= DEPARTMENT_CELL_ROW else None
    fingerprint = _value(rows[FINGERPRINT_CELL_ROW - 1], CODE_COLUMN) if total >= FINGERPRINT_CELL_ROW else None
    if isinstance(year, float) and year.is_integer():
        year = int(year)
    problems = []
    if not isinstance(year, int) or isinstance(year, bool):
        problems.append(_problem(address(title, CODE_COLUMN, YEAR_CELL_ROW), "bad_meta", what="年度"))
    if not isinstance(department, str) or not department:
        problems.append(_problem(address(title, CODE_COLUMN, DEPARTMENT_CELL_ROW), "bad_meta", what="部门"))
    if not isinstance(fingerprint, str) or not fingerprint:
        problems.append(_problem(address(title, CODE_COLUMN, FINGERPRINT_CELL_ROW), "bad_meta", what="方案指纹"))
    codes_row = next((n for n, row in enumerate(rows, start=1) if _value(row, CODE_COLUMN) == CODES_MARK), None)
    if codes_row is None:
        problems.append(_problem(address(title, CODE_COLUMN, TITLE_ROW), "no_codes"))
    if problems:
        raise SheetError(source, problems)
    codes = rows[codes_row - 1]
    columns = tuple((column, codes[column - 1]) for column in range(TOWN_COLUMN + 1, len(codes) + 1)
                    if codes[column - 1] is not None)
    town_rows = []
    for number in range(codes_row + 1, total + 1):
        values = rows[number - 1]
        marker = _value(values, CODE_COLUMN)
        if marker == END_MARK:
            break
        if all(value is None for value in values):
            continue
        town_rows.append(SheetRow(number, marker, _value(values, TOWN_COLUMN), values))
        if report and number % 100 == 0:
            report(number, total)
    heading = _value(rows[TITLE_ROW - 1], NUMBER_COLUMN) if total >= TITLE_ROW else None
    signature = _value(rows[SIGNATURE_CELL_ROW - 1], CODE_COLUMN) if total >= SIGNATURE_CELL_ROW else None
    return ReturnedSheet(source, title, year, department, fingerprint, codes_row, columns, tuple(town_rows),
                         heading if isinstance(heading, str) else None,
                         signature if isinstance(signature, str) else None)


def year_missing(sheet: ReturnedSheet, years) -> SheetError:
    """The sheet's year is not in the database at all."""
    return SheetError(sheet.source, [_problem(sheet.cell(2, TITLE_ROW), "year_missing", year=sheet.year,
                                              years="、".join(str(y) for y in years) or "无")])


# --- checking ------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetChange:
    """One filled score cell and what importing it would do."""

    cell: str
    town: str
    town_name: str
    part: str
    part_name: str
    kind: str                  # NEW, CHANGED or UNCHANGED
    before: Optional[Score]
    after: Score


def score_text(score: Optional[Score], translate: Callable[[str, str], str] = lambda context, text: text) -> str:
    """A score as a preview shows it: 4.50（扣分：台账不全 0.50）［备注：…］."""
    if score is None:
        return translate("Excel", QT_TRANSLATE_NOOP("Excel", "（空）"))
    text = f"{score.score:.2f}"
    if score.deductions:
        items = "；".join(f"{d.reason} {d.points:.2f}" for d in score.deductions)
        text += translate("Excel", QT_TRANSLATE_NOOP("Excel", "（扣分：{items}）")).format(items=items)
    if score.note:
        text += translate("Excel", QT_TRANSLATE_NOOP("Excel", "［备注：{note}］")).format(note=score.note)
    return text


@dataclass
class SheetPreview:
    source: str
    year: int
    department: str
    department_name: str
    changes: list[SheetChange] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    blank: int = 0             # applicable cells left empty (they stay as they are)
    locked: bool = False       # the department's sheet is submitted

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        counts = {NEW: 0, CHANGED: 0, UNCHANGED: 0}
        for change in self.changes:
            counts[change.kind] += 1
        return {**counts, "blank": self.blank, "errors": len(self.problems)}

    def scores_to_apply(self) -> list[Score]:
        return [change.after for change in self.changes if change.kind != UNCHANGED]

    def error(self) -> SheetError:
        return SheetError(self.source, self.problems)


def cell_number(value) -> Decimal:
    """The number a cell holds, exactly as the user sees it; ValueError for anything else.

    Excel keeps 15 significant digits: a float such as 0.30000000000000004 (left
    by arithmetic) is 0.3 on screen, while 5.555 typed in stays 5.555 and is
    then refused for its three decimals.
    """
    if isinstance(value, bool) or isinstance(value, (datetime.date, datetime.time, datetime.timedelta)):
        raise ValueError(value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        text = format(value, ".15g")
    elif isinstance(value, Decimal):
        return value
    elif isinstance(value, str):
        text = value.strip().translate(FULL_WIDTH)
    else:
        raise ValueError(value)
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError(value) from None
    if not number.is_finite():
        raise ValueError(value)
    return number


def _shown(value) -> str:
    """A cell value as the message quotes it."""
    if isinstance(value, float):
        return format(value, ".15g")
    if isinstance(value, Decimal):
        return to_text(value)
    return str(value).strip()


def _text(value) -> Optional[str]:
    if value is None:
        return None
    text = _shown(value)
    return text or None


def _lines(value) -> list[str]:
    text = _text(value)
    if text is None:
        return []
    return [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]


def _signed_with(sheet: ReturnedSheet, key: bytes) -> bool:
    expected = sheet_signature(key, sheet.year, sheet.department, [code for _, code in sheet.columns], sheet.fingerprint)
    return sheet.signature is not None and hmac.compare_digest(sheet.signature, expected)


def check_returned_sheet(sheet: ReturnedSheet, year: AssessmentYear, submitted=(), *,
                         department: Optional[str] = None, signing_key: Optional[bytes] = None,
                         report: Optional[Callable[[int, int], None]] = None) -> SheetPreview:
    """Compare a returned sheet with ``year``: every problem (with its cell) and every change.

    ``submitted`` holds the departments whose sheet is locked; ``department``,
    when given, is the one the sheet must belong to (the one chosen on screen);
    ``signing_key``, when given, the database's key its hidden identification must be signed with.
    """
    title_cell = sheet.cell(2, TITLE_ROW)
    names = {d.code: d.name for d in year.departments}
    preview = SheetPreview(sheet.source, sheet.year, sheet.department, names.get(sheet.department, sheet.department))
    problems = preview.problems
    if sheet.year != year.year:
        problems.append(_problem(title_cell, "other_year", found=sheet.year, expected=year.year))
        return preview
    if sheet.department not in names:
        problems.append(_problem(title_cell, "unknown_department", code=sheet.department, year=year.year))
        return preview
    if signing_key is not None and not _signed_with(sheet, signing_key):
        problems.append(_problem(sheet.cell(CODE_COLUMN, SIGNATURE_CELL_ROW), "not_signed",
                                 department=preview.department_name))
        return preview
    if preview.department_name not in (sheet.heading or ""):
        problems.append(_problem(title_cell, "heading_mismatch", heading=(sheet.heading or "").replace("\n", " "),
                                 department=preview.department_name))
        return preview
    if department is not None and department != sheet.department:
        problems.append(_problem(title_cell, "other_department", found=names[sheet.department],
                                 expected=names.get(department, department)))
        return preview
    if sheet.fingerprint != scheme_fingerprint(year):
        problems.append(_problem(title_cell, "scheme_changed", year=year.year, department=preview.department_name))
        return preview
    if sheet.department in submitted:
        preview.locked = True
        problems.append(_problem(title_cell, "locked", department=preview.department_name))
        return preview

    columns = department_columns(year, sheet.department)
    expected_towns = department_towns(year, columns)
    town_names = {town.code: town.name for town in expected_towns}
    town_by_name = {town.name: town.code for town in expected_towns}
    part_info = {part.code: (indicator, part) for indicator, part in columns}

    # Columns: every part needs its four fields, each once.
    field_columns: dict[tuple[str, str], int] = {}
    for column, code in sheet.columns:
        parsed = split_field_code(code)
        cell = sheet.cell(column, sheet.codes_row)
        if parsed is None or parsed[0] not in part_info:
            problems.append(_problem(cell, "unknown_column", code=code, department=preview.department_name))
            continue
        if parsed in field_columns:
            problems.append(_problem(cell, "duplicate_column", code=code,
                                     first=sheet.cell(field_columns[parsed], sheet.codes_row)))
            continue
        field_columns[parsed] = column
    for indicator, part in columns:
        for name in FIELDS:
            if (part.code, name) not in field_columns:
                problems.append(_problem(sheet.cell(CODE_COLUMN, sheet.codes_row), "missing_column", part=part.code,
                                         name=indicator.name, field=FIELD_LABELS[name]))
    if problems:
        return preview

    existing = {(s.town, s.part): s for s in year.scores}
    seen_towns: dict[str, int] = {}
    total = len(sheet.rows)
    for position, row in enumerate(sheet.rows, start=1):
        town_cell = sheet.cell(TOWN_COLUMN, row.number)
        code = row.town_code if isinstance(row.town_code, str) and row.town_code else None
        name = _text(row.town_name)
        if code is None:
            # A row typed in by hand has no hidden code: go by the name.
            code = town_by_name.get(name or "")
            if code is None:
                problems.append(_problem(town_cell, "unknown_town", name=name or "", year=year.year,
                                         department=preview.department_name))
                continue
        elif code not in town_names:
            problems.append(_problem(town_cell, "unknown_town", name=name or code, year=year.year,
                                     department=preview.department_name))
            continue
        elif name != town_names[code]:
            problems.append(_problem(town_cell, "town_mismatch", name=name or "", expected=town_names[code]))
            continue
        if code in seen_towns:
            problems.append(_problem(town_cell, "duplicate_town", name=town_names[code], first=seen_towns[code]))
            continue
        seen_towns[code] = row.number
        for indicator, part in columns:
            _check_cell(sheet, row, code, town_names[code], indicator, part, field_columns, existing, preview,
                        year.rules)
        if report and position % 200 == 0:
            report(position, total)
    if sheet.rows:
        first_row, last_row = sheet.rows[0].number, sheet.rows[-1].number
    else:
        first_row = last_row = sheet.codes_row + 1
    for town in expected_towns:
        if town.code not in seen_towns:
            problems.append(_problem(range_address(sheet.sheet, TOWN_COLUMN, first_row, TOWN_COLUMN, last_row),
                                     "missing_town", name=town.name))
    if not problems and not preview.changes:
        last_column = max(column for column in field_columns.values())
        problems.append(_problem(range_address(sheet.sheet, TOWN_COLUMN + 1, first_row, last_column, last_row),
                                 "nothing_filled"))
    return preview


def _check_cell(sheet: ReturnedSheet, row: SheetRow, town: str, town_name: str, indicator, part, field_columns,
                existing, preview: SheetPreview, rules: Rules) -> None:
    problems = preview.problems
    columns = {name: field_columns[(part.code, name)] for name in FIELDS}
    raw = {name: _value(row.values, column) for name, column in columns.items()}
    cell = {name: sheet.cell(column, row.number) for name, column in columns.items()}
    context = {"indicator": indicator.part_name(part), "town": town_name}
    points = points_text(part.points)

    if not indicator.applies(town):
        for name in FIELDS:
            text = _text(raw[name])
            if text and not (name == SCORE and text == NOT_APPLICABLE):
                problems.append(_problem(cell[name], "not_applicable", value=text, **context))
        return

    before = len(problems)
    score = None
    if raw[SCORE] is not None and _text(raw[SCORE]) is not None:
        value = raw[SCORE]
        if isinstance(value, str) and value.strip().startswith("="):
            problems.append(_problem(cell[SCORE], "formula", value=value.strip(), **context))
        else:
            try:
                score = cell_number(value)
            except ValueError:
                problems.append(_problem(cell[SCORE], "not_a_number", value=_shown(value), points=points, **context))
            else:
                if decimal_places(score) > 2:
                    problems.append(_problem(cell[SCORE], "decimals", value=to_text(score), **context))
                elif score < 0:
                    problems.append(_problem(cell[SCORE], "negative", value=to_text(score), points=points, **context))
                elif score > part.points:
                    problems.append(_problem(cell[SCORE], "above", value=to_text(score), points=points, **context))

    reasons = _lines(raw[REASON])
    deduction_texts = _lines(raw[DEDUCTION])
    deductions: list[Deduction] = []
    numbers: list[Decimal] = []
    for text in deduction_texts:
        source = raw[DEDUCTION] if len(deduction_texts) == 1 else text
        if isinstance(source, str) and source.strip().startswith("="):
            problems.append(_problem(cell[DEDUCTION], "formula", value=source.strip(), **context))
            continue
        try:
            number = cell_number(source)
        except ValueError:
            problems.append(_problem(cell[DEDUCTION], "deduction_not_a_number", value=text, **context))
            continue
        if decimal_places(number) > 2:
            problems.append(_problem(cell[DEDUCTION], "deduction_decimals", value=to_text(number), **context))
        elif number < 0:
            problems.append(_problem(cell[DEDUCTION], "deduction_negative", value=to_text(number), **context))
        else:
            numbers.append(number)
    if len(problems) == before:
        if numbers and not reasons:
            problems.append(_problem(cell[REASON], "deduction_without_reason",
                                     value="、".join(to_text(n) for n in numbers), **context))
        elif reasons and not numbers:
            problems.append(_problem(cell[DEDUCTION], "reason_without_deduction", **context))
        elif len(reasons) != len(numbers):
            problems.append(_problem(cell[DEDUCTION], "deduction_count", reasons=len(reasons), points=len(numbers),
                                     **context))
        else:
            deductions = [Deduction(reason, number) for reason, number in zip(reasons, numbers)]
    note = _text(raw[NOTE])
    if len(problems) > before:
        return
    if deductions:
        deducted = sum((d.points for d in deductions), ZERO)
        expected = max(ZERO, part.points - deducted)
        if score is None:
            score = expected
        elif score != expected:
            problems.append(_problem(cell[SCORE], "inconsistent", score=to_text(score), points=points,
                                     deducted=to_text(deducted), expected=to_text(expected), **context))
            return
    if score is None:
        if note:
            problems.append(_problem(cell[SCORE], "note_without_score", **context))
        else:
            preview.blank += 1
        return
    after = Score(town, part.code, score, tuple(deductions), note)
    if reason_missing(rules, after, part.points):
        problems.append(_problem(cell[REASON], "loss_without_reason", score=to_text(score), points=points, **context))
        return
    previous = existing.get((town, part.code))
    kind = NEW if previous is None else (UNCHANGED if previous == after else CHANGED)
    preview.changes.append(SheetChange(cell[SCORE], town, town_name, part.code, indicator.part_name(part), kind,
                                       previous, after))
