"""Blank score templates: one workbook per department, filled in and brought back.

The sheet is protected (headers, town names and not-applicable cells locked;
score, deduction and note cells open), score cells carry a data validation of
0…points, and the hidden column A holds what ``returned.py`` needs to match the
file back to the year, the department and the scheme.
"""
from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Iterable, Optional

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.protection import SheetProtection
from openpyxl.worksheet.worksheet import Worksheet

from ..atomicfile import replace_atomically
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.model import AssessmentYear, Indicator, Part, Score, Town
from ..domain.numbers import points_text
from .fingerprint import scheme_fingerprint, sheet_signature
from .layout import (
    CODE_COLUMN, CODES_MARK, CODES_ROW, DEDUCTION, END_MARK, FIELD_LABELS, FIELD_ROW, FIELDS, FIRST_PART_COLUMN,
    FIRST_TOWN_ROW, FORMAT_ID, METHOD_ROW, NOT_APPLICABLE, NOTE, NOTE_ROW, NUMBER_COLUMN, PART_ROW, POINTS_ROW, REASON,
    SCORE, SHEET_TITLE, TITLE_ROW, TOWN_COLUMN, field_code,
)
from .styles import CellMaker, register_styles

CONTEXT = "Excel"
FIELD_WIDTHS = {SCORE: 8, REASON: 18, DEDUCTION: 7, NOTE: 13}
NUMBER_WIDTH, TOWN_WIDTH = 6, 14
# Up to three parts are fitted to the page width. Wider sheets print two whole
# parts per page at 90 %: the width of a unit depends on the printing machine's
# fonts (LibreOffice without Calibri prints wider than Excel), and two parts
# (112 units) still fit where three would spill over.
FIT_PARTS, PARTS_PER_PAGE, WIDE_SCALE = 3, 2, 90
# Sheets of one part are widened (reason and note columns) to fill the page.
MIN_SHEET_WIDTH = 112
TOWN_ROW_HEIGHT = 20
# A sheet of up to this many towns is shrunk onto one page.
ONE_PAGE_TOWNS = 30

INSTRUCTIONS = QT_TRANSLATE_NOOP(
    "Excel",
    "填写说明：1. 每个镇街在各指标下填“得分”，范围 0 至该项分值，最多两位小数。"
    "2. 有扣分的，填“扣分事由”和“扣分”；得分 = 分值 − 扣分（不低于 0），此时得分可留空，填了须与之相符；"
    "多项扣分可在同一格内换行（Alt+Enter）逐项填写，事由与分值一一对应。"
    "3. 灰色“不适用”格不填。4. 请勿增删行列、改动表头或另存为其他格式；填好后将本文件交回考核办导入。")
REASONS_REQUIRED = QT_TRANSLATE_NOOP(
    "Excel", "5. 本年度要求说明每一处失分的原因：得分低于分值的，须填写扣分事由和扣分，或在备注中说明，否则不能导入。")
SIGN_LINE = QT_TRANSLATE_NOOP("Excel", "填表人：　　　　　　　联系电话：　　　　　　　部门负责人：　　　　　　　（部门盖章）　　　　年　　月　　日")
SIGN_FOOTER = QT_TRANSLATE_NOOP("Excel", "填表人：　　　　　　部门负责人：　　　　　　（部门盖章）")
TITLE = QT_TRANSLATE_NOOP("Excel", "{title}\n{department}打分表")
TITLE_WITH_YEAR = QT_TRANSLATE_NOOP("Excel", "{year}年度 {title}\n{department}打分表")
POINTS = QT_TRANSLATE_NOOP("Excel", "分值 {points} 分")
METHOD = QT_TRANSLATE_NOOP("Excel", "考核方式：{method}")
NUMBER_HEADER = QT_TRANSLATE_NOOP("Excel", "序号")
TOWN_HEADER = QT_TRANSLATE_NOOP("Excel", "镇街")
PAGE_FOOTER = QT_TRANSLATE_NOOP("Excel", "第 &P 页，共 &N 页")
SCORE_PROMPT = QT_TRANSLATE_NOOP("Excel", "0～{points}，最多两位小数")
SCORE_ERROR = QT_TRANSLATE_NOOP("Excel", "得分须在 0 到 {points} 之间（最多两位小数）。")
FILE_NAME = QT_TRANSLATE_NOOP("Excel", "{year}年度打分表_{department}.xlsx")


def _identity(context: str, text: str) -> str:
    return text


def department_columns(year: AssessmentYear, department: str) -> list[tuple[Indicator, Part]]:
    """The (indicator, part) pairs a department scores, in scheme order; veto indicators have no score."""
    return [(i, p) for i, p in year.parts() if p.department == department and not i.veto]


def department_towns(year: AssessmentYear, columns) -> list[Town]:
    """Towns with at least one of the columns applying to them, in town order."""
    return [town for town in year.towns if any(indicator.applies(town.code) for indicator, _ in columns)]


def template_file_name(year: AssessmentYear, department: str, translate=_identity) -> str:
    name = next((d.name for d in year.departments if d.code == department), department)
    text = translate(CONTEXT, FILE_NAME).format(year=year.year, department=name)
    return re.sub(r'[\\/:*?"<>|]', "_", text)


def _field_widths(parts: int) -> dict[str, float]:
    widths = dict(FIELD_WIDTHS)
    width = NUMBER_WIDTH + TOWN_WIDTH + parts * sum(widths.values())
    if parts and width < MIN_SHEET_WIDTH:
        extra = (MIN_SHEET_WIDTH - width) / parts
        widths[REASON] += round(extra * 0.6)
        widths[NOTE] += round(extra * 0.4)
    return widths


def wrapped_height(text: str, width: float, font_points: float) -> float:
    """Row height (points) for ``text`` wrapped in ``width`` column units.

    A CJK character takes about two width units at 11 pt; Excel does not grow
    merged rows by itself, so the height is set from this estimate.
    """
    per_line = max(1, int(width / (2.0 * font_points / 11)))
    lines = sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n"))
    return round(lines * font_points * 1.45 + 8)


def _row_ranges(column: int, rows: list[int]) -> str:
    """``D8:D12 D15`` for the rows of one column (runs merged, as Excel writes them)."""
    letter = get_column_letter(column)
    parts, start, previous = [], None, None
    for row in rows + [None]:
        if start is not None and row is not None and row == previous + 1:
            previous = row
            continue
        if start is not None:
            parts.append(f"{letter}{start}" if start == previous else f"{letter}{start}:{letter}{previous}")
        start = previous = row
    return " ".join(parts)


def _deduction_texts(score: Score) -> tuple[Optional[str], object]:
    if not score.deductions:
        return None, None
    reasons = "\n".join(d.reason for d in score.deductions)
    if len(score.deductions) == 1:
        return reasons, score.deductions[0].points
    return reasons, "\n".join(format(d.points, "f") for d in score.deductions)


def write_department_template(year: AssessmentYear, department: str, path, *, include_scores: bool = False,
                              translate=_identity, signing_key: Optional[bytes] = None) -> Path:
    """Write the template of ``department`` to ``path``; with ``include_scores`` the
    stored scores are filled in (for review or correction). With ``signing_key`` (the
    database's, ``services.sheets``) the hidden identification is signed, and a database
    accepts the sheet back only with its own signature."""
    tr = lambda text: translate(CONTEXT, text)  # noqa: E731
    path = Path(path)
    columns = department_columns(year, department)
    towns = department_towns(year, columns)
    department_name = next((d.name for d in year.departments if d.code == department), department)
    scores = {(s.town, s.part): s for s in year.scores} if include_scores else {}

    workbook = Workbook(write_only=True)
    style = register_styles(workbook)
    sheet = workbook.create_sheet(SHEET_TITLE)
    last_column = FIRST_PART_COLUMN + len(FIELDS) * len(columns) - 1
    last_town_row = FIRST_TOWN_ROW + len(towns) - 1
    end_row = last_town_row + 1
    last_letter = get_column_letter(last_column)
    sign_row = end_row + 1
    widths = _field_widths(len(columns))
    # Title, instructions and signature span the first printed page, where they are read.
    span_parts = (len(columns) if len(columns) <= FIT_PARTS else PARTS_PER_PAGE) or 1
    span_last = FIRST_PART_COLUMN + len(FIELDS) * span_parts - 1
    span_width = NUMBER_WIDTH + TOWN_WIDTH + span_parts * sum(widths.values())
    title_template = TITLE if str(year.year) in year.title else TITLE_WITH_YEAR
    title = tr(title_template).format(year=year.year, title=year.title, department=department_name)
    instructions = tr(INSTRUCTIONS) + (tr(REASONS_REQUIRED) if year.rules.require_loss_reasons else "")

    # Columns and rows are shaped before any cell is written (write-only mode).
    sheet.column_dimensions["A"].hidden = True
    sheet.column_dimensions["A"].width = 12
    sheet.column_dimensions[get_column_letter(NUMBER_COLUMN)].width = NUMBER_WIDTH
    sheet.column_dimensions[get_column_letter(TOWN_COLUMN)].width = TOWN_WIDTH
    for index in range(len(columns)):
        for offset, field in enumerate(FIELDS):
            letter = get_column_letter(FIRST_PART_COLUMN + index * len(FIELDS) + offset)
            sheet.column_dimensions[letter].width = widths[field]
    for row, height in ((TITLE_ROW, wrapped_height(title, span_width, 15)),
                        (NOTE_ROW, wrapped_height(instructions, span_width, 9)), (PART_ROW, 32), (POINTS_ROW, 18),
                        (METHOD_ROW, 18), (FIELD_ROW, 18), (sign_row, 36)):
        sheet.row_dimensions[row].height = height
    sheet.row_dimensions[CODES_ROW].hidden = True
    sheet.row_dimensions[end_row].height = 6
    sheet.sheet_format.defaultRowHeight = TOWN_ROW_HEIGHT
    sheet.sheet_format.customHeight = True

    # Sheet settings go first too: write-only mode writes the sheet head at the first row.
    sheet.freeze_panes = f"{get_column_letter(FIRST_PART_COLUMN)}{FIRST_TOWN_ROW}"
    # Structure locked (no inserting/deleting rows or columns, no sorting); widths may change.
    sheet.protection = SheetProtection(sheet=True, formatColumns=False, formatRows=False)
    workbook.security = WorkbookProtection(lockStructure=True)

    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.print_title_rows = f"{PART_ROW}:{FIELD_ROW}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.page_margins.header = sheet.page_margins.footer = 0.3
    sheet.oddFooter.center.text = tr(PAGE_FOOTER)
    if len(columns) <= FIT_PARTS:
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 1 if len(towns) <= ONE_PAGE_TOWNS else 0
        sheet.print_area = f"B{TITLE_ROW}:{last_letter}{sign_row}"
        sheet.oddFooter.left.text = department_name
    else:
        # Wide sheets print two whole parts per page with the town names repeated.
        # Cells of the title and signature rows would be cut by the repeated
        # columns, so on paper those go to the page header and footer instead.
        sheet.page_setup.scale = WIDE_SCALE
        sheet.print_title_cols = f"{get_column_letter(NUMBER_COLUMN)}:{get_column_letter(TOWN_COLUMN)}"
        for index in range(PARTS_PER_PAGE, len(columns), PARTS_PER_PAGE):
            sheet.col_breaks.append(Break(id=FIRST_PART_COLUMN + index * len(FIELDS) - 1))
        sheet.print_area = f"B{PART_ROW}:{last_letter}{last_town_row}"
        sheet.oddHeader.center.text = title.replace("\n", "　")
        sheet.oddHeader.center.font = "宋体,Bold"
        sheet.oddHeader.center.size = 12
        sheet.oddFooter.left.text = tr(SIGN_FOOTER)
        sheet.oddFooter.right.text = department_name
    for item in (sheet.oddFooter.left, sheet.oddFooter.center, sheet.oddFooter.right):
        item.size = 9

    cell = CellMaker(sheet, style)

    def filler(name: str, count: int) -> list:
        return [cell(None, name) for _ in range(count)]

    span = span_last - CODE_COLUMN  # visible columns B..end of the first page
    sheet.append([cell(FORMAT_ID, "code"), cell(title, "sheet_title"), *filler("title", span - 1)])
    sheet.append([cell(year.year, "code"), cell(instructions, "note"), *filler("note", span - 1)])

    part_row = [cell(department, "code"), cell(tr(NUMBER_HEADER), "header"), cell(tr(TOWN_HEADER), "header")]
    codes = [field_code(part.code, field) for _, part in columns for field in FIELDS]
    fingerprint = scheme_fingerprint(year)
    signature = sheet_signature(signing_key, year.year, department, codes, fingerprint) if signing_key else None
    points_row = [cell(fingerprint, "code"), *filler("header", 2)]
    method_row = [cell(signature, "code"), *filler("header", 2)]
    field_row = [cell(None, "code"), *filler("header", 2)]
    codes_row = [cell(CODES_MARK, "code"), cell(None, "code"), cell(None, "code")]
    for indicator, part in columns:
        part_row += [cell(f"{indicator.part_name(part)}（{part.code}）", "header"), *filler("header", len(FIELDS) - 1)]
        points_row += [cell(tr(POINTS).format(points=points_text(part.points)), "header_plain"),
                       *filler("header_plain", len(FIELDS) - 1)]
        method_row += [cell(tr(METHOD).format(method=indicator.method or "—"), "header_plain"),
                       *filler("header_plain", len(FIELDS) - 1)]
        field_row += [cell(tr(FIELD_LABELS[field]), "header") for field in FIELDS]
        codes_row += [cell(field_code(part.code, field), "code") for field in FIELDS]
    for row in (part_row, points_row, method_row, field_row, codes_row):
        sheet.append(row)

    score_rows: dict[int, list[int]] = {index: [] for index in range(len(columns))}
    for number, town in enumerate(towns, start=1):
        row_number = FIRST_TOWN_ROW + number - 1
        row = [cell(town.code, "code"), cell(number, "text_center"), cell(town.name, "text")]
        for index, (indicator, part) in enumerate(columns):
            if not indicator.applies(town.code):
                row += [cell(NOT_APPLICABLE, "not_applicable"), *filler("not_applicable", len(FIELDS) - 1)]
                continue
            score_rows[index].append(row_number)
            stored = scores.get((town.code, part.code))
            reasons, deducted = _deduction_texts(stored) if stored else (None, None)
            row += [cell(stored.score if stored else None, "input"), cell(reasons, "input_text"),
                    cell(deducted, "input_text" if isinstance(deducted, str) else "input"),
                    cell(stored.note if stored else None, "input_text")]
        sheet.append(row)
    sheet.append([cell(END_MARK, "code")])
    sheet.append([None, cell(tr(SIGN_LINE), "sign"), *filler("sign", span - 1)])

    # Merged header blocks.
    span_letter = get_column_letter(span_last)
    for row in (TITLE_ROW, NOTE_ROW, sign_row):
        sheet.merged_cells.add(f"B{row}:{span_letter}{row}")
    sheet.merged_cells.add(f"B{PART_ROW}:B{FIELD_ROW}")
    sheet.merged_cells.add(f"C{PART_ROW}:C{FIELD_ROW}")
    for index in range(len(columns)):
        first = get_column_letter(FIRST_PART_COLUMN + index * len(FIELDS))
        last = get_column_letter(FIRST_PART_COLUMN + (index + 1) * len(FIELDS) - 1)
        for row in (PART_ROW, POINTS_ROW, METHOD_ROW):
            sheet.merged_cells.add(f"{first}{row}:{last}{row}")

    # Excel refuses out-of-range scores while typing; the import checks everything again.
    # Deduction cells take several items on separate lines, so they carry no validation.
    for index, (_, part) in enumerate(columns):
        score_column = FIRST_PART_COLUMN + index * len(FIELDS)
        points = points_text(part.points)
        if score_rows[index]:
            validation = DataValidation(type="decimal", operator="between", formula1="0", formula2=points,
                                        allow_blank=True, showErrorMessage=True, showInputMessage=True,
                                        errorTitle=tr(FIELD_LABELS[SCORE]), error=tr(SCORE_ERROR).format(points=points),
                                        promptTitle=tr(FIELD_LABELS[SCORE]), prompt=tr(SCORE_PROMPT).format(points=points))
            validation.sqref = _row_ranges(score_column, score_rows[index])
            sheet.data_validations.append(validation)

    return replace_atomically(path, workbook.save)


def export_all_templates(year: AssessmentYear, folder, *, include_scores: bool = False, translate=_identity,
                         departments: Optional[Iterable[str]] = None, signing_key: Optional[bytes] = None) -> list[Path]:
    """One template per department that has something to score, into ``folder``."""
    folder = Path(folder)
    written = []
    wanted = list(departments) if departments is not None else [d.code for d in year.departments]
    for code in wanted:
        if not department_columns(year, code):
            continue
        target = folder / template_file_name(year, code, translate)
        written.append(write_department_template(year, code, target, include_scores=include_scores,
                                                 translate=translate, signing_key=signing_key))
    return written
