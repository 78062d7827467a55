"""The audit trail in the window: filters, a cell's history from the grid, export, check."""
from __future__ import annotations

import sqlite3

import openpyxl

from desktop_app.gui.audit.viewer import AuditDialog


def _entry_grid_on(window, department, town, part):
    tab = window.entry_tab
    tab.department_combo.setCurrentIndex(tab.department_combo.findData(department))
    index = tab.model.index_of(town, part)
    tab.view.setCurrentIndex(index)
    return tab


def test_a_cells_history_from_the_grid_shows_who_changed_it_from_what_to_what(main_window, qtbot):
    workspace = main_window.workspace
    assert workspace.apply(workspace.session.set_score, "T02", "I01", "2.5")
    assert workspace.apply(workspace.session.set_score, "T02", "I01", "2")
    assert workspace.apply(workspace.session.set_score, "T03", "I01", "1")
    tab = _entry_grid_on(main_window, "xczxj", "T02", "I01")
    dialog = tab.show_history()
    qtbot.addWidget(dialog)
    rows = [[dialog.model.index(r, c).data() for c in range(dialog.model.columnCount())]
            for r in range(dialog.model.rowCount())]
    assert [(row[6], row[8], row[9]) for row in rows] == [
        ("T02/I01", "得分=2.8", "得分=2.5"), ("T02/I01", "得分=2.5", "得分=2")]
    assert all(row[3] == "录入得分" and row[5] == "得分" for row in rows)
    assert "2 条记录" in dialog.count.text() and "I01" in dialog.windowTitle()


def test_the_viewer_filters_exports_and_checks(main_window, messenger, qtbot, tmp_path):
    workspace = main_window.workspace
    session = workspace.session
    assert workspace.apply(session.set_score, "T02", "I01", "2.5")
    assert workspace.apply(session.waive_department, "zjw", "电话确认")
    dialog = AuditDialog(workspace, main_window)
    qtbot.addWidget(dialog)
    total = dialog.model.rowCount()
    dialog.action.setCurrentIndex(dialog.action.findData("waive_department"))
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 10).data() == "电话确认"
    dialog.action.setCurrentIndex(0)
    dialog.town.setCurrentIndex(dialog.town.findData("T02"))
    assert dialog.model.rowCount() == 1
    dialog.town.setCurrentIndex(0)
    dialog.since.setText("2999-01-01")
    dialog.since.editingFinished.emit()
    assert dialog.model.rowCount() == 0
    dialog.since.setText("")
    dialog.since.editingFinished.emit()
    assert dialog.model.rowCount() == total
    out = tmp_path / "审计.xlsx"
    messenger.files = [str(out)]
    assert dialog.export()
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet.max_row == total + 1 and sheet["A1"].value == "序号"
    assert [c.value for c in sheet[total + 1]][3] == "未经提交计为已提交"
    assert dialog.verify() and "完整" in messenger.infos[-1]
    connection = sqlite3.connect(workspace.store.path)
    connection.execute("DROP TRIGGER audit_log_no_update")
    connection.execute("UPDATE audit_log SET operator = '别人' WHERE id = 2")
    connection.commit()
    connection.close()
    assert not dialog.verify() and "第 2 条" in messenger.errors[-1]


def test_a_reason_starting_with_equals_is_exported_as_text(main_window, messenger, qtbot, tmp_path):
    workspace = main_window.workspace
    assert workspace.apply(workspace.session.waive_department, "zjw", "=cmd|' /C calc'!A0")
    dialog = AuditDialog(workspace, main_window)
    qtbot.addWidget(dialog)
    out = tmp_path / "a.xlsx"
    messenger.files = [str(out)]
    assert dialog.export()
    sheet = openpyxl.load_workbook(out).worksheets[0]
    cells = [c for row in sheet.iter_rows() for c in row if c.value == "=cmd|' /C calc'!A0"]
    assert cells and all(c.data_type == "s" for c in cells)
