"""The upward results workbook: the core's values (no formulas), layout and print set-up."""
import dataclasses
import datetime
from decimal import Decimal

import openpyxl
import pytest
from conftest import run_cli

from desktop_app.domain.scoring import compute
from desktop_app.excel.submission import write_submission_workbook

D = Decimal
TODAY = datetime.date(2024, 6, 28)


@pytest.fixture(scope="module")
def workbook_path(tmp_path_factory):
    from conftest import EXAMPLE
    from desktop_app.yearfile import read_year_file

    year = read_year_file(EXAMPLE)
    path = tmp_path_factory.mktemp("up") / "results.xlsx"
    write_submission_workbook(year, compute(year), path, today=TODAY)
    return path


@pytest.fixture(scope="module")
def book(workbook_path):
    return openpyxl.load_workbook(workbook_path)


def _number(value) -> Decimal:
    assert isinstance(value, (int, float)), value
    return D(repr(value)) if isinstance(value, float) else D(value)


def test_sheets(book):
    assert book.sheetnames == ["汇总表", "明细", "加分", "督查评估", "一票否决"]


def test_summary_values_are_the_core_results_in_ranking_order(book, example_year):
    result = compute(example_year)
    sheet = book["汇总表"]
    categories = [c.code for c in example_year.categories]
    rows = list(sheet.iter_rows(min_row=5, max_row=4 + len(result.rows), values_only=True))
    assert len(rows) == 19
    for values, expected in zip(rows, result.rows):
        rank, name, *rest = values
        assert (rank, name) == (expected.rank, expected.name)
        subtotals = rest[:len(categories)]
        raw, full, normalised, bonus, inspection, final, grade, veto, remark = rest[len(categories):]
        assert [_number(v) for v in subtotals] == [expected.categories[c] for c in categories]
        assert [_number(v) for v in (raw, full, normalised, bonus, inspection, final)] == \
            [expected.raw, expected.full, expected.normalised, expected.bonus, expected.inspection, expected.final]
        assert grade == expected.grade
        assert veto == ("否决" if expected.vetoed else None)
        assert remark is None  # the demo year is complete
    assert result.rows[-1].vetoed and rows[-1][1] == "洪湖镇"


def test_no_formulas_anywhere(workbook_path):
    book = openpyxl.load_workbook(workbook_path)  # formulas would read back as "=…" text
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            assert not any(isinstance(v, str) and v.startswith("=") for v in row)


def test_summary_layout_and_print_setup(book):
    sheet = book["汇总表"]
    assert "结果汇总表" in sheet["A1"].value and "2023" in sheet["A1"].value
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert "A1:P1" in merged and "C3:G3" in merged and "A3:A4" in merged
    assert sheet["A2"].value == "填报单位：中共重庆市长寿区委办公室、重庆市长寿区人民政府办公室"
    assert sheet["I2"].value == "填报日期：2024年6月28日　　单位：分"
    assert sheet["C4"].value == "责任落实\n（10分）"
    assert sheet["M5"].number_format == "0.00" and sheet["C5"].number_format == "0.00"
    assert sheet["M5"].border.left.style == "thin" and sheet["B23"].border.bottom.style == "thin"
    assert sheet.print_title_rows == "$3:$4"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.oddFooter.center.text == "第 &P 页，共 &N 页"
    assert sheet.oddFooter.left.text.startswith("中共重庆市长寿区委办公室")
    assert sheet.freeze_panes == "C5"


def test_detail_has_every_applicable_town_and_part(book, example_year):
    sheet = book["明细"]
    rows = [r for r in sheet.iter_rows(min_row=3, values_only=True) if r[0] is not None]
    applicable = [(t.name, p.code) for t in example_year.towns for i, p in example_year.parts()
                  if not i.veto and i.applies(t.code)]
    assert [(r[1], r[4]) for r in rows] == applicable
    first = rows[2]  # 凤城街道 I03: 5 points, 0.82 deducted
    assert first[1:8] == ("凤城街道", "责任落实", "驻村帮扶责任落实", "I03", "区委组织部", 5, 4.18)
    assert _number(first[8]) == D("0.82") and first[9] == "台账资料不完整 0.82"
    assert sheet.print_title_rows == "$2:$2"
    assert sheet.print_options.gridLines


def test_registers_with_evidence(book, example_year):
    bonuses = list(book["加分"].iter_rows(min_row=3, max_row=2 + len(example_year.bonuses), values_only=True))
    assert [r[7] for r in bonuses] == [b.evidence for b in example_year.bonuses]
    # 就高不就低: the municipal award of the group counts, the district one does not.
    assert _number(bonuses[0][6]) == D("0.5") and bonuses[1][6] is None and "不计" in bonuses[1][9]
    inspections = list(book["督查评估"].iter_rows(min_row=3, max_row=2 + len(example_year.inspections),
                                              values_only=True))
    lost = [r for r in inspections if r[5] is not None]
    assert lost and all(r[6] == "取消加分并扣除同等分值" for r in lost)
    vetoes = list(book["一票否决"].iter_rows(min_row=3, values_only=True))
    assert vetoes[0][1:3] == ("洪湖镇", "发现“应纳未纳”情形") and vetoes[0][4] == "实地评估发现问题清单"


def test_incomplete_year_is_marked_provisional(tmp_path, example_year):
    year = dataclasses.replace(example_year, scores=example_year.scores[5:])
    result = compute(year)
    path = write_submission_workbook(year, result, tmp_path / "draft.xlsx", today=TODAY)
    sheet = openpyxl.load_workbook(path)["汇总表"]
    texts = [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any("尚有 5 项未打分" in t and "临时结果" in t for t in texts)
    assert any(t == "缺 5 项打分" for t in texts)
    detail = [r for r in openpyxl.load_workbook(path)["明细"].iter_rows(min_row=3, values_only=True)]
    assert sum(1 for r in detail if r[10] == "未打分") == 5


def test_command_line_export_results(tmp_path, example_path):
    database = tmp_path / "office.db"
    assert run_cli("import", example_path, "--db", database).returncode == 0
    output = tmp_path / "上报.xlsx"
    result = run_cli("export-results", "--year", 2023, "--db", database, "-o", output, "--date", "2024-06-28")
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(output)["汇总表"]
    assert sheet["I2"].value.startswith("填报日期：2024年6月28日")
    bad = run_cli("export-results", "--year", 1999, "--db", database, "-o", tmp_path / "x.xlsx")
    assert bad.returncode == 2 and "1999" in bad.stderr and "Traceback" not in bad.stderr


def _texts(path):
    sheet = openpyxl.load_workbook(path)["汇总表"]
    return [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]


def test_the_workbook_says_draft_with_the_reasons_and_carries_the_fingerprint(tmp_path, example_year):
    from desktop_app.domain.status import year_state

    result = compute(example_year)
    draft = year_state(example_year, result, {})
    texts = _texts(write_submission_workbook(example_year, result, tmp_path / "d.xlsx", today=TODAY, state=draft))
    banner = next(t for t in texts if t.startswith("草稿，不作正式上报"))
    assert "尚有 11 项条件未满足" in banner and "区住建委尚未提交打分表" in banner
    assert f"数据指纹 {draft.fingerprint}（草稿）" in texts
    official = year_state(example_year, result, {d.code: "x" for d in example_year.departments})
    texts = _texts(write_submission_workbook(example_year, result, tmp_path / "o.xlsx", today=TODAY, state=official))
    assert not any(t.startswith("草稿") for t in texts)
    assert f"数据指纹 {official.fingerprint}（正式）" in texts


def test_text_that_looks_like_a_formula_is_written_as_text_in_every_workbook(tmp_path, example_year):
    """A name, reason or note starting with "=" must reach the city as that text, never as a live
    formula (the DDE form would run a program on the reader's computer)."""
    from desktop_app.domain.model import Deduction
    from desktop_app.excel.template import write_department_template

    dde = "=cmd|' /C calc'!A0"
    towns = (dataclasses.replace(example_year.towns[0], name=dde), *example_year.towns[1:])
    score = next(s for s in example_year.scores if s.town == towns[0].code and s.part == "I06")
    part_points = Decimal(5)
    noted = score._replace(score=part_points - Decimal(1), deductions=(Deduction("=1+1", Decimal(1)),), note="=SUM(A1:A9)")
    year = dataclasses.replace(example_year, towns=towns,
                               scores=tuple(noted if s is score else s for s in example_year.scores))
    written = [write_submission_workbook(year, compute(year), tmp_path / "up.xlsx", today=TODAY),
               write_department_template(year, "zjw", tmp_path / "zjw.xlsx", include_scores=True)]
    for path in written:
        seen = set()
        for sheet in openpyxl.load_workbook(path).worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and cell.value.startswith("="):
                        assert cell.data_type == "s", (path.name, sheet.title, cell.coordinate, cell.value)
                        seen.add(cell.value)
        assert dde in seen, path.name
    assert {"=1+1", "=SUM(A1:A9)"} <= seen  # the template with scores carries the reason and the note


def test_a_reason_starting_with_an_equals_sign_survives_the_sheet_round_trip(tmp_path, example_year):
    from desktop_app.domain.model import Deduction
    from desktop_app.excel.returned import check_returned_sheet, read_returned_sheet
    from desktop_app.excel.template import write_department_template

    score = next(s for s in example_year.scores if s.part == "I06")
    noted = score._replace(score=Decimal(4), deductions=(Deduction("=1+1", Decimal(1)),), note="=备注")
    year = dataclasses.replace(example_year, scores=tuple(noted if s is score else s for s in example_year.scores))
    path = write_department_template(year, "zjw", tmp_path / "zjw.xlsx", include_scores=True)
    preview = check_returned_sheet(read_returned_sheet(path), year)
    assert preview.problems == []
    back = next(c for c in preview.changes if (c.town, c.part) == (score.town, "I06"))
    assert back.after.deductions == (Deduction("=1+1", Decimal(1)),) and back.after.note == "=备注"
    assert back.kind == "unchanged"


def test_a_title_without_the_year_gets_it_in_front(tmp_path):
    from conftest import EXAMPLE
    from desktop_app.yearfile import read_year_file

    year = dataclasses.replace(read_year_file(EXAMPLE), title="巩固拓展脱贫攻坚成果考核")
    write_submission_workbook(year, compute(year), tmp_path / "up.xlsx", today=TODAY)
    sheet = openpyxl.load_workbook(tmp_path / "up.xlsx")["汇总表"]
    assert sheet["A1"].value == "2023年度巩固拓展脱贫攻坚成果考核结果汇总表"
