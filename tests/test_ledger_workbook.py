"""The ledger as a workbook: exported in the columns of a rectification plan, edited in a
spreadsheet, read back all or nothing with every fault named by its cell."""
import dataclasses
import datetime as dt
import shutil

import openpyxl
import pytest

from desktop_app.domain.ledger import (
    CLOSED, IN_PROGRESS, OPEN, SOURCE_LABELS, SOURCE_MANUAL, SOURCE_VISIT, STATUS_LABELS,
)
from desktop_app.excel.ledger import FORMAT_ID
from desktop_app.excel.problems import SheetError
from desktop_app.services.ledger import LedgerConflictError, LedgerError, RectificationLedger
from tests.conftest import _demo_year, _set_up_folder, _set_up_once, database_files



def today():
    """The ledger's clock in these tests."""
    return dt.date(2024, 3, 1)

HEADERS = ["编号", "镇街", "问题来源", "问题", "整改要求", "整改措施", "责任领导", "牵头单位", "责任单位", "整改时限",
           "完成情况", "完成日期", "佐证材料", "核验人", "核验意见", "反馈函（文号、日期）"]


def _ledger_database():
    """A database holding the demo year cut to its first four towns, with the ledger made from its
    losses: a ledger of a few dozen problems reads and writes the same as one of hundreds, in a
    fraction of the time. Made once (tests/conftest.py) and copied for each test."""
    from desktop_app.domain.scheme_edit import fit_entries
    from desktop_app.storage import Store

    def make():
        example_year, _ = _demo_year()
        towns = example_year.towns[:4]
        kept = {town.code for town in towns}
        year = fit_entries(dataclasses.replace(example_year, towns=towns, indicators=tuple(
            indicator if indicator.applies_to is None
            else dataclasses.replace(indicator, applies_to=tuple(t for t in indicator.applies_to if t in kept))
            for indicator in example_year.indicators)))
        path = _set_up_folder("ledger-database-") / "ledger.db"
        with Store(path) as store:
            store.save_year(year)
            RectificationLedger(store, 2023, today=today).generate(deadline="2024-06-30")
        return path

    return _set_up_once("ledger database", make, made_from=("demo year",))


@pytest.fixture
def store(tmp_path):
    from desktop_app.storage import Store

    path = tmp_path / "ledger.db"
    shutil.copyfile(_ledger_database()[0], path)
    with Store(path) as store:
        yield store


@pytest.fixture
def ledger(store):
    return RectificationLedger(store, 2023, today=today)


class Sheet:
    """An exported ledger opened for editing, its rows found by entry number."""

    def __init__(self, path):
        self.path = path
        self.workbook = openpyxl.load_workbook(path)
        self.sheet = self.workbook.worksheets[0]
        self.columns = {self.sheet.cell(4, column).value: column for column in range(3, self.sheet.max_column + 1)}
        self.rows = {self.sheet.cell(row, 1).value: row for row in range(5, self.sheet.max_row + 1)
                     if self.sheet.cell(row, 1).value is not None}

    def set(self, entry_id, header, value):
        self.sheet.cell(self.rows[entry_id], self.columns[header]).value = value

    def address(self, entry_id, header):
        return f"整改台账!{self.sheet.cell(self.rows[entry_id], self.columns[header]).coordinate}"

    def address_at(self, row, header):
        return f"整改台账!{self.sheet.cell(row, self.columns[header]).coordinate}"

    def first_blank_row(self):
        return max(self.rows.values()) + 1

    def save(self, path=None):
        self.workbook.save(path or self.path)
        return path or self.path


def exported(ledger, tmp_path, name="台账.xlsx"):
    return Sheet(ledger.export_workbook(tmp_path / name))


def test_the_workbook_has_the_plans_columns_and_one_row_per_problem(ledger, tmp_path):
    sheet = exported(ledger, tmp_path)
    entries = ledger.entries()
    assert sheet.sheet.title == "整改台账" and sheet.sheet["A1"].value == FORMAT_ID and sheet.sheet["A2"].value == 2023
    assert sheet.sheet["C1"].value == "2023年度考核反馈问题整改台账"
    assert [sheet.sheet.cell(4, column).value for column in range(3, 3 + len(HEADERS))] == HEADERS
    assert list(sheet.rows) == [entry.id for entry in entries]
    first = entries[0]
    row = sheet.rows[first.id]
    shown = {header: sheet.sheet.cell(row, column).value for header, column in sheet.columns.items()}
    assert shown["编号"] == first.id and shown["镇街"] == "凤城街道" and shown["问题"] == first.description
    assert (shown["完成情况"], shown["整改时限"]) == ("待整改", "2024-06-30")
    assert sheet.sheet.column_dimensions["A"].hidden and sheet.sheet.column_dimensions["B"].hidden


def test_text_that_looks_like_a_formula_is_written_as_text(ledger, tmp_path):
    entry = ledger.add("T01", "=HYPERLINK(\"http://x\")", measures="=1+1")
    sheet = exported(ledger, tmp_path)
    cell = sheet.sheet.cell(sheet.rows[entry.id], sheet.columns["问题"])
    assert cell.value == "=HYPERLINK(\"http://x\")" and cell.data_type == "s"


def test_edits_closings_and_new_rows_are_read_back_and_applied_in_one_change(ledger, store, tmp_path):
    entries = ledger.entries()
    first, second = entries[0], entries[1]
    sheet = exported(ledger, tmp_path)
    sheet.set(first.id, "整改措施", "逐户核查，补齐台账")
    sheet.set(first.id, "责任领导", "张三")
    sheet.set(first.id, "整改时限", dt.datetime(2024, 5, 31))
    sheet.set(first.id, "完成情况", "整改中")
    sheet.set(second.id, "完成情况", "已销号")
    sheet.set(second.id, "完成日期", "2024年4月2日")
    sheet.set(second.id, "佐证材料", "整改报告及照片")
    sheet.set(second.id, "核验人", "李四")
    blank = sheet.first_blank_row()
    sheet.sheet.cell(blank, sheet.columns["镇街"]).value = "晏家街道"
    sheet.sheet.cell(blank, sheet.columns["问题"]).value = "村务公开栏未更新"
    sheet.sheet.cell(blank, sheet.columns["问题来源"]).value = "实地检查"
    preview = ledger.read_workbook(sheet.save())
    assert preview.problems == []
    assert preview.counts() == {"new": 1, "changed": 2, "unchanged": len(entries) - 2}
    assert ledger.entries() == entries  # reading writes nothing
    assert ledger.import_workbook(preview) == preview.counts()
    after = {entry.id: entry for entry in ledger.entries()}
    assert (after[first.id].measures, after[first.id].leader, after[first.id].deadline, after[first.id].status) == (
        "逐户核查，补齐台账", "张三", "2024-05-31", IN_PROGRESS)
    assert (after[second.id].status, after[second.id].completed_on, after[second.id].reviewer) == (CLOSED, "2024-04-02", "李四")
    new = [entry for entry in after.values() if entry.id not in {e.id for e in entries}]
    assert [(e.town, e.description, e.source, e.status) for e in new] == [("T02", "村务公开栏未更新", SOURCE_VISIT, OPEN)]
    actions = {e["action"] for e in store.audit_entries(2023)[-3:]}
    assert actions == {"ledger_import"}


def test_every_fault_is_named_by_its_cell_and_nothing_is_taken(ledger, store, tmp_path):
    entries = ledger.entries()
    a, b, c, d, e = (entry.id for entry in entries[:5])
    sheet = exported(ledger, tmp_path)
    sheet.set(a, "整改时限", "下月底")
    sheet.set(b, "完成情况", "差不多了")
    sheet.set(c, "完成情况", "已销号")
    sheet.set(d, "镇街", "不存在镇")
    sheet.set(e, "整改措施", "=SUM(1,2)")
    blank = sheet.first_blank_row()
    sheet.sheet.cell(blank, sheet.columns["镇街"]).value = "晏家街道"  # a new row without its problem
    sheet.save()
    before = database_files(store.path)
    preview = ledger.read_workbook(sheet.path)
    row = blank
    assert [problem.describe() for problem in preview.problems] == [
        f"{sheet.address(a, '整改时限')}: “下月底”不是日期，请填 2024-06-30 或 2024年6月30日。",
        f"{sheet.address(b, '完成情况')}: 完成情况“差不多了”不是可选的状态（待整改、整改中、待核验、已销号）。",
        f"{sheet.address(c, '完成日期')}: 销号须填写完成日期",
        f"{sheet.address(c, '佐证材料')}: 销号须有佐证材料（说明或附件）",
        f"{sheet.address(c, '核验人')}: 销号须由核验人核验并署名",
        f"{sheet.address(d, '镇街')}: 镇街“不存在镇”不是 2023 年度的镇街。",
        f"{sheet.address(e, '整改措施')}: 这里是公式“=SUM(1,2)”，请直接填写内容。",
        f"整改台账!F{row}: 问题描述不能为空",
    ]
    with pytest.raises(LedgerError):
        ledger.import_workbook(preview)
    assert database_files(store.path) == before


def test_a_row_whose_problem_was_changed_in_the_program_since_the_export_is_refused(ledger, tmp_path):
    entries = ledger.entries()
    sheet = exported(ledger, tmp_path)
    ledger.update(entries[0].id, measures="程序中改的措施")
    sheet.set(entries[0].id, "整改措施", "表格中改的措施")
    sheet.set(entries[1].id, "整改措施", "另一条")
    preview = ledger.read_workbook(sheet.save())
    assert [p.describe() for p in preview.problems] == [
        f"整改台账!C{sheet.rows[entries[0].id]}: 第 {entries[0].id} 号问题在导出台账之后已在程序中被修改，为免覆盖，本行未读取。请重新导出台账后再改。"]
    # unchanged in the sheet: not a conflict
    sheet = exported(ledger, tmp_path, "again.xlsx")
    sheet.set(entries[1].id, "整改措施", "另一条")
    preview = ledger.read_workbook(sheet.save())
    assert preview.problems == [] and preview.counts()["changed"] == 1


def test_an_entry_changed_between_reading_and_importing_refuses_the_whole_import(ledger, tmp_path):
    entries = ledger.entries()
    sheet = exported(ledger, tmp_path)
    sheet.set(entries[0].id, "责任领导", "张三")
    sheet.set(entries[1].id, "责任领导", "李四")
    preview = ledger.read_workbook(sheet.save())
    ledger.update(entries[1].id, leader="王五")
    with pytest.raises(LedgerConflictError):
        ledger.import_workbook(preview)
    assert ledger.entry(entries[0].id).leader == ""


@pytest.mark.parametrize("change, message", [
    (lambda s: setattr(s.sheet["A2"], "value", 2022), "整改台账!C1: 这是 2022 年度的整改台账，当前打开的是 2023 年度。"),
    (lambda s: setattr(s.sheet["A1"], "value", "something"), "整改台账!A1: 这不是本程序导出的整改台账（缺少识别信息）。请先在“整改台账”页导出台账，在其中填写。"),
    (lambda s: setattr(s.sheet["A2"], "value", "二〇二三"), "整改台账!A2: 整改台账的识别信息已损坏（年度），请重新导出台账。"),
    (lambda s: setattr(s.sheet["A3"], "value", None), "整改台账!A3: 找不到整改台账的列标识行，表头可能被改动。请重新导出台账。"),
])
def test_a_workbook_that_is_not_this_years_ledger_is_refused_whole(ledger, tmp_path, change, message):
    sheet = exported(ledger, tmp_path)
    change(sheet)
    assert _refusal(ledger, sheet.save()) == [message]


def test_an_unchanged_workbook_is_nothing_to_import(ledger, tmp_path):
    preview = ledger.read_workbook(exported(ledger, tmp_path).path)
    assert [p.describe() for p in preview.problems] == ["整改台账!C4: 台账中没有任何修改或新问题。"]


def test_a_row_of_a_removed_problem_or_a_broken_number_is_refused(ledger, tmp_path):
    entries = ledger.entries()
    sheet = exported(ledger, tmp_path)
    ledger.remove([entries[0].id])
    sheet.set(entries[0].id, "责任领导", "张三")
    row = sheet.rows[entries[1].id]
    sheet.sheet.cell(row, 1).value = "x"
    preview = ledger.read_workbook(sheet.save())
    assert [p.describe() for p in preview.problems] == [
        f"整改台账!C{sheet.rows[entries[0].id]}: 第 {entries[0].id} 号问题不在 2023 年度的台账中（可能已被删除），请重新导出台账。",
        f"整改台账!A{row}: 隐藏的问题编号“x”已损坏，请重新导出台账。"]


def test_a_manual_problem_keeps_its_source_when_the_source_cell_is_left_blank(ledger, tmp_path):
    sheet = exported(ledger, tmp_path)
    blank = sheet.first_blank_row()
    sheet.sheet.cell(blank, sheet.columns["镇街"]).value = "凤城街道"
    sheet.sheet.cell(blank, sheet.columns["问题"]).value = "新问题"
    preview = ledger.read_workbook(sheet.save())
    assert [(c.after.source, c.after.status) for c in preview.changes] == [(SOURCE_MANUAL, OPEN)]


def test_text_starting_with_an_equals_sign_comes_back_as_text_and_only_a_real_formula_is_refused(ledger, tmp_path):
    entry = ledger.add("T01", "=不是公式的问题描述")
    sheet = exported(ledger, tmp_path)
    sheet.set(entry.id, "责任领导", "张三")
    preview = ledger.read_workbook(sheet.save())
    assert preview.problems == [] and [c.fields for c in preview.changes] == [{"leader": "张三"}]
    sheet.set(entry.id, "整改措施", "=1+1")  # openpyxl writes this as a formula
    preview = ledger.read_workbook(sheet.save())
    assert [p.describe() for p in preview.problems] == [f"{sheet.address(entry.id, '整改措施')}: 这里是公式“=1+1”，请直接填写内容。"]


def test_a_sheet_sorted_without_its_hidden_columns_is_refused_row_by_row(ledger, tmp_path):
    entries = ledger.entries()
    sheet = exported(ledger, tmp_path)
    first, second = sheet.rows[entries[0].id], sheet.rows[entries[1].id]
    for column in range(3, sheet.sheet.max_column + 1):  # the visible columns of two rows swapped
        a, b = sheet.sheet.cell(first, column), sheet.sheet.cell(second, column)
        a.value, b.value = b.value, a.value
    preview = ledger.read_workbook(sheet.save())
    assert [p.describe() for p in preview.problems] == [
        f"整改台账!C{first}: 本行显示的编号“{entries[1].id}”与隐藏的问题编号 {entries[0].id} 不符：表格可能只排序或移动了可见的列。"
        "请重新导出台账，排序时连同隐藏列一起排序。",
        f"整改台账!C{second}: 本行显示的编号“{entries[0].id}”与隐藏的问题编号 {entries[1].id} 不符：表格可能只排序或移动了可见的列。"
        "请重新导出台账，排序时连同隐藏列一起排序。"]


def test_new_rows_imported_twice_are_refused_the_second_time(ledger, tmp_path):
    sheet = exported(ledger, tmp_path)
    blank = sheet.first_blank_row()
    sheet.sheet.cell(blank, sheet.columns["镇街"]).value = "凤城街道"
    sheet.sheet.cell(blank, sheet.columns["问题"]).value = "村级档案不规范"
    sheet.sheet.cell(blank + 1, sheet.columns["镇街"]).value = "凤城街道"
    sheet.sheet.cell(blank + 1, sheet.columns["问题"]).value = "村级档案不规范"
    sheet.sheet.cell(blank + 2, sheet.columns["镇街"]).value = "凤城街道"  # and a fault on the row below
    sheet.sheet.cell(blank + 2, sheet.columns["问题"]).value = "另一个问题"
    sheet.sheet.cell(blank + 2, sheet.columns["整改时限"]).value = "下月底"
    preview = ledger.read_workbook(sheet.save())
    assert [p.describe() for p in preview.problems] == [
        f"整改台账!C{blank + 1}: 这一新问题与整改台账!C{blank}的问题相同（同一镇街、同一问题），可能已经导入过。如确是另一个问题，请改写问题描述。",
        f"{sheet.address_at(blank + 2, '整改时限')}: “下月底”不是日期，请填 2024-06-30 或 2024年6月30日。"]
    sheet.sheet.cell(blank + 2, sheet.columns["整改时限"]).value = None
    sheet.sheet.cell(blank + 2, sheet.columns["镇街"]).value = None
    sheet.sheet.cell(blank + 2, sheet.columns["问题"]).value = None
    sheet.sheet.cell(blank + 1, sheet.columns["镇街"]).value = None
    sheet.sheet.cell(blank + 1, sheet.columns["问题"]).value = None
    ledger.import_workbook(ledger.read_workbook(sheet.save()))
    made = next(e for e in ledger.entries() if e.description == "村级档案不规范")
    preview = ledger.read_workbook(sheet.path)  # the same file again
    assert [p.describe() for p in preview.problems] == [
        f"整改台账!C{blank}: 这一新问题与第 {made.id} 号的问题相同（同一镇街、同一问题），可能已经导入过。如确是另一个问题，请改写问题描述。"]


def test_content_below_the_row_bound_is_refused_not_ignored(ledger, tmp_path):
    sheet = exported(ledger, tmp_path)
    sheet.sheet.cell(6000, sheet.columns["问题"]).value = "远在下方的问题"
    with pytest.raises(SheetError) as refused:
        ledger.read_workbook(sheet.save())
    assert [p.describe() for p in refused.value.problems] == [
        "整改台账!A6000: 工作表超过 5000 行，可能在表格下方粘贴了大量内容。请删除多余的行后再导入。"]


def test_a_date_excel_kept_as_a_number_is_read_as_that_date(ledger, tmp_path):
    entries = ledger.entries()
    sheet = exported(ledger, tmp_path)
    sheet.set(entries[0].id, "整改时限", 45474)  # 2024-07-01 as Excel counts days
    preview = ledger.read_workbook(sheet.save())
    assert preview.problems == [] and preview.changes[0].fields == {"deadline": "2024-07-01"}


# --- every refusal of a file, exactly ---------------------------------------------------------------

def _refusal(ledger, path):
    with pytest.raises(SheetError) as refused:
        ledger.read_workbook(path)
    assert refused.value.source == str(path)
    return [p.describe() for p in refused.value.problems]


def test_a_file_that_is_not_a_workbook_is_refused_with_its_name(ledger, tmp_path):
    path = tmp_path / "台账.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    assert _refusal(ledger, path) == [
        "不是 Excel 工作簿（.xlsx）文件，可能只是改了扩展名。请导入由本程序导出、部门填写后交回的 .xlsx 文件。"]


def test_a_workbook_without_a_ledger_names_its_first_sheet(ledger, tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "别的表"
    workbook.active["A1"] = "hello"
    workbook.save(tmp_path / "other.xlsx")
    assert _refusal(ledger, tmp_path / "other.xlsx") == [
        "别的表!A1: 这不是本程序导出的整改台账（缺少识别信息）。请先在“整改台账”页导出台账，在其中填写。"]


def test_a_workbook_with_two_ledgers_is_refused_naming_both(ledger, tmp_path):
    sheet = exported(ledger, tmp_path)
    copy = sheet.workbook.copy_worksheet(sheet.sheet)
    copy.title = "副本"
    assert _refusal(ledger, sheet.save()) == ["副本!A1: 工作簿中有 2 张整改台账（整改台账、副本），一次只能导入一张。"]


@pytest.mark.parametrize("year_cell", [2023.0, "2023"])
def test_the_year_cell_may_be_read_back_as_a_whole_number_only(ledger, tmp_path, year_cell):
    sheet = exported(ledger, tmp_path)
    sheet.sheet["A2"] = year_cell
    if isinstance(year_cell, float):
        assert [p.describe() for p in ledger.read_workbook(sheet.save()).problems] == ["整改台账!C4: 台账中没有任何修改或新问题。"]
    else:
        assert _refusal(ledger, sheet.save()) == ["整改台账!A2: 整改台账的识别信息已损坏（年度），请重新导出台账。"]


def test_a_sheet_cut_short_above_the_year_is_refused(ledger, tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "整改台账"
    workbook.active["A1"] = FORMAT_ID
    workbook.save(tmp_path / "short.xlsx")
    assert _refusal(ledger, tmp_path / "short.xlsx") == ["整改台账!A2: 整改台账的识别信息已损坏（年度），请重新导出台账。"]


def test_every_missing_column_is_named(ledger, tmp_path):
    sheet = exported(ledger, tmp_path)
    codes = {sheet.sheet.cell(3, column).value: column for column in range(1, sheet.sheet.max_column + 1)}
    sheet.sheet.cell(3, codes["leader"]).value = None
    sheet.sheet.cell(3, codes["reviewer"]).value = "someone"
    assert _refusal(ledger, sheet.save()) == [
        "整改台账!A3: 缺少“责任领导”列，表头可能被改动。请重新导出台账。",
        "整改台账!A3: 缺少“核验人”列，表头可能被改动。请重新导出台账。"]


def test_the_same_problem_twice_and_every_fault_after_it_are_listed(ledger, tmp_path):
    entries = ledger.entries()
    sheet = exported(ledger, tmp_path)
    first, second, third = (sheet.rows[e.id] for e in entries[:3])
    sheet.sheet.cell(second, 1).value = entries[0].id  # the second row now claims the first problem
    sheet.sheet.cell(second, 3).value = entries[0].id
    sheet.sheet.cell(third, 1).value = 2.0 * entries[2].id / 2  # a float that is a whole number: still its number
    sheet.set(entries[2].id, "责任领导", "张三")
    last = sheet.rows[entries[-1].id]
    sheet.sheet.cell(last, sheet.columns["整改时限"]).value = "下月底"
    preview = ledger.read_workbook(sheet.save())
    assert [p.describe() for p in preview.problems] == [
        f"整改台账!C{second}: 第 {entries[0].id} 号问题的行重复（第一次在第 {first} 行）。",
        f"整改台账!{openpyxl.utils.get_column_letter(sheet.columns['整改时限'])}{last}: “下月底”不是日期，请填 2024-06-30 或 2024年6月30日。"]
    assert [c.fields for c in preview.changes] == [{"leader": "张三"}]


def test_labels_are_read_in_the_language_they_were_written_in(ledger, tmp_path):
    """Source and status are written and read through the same translation (context "Ledger")."""
    english = {"待整改": "Open", "整改中": "In progress", "指标失分": "Lost points", "已销号": "Closed"}
    translate = lambda context, text: english.get(text, text) if context == "Ledger" else text  # noqa: E731
    entries = ledger.entries()
    path = ledger.export_workbook(tmp_path / "en.xlsx", translate=translate)
    sheet = Sheet(path)
    assert sheet.sheet.cell(sheet.rows[entries[0].id], sheet.columns["完成情况"]).value == "Open"
    sheet.set(entries[0].id, "完成情况", "In progress")
    sheet.set(entries[1].id, "完成情况", "整改中")  # a Chinese label is understood in any language
    preview = ledger.read_workbook(sheet.save(), translate=translate)
    assert preview.problems == [] and [c.fields for c in preview.changes] == [{"status": "in_progress"}] * 2


@pytest.mark.parametrize("number, iso", [(1, "1900-01-01"), (2958465, "9999-12-31"), (45474.0, "2024-07-01")])
def test_excel_day_numbers_at_the_bounds_are_dates(ledger, tmp_path, number, iso):
    entries = ledger.entries()
    sheet = exported(ledger, tmp_path)
    sheet.set(entries[0].id, "整改时限", number)
    preview = ledger.read_workbook(sheet.save())
    assert preview.problems == [] and preview.changes[0].fields == {"deadline": iso}


@pytest.mark.parametrize("number", [0, 2958466, -3])
def test_a_number_beyond_excels_dates_is_not_a_date(ledger, tmp_path, number):
    entries = ledger.entries()
    sheet = exported(ledger, tmp_path)
    sheet.set(entries[0].id, "整改时限", number)
    preview = ledger.read_workbook(sheet.save())
    assert [p.describe() for p in preview.problems] == [
        f"{sheet.address(entries[0].id, '整改时限')}: “{number}”不是日期，请填 2024-06-30 或 2024年6月30日。"]


def test_a_completion_date_cell_holding_a_date_is_read(ledger, tmp_path):
    entries = ledger.entries()
    sheet = exported(ledger, tmp_path)
    sheet.set(entries[0].id, "完成情况", "已销号")
    sheet.set(entries[0].id, "完成日期", dt.datetime(2024, 5, 2))
    sheet.set(entries[0].id, "佐证材料", "照片")
    sheet.set(entries[0].id, "核验人", "李四")
    preview = ledger.read_workbook(sheet.save())
    assert preview.problems == [] and preview.changes[0].fields["completed_on"] == "2024-05-02"


def test_the_last_rows_of_a_full_sheet_are_read_and_one_more_is_refused(ledger, tmp_path):
    from desktop_app.excel.returned import MAX_ROWS

    sheet = exported(ledger, tmp_path)
    sheet.sheet.cell(MAX_ROWS, sheet.columns["镇街"]).value = "凤城街道"
    sheet.sheet.cell(MAX_ROWS, sheet.columns["问题"]).value = "最后一行的问题"
    preview = ledger.read_workbook(sheet.save())
    assert preview.problems == [] and [c.after.description for c in preview.changes] == ["最后一行的问题"]
    sheet.sheet.cell(MAX_ROWS + 1, sheet.columns["问题"]).value = "多出的一行"
    assert _refusal(ledger, sheet.save()) == [
        f"整改台账!A{MAX_ROWS + 1}: 工作表超过 {MAX_ROWS} 行，可能在表格下方粘贴了大量内容。请删除多余的行后再导入。"]



def test_a_whole_number_typed_in_a_text_column_comes_back_without_a_decimal_point(ledger, tmp_path):
    first = ledger.entries()[0]
    sheet = exported(ledger, tmp_path)
    sheet.set(first.id, "责任领导", 2024.0)
    sheet.set(first.id, "整改措施", 1.5)
    preview = ledger.read_workbook(sheet.save())
    assert preview.problems == []
    ledger.import_workbook(preview)
    after = ledger.entry(first.id)
    assert (after.leader, after.measures) == ("2024", "1.5")


def test_a_whole_number_a_spreadsheet_program_kept_as_a_float_is_text_without_a_decimal_point():
    """openpyxl reads <v>2024</v> as an int, but <v>2024.0</v> (as some programs write it) as a float."""
    from desktop_app.excel.ledger import _text

    assert [_text(2024.0), _text(1.5), _text(-3.0), _text(" 甲 "), _text("  "), _text(None)] == \
        ["2024", "1.5", "-3", "甲", None, None]


def test_a_workbook_whose_only_sheet_is_empty_is_not_a_ledger(ledger, tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "空表"
    workbook.save(tmp_path / "empty.xlsx")
    assert _refusal(ledger, tmp_path / "empty.xlsx") == [
        "空表!A1: 这不是本程序导出的整改台账（缺少识别信息）。请先在“整改台账”页导出台账，在其中填写。"]


def test_formatting_below_the_row_bound_is_no_content(ledger, tmp_path):
    from openpyxl.styles import PatternFill

    from desktop_app.excel.returned import MAX_ROWS

    sheet = exported(ledger, tmp_path)
    sheet.set(ledger.entries()[0].id, "整改措施", "逐户核查")
    sheet.sheet.cell(MAX_ROWS + 5, 3).fill = PatternFill("solid", fgColor="FFFF00")
    preview = ledger.read_workbook(sheet.save())
    assert preview.problems == [] and preview.counts()["changed"] == 1


def test_every_new_row_is_taken_with_the_edits(ledger, tmp_path):
    first = ledger.entries()[0]
    sheet = exported(ledger, tmp_path)
    blank = sheet.first_blank_row()
    for offset, text in enumerate(("新问题一", "新问题二")):
        sheet.sheet.cell(blank + offset, sheet.columns["镇街"]).value = "凤城街道"
        sheet.sheet.cell(blank + offset, sheet.columns["问题"]).value = text
    sheet.set(first.id, "整改措施", "逐户核查")
    preview = ledger.read_workbook(sheet.save())
    assert preview.counts()["new"] == 2
    ledger.import_workbook(preview)
    descriptions = [entry.description for entry in ledger.entries()]
    assert "新问题一" in descriptions and "新问题二" in descriptions
    assert ledger.entry(first.id).measures == "逐户核查"


def test_every_faulty_row_and_every_fault_in_a_row_is_named_after_one_that_stops_its_row(ledger, store, tmp_path):
    """Each kind of fault that stops reading its row leaves the rows below it read; a formula
    leaves the row's other cells checked. A number kept as text is the number."""
    entries = ledger.entries()
    names = {town.code: town.name for town in store.load_year(2023).towns}
    changed, broken, moved, renumbered, formulas, unsourced, as_text = entries[:7]
    elsewhere = next(name for code, name in names.items() if code != moved.town)
    sheet = exported(ledger, tmp_path)
    ledger.update(changed.id, measures="程序中改的措施")
    sheet.set(changed.id, "整改措施", "表格中改的措施")
    sheet.sheet.cell(sheet.rows[broken.id], 1).value = "abc"
    sheet.set(moved.id, "镇街", elsewhere)
    sheet.set(renumbered.id, "编号", None)
    sheet.set(formulas.id, "整改措施", "=SUM(1,2)")
    sheet.set(formulas.id, "整改时限", "下月底")
    sheet.set(unsourced.id, "问题来源", "随手拍")
    sheet.set(as_text.id, "编号", str(as_text.id))
    sheet.set(as_text.id, "整改措施", "编号是文字的一行")
    preview = ledger.read_workbook(sheet.save())
    row = sheet.rows
    assert preview.source == str(sheet.path)
    assert [problem.describe() for problem in preview.problems] == [
        f"整改台账!C{row[changed.id]}: 第 {changed.id} 号问题在导出台账之后已在程序中被修改，为免覆盖，本行未读取。请重新导出台账后再改。",
        f"整改台账!A{row[broken.id]}: 隐藏的问题编号“abc”已损坏，请重新导出台账。",
        f"{sheet.address(moved.id, '镇街')}: 第 {moved.id} 号问题属于{names[moved.town]}，不能改为“{elsewhere}”；"
        "其他镇街的问题请另起一行填写。",
        f"整改台账!C{row[renumbered.id]}: 本行显示的编号“”与隐藏的问题编号 {renumbered.id} 不符：表格可能只排序或移动了可见的列。"
        "请重新导出台账，排序时连同隐藏列一起排序。",
        f"{sheet.address(formulas.id, '整改措施')}: 这里是公式“=SUM(1,2)”，请直接填写内容。",
        f"{sheet.address(formulas.id, '整改时限')}: “下月底”不是日期，请填 2024-06-30 或 2024年6月30日。",
        f"{sheet.address(unsourced.id, '问题来源')}: 问题来源“随手拍”不是可选的来源（一票否决、市级评估扣分、指标失分、实地检查、手工录入）。",
    ]
    assert [change.entry_id for change in preview.changes] == [as_text.id]


def with_cell_xml_value(path, address, text):
    """The workbook at ``path`` with the stored value of ``address`` on its first sheet written as
    ``text`` (2023.0 where openpyxl writes 2023), as another spreadsheet program may keep a number."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    xml, count = re.subn(rf'(<c r="{address}"[^>]*>)<v>[^<]*</v>', rf"\g<1><v>{text}</v>", parts[sheet].decode())
    assert count == 1, f"no value at {address}"
    parts[sheet] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def test_whole_numbers_kept_as_floats_read_as_the_year_the_number_and_text_without_a_decimal_point(ledger, tmp_path):
    entry = ledger.entries()[0]
    sheet = exported(ledger, tmp_path)
    sheet.set(entry.id, "责任领导", 2024)
    row = sheet.rows[entry.id]
    sheet.save()
    leader = sheet.sheet.cell(row, sheet.columns["责任领导"]).coordinate
    for address, text in (("A2", "2023.0"), (f"A{row}", f"{entry.id}.0"), (f"C{row}", f"{entry.id}.0"),
                          (leader, "2024.0")):
        with_cell_xml_value(sheet.path, address, text)
    preview = ledger.read_workbook(sheet.path)
    assert preview.problems == []
    assert [(change.entry_id, change.fields) for change in preview.changes] == [(entry.id, {"leader": "2024"})]


def test_a_sheet_cut_short_below_its_year_has_no_column_codes(ledger, tmp_path):
    """Only the mark and the year are left: two rows in all."""
    workbook = openpyxl.Workbook()
    workbook.active.title = "整改台账"
    workbook.active["A1"], workbook.active["A2"] = FORMAT_ID, 2023
    workbook.save(tmp_path / "两行.xlsx")
    assert _refusal(ledger, tmp_path / "两行.xlsx") == ["整改台账!A3: 找不到整改台账的列标识行，表头可能被改动。请重新导出台账。"]


def test_a_workbook_listing_no_sheet_at_all_is_not_a_ledger(ledger, tmp_path):
    """A package whose workbook part names no sheet (left by a damaged save): the fault is
    placed where Excel would show a new workbook's first cell."""
    import re
    import zipfile

    path = tmp_path / "无工作表.xlsx"
    openpyxl.Workbook().save(path)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/workbook.xml"] = re.sub(rb"<sheet [^>]*/>", b"", parts["xl/workbook.xml"])
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    assert _refusal(ledger, path) == ["Sheet1!A1: 这不是本程序导出的整改台账（缺少识别信息）。请先在“整改台账”页导出台账，在其中填写。"]


def test_a_problem_of_a_town_the_year_no_longer_has_moved_to_another_names_its_old_code(ledger, store, tmp_path):
    from desktop_app.excel.ledger import read_ledger_workbook

    entries = ledger.entries()
    year = store.load_year(2023)
    gone = entries[0].town
    other = next(town for town in year.towns if town.code != gone)
    sheet = exported(ledger, tmp_path)
    sheet.set(entries[0].id, "镇街", other.name)
    sheet.save()
    without = dataclasses.replace(year, towns=tuple(town for town in year.towns if town.code != gone))
    preview = read_ledger_workbook(sheet.path, without, entries)
    assert [p.describe() for p in preview.problems][0] == (
        f"{sheet.address(entries[0].id, '镇街')}: 第 {entries[0].id} 号问题属于{gone}，不能改为“{other.name}”；"
        "其他镇街的问题请另起一行填写。")


def test_the_exported_sheet_is_laid_out_for_the_office(ledger, store, tmp_path):
    """Hidden number, fingerprint and code row; the title and note across the sheet; numbers and towns
    frozen while scrolling; long texts wrapped at the left; a letter's number and date in one cell."""
    from openpyxl.utils import get_column_letter

    from desktop_app.excel.ledger import BLANK_ROWS, COLUMNS, M, WIDTHS, write_ledger_workbook

    year = store.load_year(2023)
    first, second = ledger.entries()[:2]
    entries = [dataclasses.replace(first, letter_number="长乡振函〔2024〕1号", letter_date="2024-07-01"),
               dataclasses.replace(second, town="T99", source="来函", status="挂起", deadline=None)]
    path = write_ledger_workbook(year, entries, tmp_path / "台账.xlsx")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    last = get_column_letter(3 + len(COLUMNS))
    assert [sheet.column_dimensions[c].hidden for c in "AB"] == [True, True] and sheet.row_dimensions[3].hidden
    assert (sheet.row_dimensions[1].height, sheet.row_dimensions[2].height, sheet.column_dimensions["C"].width) == (30, 42, 6)
    assert [sheet.column_dimensions[get_column_letter(4 + n)].width for n in range(len(COLUMNS))] == \
        [WIDTHS[name] for name in COLUMNS]
    assert sheet.freeze_panes == "E5"
    assert sorted(str(merged) for merged in sheet.merged_cells.ranges) == [f"C1:{last}1", f"C2:{last}2"]
    assert sheet["C2"].value == M["note"]
    column = {name: 4 + n for n, name in enumerate(COLUMNS)}
    assert sheet.cell(5, column["letter"]).value == "长乡振函〔2024〕1号　2024-07-01"
    assert [sheet.cell(6, column[name]).value for name in ("town", "source", "status", "letter")] == \
        ["T99", "来函", "挂起", None]  # codes the program does not know are shown as they are
    assert [sheet.cell(5, column[name]).value for name in ("town", "source", "status")] == \
        [{t.code: t.name for t in year.towns}[first.town], SOURCE_LABELS[first.source], STATUS_LABELS[first.status]]
    wrapped = {name for name in COLUMNS if sheet.cell(5, column[name]).alignment.wrap_text}
    assert wrapped == {"description", "requirement", "measures", "evidence", "review_note"}
    assert {sheet.cell(5, column[name]).alignment.horizontal for name in wrapped} == {"left"}
    blank = [sheet.cell(7 + n, column["description"]) for n in range(BLANK_ROWS)]
    assert all(cell.value is None and not cell.protection.locked for cell in blank)
    assert [sheet.cell(7 + n, 3).value for n in range(BLANK_ROWS)] == [None] * BLANK_ROWS
    assert sheet.cell(7 + BLANK_ROWS, column["description"]).protection.locked  # only the formatted rows are open


def test_the_workbook_is_written_in_the_offices_language_with_the_ledgers_words_read_back_alike(ledger, store, tmp_path):
    from desktop_app.excel.ledger import write_ledger_workbook

    marked = lambda context, text: f"{context}-{text}"  # noqa: E731
    path = write_ledger_workbook(store.load_year(2023), ledger.entries()[:1], tmp_path / "台账.xlsx", translate=marked)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet.title == "Excel-整改台账" and sheet["C1"].value.startswith("Excel-") and sheet["C2"].value.startswith("Excel-")
    assert sheet["C4"].value == "Excel-编号" and sheet["D4"].value == "Ledger-镇街"
    assert sheet.cell(4, sheet.max_column).value == "Excel-反馈函（文号、日期）"
