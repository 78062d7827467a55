"""Excel in the window: templates out from the entry tab, returned sheets back in with a
preview, and the upward workbook from the File menu. No dialog is ever shown: the
messenger answers and the preview's ``review`` is replaced."""
import threading
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from excel_helpers import Template, fill, random_scores
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app.excel.returned import CHANGED, NEW, UNCHANGED, check_returned_sheet, read_returned_sheet
from desktop_app.excel.template import write_department_template
from desktop_app.services.sheets import signing_key
from desktop_app.gui.entry import sheets as entry_excel
from desktop_app.gui.entry.sheet_import import SheetPreviewDialog

D = Decimal


def open_department(window, code):
    tab = window.entry_tab
    window.tabs.setCurrentWidget(tab)
    tab.department_combo.setCurrentIndex(tab.department_combo.findData(code))
    assert tab.department() == code
    return tab


def stored(window):
    return {(s.town, s.part): s for s in window.workspace.store.load_year(2023, use_cache=False).scores}


def database_bytes(window):
    path = window.workspace.store.path
    return {p.name: p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists()}


@pytest.fixture
def reviews(main_window, monkeypatch):
    """Every preview the tab would show; the answer is ``reviews.answer``."""
    class Recorder(list):
        answer = True

    recorder = Recorder()

    def review(preview, file_name):
        recorder.append(preview)
        return recorder.answer and not preview.problems

    monkeypatch.setattr(main_window.entry_tab.sheets, "review", review)
    return recorder


def filled_template(window, folder: Path, year, department="zjw", seed=4) -> Template:
    """A template signed by the window's database, filled the way a department would."""
    template = Template(write_department_template(year, department, folder / f"{department}.xlsx",
                                                  signing_key=signing_key(window.workspace.store)))
    fill(template, random_scores(year, department, seed=seed))
    return template


def test_buttons_follow_the_department(main_window):
    tab = open_department(main_window, "zjw")
    sheets = tab.sheets
    assert sheets.import_button.isEnabled() and sheets.export_action.isEnabled()
    assert sheets.import_button.text() == "导入回收的打分表…"
    assert [a.text() for a in sheets.export_button.menu().actions()] == ["导出本部门空白打分表…", "导出全部部门空白打分表…"]


def test_export_blank_template_of_the_department_shown(main_window, messenger, tmp_path):
    tab = open_department(main_window, "zjw")
    messenger.files = [str(tmp_path / "住建委")]  # the suffix is added
    tab.sheets.export_action.trigger()
    path = tmp_path / "住建委.xlsx"
    sheet = read_returned_sheet(path)
    assert (sheet.year, sheet.department, len(sheet.rows)) == (2023, "zjw", 19)
    assert str(path) in messenger.infos[-1] and "区住建委" in messenger.infos[-1]


def test_export_all_departments_into_a_folder(main_window, messenger, tmp_path):
    tab = open_department(main_window, "zjw")
    messenger.files = [str(tmp_path)]
    assert tab.sheets.export_all_templates()
    files = sorted(p.name for p in tmp_path.glob("*.xlsx"))
    assert len(files) == 11 and "2023年度打分表_区住建委.xlsx" in files
    assert "11 个部门" in messenger.infos[-1]
    # Again into the same folder: overwriting is asked first, and "no" keeps the files.
    marker = tmp_path / "2023年度打分表_区教委.xlsx"
    marker.write_bytes(b"kept")
    messenger.files = [str(tmp_path)]
    messenger.confirm_answer = False
    assert not tab.sheets.export_all_templates()
    assert "覆盖" in messenger.questions[-1] and marker.read_bytes() == b"kept"


def test_import_previews_applies_and_undoes_in_one_step(main_window, messenger, reviews, tmp_path, monkeypatch):
    tab = open_department(main_window, "zjw")
    year = main_window.workspace.session.year
    template = filled_template(main_window, tmp_path, year)
    path = template.save()
    threads = []
    original = entry_excel.read_returned_sheet
    monkeypatch.setattr(entry_excel, "read_returned_sheet",
                        lambda *args: threads.append(threading.current_thread()) or original(*args))
    before = stored(main_window)
    assert tab.sheets.import_sheet_file(str(path))
    assert threads and threads[0] is not threading.main_thread()  # read off the GUI thread
    preview = reviews[0]
    assert preview.problems == [] and preview.department == "zjw"
    after = stored(main_window)
    expected = {(c.town, c.part): c.after for c in preview.changes}
    assert {key: after[key] for key in expected} == expected
    assert after != before
    assert "已导入区住建委打分表" in messenger.infos[-1]
    # The grid shows the imported values at once.
    assert tab.model.index_of("T01", "I06").data() == f"{after[('T01', 'I06')].score:.2f}"
    tab.undo()
    assert stored(main_window) == before


def test_cancel_in_the_preview_changes_nothing(main_window, reviews, tmp_path):
    tab = open_department(main_window, "zjw")
    path = filled_template(main_window, tmp_path, main_window.workspace.session.year).save()
    reviews.answer = False
    before = database_bytes(main_window)
    assert not tab.sheets.import_sheet_file(str(path))
    assert len(reviews) == 1 and reviews[0].scores_to_apply()
    assert database_bytes(main_window) == before


def test_sheet_with_errors_lists_them_and_changes_nothing(main_window, reviews, tmp_path):
    tab = open_department(main_window, "zjw")
    template = filled_template(main_window, tmp_path, main_window.workspace.session.year)
    template.set("T02", "I06", "score", 5.5)
    template.set("T03", "I06", "score", 4.555)
    path = template.save()
    before = database_bytes(main_window)
    assert not tab.sheets.import_sheet_file(str(path))
    problems = reviews[0].problems
    assert [p.cell for p in problems] == [template.address("T02", "I06"), template.address("T03", "I06")]
    assert "5.5 超过该项分值 5 分（住房保障成果巩固，晏家街道）" in problems[0].message
    assert database_bytes(main_window) == before


def test_file_that_is_not_a_workbook_is_reported(main_window, messenger, reviews, tmp_path):
    tab = open_department(main_window, "zjw")
    path = tmp_path / "scores.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    before = database_bytes(main_window)
    messenger.files = [str(path)]
    assert not tab.sheets.import_sheet()
    assert reviews == []
    assert str(path) in messenger.errors[-1] and "不是 Excel 工作簿" in messenger.errors[-1]
    assert database_bytes(main_window) == before


def test_sheet_of_another_department_is_refused(main_window, reviews, tmp_path):
    tab = open_department(main_window, "zjw")
    path = filled_template(main_window, tmp_path, main_window.workspace.session.year, "jw").save()
    before = database_bytes(main_window)
    assert not tab.sheets.import_sheet_file(str(path))
    assert reviews[0].problems[0].cell == "打分表!B1" and "区教委" in reviews[0].problems[0].message
    assert database_bytes(main_window) == before


def test_submitted_department_is_reopened_only_when_the_bureau_agrees(main_window, messenger, reviews, tmp_path):
    tab = open_department(main_window, "zjw")
    session = main_window.workspace.session
    assert main_window.workspace.apply(session.submit_department, "zjw")
    path = filled_template(main_window, tmp_path, session.year).save()
    messenger.confirm_answer = False
    before = database_bytes(main_window)
    assert not tab.sheets.import_sheet_file(str(path))
    assert "已提交" in messenger.questions[-1] and "退回修改" in messenger.questions[-1]
    assert database_bytes(main_window) == before and "zjw" in session.submitted()
    messenger.confirm_answer = True
    assert tab.sheets.import_sheet_file(str(path))
    assert "zjw" not in session.submitted()
    assert reviews[-1].problems == []


def test_identical_sheet_says_nothing_to_import(main_window, messenger, reviews, tmp_path):
    tab = open_department(main_window, "zjw")
    year = main_window.workspace.session.year
    path = write_department_template(year, "zjw", tmp_path / "same.xlsx", include_scores=True, signing_key=signing_key(main_window.workspace.store))
    before = database_bytes(main_window)
    assert tab.sheets.import_sheet_file(str(path))
    assert reviews == [] and "没有需要导入的变化" in messenger.infos[-1]
    assert database_bytes(main_window) == before


def test_preview_dialog_shows_changes_and_offers_apply(qtbot, main_window, tmp_path):
    year = main_window.workspace.session.year
    template = Template(write_department_template(year, "zjw", tmp_path / "zjw.xlsx", include_scores=True, signing_key=signing_key(main_window.workspace.store)))
    template.set("T01", "I06", "score", 4.5)       # was 4.86
    path = template.save()
    preview = check_returned_sheet(read_returned_sheet(path), year, {})
    dialog = SheetPreviewDialog(preview, path.name)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.kinds() == [CHANGED]
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == ["修改", template.cell("T01", "I06").coordinate, "凤城街道", "住房保障成果巩固（I06）", "4.86", "4.50"]
    dialog.unchanged_box.setChecked(True)
    assert model.kinds() == [CHANGED] + [UNCHANGED] * 18
    assert "修改 1 项" in dialog.summary_label.text() and "未变 18 项" in dialog.summary_label.text()
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    assert dialog.result() == SheetPreviewDialog.Accepted


def test_preview_dialog_of_a_faulty_sheet_lists_problems_without_apply(qtbot, main_window, tmp_path):
    year = main_window.workspace.session.year
    template = Template(write_department_template(year, "zjw", tmp_path / "zjw.xlsx", signing_key=signing_key(main_window.workspace.store)))
    template.set("T05", "I06", "score", "优")
    template.set("T06", "I06", "score", 2)
    path = template.save()
    preview = check_returned_sheet(read_returned_sheet(path), year, {})
    assert preview.counts()[NEW] == 0  # T06 is a change of an existing score, T05 an error
    dialog = SheetPreviewDialog(preview, path.name)
    qtbot.addWidget(dialog)
    assert dialog.apply_button is None
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == template.address("T05", "I06")
    assert "“优”不是数字" in dialog.model.index(0, 1).data()
    dialog.copy_button.click()
    assert template.address("T05", "I06") in QGuiApplication.clipboard().text()


def test_upward_workbook_from_the_file_menu_matches_the_dashboard(main_window, messenger, tmp_path):
    path = tmp_path / "上报"
    messenger.files = [str(path)]
    main_window.export_results_action.trigger()
    QApplication.processEvents()
    written = Path(str(path) + ".xlsx")
    assert str(written) in messenger.infos[-1]
    sheet = openpyxl.load_workbook(written)["汇总表"]
    main_window.tabs.setCurrentWidget(main_window.results_tab)
    QApplication.processEvents()
    dashboard = main_window.results_tab.model.rows()
    assert len(dashboard) == 19
    for offset, row in enumerate(dashboard):
        values = [cell.value for cell in sheet[5 + offset]]
        assert (values[0], values[1]) == (row.rank, row.name)
        assert D(repr(values[12])) == row.final and values[13] == row.grade
        assert D(repr(values[9])) == row.normalised


def test_incomplete_year_asks_before_exporting(main_window, messenger, tmp_path):
    session = main_window.workspace.session
    assert main_window.workspace.apply(session.clear_scores, [("T01", "I06")])
    messenger.confirm_answer = False
    messenger.files = [str(tmp_path / "x.xlsx")]
    main_window.export_results_action.trigger()
    # one missing score and eleven departments that have not submitted
    assert "结果还是草稿（尚有 12 项条件未满足）" in messenger.questions[-1]
    assert not (tmp_path / "x.xlsx").exists()
