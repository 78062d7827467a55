"""The rectification ledger as a workbook (整改台账), in the columns of a rectification plan's
lists (问题, 整改措施, 责任领导, 牵头单位, 责任单位, 整改时限, 完成情况), to be filled in a
spreadsheet and read back.

Reading is all or nothing, like a department's returned sheet: every fault is named by its cell,
and nothing is taken from a sheet with any fault. A row keeps its entry's number (hidden column A)
and the digest of the entry as exported (hidden column B): a row whose entry was changed in the
program since the export is refused instead of overwriting that change. Rows typed in below the
last one are new problems; a row deleted from the sheet removes nothing.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from ..atomicfile import replace_atomically
from ..domain.ledger import (
    EDITABLE_FIELDS, FIELD_LABELS, OPEN, SOURCE_LABELS, SOURCE_MANUAL, STATUS_LABELS, LedgerEntry, entry_fingerprint,
    entry_problems, iso_date, with_changes,
)
from ..domain.messages import QT_TRANSLATE_NOOP, Problem
from ..domain.model import AssessmentYear
from openpyxl.utils.datetime import from_excel

from .layout import address
from .problems import SheetError, sheet_problem
from .returned import MAX_ROWS, _sniff

FORMAT_ID = "rectification-ledger/1"
CODES_MARK = "#codes"
ID_COLUMN, DIGEST_COLUMN, NUMBER_COLUMN = 1, 2, 3
TITLE_ROW, NOTE_ROW, CODES_ROW, HEADER_ROW = 1, 2, 3, 4
FIRST_ROW = HEADER_ROW + 1
# Visible columns from D on: the entry's fields, then the letter that sent it (shown, not read).
COLUMNS = EDITABLE_FIELDS + ("letter",)
WIDTHS = {"town": 10, "source": 10, "description": 36, "requirement": 24, "measures": 30, "leader": 10,
          "lead_unit": 14, "responsible_unit": 14, "deadline": 12, "status": 9, "completed_on": 12, "evidence": 24,
          "reviewer": 9, "review_note": 20, "letter": 22}
BLANK_ROWS = 10  # formatted rows under the entries for new problems

M = {
    "title": QT_TRANSLATE_NOOP("Excel", "{year}年度考核反馈问题整改台账"),
    "note": QT_TRANSLATE_NOOP("Excel", "填写说明：1. 每行一个问题，可修改各栏内容；“完成情况”填 待整改、整改中、待核验 或 已销号，"
                                       "销号须填完成日期、佐证材料和核验人。2. 日期填 2024-06-30 或 2024年6月30日。"
                                       "3. 新问题在表格下方空行中填写（至少填镇街和问题）；删除行不会删除台账中的问题。"
                                       "4. 请勿改动表头和隐藏的 A、B 列，填好后在“整改台账”页导入。"),
    "number": QT_TRANSLATE_NOOP("Excel", "编号"),
    "letter": QT_TRANSLATE_NOOP("Excel", "反馈函（文号、日期）"),
    "not_ledger": QT_TRANSLATE_NOOP("Excel", "这不是本程序导出的整改台账（缺少识别信息）。请先在“整改台账”页导出台账，在其中填写。"),
    "two_ledgers": QT_TRANSLATE_NOOP("Excel", "工作簿中有 {count} 张整改台账（{sheets}），一次只能导入一张。"),
    "bad_year": QT_TRANSLATE_NOOP("Excel", "整改台账的识别信息已损坏（年度），请重新导出台账。"),
    "other_year": QT_TRANSLATE_NOOP("Excel", "这是 {found} 年度的整改台账，当前打开的是 {year} 年度。"),
    "no_codes": QT_TRANSLATE_NOOP("Excel", "找不到整改台账的列标识行，表头可能被改动。请重新导出台账。"),
    "missing_column": QT_TRANSLATE_NOOP("Excel", "缺少“{field}”列，表头可能被改动。请重新导出台账。"),
    "too_many_rows": QT_TRANSLATE_NOOP("Excel", "工作表超过 {limit} 行，可能在表格下方粘贴了大量内容。请删除多余的行后再导入。"),
    "bad_number": QT_TRANSLATE_NOOP("Excel", "隐藏的问题编号“{value}”已损坏，请重新导出台账。"),
    "unknown_entry": QT_TRANSLATE_NOOP("Excel", "第 {id} 号问题不在 {year} 年度的台账中（可能已被删除），请重新导出台账。"),
    "duplicate_entry": QT_TRANSLATE_NOOP("Excel", "第 {id} 号问题的行重复（第一次在第 {first} 行）。"),
    "changed_since": QT_TRANSLATE_NOOP("Excel", "第 {id} 号问题在导出台账之后已在程序中被修改，为免覆盖，本行未读取。请重新导出台账后再改。"),
    "unknown_town": QT_TRANSLATE_NOOP("Excel", "镇街“{name}”不是 {year} 年度的镇街。"),
    "town_moved": QT_TRANSLATE_NOOP("Excel", "第 {id} 号问题属于{expected}，不能改为“{name}”；其他镇街的问题请另起一行填写。"),
    "unknown_source": QT_TRANSLATE_NOOP("Excel", "问题来源“{value}”不是可选的来源（{choices}）。"),
    "unknown_status": QT_TRANSLATE_NOOP("Excel", "完成情况“{value}”不是可选的状态（{choices}）。"),
    "formula": QT_TRANSLATE_NOOP("Excel", "这里是公式“{value}”，请直接填写内容。"),
    "not_a_date": QT_TRANSLATE_NOOP("Excel", "“{value}”不是日期，请填 2024-06-30 或 2024年6月30日。"),
    "nothing": QT_TRANSLATE_NOOP("Excel", "台账中没有任何修改或新问题。"),
    "number_moved": QT_TRANSLATE_NOOP("Excel", "本行显示的编号“{shown}”与隐藏的问题编号 {id} 不符：表格可能只排序或移动了可见的列。"
                                               "请重新导出台账，排序时连同隐藏列一起排序。"),
    "repeated": QT_TRANSLATE_NOOP("Excel", "这一新问题与{where}的问题相同（同一镇街、同一问题），可能已经导入过。"
                                           "如确是另一个问题，请改写问题描述。"),
}


def _problem(cell: str, key: str, **params) -> Problem:
    return sheet_problem(cell, M[key], **params)


# --- writing -------------------------------------------------------------------------------------

def write_ledger_workbook(year: AssessmentYear, entries, path, *,
                          translate: Callable[[str, str], str] = lambda context, text: text) -> Path:
    """The ledger of ``year`` (entries in the order given) as an xlsx file, written atomically."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    from .styles import CellMaker, register_styles

    tr = lambda text: translate("Excel", text)  # noqa: E731
    label = lambda text: translate("Ledger", text)  # noqa: E731 - the ledger's own words, read back the same way
    towns = {town.code: town.name for town in year.towns}
    workbook = Workbook(write_only=True)
    styles = register_styles(workbook)
    sheet = workbook.create_sheet(tr(QT_TRANSLATE_NOOP("Excel", "整改台账")))
    first_visible = NUMBER_COLUMN + 1
    last_column = first_visible + len(COLUMNS) - 1
    sheet.column_dimensions["A"].hidden = True
    sheet.column_dimensions["B"].hidden = True
    sheet.column_dimensions[get_column_letter(NUMBER_COLUMN)].width = 6
    for offset, name in enumerate(COLUMNS):
        sheet.column_dimensions[get_column_letter(first_visible + offset)].width = WIDTHS[name]
    sheet.row_dimensions[TITLE_ROW].height = 30
    sheet.row_dimensions[NOTE_ROW].height = 42
    sheet.row_dimensions[CODES_ROW].hidden = True
    sheet.freeze_panes = f"{get_column_letter(first_visible + 1)}{FIRST_ROW}"
    sheet.merged_cells.add(f"C{TITLE_ROW}:{get_column_letter(last_column)}{TITLE_ROW}")
    sheet.merged_cells.add(f"C{NOTE_ROW}:{get_column_letter(last_column)}{NOTE_ROW}")
    cell = CellMaker(sheet, styles)
    sheet.append([FORMAT_ID, None, cell(tr(M["title"]).format(year=year.year), "title")])
    sheet.append([year.year, None, cell(tr(M["note"]), "note")])
    sheet.append([CODES_MARK, None, None, *COLUMNS])
    sheet.append([None, None, cell(tr(M["number"]), "header"),
                  *(cell(label(FIELD_LABELS[name]) if name != "letter" else tr(M["letter"]), "header") for name in COLUMNS)])
    for entry in entries:
        letter = "　".join(text for text in (entry.letter_number, entry.letter_date) if text)
        values = {**{name: getattr(entry, name) for name in EDITABLE_FIELDS}, "letter": letter}
        values["town"] = towns.get(entry.town, entry.town)
        values["source"] = label(SOURCE_LABELS.get(entry.source, entry.source))
        values["status"] = label(STATUS_LABELS.get(entry.status, entry.status))
        row = [entry.id, entry_fingerprint(entry), cell(entry.id, "integer")]
        for name in COLUMNS:
            value = values[name]
            style = "text" if name in ("description", "requirement", "measures", "evidence", "review_note") else "text_center"
            row.append(cell("" if value is None else value, style))
        sheet.append(row)
    for _ in range(BLANK_ROWS):
        sheet.append([None, None, cell("", "text_center"), *(cell("", "input_text") for _ in COLUMNS)])
    return replace_atomically(Path(path), workbook.save)


# --- reading -------------------------------------------------------------------------------------

@dataclass
class LedgerChange:
    """One row that changes the ledger: ``entry_id`` None for a new problem."""

    entry_id: Optional[int]
    before: Optional[LedgerEntry]
    after: LedgerEntry
    fields: dict  # the fields to write (every field of a new entry)


@dataclass
class LedgerImport:
    source: str
    changes: list[LedgerChange] = field(default_factory=list)
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        return {"new": sum(1 for c in self.changes if c.entry_id is None),
                "changed": sum(1 for c in self.changes if c.entry_id is not None), "unchanged": self.unchanged}


class Formula(str):
    """A cell's formula (its text, or the array formula's reference), as read."""

    def __new__(cls, value):
        return super().__new__(cls, value if isinstance(value, str) else getattr(value, "text", None) or "=…")


def _text(value) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _rows(path: Path, source: str) -> tuple[str, list[tuple]]:
    from openpyxl import load_workbook

    _sniff(path, source)
    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except OSError as error:
        raise SheetError(source, [sheet_problem("", QT_TRANSLATE_NOOP("Excel", "无法读取文件：{reason}"),
                                                reason=error.strerror or str(error))]) from None
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a damaged package
        raise SheetError(source, [sheet_problem("", QT_TRANSLATE_NOOP(
            "Excel", "Excel 工作簿已损坏或格式不受支持（{reason}），无法读取。请让部门重新保存后交回。"),
            reason=type(error).__name__)]) from None
    try:
        ledgers = []
        for worksheet in workbook.worksheets:
            worksheet.reset_dimensions()
            first = next(worksheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
            if first and first[0] == FORMAT_ID:
                ledgers.append(worksheet)
        if not ledgers:
            title = workbook.worksheets[0].title if workbook.worksheets else "Sheet1"
            raise SheetError(source, [_problem(address(title, 1, 1), "not_ledger")])
        if len(ledgers) > 1:
            raise SheetError(source, [_problem(address(ledgers[1].title, 1, 1), "two_ledgers", count=len(ledgers),
                                               sheets="、".join(sheet.title for sheet in ledgers))])
        sheet = ledgers[0]
        rows = []
        for number, row in enumerate(sheet.iter_rows(), start=1):
            # A formula is told by its cell's type, not by its text: "=…" written as text is text.
            values = tuple(Formula(cell.value) if getattr(cell, "data_type", None) == "f" else cell.value for cell in row)
            if number > MAX_ROWS:
                if any(value is not None for value in values):
                    raise SheetError(source, [_problem(address(sheet.title, 1, number), "too_many_rows", limit=MAX_ROWS)])
                continue
            rows.append(values)
        return sheet.title, rows
    except SheetError:
        raise
    except Exception as error:  # noqa: BLE001 - a damaged sheet part surfaces only while iterating
        raise SheetError(source, [sheet_problem("", QT_TRANSLATE_NOOP(
            "Excel", "Excel 工作簿已损坏或格式不受支持（{reason}），无法读取。请让部门重新保存后交回。"),
            reason=type(error).__name__)]) from None
    finally:
        workbook.close()


def tr_number(entry_id: int) -> str:
    return f"第 {entry_id} 号"


def _value(row: tuple, column: int):
    return row[column - 1] if column <= len(row) else None


def read_ledger_workbook(path, year: AssessmentYear, stored, *,
                         translate: Callable[[str, str], str] = lambda context, text: text) -> LedgerImport:
    """What importing the ledger workbook ``path`` into ``year``'s ledger (``stored`` entries)
    would change, with every fault by its cell. Raises ``SheetError`` for a file that is not a
    ledger of this year at all."""
    path = Path(path)
    source = str(path)
    title, rows = _rows(path, source)
    cell = lambda column, row: address(title, column, row)  # noqa: E731
    found_year = _value(rows[1], ID_COLUMN) if len(rows) > 1 else None
    if isinstance(found_year, float) and found_year.is_integer():
        found_year = int(found_year)
    if not isinstance(found_year, int) or isinstance(found_year, bool):
        raise SheetError(source, [_problem(cell(ID_COLUMN, NOTE_ROW), "bad_year")])
    if found_year != year.year:
        raise SheetError(source, [_problem(cell(NUMBER_COLUMN, TITLE_ROW), "other_year", found=found_year, year=year.year)])
    codes_row = next((n for n, row in enumerate(rows, start=1) if _value(row, ID_COLUMN) == CODES_MARK), None)
    if codes_row is None:
        raise SheetError(source, [_problem(cell(ID_COLUMN, CODES_ROW), "no_codes")])
    columns = {code: column for column, code in enumerate(rows[codes_row - 1], start=1)
               if isinstance(code, str) and code in COLUMNS}
    missing = [name for name in EDITABLE_FIELDS if name not in columns]
    if missing:
        raise SheetError(source, [_problem(cell(ID_COLUMN, codes_row), "missing_column", field=FIELD_LABELS[name])
                                  for name in missing])

    tr = lambda text: translate("Ledger", text)  # noqa: E731
    towns = {town.name: town.code for town in year.towns}
    town_names = {town.code: town.name for town in year.towns}
    by_id = {entry.id: entry for entry in stored}
    result = LedgerImport(source)
    problems = result.problems
    seen: dict[int, int] = {}
    # A problem already in the ledger, or on a row above: a sheet imported twice, or a row whose
    # hidden number was cleared, would make it again.
    known = {(entry.town, entry.description): tr_number(entry.id) for entry in stored}
    for number in range(codes_row + 2, len(rows) + 1):
        row = rows[number - 1]
        visible = {name: _value(row, column) for name, column in columns.items()}
        if all(_text(visible[name]) is None for name in EDITABLE_FIELDS):
            continue
        before = len(problems)
        where = lambda name, number=number: cell(columns[name], number)  # noqa: E731
        raw_id, digest = _value(row, ID_COLUMN), _value(row, DIGEST_COLUMN)
        current = None
        if raw_id is not None:
            if isinstance(raw_id, float) and raw_id.is_integer():
                raw_id = int(raw_id)
            if not isinstance(raw_id, int) or isinstance(raw_id, bool):
                problems.append(_problem(cell(ID_COLUMN, number), "bad_number", value=raw_id))
                continue
            current = by_id.get(raw_id)
            if current is None:
                problems.append(_problem(cell(NUMBER_COLUMN, number), "unknown_entry", id=raw_id, year=year.year))
                continue
            if raw_id in seen:
                problems.append(_problem(cell(NUMBER_COLUMN, number), "duplicate_entry", id=raw_id, first=seen[raw_id]))
                continue
            seen[raw_id] = number
        if current is not None and _value(row, NUMBER_COLUMN) != current.id and \
                _text(_value(row, NUMBER_COLUMN)) != str(current.id):
            problems.append(_problem(cell(NUMBER_COLUMN, number), "number_moved", shown=_text(_value(row, NUMBER_COLUMN)) or "",
                                     id=current.id))
            continue
        values = {}
        for name in EDITABLE_FIELDS:
            value = visible[name]
            if isinstance(value, Formula):
                problems.append(_problem(where(name), "formula", value=str(value).strip()))
                continue
            if name in ("deadline", "completed_on"):
                if isinstance(value, (int, float)) and not isinstance(value, bool) and 1 <= value < 2958466:
                    value = from_excel(value)  # a date typed where Excel kept the number
                if isinstance(value, _dt.datetime):
                    value = value.date()
                try:
                    values[name] = iso_date(value if isinstance(value, _dt.date) else _text(value))
                except ValueError:
                    problems.append(_problem(where(name), "not_a_date", value=_text(value)))
                continue
            values[name] = _text(value) or ""
        if len(problems) > before:
            continue
        town = towns.get(values["town"])
        if town is None:
            problems.append(_problem(where("town"), "unknown_town", name=values["town"], year=year.year))
            continue
        if current is not None and town != current.town:
            problems.append(_problem(where("town"), "town_moved", id=current.id, name=values["town"],
                                     expected=town_names.get(current.town, current.town)))
            continue
        values["town"] = town
        unknown = None
        for name, labels, blank_default, key in (("source", SOURCE_LABELS, SOURCE_MANUAL, "unknown_source"),
                                                 ("status", STATUS_LABELS, OPEN, "unknown_status")):
            # as written in this language, in Chinese (a workbook from an office in the other language), or the code
            chosen = ({label: code for code, label in labels.items()} | {tr(label): code for code, label in labels.items()}
                      | {code: code for code in labels})
            text = values[name]
            if not text and current is None:
                values[name] = blank_default  # a new row may leave them blank
            elif text in chosen:
                values[name] = chosen[text]
            else:
                unknown = _problem(where(name), key, value=text, choices="、".join(tr(label) for label in labels.values()))
                break
        if unknown is not None:
            problems.append(unknown)
            continue
        base = current if current is not None else LedgerEntry(town=town, source=SOURCE_MANUAL, description="")
        after = with_changes(base, **values)
        changed = {name: getattr(after, name) for name in EDITABLE_FIELDS if getattr(after, name) != getattr(base, name)}
        if current is not None and not changed:
            result.unchanged += 1
            continue
        if current is not None and digest != entry_fingerprint(current):
            problems.append(_problem(cell(NUMBER_COLUMN, number), "changed_since", id=current.id))
            continue
        row_problems = entry_problems(after, town_names, where=lambda name: where(name) if name in columns else cell(NUMBER_COLUMN, number))
        if row_problems:
            problems += row_problems
            continue
        if current is None:
            same = (after.town, after.description)
            if same in known:
                problems.append(_problem(cell(NUMBER_COLUMN, number), "repeated", where=known[same]))
                continue
            known[same] = cell(NUMBER_COLUMN, number)
        result.changes.append(LedgerChange(None if current is None else current.id, current, after,
                                           changed if current is not None else
                                           {name: getattr(after, name) for name in EDITABLE_FIELDS}))
    if not problems and not result.changes:
        problems.append(_problem(cell(NUMBER_COLUMN, HEADER_ROW), "nothing"))
    return result
