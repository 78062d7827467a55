"""A department's returned Excel sheet, checked cell by cell: what is not a template (and why), the
hidden identification, the columns and town rows, every score / deduction / note cell with its
address and message, and what would change — nothing is taken from a sheet with any fault."""
import dataclasses
import datetime
import errno
import io
import os
import re
import zipfile
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from conftest import EXAMPLE
from excel_helpers import Template
from openpyxl.styles import Font

from desktop_app.domain.model import Deduction, Score, Town
from desktop_app.excel.fingerprint import scheme_fingerprint
from desktop_app.excel.layout import FORMAT_ID
from desktop_app.excel.problems import SheetError
from desktop_app.excel.returned import (
    CHANGED, NEW, UNCHANGED, SheetChange, SheetRow, _lines, _shown, _text, cell_number, check_returned_sheet,
    read_returned_sheet, year_missing,
)
from desktop_app.excel.template import write_department_template
from desktop_app.yearfile import read_year_file

YEAR = read_year_file(EXAMPLE)
ZJW_TOWNS = [(town.code, town.name) for town in YEAR.towns]
IN_T04 = "（住房保障成果巩固，渡舟街道）"
NOT_XLSX = "不是 Excel 工作簿（.xlsx）文件，可能只是改了扩展名。请导入由本程序导出、部门填写后交回的 .xlsx 文件。"
NOT_TEMPLATE = "这不是本程序导出的打分表（缺少识别信息）。请先在“部门打分”页导出空白打分表，让部门在其中填写。"
EMPTY = "工作表是空的，没有任何内容。请导入由本程序导出、部门填写后交回的打分表。"
NOTHING_FILLED = "表中没有填写任何得分。请确认交回的是填好的打分表。"
NO_CODES = "找不到打分表的列标识行，表头可能被改动。请重新导出空白打分表。"


def bad_meta(what: str) -> str:
    return f"打分表的识别信息已损坏（{what}），无法确定所属年度和部门。请重新导出空白打分表。"


def broken(reason: str) -> str:
    return f"Excel 工作簿已损坏或格式不受支持（{reason}），无法读取。请让部门重新保存后交回。"


def described(problems) -> list[str]:
    return [problem.describe() for problem in problems]


def refusal(path) -> list[str]:
    """The problems ``read_returned_sheet`` refuses ``path`` with (the error names the file)."""
    with pytest.raises(SheetError) as raised:
        read_returned_sheet(path)
    assert raised.value.source == str(path)
    return described(raised.value.problems)


def file_refusal(path) -> str:
    """The one problem of a file refused as a whole: it names no cell."""
    with pytest.raises(SheetError) as raised:
        read_returned_sheet(path)
    assert raised.value.source == str(path)
    assert [problem.cell for problem in raised.value.problems] == [""]
    assert str(raised.value) == f"{path}: {raised.value.problems[0].message}"
    return raised.value.problems[0].message


def check(sheet, year=YEAR, submitted=(), **options):
    return check_returned_sheet(sheet, year, submitted, **options)


def typed(sheet, cells: dict):
    """The sheet as read after typing ``{(town, part, field): value}`` into its cells."""
    columns = {code: column for column, code in sheet.columns}
    rows = []
    for row in sheet.rows:
        values = list(row.values)
        for (town, part, field), value in cells.items():
            if town == row.town_code:
                column = columns[f"{part}|{field}"]
                values += [None] * (column - len(values))
                values[column - 1] = value
        rows.append(dataclasses.replace(row, values=tuple(values)))
    return dataclasses.replace(sheet, rows=tuple(rows))


def with_rows(sheet, rows):
    return dataclasses.replace(sheet, rows=tuple(rows))


def typed_row(number: int, code, name, *cells) -> SheetRow:
    """A row as read: hidden code, number, town name, then the part cells from column D."""
    return SheetRow(number, code, name, (code, None, name, *cells))


def renumbered(rows, first: int):
    return [dataclasses.replace(row, number=first + n) for n, row in enumerate(rows)]


def rewritten(source: Path, target: Path, member: str, change) -> Path:
    """A copy of an xlsx package with one part's bytes changed."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(item, change(data) if item.filename == member else data)
    return target


def minimal(path: Path, cells: dict) -> Path:
    """A one-sheet workbook ("Sheet") holding just ``{"A1": value, ...}``."""
    workbook = openpyxl.Workbook()
    for coordinate, value in cells.items():
        workbook.active[coordinate] = value
    workbook.save(path)
    return path


IDENTIFIED = {"A1": FORMAT_ID, "A2": 2023, "A3": "zjw", "A4": "abc123"}
CODED = {**IDENTIFIED, "A7": "#codes"}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("returned")


@pytest.fixture(scope="module")
def zjw_path(folder):
    return write_department_template(YEAR, "zjw", folder / "zjw.xlsx")


@pytest.fixture(scope="module")
def zjw(zjw_path):
    """The blank 区住建委 template as read: one part (I06, 5 points) in D:G, towns T01…T19 in rows 8…26."""
    return read_returned_sheet(zjw_path)


@pytest.fixture(scope="module")
def xczxj(folder):
    """The blank 区乡村振兴局 template: ten parts in D:AQ, the last (I22) not applying to every town."""
    return read_returned_sheet(write_department_template(YEAR, "xczxj", folder / "xczxj.xlsx"))


# --- cell values ---------------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [
    (4, D(4)), (-3, D(-3)), (4.5, D("4.5")), (0.30000000000000004, D("0.3")), (1e20, D("1e20")),
    (D("2.50"), D("2.50")), ("4.5", D("4.5")), ("  4.25\n", D("4.25")), ("４．５", D("4.5")), ("－１", D(-1)),
    ("1e2", D(100)),
])
def test_a_cell_number_is_the_number_excel_shows(value, expected):
    number = cell_number(value)
    assert isinstance(number, D) and number == expected


@pytest.mark.parametrize("value", [
    True, False, None, "", "   ", "优", "4,5", "nan", "inf", "-Infinity", float("inf"), float("nan"),
    datetime.date(2023, 5, 1), datetime.datetime(2023, 5, 1, 8), datetime.time(8, 30), datetime.timedelta(hours=2),
    object(),
])
def test_anything_but_a_finite_number_is_refused(value):
    with pytest.raises(ValueError):
        cell_number(value)


@pytest.mark.parametrize("value, shown", [
    (0.30000000000000004, "0.3"), (4.199999999999999, "4.2"), (1e-05, "1e-05"), (3.0, "3"),
    (D("1E+1"), "10"), (D("2.50"), "2.50"), ("  优秀 \n", "优秀"), (7, "7"), (True, "True"),
    (datetime.datetime(2023, 5, 1), "2023-05-01 00:00:00"),
])
def test_a_cell_value_is_quoted_as_shown(value, shown):
    assert _shown(value) == shown


@pytest.mark.parametrize("value, text", [(None, None), ("", None), ("  \n ", None), (" 复核 ", "复核"), (0, "0"),
                                         (0.5, "0.5")])
def test_cell_text_is_stripped_and_blank_is_none(value, text):
    assert _text(value) == text


@pytest.mark.parametrize("value, lines", [
    (None, []), ("  ", []), ("台账不全", ["台账不全"]), ("台账 不全", ["台账 不全"]),
    ("资料缺失\n整改不到位", ["资料缺失", "整改不到位"]), ("甲\r\n乙\r\n", ["甲", "乙"]), ("甲\r乙", ["甲", "乙"]),
    ("XX村未走访XX\r\nXX户未整改", ["XX村未走访XX", "XX户未整改"]),
    (" 甲 \n\n  \n 乙\t", ["甲", "乙"]), (0.5, ["0.5"]),
])
def test_a_cell_splits_into_its_non_blank_lines(value, lines):
    assert _lines(value) == lines


# --- files that are not a template -----------------------------------------------------


def _ole(*streams: str) -> bytes:
    """An OLE compound file's header, then a directory naming ``streams``."""
    return (bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504
            + b"".join(name.encode("utf-16-le") + b"\0" * 16 for name in streams) + b"\0" * 512)


def _zip(**members) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("content, expected", [
    pytest.param("镇街,得分\n凤城街道,4.5\n".encode("utf-8"), NOT_XLSX, id="csv renamed"),
    pytest.param(b"PK", NOT_XLSX, id="two bytes"),
    pytest.param(b"", NOT_XLSX, id="empty file"),
    pytest.param(b"PK\x03\x04" + b"\0" * 200, NOT_XLSX, id="zip signature only"),
    pytest.param(_zip(), NOT_XLSX, id="empty zip"),
    pytest.param(b"MZ" + b"\0" * 62 + _zip(**{"readme.txt": "x"}), NOT_XLSX, id="self-extracting zip"),
    pytest.param(_zip(**{"readme.txt": "not a workbook"}), broken("KeyError"), id="zip without a workbook"),
    pytest.param(_ole("Workbook", "SummaryInformation"),
                 "这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再导入。", id="xls"),
    pytest.param(_ole("EncryptionInfo"),
                 "这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再导入。",
                 id="one encryption stream"),
    pytest.param(_ole("EncryptionInfo", "EncryptedPackage"),
                 "文件设有打开密码（已加密），无法读取。请在 Excel 中打开后，于“文件 → 信息 → 保护工作簿 → 用密码进行加密”"
                 "中清除密码并保存，再导入。", id="encrypted"),
])
def test_a_file_that_is_no_workbook_is_refused_with_the_reason(tmp_path, content, expected):
    path = tmp_path / "returned.xlsx"
    path.write_bytes(content)
    assert file_refusal(path) == expected


def test_a_missing_file_or_a_folder_cannot_be_read(tmp_path):
    assert file_refusal(tmp_path / "gone.xlsx") == f"无法读取文件：{os.strerror(errno.ENOENT)}"
    (tmp_path / "folder.xlsx").mkdir()
    assert file_refusal(tmp_path / "folder.xlsx") == f"无法读取文件：{os.strerror(errno.EISDIR)}"


@pytest.mark.parametrize("error, reason", [
    (PermissionError(errno.EACCES, "Permission denied"), "Permission denied"),
    (OSError("network drive went away"), "network drive went away"),
])
def test_a_file_that_cannot_be_opened_names_the_reason(zjw_path, monkeypatch, error, reason):
    def refuse(*args, **kwargs):
        raise error

    monkeypatch.setattr(Path, "open", refuse)
    assert file_refusal(zjw_path) == f"无法读取文件：{reason}"


@pytest.mark.parametrize("error, reason", [
    (PermissionError(errno.EACCES, "Permission denied"), "Permission denied"),
    (OSError("locked by another user"), "locked by another user"),
])
def test_a_workbook_locked_by_excel_names_the_reason(zjw_path, monkeypatch, error, reason):
    def locked(*args, **kwargs):
        raise error

    monkeypatch.setattr(openpyxl, "load_workbook", locked)
    assert file_refusal(zjw_path) == f"无法读取文件：{reason}"


XML_ERRORS = ("ParseError", "XMLSyntaxError")   # the XML parser openpyxl uses (ElementTree or lxml)


@pytest.mark.parametrize("damage, reasons", [
    pytest.param(lambda data: data[: len(data) // 2], XML_ERRORS, id="cut in half"),
    pytest.param(lambda data: data[:-20], XML_ERRORS, id="end cut off"),
    pytest.param(lambda data: data.replace(b'r="A8"', b'r="??"', 1), ("ValueError",), id="bad cell reference"),
])
def test_a_damaged_worksheet_is_refused_as_broken(tmp_path, zjw_path, damage, reasons):
    """Damage found on opening or only while reading the rows: the same refusal, naming the kind of fault."""
    path = rewritten(zjw_path, tmp_path / "damaged.xlsx", "xl/worksheets/sheet1.xml", damage)
    assert file_refusal(path) in [broken(reason) for reason in reasons]


@pytest.mark.parametrize("build, expected", [
    pytest.param(lambda workbook: None, ["Sheet!A1: " + EMPTY], id="empty"),
    pytest.param(lambda workbook: setattr(workbook.active, "title", "空 表"), ["'空 表'!A1: " + EMPTY], id="empty titled"),
    pytest.param(lambda workbook: setattr(workbook.active["B2"], "font", Font(bold=True)), ["Sheet!A1: " + EMPTY],
                 id="formatted but empty"),
    pytest.param(lambda workbook: workbook.active.cell(1, 1, "镇街得分"), ["Sheet!A1: " + NOT_TEMPLATE], id="text in A1"),
    pytest.param(lambda workbook: workbook.active.cell(3, 2, 4.5), ["Sheet!A1: " + NOT_TEMPLATE], id="a number in B3"),
    pytest.param(lambda workbook: (setattr(workbook.active, "title", "数据"), workbook.active.cell(2, 2, "x"),
                                   workbook.create_sheet("空")), ["数据!A1: " + NOT_TEMPLATE], id="data and an empty sheet"),
    pytest.param(lambda workbook: (setattr(workbook.active, "title", "空"), workbook.create_sheet("数据").cell(2, 2, "x")),
                 ["空!A1: " + NOT_TEMPLATE], id="an empty sheet and data"),
    pytest.param(lambda workbook: (setattr(workbook.active, "title", "一"), workbook.create_sheet("二")),
                 ["一!A1: " + NOT_TEMPLATE], id="two empty sheets"),
])
def test_a_workbook_without_a_template_sheet_is_refused(tmp_path, build, expected):
    workbook = openpyxl.Workbook()
    build(workbook)
    path = tmp_path / "other.xlsx"
    workbook.save(path)
    assert refusal(path) == expected


def test_a_workbook_without_any_worksheet_is_not_a_template(tmp_path):
    plain = minimal(tmp_path / "plain.xlsx", {"A1": "x"})
    path = rewritten(plain, tmp_path / "nosheets.xlsx", "xl/workbook.xml",
                     lambda data: re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", data))
    assert refusal(path) == ["Sheet1!A1: " + NOT_TEMPLATE]


# --- reading a template ------------------------------------------------------------------


def test_a_template_is_read_with_its_identification_codes_and_town_rows(zjw, zjw_path):
    assert (zjw.source, zjw.sheet, zjw.year, zjw.department, zjw.codes_row) == (str(zjw_path), "打分表", 2023, "zjw", 7)
    assert type(zjw.year) is int
    assert zjw.fingerprint == scheme_fingerprint(YEAR)
    assert zjw.columns == ((4, "I06|score"), (5, "I06|reason"), (6, "I06|deduction"), (7, "I06|note"))
    assert [row.number for row in zjw.rows] == list(range(8, 27))   # the rows after #end (signatures) are not towns
    assert [(row.town_code, row.town_name) for row in zjw.rows] == ZJW_TOWNS
    assert zjw.rows[0].values[:3] == ("T01", 1, "凤城街道")
    assert zjw.cell(4, 11) == "打分表!D11"


def test_filled_cells_are_read_as_excel_stores_them(tmp_path, zjw_path):
    template = Template(zjw_path)
    template.set("T01", "I06", "score", 4.5)
    template.set("T02", "I06", "score", "４．５")
    template.set("T03", "I06", "score", "=2+2")
    template.set("T04", "I06", "reason", "资料缺失\n整改不到位")
    template.set("T04", "I06", "deduction", "0.5\n0.8")
    template.set("T05", "I06", "score", 4)
    template.set("T05", "I06", "note", "已复核")
    path = template.save(tmp_path / "filled.xlsx")
    sheet = read_returned_sheet(path)
    values = {row.town_code: row.values[3:7] + (None,) * (7 - len(row.values)) for row in sheet.rows}
    assert values["T01"] == (4.5, None, None, None)
    assert values["T02"] == ("４．５", None, None, None)
    assert values["T03"] == ("=2+2", None, None, None)      # the formula itself, not a computed value
    assert values["T04"] == (None, "资料缺失\n整改不到位", "0.5\n0.8", None)
    assert values["T05"] == (4, None, None, "已复核")
    preview = check(sheet)
    assert described(preview.problems) == [
        "打分表!D10: 这里是公式“=2+2”，请直接填写数值（住房保障成果巩固，江南街道）。"]
    assert {change.town: change.after.score for change in preview.changes} == {
        "T01": D("4.5"), "T02": D("4.5"), "T04": D("3.7"), "T05": D(4)}


def test_the_template_sheet_is_found_behind_other_sheets(tmp_path, zjw_path):
    workbook = openpyxl.load_workbook(zjw_path)
    workbook.create_sheet("说明", 0).cell(1, 1, "请交回此文件")
    workbook.create_sheet("空白", 1)
    path = tmp_path / "with-cover.xlsx"
    workbook.save(path)
    sheet = read_returned_sheet(path)
    assert (sheet.sheet, sheet.department, sheet.codes_row) == ("打分表", "zjw", 7)
    assert [row.town_code for row in sheet.rows] == [code for code, _ in ZJW_TOWNS]


@pytest.mark.parametrize("cells, expected", [
    ({"A1": FORMAT_ID}, ["Sheet!A2: " + bad_meta("年度"), "Sheet!A3: " + bad_meta("部门"),
                         "Sheet!A4: " + bad_meta("方案指纹"), "Sheet!A1: " + NO_CODES]),
    ({"A1": FORMAT_ID, "A2": 2023}, ["Sheet!A3: " + bad_meta("部门"), "Sheet!A4: " + bad_meta("方案指纹"),
                                     "Sheet!A1: " + NO_CODES]),
    ({"A1": FORMAT_ID, "A2": 2023, "A3": "zjw"}, ["Sheet!A4: " + bad_meta("方案指纹"), "Sheet!A1: " + NO_CODES]),
    (IDENTIFIED, ["Sheet!A1: " + NO_CODES]),
    ({**CODED, "A2": "2023"}, ["Sheet!A2: " + bad_meta("年度")]),
    ({**CODED, "A2": 2023.5}, ["Sheet!A2: " + bad_meta("年度")]),
    ({**CODED, "A2": True}, ["Sheet!A2: " + bad_meta("年度")]),
    ({**CODED, "A2": None}, ["Sheet!A2: " + bad_meta("年度")]),
    ({**CODED, "A3": 11}, ["Sheet!A3: " + bad_meta("部门")]),
    ({**CODED, "A3": None}, ["Sheet!A3: " + bad_meta("部门")]),
    ({**CODED, "A4": 71290}, ["Sheet!A4: " + bad_meta("方案指纹")]),
    ({**CODED, "A4": None}, ["Sheet!A4: " + bad_meta("方案指纹")]),
    ({**CODED, "A2": "x", "A3": 1, "A4": 2}, ["Sheet!A2: " + bad_meta("年度"), "Sheet!A3: " + bad_meta("部门"),
                                                   "Sheet!A4: " + bad_meta("方案指纹")]),
])
def test_damaged_identification_is_refused_cell_by_cell(tmp_path, cells, expected):
    path = minimal(tmp_path / "meta.xlsx", cells)
    assert refusal(path) == expected


def test_a_year_stored_as_a_whole_float_is_that_year(tmp_path):
    path = minimal(tmp_path / "year.xlsx", CODED)
    path = rewritten(path, tmp_path / "float-year.xlsx", "xl/worksheets/sheet1.xml",
                     lambda data: data.replace(b"<v>2023</v>", b"<v>2023.0</v>"))
    sheet = read_returned_sheet(path)
    assert sheet.year == 2023 and type(sheet.year) is int


def test_codes_rows_and_the_end_mark_are_found_wherever_they_are(tmp_path):
    """Rows added above the header move the codes row; blank rows are skipped; rows after #end are ignored."""
    path = minimal(tmp_path / "moved.xlsx", {
        **IDENTIFIED, "A9": "#codes", "B9": "序号", "C9": "镇街", "D9": "I06|score", "F9": "I06|reason",
        "A10": "T01", "C10": "凤城街道", "D10": 4,
        "A12": "T02", "C12": "晏家街道",
        "C13": "江南街道", "F13": "资料缺失",
        "A14": "#end", "B15": "填表人：", "A16": "T03", "C16": "江南街道",
    })
    sheet = read_returned_sheet(path)
    assert (sheet.year, sheet.department, sheet.fingerprint, sheet.codes_row) == (2023, "zjw", "abc123", 9)
    assert sheet.columns == ((4, "I06|score"), (6, "I06|reason"))
    assert [(row.number, row.town_code, row.town_name) for row in sheet.rows] == [
        (10, "T01", "凤城街道"), (12, "T02", "晏家街道"), (13, None, "江南街道")]
    assert sheet.rows[0].values == ("T01", None, "凤城街道", 4)
    assert sheet.rows[2].values[5] == "资料缺失"


def test_without_an_end_mark_every_row_to_the_last_is_read(tmp_path):
    path = minimal(tmp_path / "no-end.xlsx", {
        **IDENTIFIED, "A7": "#codes", "D7": "I06|score",
        "A8": "T01", "C8": "凤城街道", "A9": "T02", "C9": "晏家街道", "A10": "T03", "C10": "江南街道"})
    assert [row.number for row in read_returned_sheet(path).rows] == [8, 9, 10]


def test_a_codes_row_of_blank_columns_has_no_columns(tmp_path):
    sheet = read_returned_sheet(minimal(tmp_path / "bare.xlsx", CODED))
    assert (sheet.codes_row, sheet.columns, sheet.rows) == (7, (), ())


# --- large sheets: progress ----------------------------------------------------------


@pytest.fixture(scope="module")
def county(folder):
    """A year of 399 towns, all scored by 区住建委, and its blank template."""
    year = dataclasses.replace(
        YEAR, towns=tuple(Town(f"T{n:03}", f"第{n}镇") for n in range(1, 400)), scores=(),
        indicators=tuple(dataclasses.replace(indicator, applies_to=None) for indicator in YEAR.indicators))
    return year, write_department_template(year, "zjw", folder / "county.xlsx")


def test_reading_and_checking_a_large_sheet_report_progress(county):
    year, path = county
    rows = openpyxl.load_workbook(path).worksheets[0].max_row
    read, checked = [], []
    sheet = read_returned_sheet(path, report=lambda done, total: read.append((done, total)))
    assert read == [(100, rows), (200, rows), (300, rows), (400, rows)]
    filled = typed(sheet, {(f"T{n:03}", "I06", "score"): 4 for n in range(1, 400)})
    preview = check(filled, year, report=lambda done, total: checked.append((done, total)))
    assert checked == [(200, 399)]
    assert preview.problems == [] and len(preview.changes) == 399


def test_a_large_sheet_is_read_and_checked_without_a_progress_callback(county):
    year, path = county
    sheet = read_returned_sheet(path)
    assert len(sheet.rows) == 399
    assert described(check(sheet, year).problems) == ["打分表!D8:G406: " + NOTHING_FILLED]


# --- the sheet against the year ----------------------------------------------------------


def test_a_sheet_of_another_year_is_refused_at_the_title(zjw):
    preview = check(dataclasses.replace(zjw, year=2024, department="nobody"), submitted={"zjw"})
    assert described(preview.problems) == ["打分表!B1: 这是 2024 年度的打分表，当前是 2023 年度，不能导入。"]
    assert (preview.year, preview.department, preview.changes, preview.locked) == (2024, "nobody", [], False)


def test_a_sheet_of_an_unknown_department_is_refused(zjw):
    preview = check(dataclasses.replace(zjw, department="abc", fingerprint="0"))
    assert described(preview.problems) == ["打分表!B1: 打分表所属部门（编码 abc）不在 2023 年度的部门中。"]
    assert (preview.department, preview.department_name) == ("abc", "abc")


@pytest.mark.parametrize("chosen, expected", [
    ("jw", "这是区住建委的打分表，当前选择的是区教委。请先选择区住建委再导入。"),
    ("gone", "这是区住建委的打分表，当前选择的是gone。请先选择区住建委再导入。"),
])
def test_a_sheet_of_another_department_than_the_one_chosen_is_refused(zjw, chosen, expected):
    preview = check(dataclasses.replace(zjw, fingerprint="0"), submitted={"zjw"}, department=chosen)
    assert described(preview.problems) == ["打分表!B1: " + expected]
    assert preview.changes == [] and not preview.locked


@pytest.mark.parametrize("chosen", [None, "zjw"])
def test_a_sheet_of_the_chosen_department_goes_on_to_its_cells(zjw, chosen):
    preview = check(typed(zjw, {("T01", "I06", "score"): 4}), department=chosen)
    assert preview.ok and preview.problems == []
    assert (preview.source, preview.year, preview.department, preview.department_name) == (
        zjw.source, 2023, "zjw", "区住建委")
    assert [(change.cell, change.town, change.kind) for change in preview.changes] == [("打分表!D8", "T01", CHANGED)]


def test_a_sheet_exported_before_the_scheme_changed_is_refused(zjw):
    renamed = dataclasses.replace(YEAR, towns=(Town("T01", "凤城新区", "街道"), *YEAR.towns[1:]))
    preview = check(typed(zjw, {("T01", "I06", "score"): 4}), renamed, submitted={"zjw"})
    assert described(preview.problems) == [
        "打分表!B1: 导出此表之后，2023 年度的考核方案（指标、分值、部门、镇街或适用范围）已经更改，"
        "表中的列可能已对不上。请重新导出空白打分表，让区住建委在新表中填写。"]
    assert preview.changes == [] and not preview.locked


def test_a_submitted_department_is_locked(zjw):
    sheet = typed(zjw, {("T01", "I06", "score"): 4})
    preview = check(sheet, submitted={"jw", "zjw"})
    assert preview.locked and preview.changes == []
    assert described(preview.problems) == [
        "打分表!B1: 区住建委的打分表已提交（只读），不能导入。请考核办先在“部门打分”页点“退回修改”，再导入。"]
    assert preview.error().problems == preview.problems and preview.error().source == zjw.source
    other = check(sheet, submitted={"jw"})
    assert not other.locked and other.ok


def test_the_title_cell_is_named_with_the_sheet_title(zjw):
    preview = check(dataclasses.replace(zjw, sheet="住建 打分", year=2022))
    assert [problem.cell for problem in preview.problems] == ["'住建 打分'!B1"]


def test_a_year_missing_from_the_database_names_the_years_there_are(zjw):
    error = year_missing(dataclasses.replace(zjw, year=2024), [2022, 2023])
    assert error.source == zjw.source
    assert described(error.problems) == ["打分表!B1: 这是 2024 年度的打分表，数据库中没有该年度（已有年度：2022、2023），不能导入。"]
    assert described(year_missing(zjw, []).problems) == ["打分表!B1: 这是 2023 年度的打分表，数据库中没有该年度（已有年度：无），不能导入。"]


# --- columns --------------------------------------------------------------------------

I06 = ((4, "I06|score"), (5, "I06|reason"), (6, "I06|deduction"), (7, "I06|note"))


def _missing(field: str) -> str:
    return f"打分表!A7: 缺少打分部分 I06（住房保障成果巩固）的“{field}”列。"


def _unknown(cell: str, code) -> str:
    return f"打分表!{cell}: 列标识“{code}”不是本表应有的列（打分部分不存在或不属于区住建委）。"


@pytest.mark.parametrize("columns, expected", [
    (I06 + ((8, "I99|score"),), [_unknown("H7", "I99|score")]),
    (I06 + ((8, "备注"),), [_unknown("H7", "备注")]),
    (I06 + ((8, "I06|points"),), [_unknown("H7", "I06|points")]),
    (I06 + ((8, "I05|score"),), [_unknown("H7", "I05|score")]),                    # 区教委's part
    (I06 + ((9, 4.5),), [_unknown("I7", 4.5)]),
    (((4, "I99|score"),) + tuple((column + 1, code) for column, code in I06), [_unknown("D7", "I99|score")]),
    (I06 + ((8, "I06|score"),), ["打分表!H7: 列标识“I06|score”重复出现（第一次在 打分表!D7）。"]),
    (((4, "I06|score"), (5, "I06|score"), (6, "I06|reason"), (7, "I06|deduction"), (8, "I06|note")),
     ["打分表!E7: 列标识“I06|score”重复出现（第一次在 打分表!D7）。"]),
    (I06[:3], [_missing("备注")]),
    (I06[1:], [_missing("得分")]),
    ((), [_missing("得分"), _missing("扣分事由"), _missing("扣分"), _missing("备注")]),
    (I06[:3] + ((7, "I06|notes"),), [_unknown("G7", "I06|notes"), _missing("备注")]),
])
def test_every_column_fault_is_listed_and_no_cell_is_taken(zjw, columns, expected):
    sheet = typed(zjw, {("T01", "I06", "score"): 4, ("T02", "I06", "score"): "优"})
    preview = check(dataclasses.replace(sheet, columns=columns))
    assert described(preview.problems) == expected
    assert preview.changes == [] and preview.blank == 0


def test_columns_in_another_order_are_found_by_their_codes(zjw):
    columns = ((4, "I06|note"), (5, "I06|deduction"), (6, "I06|reason"), (7, "I06|score"))
    row = typed_row(8, "T01", "凤城街道", "复核", 0.5, "台账不全", 4.5)
    preview = check(dataclasses.replace(zjw, columns=columns, rows=(row, *zjw.rows[1:])))
    assert preview.problems == []
    assert preview.changes == [SheetChange("打分表!G8", "T01", "凤城街道", "I06", "住房保障成果巩固", CHANGED,
                                           Score("T01", "I06", D("4.86")),
                                           Score("T01", "I06", D("4.5"), (Deduction("台账不全", D("0.5")),), "复核"))]


# --- town rows -------------------------------------------------------------------------


def _town_unknown(row: int, name: str) -> str:
    return f"打分表!C{row}: 镇街“{name}”不是 2023 年度区住建委需要打分的镇街。"


def _town_missing(cells: str, name: str) -> str:
    return f"打分表!{cells}: 缺少镇街“{name}”的行（可能被删除）。"


LATE_FAULT = "打分表!D27: “优”不是数字。请填写 0 到 5 之间的数，最多两位小数（住房保障成果巩固，万顺镇）。"


@pytest.mark.parametrize("code, name, position, message", [
    (None, "新城镇", 0, "镇街“新城镇”不是 2023 年度区住建委需要打分的镇街。"),
    (None, None, 0, "镇街“”不是 2023 年度区住建委需要打分的镇街。"),
    (None, "  ", 0, "镇街“”不是 2023 年度区住建委需要打分的镇街。"),
    (7, "新城镇", 0, "镇街“新城镇”不是 2023 年度区住建委需要打分的镇街。"),
    ("T99", "新城镇", 0, "镇街“新城镇”不是 2023 年度区住建委需要打分的镇街。"),
    ("T99", None, 0, "镇街“T99”不是 2023 年度区住建委需要打分的镇街。"),
    ("T02", "凤城街道", 1, "本行的镇街名称“凤城街道”与该行的镇街（晏家街道）不符，行可能被移动或改写。"),
    ("T02", None, 1, "本行的镇街名称“”与该行的镇街（晏家街道）不符，行可能被移动或改写。"),
    ("T01", "凤城街道", 1, "镇街“凤城街道”的行重复（第一次在第 8 行）。"),
    (None, "凤城街道", 1, "镇街“凤城街道”的行重复（第一次在第 8 行）。"),
])
def test_a_row_of_no_town_of_the_sheet_is_refused_and_the_rows_after_it_still_checked(zjw, code, name, position,
                                                                                         message):
    sheet = typed(zjw, {("T18", "I06", "score"): 4, ("T19", "I06", "score"): "优"})
    extra = typed_row(0, code, name, 3)
    rows = renumbered([*sheet.rows[:position], extra, *sheet.rows[position:]], 8)
    preview = check(with_rows(sheet, rows))
    assert described(preview.problems) == [f"打分表!C{8 + position}: {message}", LATE_FAULT]
    assert [change.town for change in preview.changes] == ["T18"]


@pytest.mark.parametrize("code, name", [(None, "晏家街道"), (None, " 晏家街道 "), (2, "晏家街道")])
def test_a_row_typed_in_by_hand_is_taken_by_its_town_name(zjw, code, name):
    """A deleted row typed in again below the others has no hidden town code: its name decides."""
    rows = [row for row in zjw.rows if row.town_code != "T02"] + [typed_row(27, code, name, 3, None, None, "补录")]
    preview = check(with_rows(zjw, rows))
    assert preview.problems == []
    assert preview.changes == [SheetChange("打分表!D27", "T02", "晏家街道", "I06", "住房保障成果巩固", CHANGED,
                                           Score("T02", "I06", D(5)), Score("T02", "I06", D(3), (), "补录"))]
    assert preview.blank == 18


@pytest.mark.parametrize("removed, expected", [
    (["T01"], [_town_missing("C9:C26", "凤城街道")]),
    (["T19"], [_town_missing("C8:C25", "万顺镇")]),
    (["T19", "T10", "T01"], [_town_missing("C9:C25", "凤城街道"), _town_missing("C9:C25", "石堰镇"),
                             _town_missing("C9:C25", "万顺镇")]),
])
def test_every_missing_town_row_is_listed_over_the_rows_there_are(zjw, removed, expected):
    sheet = typed(zjw, {("T05", "I06", "score"): 4})
    preview = check(with_rows(sheet, [row for row in sheet.rows if row.town_code not in removed]))
    assert described(preview.problems) == expected


def test_a_sheet_without_town_rows_misses_every_town_below_the_codes_row(zjw):
    preview = check(with_rows(zjw, []))
    assert described(preview.problems) == [_town_missing("C8:C8", name) for _, name in ZJW_TOWNS]
    assert preview.changes == []


def test_a_blank_template_has_nothing_filled_over_all_its_score_cells(zjw, xczxj):
    assert described(check(zjw).problems) == ["打分表!D8:G26: " + NOTHING_FILLED]
    assert described(check(xczxj).problems) == ["打分表!D8:AQ26: " + NOTHING_FILLED]
    assert described(check(with_rows(zjw, renumbered(zjw.rows, 10))).problems) == ["打分表!D10:G28: " + NOTHING_FILLED]


def test_a_sheet_whose_only_entry_is_faulty_lists_just_that_fault(zjw):
    preview = check(typed(zjw, {("T04", "I06", "score"): "优"}))
    assert described(preview.problems) == [f"打分表!D11: “优”不是数字。请填写 0 到 5 之间的数，最多两位小数{IN_T04}。"]
    assert not preview.ok and preview.changes == []


# --- score cells --------------------------------------------------------------------------

S, R, X, N = "score", "reason", "deduction", "note"
BEFORE_T04 = Score("T04", "I06", D("3.74"))


def _after(score, *deductions, note=None) -> Score:
    return Score("T04", "I06", D(score), tuple(Deduction(reason, D(points)) for reason, points in deductions), note)


@pytest.mark.parametrize("cells, after", [
    ({S: 4.5}, _after("4.5")),
    ({S: 0}, _after(0)),
    ({S: 0.5}, _after("0.5")),
    ({S: 5}, _after(5)),
    ({S: 4.25}, _after("4.25")),
    ({S: "5"}, _after(5)),
    ({S: "４．５"}, _after("4.5")),
    ({S: " 4.5 "}, _after("4.5")),
    ({S: 0.30000000000000004}, _after("0.3")),
    ({S: 4.199999999999999}, _after("4.2")),
    ({R: "台账不全", X: 0.5}, _after("4.5", ("台账不全", "0.5"))),
    ({S: 4.5, R: "台账不全", X: 0.5}, _after("4.5", ("台账不全", "0.5"))),
    ({R: "台账不全", X: 0}, _after(5, ("台账不全", 0))),
    ({R: " 台账 不全 ", X: "０．２５"}, _after("4.75", ("台账 不全", "0.25"))),
    ({R: "台账不全", X: 6}, _after(0, ("台账不全", 6))),                        # floored at 0
    ({S: 0, R: "台账不全", X: 6}, _after(0, ("台账不全", 6))),
    ({R: "资料缺失\n整改不到位", X: "0.5\n0.8"}, _after("3.7", ("资料缺失", "0.5"), ("整改不到位", "0.8"))),
    ({R: "资料缺失\r\n整改不到位\r\n", X: "0.5\r0.25"}, _after("4.25", ("资料缺失", "0.5"), ("整改不到位", "0.25"))),
    ({S: 1.5, R: "甲\n乙\n丙", X: "1\n1.5\n1"}, _after("1.5", ("甲", 1), ("乙", "1.5"), ("丙", 1))),
    ({S: 4, N: "已复核"}, _after(4, note="已复核")),
    ({S: 4, N: "  已复核 \n"}, _after(4, note="已复核")),
    ({S: 4, N: 2023}, _after(4, note="2023")),
    ({S: 3.74, N: "复核"}, _after("3.74", note="复核")),
])
def test_an_accepted_cell_becomes_this_score(zjw, cells, after):
    preview = check(typed(zjw, {("T04", "I06", field): value for field, value in cells.items()}))
    assert preview.problems == []
    assert preview.changes == [SheetChange("打分表!D11", "T04", "渡舟街道", "I06", "住房保障成果巩固", CHANGED,
                                           BEFORE_T04, after)]
    assert preview.blank == 18
    assert preview.scores_to_apply() == [after]


def test_a_cell_equal_to_the_stored_score_is_unchanged(zjw):
    preview = check(typed(zjw, {("T04", "I06", S): 3.74, ("T03", "I06", R): "台账资料不完整", ("T03", "I06", X): 0.91}))
    assert preview.problems == []
    assert [(change.cell, change.kind, change.before, change.after) for change in preview.changes] == [
        ("打分表!D10", UNCHANGED, Score("T03", "I06", D("4.09"), (Deduction("台账资料不完整", D("0.91")),)),
         Score("T03", "I06", D("4.09"), (Deduction("台账资料不完整", D("0.91")),))),
        ("打分表!D11", UNCHANGED, BEFORE_T04, BEFORE_T04)]
    assert preview.scores_to_apply() == []
    assert preview.counts() == {NEW: 0, CHANGED: 0, UNCHANGED: 2, "blank": 17, "errors": 0}


def test_a_cell_without_a_stored_score_is_new(zjw):
    year = dataclasses.replace(YEAR, scores=tuple(s for s in YEAR.scores if (s.town, s.part) != ("T04", "I06")))
    preview = check(typed(zjw, {("T04", "I06", S): 4, ("T05", "I06", S): 4}), year)
    assert [(change.town, change.kind, change.before) for change in preview.changes] == [
        ("T04", NEW, None), ("T05", CHANGED, Score("T05", "I06", D("4.73")))]


@pytest.mark.parametrize("blank", [None, "   ", " \n "])
def test_a_blank_cell_is_left_as_it_is(zjw, blank):
    preview = check(typed(zjw, {("T04", "I06", S): blank, ("T05", "I06", S): 4}))
    assert preview.problems == []
    assert [change.town for change in preview.changes] == ["T05"]
    assert preview.blank == 18


def _t04(cell: str, message: str) -> str:
    return f"打分表!{cell}11: {message}{IN_T04}。"


@pytest.mark.parametrize("cells, expected", [
    ({S: "优秀"}, [_t04("D", "“优秀”不是数字。请填写 0 到 5 之间的数，最多两位小数")]),
    ({S: "不适用"}, [_t04("D", "“不适用”不是数字。请填写 0 到 5 之间的数，最多两位小数")]),
    ({S: True}, [_t04("D", "“True”不是数字。请填写 0 到 5 之间的数，最多两位小数")]),
    ({S: datetime.datetime(2023, 5, 1)}, [_t04("D", "“2023-05-01 00:00:00”不是数字。请填写 0 到 5 之间的数，最多两位小数")]),
    ({S: "=1+1"}, [_t04("D", "这里是公式“=1+1”，请直接填写数值")]),
    ({S: " =D10 "}, [_t04("D", "这里是公式“=D10”，请直接填写数值")]),
    ({S: 4.555}, [_t04("D", "4.555 超过两位小数，请最多保留两位小数")]),
    ({S: "0.125"}, [_t04("D", "0.125 超过两位小数，请最多保留两位小数")]),
    ({S: -0.5}, [_t04("D", "-0.5 不能为负数，得分范围 0～5")]),
    ({S: 5.01}, [_t04("D", "5.01 超过该项分值 5 分")]),
    ({S: 6, N: "加分"}, [_t04("D", "6 超过该项分值 5 分")]),
    ({R: "台账不全", X: "abc"}, [_t04("F", "扣分“abc”不是数字")]),
    ({R: "台账不全", X: True}, [_t04("F", "扣分“True”不是数字")]),
    ({R: "台账不全", X: " =0.5"}, [_t04("F", "这里是公式“=0.5”，请直接填写数值")]),
    ({R: "甲\n乙", X: "=0.5\nabc"}, [_t04("F", "这里是公式“=0.5”，请直接填写数值"), _t04("F", "扣分“abc”不是数字")]),
    ({R: "甲\n乙", X: "abc\n-1"}, [_t04("F", "扣分“abc”不是数字"), _t04("F", "扣分 -1 不能为负数")]),
    ({R: "甲\n乙", X: "0.5\n0.555"}, [_t04("F", "扣分 0.555 超过两位小数")]),
    ({R: "台账不全", X: 0.125}, [_t04("F", "扣分 0.125 超过两位小数")]),
    ({R: "台账不全", X: -0.5}, [_t04("F", "扣分 -0.5 不能为负数")]),
    ({X: 0.5}, [_t04("E", "填了扣分 0.5，但没有填写扣分事由")]),
    ({S: 4.5, X: "0.25\n0.25"}, [_t04("E", "填了扣分 0.25、0.25，但没有填写扣分事由")]),
    ({R: "台账不全"}, [_t04("F", "填了扣分事由，但没有填写扣分分值")]),
    ({S: 4.5, R: "台账不全", N: "复核"}, [_t04("F", "填了扣分事由，但没有填写扣分分值")]),
    ({R: "资料缺失\n整改不到位", X: 0.5}, [_t04("F", "扣分事由有 2 项，扣分分值有 1 项，须一一对应（每项一行）")]),
    ({R: "资料缺失", X: "0.5\n0.25"}, [_t04("F", "扣分事由有 1 项，扣分分值有 2 项，须一一对应（每项一行）")]),
    ({S: 4, R: "台账不全", X: 0.5}, [_t04("D", "得分 4 与扣分不符：分值 5 减去扣分合计 0.5 应为 4.5")]),
    ({S: 1, R: "甲\n乙", X: "3\n3.5"}, [_t04("D", "得分 1 与扣分不符：分值 5 减去扣分合计 6.5 应为 0")]),
    ({N: "待核实"}, [_t04("D", "填了备注，但没有填写得分")]),
    ({S: "优秀", X: 0.5}, [_t04("D", "“优秀”不是数字。请填写 0 到 5 之间的数，最多两位小数")]),
    ({S: 4.555, R: "台账不全", X: 0.5}, [_t04("D", "4.555 超过两位小数，请最多保留两位小数")]),
    ({S: "优秀", R: "台账不全", X: "abc", N: "复核"},
     [_t04("D", "“优秀”不是数字。请填写 0 到 5 之间的数，最多两位小数"), _t04("F", "扣分“abc”不是数字")]),
])
def test_a_faulty_cell_is_refused_with_its_address_and_nothing_is_taken_from_it(zjw, cells, expected):
    preview = check(typed(zjw, {("T04", "I06", field): value for field, value in cells.items()}
                          | {("T05", "I06", S): 4}))
    assert described(preview.problems) == expected
    assert not preview.ok and described(preview.error().problems) == expected
    assert [change.town for change in preview.changes] == ["T05"]     # the other town's cell is fine
    assert preview.blank == 17


def test_faults_are_listed_in_row_order_with_every_cell(zjw):
    preview = check(typed(zjw, {("T02", "I06", S): 9, ("T02", "I06", N): "x", ("T07", "I06", X): 1,
                                ("T12", "I06", S): "=1", ("T12", "I06", R): "甲", ("T12", "I06", X): "a"}))
    assert described(preview.problems) == [
        "打分表!D9: 9 超过该项分值 5 分（住房保障成果巩固，晏家街道）。",
        "打分表!E14: 填了扣分 1，但没有填写扣分事由（住房保障成果巩固，菩提街道）。",
        "打分表!D19: 这里是公式“=1”，请直接填写数值（住房保障成果巩固，龙河镇）。",
        "打分表!F19: 扣分“a”不是数字（住房保障成果巩固，龙河镇）。",
    ]


# --- parts that do not apply to a town --------------------------------------------------------

NA = "该指标不适用于此镇街，不应填写内容，现为"
IN_I22_T01 = "（乡村振兴重点帮扶工作，凤城街道）。"


@pytest.mark.parametrize("cells, expected", [
    ({}, []),
    ({S: "不适用"}, []),
    ({S: " 不适用 "}, []),
    ({S: "  ", N: None}, []),
    ({S: 1}, [f"打分表!AN8: {NA}“1”{IN_I22_T01}"]),
    ({S: 0.30000000000000004}, [f"打分表!AN8: {NA}“0.3”{IN_I22_T01}"]),
    ({R: "不适用"}, [f"打分表!AO8: {NA}“不适用”{IN_I22_T01}"]),
    ({X: 0.5}, [f"打分表!AP8: {NA}“0.5”{IN_I22_T01}"]),
    ({N: " 无 "}, [f"打分表!AQ8: {NA}“无”{IN_I22_T01}"]),
    ({S: "不适用", R: "甲", X: 1, N: "乙"},
     [f"打分表!AO8: {NA}“甲”{IN_I22_T01}", f"打分表!AP8: {NA}“1”{IN_I22_T01}", f"打分表!AQ8: {NA}“乙”{IN_I22_T01}"]),
])
def test_a_part_that_does_not_apply_to_a_town_must_stay_empty(xczxj, cells, expected):
    sheet = typed(xczxj, {("T01", "I22", field): value for field, value in cells.items()} | {("T01", "I01", S): 3})
    preview = check(sheet)
    assert described(preview.problems) == expected
    assert [(change.town, change.part) for change in preview.changes] == [("T01", "I01")]
    assert preview.blank == 181        # 19 towns × 10 parts, less the 8 towns I22 does not apply to, less I01


def test_a_part_that_applies_to_some_towns_is_scored_for_those(xczxj):
    preview = check(typed(xczxj, {("T03", "I22", S): 1.5, ("T01", "I22", S): "不适用"}))
    assert preview.problems == []
    assert [(change.cell, change.town, change.part, change.after.score) for change in preview.changes] == [
        ("打分表!AN10", "T03", "I22", D("1.5"))]
    assert preview.changes[0].kind == CHANGED and preview.changes[0].before.score == D("1.7")


def test_a_town_row_emptied_by_the_department_is_a_missing_town(tmp_path, zjw_path):
    """Its cells are cleared but keep their formatting: the row is skipped, not read as a nameless town."""
    template = Template(zjw_path)
    for column in range(1, 8):
        template.sheet.cell(template.rows["T02"], column).value = None
    template.set("T05", "I06", "score", 4)
    sheet = read_returned_sheet(template.save(tmp_path / "emptied.xlsx"))
    assert [row.number for row in sheet.rows] == [8, *range(10, 27)]
    assert described(check(sheet).problems) == [_town_missing("C8:C26", "晏家街道")]


def test_a_row_without_code_or_name_matches_no_town_whatever_the_towns_are_called(zjw):
    """Even a town still carrying a placeholder name is not taken for a nameless row."""
    year = dataclasses.replace(YEAR, towns=(*YEAR.towns[:-1], Town("T19", "XXXX", "镇")))
    rows = [*zjw.rows[:-1], typed_row(26, "T19", "XXXX"), typed_row(27, None, None, 4)]
    sheet = dataclasses.replace(zjw, fingerprint=scheme_fingerprint(year), rows=tuple(rows))
    preview = check(typed(sheet, {("T05", "I06", S): 4}), year)
    assert described(preview.problems) == [_town_unknown(27, "")]


def test_a_preview_shows_a_score_with_its_deductions_and_note():
    from decimal import Decimal as Dec

    from desktop_app.domain.model import Deduction, Score
    from desktop_app.excel.returned import score_text

    assert score_text(None) == "（空）"
    assert score_text(Score("T01", "I01", Dec("4.5"))) == "4.50"
    score = Score("T01", "I01", Dec("3.5"), (Deduction("台账不全", Dec("1")), Deduction("超期", Dec("0.5"))), "复核")
    assert score_text(score) == "3.50（扣分：台账不全 1.00；超期 0.50）［备注：复核］"
    english = {"（空）": "(empty)", "（扣分：{items}）": " (deducted: {items})", "［备注：{note}］": " [note: {note}]"}
    assert score_text(score, lambda context, text: english[text]) == "3.50 (deducted: 台账不全 1.00；超期 0.50) [note: 复核]"
