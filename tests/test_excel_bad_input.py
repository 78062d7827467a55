"""Every malformed returned sheet through ``import-sheet`` (its ``main``, in this process): exit code 2, a message naming
the file and the cell, and the database unchanged byte for byte."""
import dataclasses
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from conftest import EXAMPLE, database_files, run_cli_in_process
from excel_helpers import Template, database_key, fill, random_scores

from desktop_app.domain.model import Town
from desktop_app.excel.template import write_department_template
from desktop_app.services import copy_scheme
from desktop_app.yearfile import read_year_file

YEAR = read_year_file(EXAMPLE)


def filled(database: Path, folder: Path, department: str = "zjw", year=YEAR) -> Template:
    """A template signed by ``database``, filled with valid new scores: any refusal comes from the one fault added."""
    path = write_department_template(year, department, folder / f"{department}.xlsx", signing_key=database_key(database))
    template = Template(path)
    fill(template, random_scores(year, department, seed=11))
    return template


def refused(database: Path, file: Path, *fragments, extra=()):
    before = database_files(database)
    result = run_cli_in_process("import-sheet", file, "--db", database, *extra)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert str(file) in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, result.stderr)
    assert "未导入任何数据" in result.stderr
    assert database_files(database) == before
    return result.stderr


def test_a_valid_sheet_is_accepted(database, tmp_path):
    """The control case: the same filling without a fault goes in (on a copy of the database)."""
    path = filled(database, tmp_path).save()
    copy = tmp_path / "copy.db"
    copy.write_bytes(database.read_bytes())
    result = run_cli_in_process("import-sheet", path, "--db", copy)
    assert result.returncode == 0, result.stderr
    assert "已导入" in result.stdout


def test_workbook_from_another_year(database, tmp_path):
    other = copy_scheme(YEAR, 2024)
    path = filled(database, tmp_path, year=other).save()
    refused(database, path, "打分表!B1", "2024 年度", "2023 年度", extra=("--year", "2023"))


def test_workbook_of_a_year_not_in_the_database(database, tmp_path):
    path = filled(database, tmp_path, year=copy_scheme(YEAR, 2024)).save()
    refused(database, path, "打分表!B1", "2024 年度", "已有年度：2023")


def test_workbook_from_another_department(database, tmp_path):
    path = filled(database, tmp_path, "jw").save()
    refused(database, path, "打分表!B1", "区教委", "区住建委", extra=("--department", "zjw"))


def test_scheme_changed_since_export(database, tmp_path):
    renamed = dataclasses.replace(YEAR, towns=(Town("T01", "凤城新区", "街道"), *YEAR.towns[1:]))
    path = filled(database, tmp_path, year=renamed).save()
    refused(database, path, "打分表!B1", "考核方案", "已经更改", "重新导出")


def test_non_xlsx_file_renamed(database, tmp_path):
    path = tmp_path / "scores.xlsx"
    path.write_text("镇街,得分\n凤城街道,4.5\n", encoding="utf-8")
    refused(database, path, "不是 Excel 工作簿")


def test_zip_that_is_not_a_workbook(database, tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    path = tmp_path / "archive.xlsx"
    path.write_bytes(buffer.getvalue())
    refused(database, path, "已损坏或格式不受支持")


def test_empty_sheet(database, tmp_path):
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    refused(database, path, "Sheet!A1", "工作表是空的")


def test_template_with_nothing_filled(database, tmp_path):
    path = write_department_template(YEAR, "zjw", tmp_path / "blank.xlsx", signing_key=database_key(database))
    refused(database, path, "打分表!D8:G26", "没有填写任何得分")


def test_text_in_a_score_cell(database, tmp_path):
    template = filled(database, tmp_path)
    template.set("T04", "I06", "score", "优秀")
    path = template.save()
    refused(database, path, template.address("T04", "I06"), "“优秀”不是数字", "渡舟街道")


def test_three_decimals(database, tmp_path):
    template = filled(database, tmp_path)
    template.set("T03", "I06", "score", 4.555)
    path = template.save()
    refused(database, path, template.address("T03", "I06"), "4.555 超过两位小数")


def test_score_above_points(database, tmp_path):
    template = filled(database, tmp_path)
    template.set("T02", "I06", "score", 5.5)
    path = template.save()
    refused(database, path, f"{template.address('T02', 'I06')}: 5.5 超过该项分值 5 分（住房保障成果巩固，晏家街道）")


def test_negative_deduction(database, tmp_path):
    template = filled(database, tmp_path)
    template.set("T06", "I06", "score", None)
    template.set("T06", "I06", "reason", "台账不全")
    template.set("T06", "I06", "deduction", -0.5)
    path = template.save()
    refused(database, path, template.address("T06", "I06", "deduction"), "扣分 -0.5 不能为负数")


def test_deductions_that_do_not_add_up(database, tmp_path):
    template = filled(database, tmp_path)
    template.set("T06", "I06", "score", 4)
    template.set("T06", "I06", "reason", "台账不全")
    template.set("T06", "I06", "deduction", 0.5)
    path = template.save()
    refused(database, path, template.address("T06", "I06"), "应为 4.5")


def test_town_row_deleted(database, tmp_path):
    template = filled(database, tmp_path)
    template.sheet.delete_rows(template.rows["T02"])
    path = template.save()
    refused(database, path, "打分表!C8:C25", "缺少镇街“晏家街道”的行")


def test_town_row_duplicated(database, tmp_path):
    template = filled(database, tmp_path)
    source = template.rows["T02"]
    template.sheet.insert_rows(source + 1)
    for column in range(1, template.sheet.max_column + 1):
        template.sheet.cell(source + 1, column).value = template.sheet.cell(source, column).value
    path = template.save()
    refused(database, path, f"打分表!C{source + 1}", f"镇街“晏家街道”的行重复（第一次在第 {source} 行）")


def test_row_for_an_unknown_town(database, tmp_path):
    template = filled(database, tmp_path)
    row = template.end_row
    template.sheet.insert_rows(row)
    template.sheet.cell(row, 3).value = "新城镇"
    template.sheet.cell(row, 4).value = 4
    path = template.save()
    refused(database, path, f"打分表!C{row}", "镇街“新城镇”不是 2023 年度区住建委需要打分的镇街")


def test_open_password_protected_file(database, tmp_path):
    msoffcrypto = pytest.importorskip("msoffcrypto")
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = filled(database, tmp_path).save()
    path = tmp_path / "locked.xlsx"
    with plain.open("rb") as source, path.open("wb") as target:
        OOXMLFile(source).encrypt("部门密码", target)
    assert path.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1") and msoffcrypto
    refused(database, path, "打开密码", "清除密码")


def test_old_excel_97_file(database, tmp_path):
    # An OLE container without encryption streams is a .xls workbook.
    path = tmp_path / "old.xlsx"
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 1024)
    refused(database, path, ".xls", "另存为")


def _repacked(source: Path, target: Path, change) -> Path:
    """The workbook with its package changed by ``change(name, data) -> data`` (and extra parts it returns)."""
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in package.infolist():
            out.writestr(item, change(item.filename, package.read(item.filename)))
        for name, data in getattr(change, "extra", {}).items():
            out.writestr(name, data)
    return target


def test_a_workbook_with_two_departments_sheets_is_refused_naming_both(database, tmp_path):
    template = filled(database, tmp_path)
    template.workbook.copy_worksheet(template.sheet).title = "另一张"
    refused(database, template.save(), "2 张打分表", "打分表、另一张", "一次只能导入一张")


def test_a_macro_enabled_workbook_is_refused(database, tmp_path):
    path = filled(database, tmp_path).save()

    def macro(name, data):
        if name == "[Content_Types].xml":
            return data.replace(b"spreadsheetml.sheet.main+xml", b"sheet.macroEnabled.main+xml")
        return data
    refused(database, _repacked(path, tmp_path / "宏.xlsm", macro), "含宏的工作簿")


def test_a_sheet_with_thousands_of_rows_pasted_below_is_refused_quickly(database, tmp_path):
    import time

    template = filled(database, tmp_path)
    for row in range(template.end_row + 2, 6200):
        template.sheet.cell(row, 5, "多余的内容")
    path = template.save()
    started = time.perf_counter()
    refused(database, path, "超过 5000 行")
    assert time.perf_counter() - started < 10


def test_a_huge_part_inside_the_workbook_is_refused_before_it_is_read(database, tmp_path):
    path = filled(database, tmp_path).save()

    def keep(name, data):
        return data
    keep.extra = {"xl/media/huge.bin": b"a" * (60 * 1024 * 1024)}  # like a 60 MB cell: small once compressed
    packed = _repacked(path, tmp_path / "huge.xlsx", keep)
    assert packed.stat().st_size < 5 * 1024 * 1024
    refused(database, packed, "解压后有 60 MB")


def test_a_huge_file_is_refused_before_it_is_opened(database, tmp_path):
    path = filled(database, tmp_path).save()

    def keep(name, data):
        return data
    keep.extra = {"xl/media/photo.bin": __import__("os").urandom(21 * 1024 * 1024)}
    refused(database, _repacked(path, tmp_path / "big.xlsx", keep), "文件有 21 MB")
