"""The bounds a returned workbook is read within: each refusal exactly (its cell and figures),
and the sheets just inside each bound still read."""
from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import PatternFill

from desktop_app.excel import returned
from desktop_app.excel.problems import SheetError
from desktop_app.excel.returned import MAX_ROWS, read_returned_sheet
from desktop_app.excel.template import write_department_template
from tests.conftest import EXAMPLE

MIB = 1024 * 1024


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    from desktop_app.yearfile import read_year_file

    return write_department_template(read_year_file(EXAMPLE), "zjw", tmp_path_factory.mktemp("t") / "zjw.xlsx")


def _refusal(path):
    with pytest.raises(SheetError) as refused:
        read_returned_sheet(path)
    error = refused.value
    assert error.source == str(path)
    return [(p.path, p.render()) for p in error.problems]


def _zip(path: Path, members: dict, compression=zipfile.ZIP_STORED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return path


def _zip_of_size(path: Path, size: int) -> Path:
    """A zip file of exactly ``size`` bytes (one stored member padded to fit)."""
    _zip(path, {"[Content_Types].xml": b"<Types/>", "pad.bin": b""})
    overhead = path.stat().st_size
    _zip(path, {"[Content_Types].xml": b"<Types/>", "pad.bin": b"\0" * (size - overhead)})
    assert path.stat().st_size == size
    return path


def test_a_file_over_the_size_limit_says_its_size_and_one_at_the_limit_is_looked_into(tmp_path, monkeypatch):
    big = _zip_of_size(tmp_path / "big.xlsx", int(25.5 * MIB) + 1)
    monkeypatch.setattr(returned, "MAX_FILE_BYTES", 20 * MIB)
    assert _refusal(big) == [("", "文件有 26 MB，远大于任何打分表（通常不到 1 MB），可能不是交回的打分表，未读取。")]
    monkeypatch.setattr(returned, "MAX_FILE_BYTES", big.stat().st_size)  # at the limit: read on, and found not a template
    assert "MB" not in _refusal(big)[0][1]


def test_a_workbook_that_unpacks_too_large_says_how_large(tmp_path, monkeypatch):
    huge = _zip(tmp_path / "huge.xlsx", {"[Content_Types].xml": b"<Types/>",
                                         "xl/big.xml": b"\0" * (int(31.5 * MIB) + 1)}, zipfile.ZIP_DEFLATED)
    assert huge.stat().st_size < MIB
    assert _refusal(huge) == [("", "工作簿解压后有 32 MB，远大于任何打分表，可能含有超大的单元格或大量无关内容，未读取。")]
    monkeypatch.setattr(returned, "MAX_UNPACKED_BYTES", int(31.5 * MIB) + 1 + len(b"<Types/>"))
    assert "解压后" not in _refusal(huge)[0][1]  # at the limit: read on


def test_a_damaged_package_is_said_to_be_damaged(tmp_path):
    path = _zip(tmp_path / "broken.xlsx", {"[Content_Types].xml": b"<Types>" + b"x" * 200 + b"</Types>"})
    data = bytearray(path.read_bytes())
    start = data.index(b"<Types>")
    data[start + 20:start + 30] = b"corrupted!"  # the member's checksum no longer matches
    path.write_bytes(bytes(data))
    assert _refusal(path) == [("", "Excel 工作簿已损坏或格式不受支持（zip），无法读取。请让部门重新保存后交回。")]


def test_a_workbook_carrying_a_vba_project_is_refused_as_macro_enabled(tmp_path):
    path = _zip(tmp_path / "vba.xlsx", {"[Content_Types].xml": b'<Types><Override PartName="/xl/vbaProject.bin"/></Types>'})
    assert _refusal(path) == [("", "这是含宏的工作簿（.xlsm），不接受。请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再导入。")]


def test_two_templates_in_one_workbook_name_the_second_sheets_first_cell(template, tmp_path):
    workbook = openpyxl.load_workbook(template)
    copy = workbook.copy_worksheet(workbook.worksheets[0])
    copy.title = "第二张"
    workbook.save(tmp_path / "two.xlsx")
    [(cell, text)] = _refusal(tmp_path / "two.xlsx")
    assert cell == "第二张!A1" and "2 张打分表（打分表、第二张）" in text


def _with_cells(template, path, cells):
    workbook = openpyxl.load_workbook(template)
    sheet = workbook.worksheets[0]
    for row, value in cells:
        cell = sheet.cell(row, 2)
        if value is None:
            cell.fill = PatternFill("solid", fgColor="FFFF00")  # a formatted cell without a value
        else:
            cell.value = value
    workbook.save(path)
    return path


def test_content_below_the_row_limit_is_refused_naming_the_first_row_past_it(template, tmp_path):
    path = _with_cells(template, tmp_path / "long.xlsx", [(MAX_ROWS, "x"), (MAX_ROWS + 1, "y")])
    assert _refusal(path) == [(f"打分表!A{MAX_ROWS + 1}",
                               f"工作表超过 {MAX_ROWS} 行，远多于镇街数，可能在表格下方粘贴了大量内容。请删除多余的行后再交回。")]


@pytest.mark.parametrize("cells", [
    [(MAX_ROWS, "last row inside the limit")],
    [(MAX_ROWS + 1, None)],                                   # formatted but empty below the limit
    [(MAX_ROWS - 1, "inside"), (MAX_ROWS + 1, None)],
    [(MAX_ROWS + 2, "beyond what is read")],
])
def test_sheets_just_inside_the_row_limit_are_read(template, tmp_path, cells):
    sheet = read_returned_sheet(_with_cells(template, tmp_path / "edge.xlsx", cells))
    assert sheet.department == "zjw" and sheet.rows
