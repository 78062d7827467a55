"""Blank department templates: structure, protection, validation, print set-up, fingerprint."""
import dataclasses
from decimal import Decimal

import openpyxl
import pytest

from desktop_app.domain.model import Department, Part
from desktop_app.excel.fingerprint import scheme_fingerprint
from desktop_app.excel.layout import FORMAT_ID, NOT_APPLICABLE
from desktop_app.excel.template import export_all_templates, template_file_name, write_department_template


def _open(path):
    book = openpyxl.load_workbook(path)
    return book, book.worksheets[0]


def test_fingerprint_follows_the_scheme_not_the_entries(example_year):
    base = scheme_fingerprint(example_year)
    assert base == scheme_fingerprint(dataclasses.replace(example_year, scores=(), bonuses=(), vetoes=()))
    assert base == scheme_fingerprint(dataclasses.replace(example_year, towns=tuple(reversed(example_year.towns))))
    indicator = example_year.indicators[5]  # I06, 5 points
    changed_points = dataclasses.replace(indicator, parts=(dataclasses.replace(indicator.parts[0], points=Decimal(6)),))
    same_points = dataclasses.replace(indicator, parts=(dataclasses.replace(indicator.parts[0], points=Decimal("5.00")),))

    def with_indicator(replacement):
        return dataclasses.replace(example_year, indicators=tuple(
            replacement if i.code == indicator.code else i for i in example_year.indicators))

    assert scheme_fingerprint(with_indicator(same_points)) == base
    assert scheme_fingerprint(with_indicator(changed_points)) != base
    assert scheme_fingerprint(with_indicator(dataclasses.replace(indicator, applies_to=("T01",)))) != base
    moved = dataclasses.replace(indicator, parts=(Part("I06", "jw", Decimal(5)),))
    assert scheme_fingerprint(with_indicator(moved)) != base
    assert len(base) == 64


def test_template_structure(tmp_path, example_year):
    path = write_department_template(example_year, "xczxj", tmp_path / "t.xlsx")
    book, sheet = _open(path)
    assert book.sheetnames == ["打分表"]
    assert [sheet["A1"].value, sheet["A2"].value, sheet["A3"].value, sheet["A4"].value] == \
        [FORMAT_ID, 2023, "xczxj", scheme_fingerprint(example_year)]
    assert sheet.column_dimensions["A"].hidden and sheet.row_dimensions[7].hidden
    assert "区乡村振兴局打分表" in sheet["B1"].value and "2023" in sheet["B1"].value
    assert sheet["D3"].value == "主体责任落实（I01）" and sheet["D4"].value == "分值 3 分"
    assert sheet["D5"].value == "考核方式：量化打分"
    assert [sheet.cell(6, c).value for c in range(4, 8)] == ["得分", "扣分事由", "扣分", "备注"]
    assert [sheet.cell(8 + n, 3).value for n in range(19)] == [t.name for t in example_year.towns]
    assert sheet.freeze_panes == "D8"


def test_protection_and_input_cells(tmp_path, example_year):
    path = write_department_template(example_year, "xczxj", tmp_path / "t.xlsx")
    book, sheet = _open(path)
    assert sheet.protection.sheet and sheet.protection.insertRows and sheet.protection.deleteRows
    assert not sheet.protection.formatColumns  # widening a column is allowed
    assert book.security.lockStructure
    assert all(sheet.cell(8, c).protection.locked is False for c in range(4, 8))
    assert sheet["C8"].protection.locked and sheet["D3"].protection.locked
    # I22 applies to some towns only: T01 (凤城街道) gets a locked, grey, marked cell.
    codes = {sheet.cell(7, c).value: c for c in range(4, sheet.max_column + 1)}
    na = sheet.cell(8, codes["I22|score"])
    assert na.value == NOT_APPLICABLE and na.protection.locked and na.fill.fgColor.rgb.endswith("D9D9D9")
    assert sheet.cell(8, codes["I22|note"]).protection.locked
    applies = sheet.cell(10, codes["I22|score"])  # T03 江南街道 has I22
    assert applies.value is None and applies.protection.locked is False


def test_score_cells_are_validated(tmp_path, example_year):
    path = write_department_template(example_year, "xczxj", tmp_path / "t.xlsx")
    _, sheet = _open(path)
    validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    first = validations["D8:D26"]
    assert (first.type, first.operator, first.formula1, first.formula2) == ("decimal", "between", "0", "3")
    assert first.showErrorMessage and "0 到 3" in first.error
    codes = {sheet.cell(7, c).value: c for c in range(4, sheet.max_column + 1)}
    column = openpyxl.utils.get_column_letter(codes["I22|score"])
    partial = next(v for key, v in validations.items() if key.startswith(column) and v.operator == "between")
    # Only the rows of the towns I22 applies to.
    # T03, T06, T08–T13, T15, T18, T19 (rows 10, 13, 15–20, 22, 25–26).
    assert str(partial.sqref) == f"{column}10 {column}13 {column}15:{column}20 {column}22 {column}25:{column}26"


def test_print_setup(tmp_path, example_year):
    _, narrow = _open(write_department_template(example_year, "zjw", tmp_path / "zjw.xlsx"))
    assert narrow.page_setup.orientation == "landscape" and narrow.page_setup.paperSize == 9
    assert narrow.sheet_properties.pageSetUpPr.fitToPage and narrow.page_setup.fitToWidth == 1
    assert narrow.print_title_rows == "$3:$6"
    assert narrow.oddFooter.center.text == "第 &P 页，共 &N 页"
    _, wide = _open(write_department_template(example_year, "xczxj", tmp_path / "xc.xlsx"))
    assert wide.page_setup.scale == 90 and wide.print_title_cols == "$B:$C"
    # Ten scored parts (the veto indicator has none) of four columns, two parts a page:
    # breaks after columns K, S, AA and AI.
    assert [b.id for b in wide.col_breaks.brk] == [11, 19, 27, 35]
    assert "区乡村振兴局打分表" in wide.oddHeader.center.text


def test_prefilled_template_holds_the_stored_scores(tmp_path, example_year):
    _, sheet = _open(write_department_template(example_year, "zzb", tmp_path / "t.xlsx", include_scores=True))
    assert sheet["D8"].value == 4.18 and sheet["E8"].value == "台账资料不完整" and sheet["F8"].value == 0.82


def test_export_all_makes_one_file_per_department_with_parts(tmp_path, example_year):
    year = dataclasses.replace(example_year, departments=(*example_year.departments, Department("tj", "区统计局")))
    written = export_all_templates(year, tmp_path)
    assert [p.name for p in written] == [template_file_name(year, d.code) for d in example_year.departments]
    assert written[0].name == "2023年度打分表_区乡村振兴局.xlsx"
    assert not (tmp_path / "2023年度打分表_区统计局.xlsx").exists()  # nothing to score


def test_file_names_are_safe(example_year):
    year = dataclasses.replace(example_year, departments=(Department("x", 'A/B:C*"?'),))
    assert template_file_name(year, "x") == "2023年度打分表_A_B_C___.xlsx"


@pytest.mark.parametrize("towns", [19, 500])
def test_template_reads_back_blank(tmp_path, towns):
    from desktop_app.excel.returned import read_returned_sheet
    from desktop_app.tools.generate import generate_year

    year = generate_year(towns, 20, seed=2, departments=2)
    path = write_department_template(year, "D01", tmp_path / "t.xlsx")
    sheet = read_returned_sheet(path)
    assert (sheet.year, sheet.department, sheet.fingerprint) == (2030, "D01", scheme_fingerprint(year))
    assert len(sheet.rows) == sum(1 for t in year.towns if any(
        i.applies(t.code) for i, p in year.parts() if p.department == "D01" and not i.veto))
