"""A returned sheet is taken only with this database's signature over its hidden identification,
and only for the department that signature names."""
from __future__ import annotations

import openpyxl
import pytest
from excel_helpers import Template, fill, random_scores

from desktop_app.excel.layout import CODE_COLUMN, DEPARTMENT_CELL_ROW, NUMBER_COLUMN, SIGNATURE_CELL_ROW, TITLE_ROW
from desktop_app.excel.problems import SheetError
from desktop_app.excel.returned import read_returned_sheet
from desktop_app.excel.template import write_department_template
from desktop_app.services import Accounts, PermissionDeniedError, YearSession
from desktop_app.services.sheets import apply_sheet, export_template, export_templates, preview_sheet, signing_key
from desktop_app.storage import Store
from tests.conftest import database_files


@pytest.fixture
def session(fresh_database):
    with Store(fresh_database) as store:
        yield YearSession(store, 2023)


def _filled(session, path, department="zjw"):
    template = Template(export_template(session, department, path))
    fill(template, random_scores(session.year, department, seed=3))
    return template.save()


def _edited(path, row, column, value):
    workbook = openpyxl.load_workbook(path)
    workbook.worksheets[0].cell(row, column).value = value
    workbook.save(path)
    return path


def _problems(session, path, **options):
    return [p.describe() for p in preview_sheet(session, read_returned_sheet(path), **options).problems]


def test_a_sheet_signed_by_this_database_goes_in(session, tmp_path):
    path = _filled(session, tmp_path / "zjw.xlsx")
    assert read_returned_sheet(path).signature and _problems(session, path) == []
    _, counts = apply_sheet(session, read_returned_sheet(path))
    assert counts["new"] + counts["changed"] > 0


def test_the_key_is_made_once_kept_and_never_shown_in_the_trail(session):
    key = signing_key(session.store)
    assert len(key) == 32 and signing_key(session.store) == key
    made = [(e["action"], e["new_value"]) for e in session.store.audit_entries() if e["key"] == "sheet_signing_key"]
    assert made == [("set_signing_key", '{"value":"blob:32"}')]


def test_a_key_made_meanwhile_by_another_process_is_kept_not_replaced(session, monkeypatch):
    """Two windows export at once: the second, having seen no key before taking the write lock, uses the first's."""
    with Store(session.store.path) as other:
        theirs = signing_key(other)
    reads = iter([None])  # what this process read before the other one made its key
    real = session.store.get_setting
    monkeypatch.setattr(session.store, "get_setting", lambda key: next(reads, None) or real(key))
    assert signing_key(session.store) == theirs


def test_editing_the_hidden_department_breaks_the_signature(session, tmp_path):
    path = _edited(_filled(session, tmp_path / "zjw.xlsx"), DEPARTMENT_CELL_ROW, CODE_COLUMN, "jw")
    before = database_files(session.store.path)
    assert any("没有本数据库的签名" in text and "打分表!A5" in text for text in _problems(session, path))
    with pytest.raises(SheetError):
        apply_sheet(session, read_returned_sheet(path))
    assert database_files(session.store.path) == before


@pytest.mark.parametrize("signature", [None, "0" * 64, "not a signature"])
def test_a_missing_or_made_up_signature_is_refused(session, tmp_path, signature):
    path = _edited(_filled(session, tmp_path / "zjw.xlsx"), SIGNATURE_CELL_ROW, CODE_COLUMN, signature)
    assert any("没有本数据库的签名" in text for text in _problems(session, path))


def test_a_sheet_from_another_database_or_without_a_key_is_refused(session, tmp_path, example_year):
    with Store(tmp_path / "other.db") as other:
        other.save_year(example_year)
        path = _filled(YearSession(other, 2023), tmp_path / "zjw.xlsx")
    assert any("没有本数据库的签名" in text for text in _problems(session, path))
    unsigned = write_department_template(session.year, "zjw", tmp_path / "unsigned.xlsx")
    assert any("没有本数据库的签名" in text for text in _problems(session, unsigned))


def test_a_visible_title_that_names_another_department_is_refused(session, tmp_path):
    path = _filled(session, tmp_path / "zjw.xlsx")
    heading = openpyxl.load_workbook(path).worksheets[0].cell(TITLE_ROW, NUMBER_COLUMN).value
    path = _edited(path, TITLE_ROW, NUMBER_COLUMN, heading.replace("区住建委", "区教委"))
    shown = heading.replace("区住建委", "区教委").replace("\n", " ")
    assert "\n" in heading and _problems(session, path) == [
        f"打分表!B1: 表头写的是“{shown}”，隐藏标识却是区住建委的打分表，二者不一致，不能导入。"]
    for blank in (None, 2023):  # an emptied title, or a number typed over it
        _edited(path, TITLE_ROW, NUMBER_COLUMN, blank)
        assert _problems(session, path) == ["打分表!B1: 表头写的是“”，隐藏标识却是区住建委的打分表，二者不一致，不能导入。"]


def test_a_signature_cell_holding_a_number_is_refused_not_a_failure(session, tmp_path):
    path = _edited(_filled(session, tmp_path / "zjw.xlsx"), SIGNATURE_CELL_ROW, CODE_COLUMN, 12345)
    assert _problems(session, path) == [
        "打分表!A5: 这份打分表的隐藏标识没有本数据库的签名（由其他数据库或旧版本导出，或隐藏单元格被改动），"
        "不能导入。请从本程序重新导出空白打分表给区住建委填写。"]


def test_a_short_sheet_whose_codes_mark_replaces_the_department_is_refused_with_a_message(tmp_path):
    from desktop_app.excel.layout import CODES_MARK, FORMAT_ID

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "打分表"
    for row, value in enumerate((FORMAT_ID, 2023, CODES_MARK, "fingerprint"), start=1):
        sheet.cell(row, CODE_COLUMN).value = value
    workbook.save(tmp_path / "short.xlsx")
    found = read_returned_sheet(tmp_path / "short.xlsx")
    assert (found.signature, found.heading, found.department) == (None, None, CODES_MARK)


def test_a_department_operator_may_import_only_its_own_departments_sheet(session, tmp_path):
    accounts = Accounts(session.store)
    accounts.create_first_administrator("admin", "", "bureau-2024")
    accounts.add("zjw1", "", "department", "zjw", "initial-pw")
    accounts.add("jw1", "", "department", "jw", "initial-pw")
    path = _filled(session, tmp_path / "zjw.xlsx")
    for name in ("jw1", "zjw1"):
        accounts.sign_in(name, "initial-pw")
        accounts.change_password("initial-pw", "own-password")
    accounts.sign_in("jw1", "own-password")
    before = database_files(session.store.path)
    with pytest.raises(PermissionDeniedError):
        apply_sheet(session, read_returned_sheet(path))
    assert database_files(session.store.path) == before
    accounts.sign_in("zjw1", "own-password")
    _, counts = apply_sheet(session, read_returned_sheet(path))
    assert counts["new"] + counts["changed"] > 0


def test_every_department_template_is_exported_signed_and_translated_as_asked(session, tmp_path):
    from desktop_app.excel.template import department_columns

    wanted = [d.code for d in session.year.departments if department_columns(session.year, d.code)]
    written = export_templates(session, tmp_path, translate=lambda context, text: text.replace("打分表", "评分表"))
    assert len(written) == len(wanted) and all("评分表" in path.name for path in written)
    for path in written:
        sheet = read_returned_sheet(path)
        assert sheet.department in wanted and "评分表" in sheet.heading
        problems = [p.render() for p in preview_sheet(session, sheet).problems]
        assert problems == ["表中没有填写任何得分。请确认交回的是填好的打分表。"]  # blank, but signed by this database
    only = export_templates(session, tmp_path / "one", departments=["zjw"])
    assert [read_returned_sheet(p).department for p in only] == ["zjw"]


def test_a_template_with_the_stored_scores_holds_them(session, tmp_path):
    filled = read_returned_sheet(export_template(session, "zjw", tmp_path / "filled.xlsx", include_scores=True))
    blank = read_returned_sheet(export_template(session, "zjw", tmp_path / "blank.xlsx"))
    stored = [s for s in session.year.scores if s.part == "I06"]
    preview = preview_sheet(session, filled)
    assert preview.problems == [] and preview.counts()["unchanged"] == len(stored) > 0
    assert preview_sheet(session, blank).counts().get("unchanged", 0) == 0
    every = export_templates(session, tmp_path / "all", include_scores=True, departments=["zjw"])
    assert preview_sheet(session, read_returned_sheet(every[0])).counts()["unchanged"] == len(stored)
    titled = export_template(session, "zjw", tmp_path / "t.xlsx", translate=lambda context, text: text + "（译）")
    assert read_returned_sheet(titled).heading.endswith("（译）")
