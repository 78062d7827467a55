"""部门打分: typing, refusing, undo/redo, paste, not-applicable cells, submit/reopen, deductions."""
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox

D = Decimal


def open_department(window, code):
    tab = window.entry_tab
    window.tabs.setCurrentWidget(tab)
    combo = tab.department_combo
    combo.setCurrentIndex(combo.findData(code))
    assert tab.department() == code
    return tab


def stored(window, town, part):
    year = window.workspace.store.load_year(2023, use_cache=False)
    return next((s for s in year.scores if s.town == town and s.part == part), None)


def go_to(tab, town, part):
    index = tab.model.index_of(town, part)
    assert index.isValid()
    tab.view.setCurrentIndex(index)
    tab.view.setFocus()
    return index


def type_into_cell(qtbot, tab, index, text, finish=Qt.Key_Return):
    """Type like a user: the first key opens the editor on the current cell, the rest go to the editor."""
    qtbot.keyClick(tab.view, text[0])
    editor = tab.view.indexWidget(index)
    assert editor is not None, "typing on a cell opens its editor"
    qtbot.keyClicks(editor, text[1:])
    assert editor.text() == text
    qtbot.keyClick(editor, finish)
    QApplication.processEvents()


def raw_of(window, town):
    return window.workspace.session.result.by_code()[town].raw


def test_department_list_shows_status_and_progress(main_window):
    tab = open_department(main_window, "zjw")
    session = main_window.workspace.session
    combo = tab.department_combo
    assert tab.findChild(QComboBox) is combo
    assert [combo.itemData(i) for i in range(combo.count())] == [d.code for d in session.year.departments]
    for i in range(combo.count()):
        status, entered, total = session.department_progress(combo.itemData(i))
        assert f"{entered}/{total}" in combo.itemText(i)
        assert {"empty": "未填", "in_progress": "填报中", "submitted": "已提交"}[status] in combo.itemText(i)
    status, entered, total = session.department_progress("zjw")
    assert tab.progress_label.text() == f"已填 {entered} / 共 {total}"
    assert tab.model.rowCount() == len(session.year.towns)
    assert tab.model.columnCount() == len(session.department_parts("zjw"))
    assert tab.model.headerData(0, Qt.Vertical) == "凤城街道"
    column = tab.model.index_of("T01", "I06").column()
    assert tab.model.headerData(column, Qt.Horizontal) == "住房保障成果巩固\nI06（5分）"
    assert tab.model.index_of("T01", "I06").data() == "4.86"


def test_typing_a_score_writes_database_and_results(main_window, qtbot):
    tab = open_department(main_window, "zjw")
    index = go_to(tab, "T01", "I06")
    raw_before = raw_of(main_window, "T01")
    assert stored(main_window, "T01", "I06").score == D("4.86")
    type_into_cell(qtbot, tab, index, "4.2")
    assert stored(main_window, "T01", "I06").score == D("4.2")
    assert raw_of(main_window, "T01") - raw_before == D("4.2") - D("4.86")
    assert index.data() == "4.20"
    # Enter committed and moved down
    assert (tab.view.currentIndex().row(), tab.view.currentIndex().column()) == (index.row() + 1, index.column())
    tab.view.setCurrentIndex(index)
    assert tab.panel.result_label.text().startswith(f"原始得分 {raw_of(main_window, 'T01'):.2f}")
    assert main_window.messenger.errors == []


def test_tab_commits_and_moves_right_and_refresh_keeps_the_cell(main_window, qtbot):
    tab = open_department(main_window, "xczxj")
    index = go_to(tab, "T02", "I01")
    type_into_cell(qtbot, tab, index, "1.5", finish=Qt.Key_Tab)
    assert stored(main_window, "T02", "I01").score == D("1.5")
    current = tab.view.currentIndex()
    assert (current.row(), current.column()) == (index.row(), index.column() + 1)
    with qtbot.assertNotEmitted(tab.model.modelReset):
        main_window.workspace.changed.emit()  # another tab changed something
    assert tab.view.currentIndex() == current


def test_out_of_range_is_refused_at_the_cell(main_window, qtbot, messenger):
    tab = open_department(main_window, "zjw")
    index = go_to(tab, "T01", "I06")
    raw_before = raw_of(main_window, "T01")
    assert "0～5" in index.data(Qt.ToolTipRole)
    type_into_cell(qtbot, tab, index, "5.5")
    assert stored(main_window, "T01", "I06").score == D("4.86")
    assert raw_of(main_window, "T01") == raw_before
    assert len(messenger.errors) == 1 and "0～5" in messenger.errors[0] and "5.5" in messenger.errors[0]
    assert "0～5" in tab.cell_label.text()
    assert tab.view.currentIndex() == index  # stays on the refused cell
    assert not tab.model.setData(index, "abc")
    assert "不是数字" in messenger.errors[-1]
    assert stored(main_window, "T01", "I06").score == D("4.86")


def test_undo_and_redo(main_window, qtbot):
    tab = open_department(main_window, "zjw")
    index = go_to(tab, "T01", "I06")
    assert not tab.undo_action.isEnabled()
    type_into_cell(qtbot, tab, index, "3")
    assert stored(main_window, "T01", "I06").score == D("3")
    tab.undo_button.click()
    assert stored(main_window, "T01", "I06") == (("T01", "I06", D("4.86"), (), None))
    assert index.data() == "4.86"
    assert tab.redo_action.isEnabled()
    tab.redo_button.click()
    assert stored(main_window, "T01", "I06").score == D("3")
    # keyboard: Ctrl+Z / Ctrl+Y on the grid
    main_window.activateWindow()  # shortcuts need an active window
    QApplication.processEvents()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key_Z, Qt.ControlModifier)
    assert stored(main_window, "T01", "I06").score == D("4.86")
    qtbot.keyClick(tab.view, Qt.Key_Y, Qt.ControlModifier)
    assert stored(main_window, "T01", "I06").score == D("3")


def test_undo_restores_deductions_replaced_by_a_typed_score(main_window, qtbot, messenger):
    tab = open_department(main_window, "wjw")
    before = stored(main_window, "T01", "I07-1")
    assert before.deductions  # the demo year itemises this one
    messenger.confirm_answer = False  # typing over itemised deductions asks first; "no" keeps them
    assert not tab.set_cell_text("T01", "I07-1", "5")
    assert "有 1 项扣分" in messenger.questions[-1] and "反馈函" in messenger.questions[-1]
    assert stored(main_window, "T01", "I07-1") == before
    assert not tab.set_cell_text("T01", "I07-1", "")  # nor does clearing the cell drop them silently
    assert stored(main_window, "T01", "I07-1") == before
    messenger.confirm_answer = True
    assert tab.set_cell_text("T01", "I07-1", "5")
    assert stored(main_window, "T01", "I07-1") == ("T01", "I07-1", D("5"), (), None)
    tab.undo()
    assert stored(main_window, "T01", "I07-1") == before


def test_paste_block_is_one_step_and_all_or_nothing(main_window, qtbot, messenger):
    tab = open_department(main_window, "zjw")
    go_to(tab, "T01", "I06")
    QGuiApplication.clipboard().setText("4.1\r\n4.25\r\n")
    qtbot.keyClick(tab.view, Qt.Key_V, Qt.ControlModifier)
    assert stored(main_window, "T01", "I06").score == D("4.1")
    assert stored(main_window, "T02", "I06").score == D("4.25")
    assert messenger.errors == []
    tab.undo()  # one step undoes the whole paste
    assert stored(main_window, "T01", "I06").score == D("4.86")
    assert stored(main_window, "T02", "I06").score != D("4.25")
    second_before = stored(main_window, "T02", "I06")

    go_to(tab, "T01", "I06")
    assert not tab.paste_text("4.1\n5.5\n")
    assert stored(main_window, "T01", "I06").score == D("4.86")
    assert stored(main_window, "T02", "I06") == second_before
    assert "晏家街道 / I06" in messenger.errors[-1] and "0～5" in messenger.errors[-1]
    assert "凤城街道" not in messenger.errors[-1]


def test_paste_into_not_applicable_cell_or_outside_is_refused(main_window, messenger):
    tab = open_department(main_window, "xczxj")
    go_to(tab, "T01", "I21")
    before = stored(main_window, "T01", "I21")
    assert not tab.paste_text("4\t1\n")  # I22 does not apply to 凤城街道
    assert stored(main_window, "T01", "I21") == before
    assert "凤城街道 / I22" in messenger.errors[-1]
    go_to(tab, "T03", "I21")  # 江南街道 has I22: a 1×2 block fills both columns
    assert tab.paste_text("4.5\t1.5")
    assert stored(main_window, "T03", "I21").score == D("4.5")
    assert stored(main_window, "T03", "I22").score == D("1.5")
    last_row = tab.model.rowCount() - 1
    tab.view.setCurrentIndex(tab.model.index(last_row, 0))
    assert not tab.paste_text("1\n1\n")
    assert "超出表格" in messenger.errors[-1]


def test_delete_clears_selected_cells(main_window, qtbot):
    tab = open_department(main_window, "zjw")
    go_to(tab, "T01", "I06")
    qtbot.keyClick(tab.view, Qt.Key_Delete)
    assert stored(main_window, "T01", "I06") is None
    assert "T01" in main_window.workspace.session.result.by_code() and not \
        main_window.workspace.session.result.by_code()["T01"].complete
    assert tab.model.index_of("T01", "I06").data() == ""
    tab.undo()
    assert stored(main_window, "T01", "I06").score == D("4.86")


def test_delete_over_itemised_deductions_asks_with_the_count(main_window, qtbot, messenger):
    tab = open_department(main_window, "wjw")
    before = stored(main_window, "T01", "I07-1")
    assert before.deductions
    go_to(tab, "T01", "I07-1")
    messenger.confirm_answer = False
    qtbot.keyClick(tab.view, Qt.Key_Delete)
    assert "有 1 项扣分" in messenger.questions[-1]
    assert stored(main_window, "T01", "I07-1") == before
    messenger.confirm_answer = True
    qtbot.keyClick(tab.view, Qt.Key_Delete)
    assert stored(main_window, "T01", "I07-1") is None
    tab.undo()
    assert stored(main_window, "T01", "I07-1") == before


def test_not_applicable_cell_is_not_editable(main_window, qtbot):
    tab = open_department(main_window, "xczxj")
    index = go_to(tab, "T01", "I22")
    assert not tab.model.flags(index) & Qt.ItemIsEditable
    assert index.data() == "—"
    assert "不适用" in index.data(Qt.ToolTipRole)
    qtbot.keyClick(tab.view, "1")
    assert tab.view.indexWidget(index) is None
    assert not tab.model.setData(index, "1")
    assert stored(main_window, "T01", "I22") is None
    assert not tab.panel.isEnabled()
    assert tab.model.flags(tab.model.index_of("T03", "I22")) & Qt.ItemIsEditable


def test_submit_refuses_when_incomplete_then_locks_and_reopen(main_window, qtbot, messenger):
    tab = open_department(main_window, "zjw")
    store = main_window.workspace.store
    index = go_to(tab, "T01", "I06")
    qtbot.keyClick(tab.view, Qt.Key_Delete)
    tab.submit_button.click()
    assert "还有 1 项未打分" in messenger.errors[-1]
    assert "zjw" not in store.submitted_departments(2023)
    assert tab.model.flags(index) & Qt.ItemIsEditable

    assert tab.set_cell_text("T01", "I06", "4.86")
    tab.submit_button.click()
    assert "zjw" in store.submitted_departments(2023)
    assert "已提交" in tab.department_combo.currentText() and "已提交" in tab.status_label.text()
    assert not tab.model.flags(index) & Qt.ItemIsEditable
    assert tab.locked_label.isVisible() and "已提交，只读" in tab.locked_label.text()
    assert not tab.panel.isEnabled()
    assert not tab.submit_button.isEnabled() and tab.reopen_button.isEnabled()
    errors = len(messenger.errors)
    assert not tab.model.setData(index, "3")
    assert not tab.paste_text("3\n")
    assert "退回修改" in messenger.errors[-1] and len(messenger.errors) == errors + 1
    tab.undo()  # the last entry cannot be undone on a submitted sheet
    assert stored(main_window, "T01", "I06").score == D("4.86")

    messenger.confirm_answer = False
    tab.reopen_button.click()
    assert "zjw" in store.submitted_departments(2023)
    messenger.confirm_answer = True
    tab.reopen_button.click()
    assert len(messenger.questions) == 2 and "退回" in messenger.questions[-1]
    assert "zjw" not in store.submitted_departments(2023)
    assert tab.model.flags(index) & Qt.ItemIsEditable
    assert not tab.locked_label.isVisible()
    assert tab.set_cell_text("T01", "I06", "4")
    assert stored(main_window, "T01", "I06").score == D("4")


def test_side_panel_deductions_and_note(main_window, qtbot):
    tab = open_department(main_window, "zjw")
    go_to(tab, "T01", "I06")
    panel = tab.panel
    assert panel.isEnabled() and panel.town_label.text().startswith("凤城街道")
    assert "0～5" in panel.points_label.text()
    raw_before = raw_of(main_window, "T01")
    panel.add_button.click()
    model = panel.deductions
    model.setData(model.index(0, 0), "台账不全")
    assert stored(main_window, "T01", "I06").score == D("4.86")  # half-typed: nothing written yet
    model.setData(model.index(0, 1), "0.5")
    panel.add_button.click()
    model.setData(model.index(1, 0), "整改滞后")
    model.setData(model.index(1, 1), "1.25")
    score = stored(main_window, "T01", "I06")
    assert score.score == D("3.25")  # 5 − (0.5 + 1.25)
    assert [(d.reason, d.points) for d in score.deductions] == [("台账不全", D("0.5")), ("整改滞后", D("1.25"))]
    assert raw_of(main_window, "T01") - raw_before == D("3.25") - D("4.86")
    assert panel.score_label.text() == "3.25"

    panel.deduction_view.setCurrentIndex(model.index(0, 0))
    panel.remove_button.click()
    assert stored(main_window, "T01", "I06").score == D("3.75")

    panel.note_edit.setText("已复核")
    panel.note_edit.editingFinished.emit()
    assert stored(main_window, "T01", "I06").note == "已复核"
    assert stored(main_window, "T01", "I06").score == D("3.75")

    assert not model.setData(model.index(0, 1), "-1") or stored(main_window, "T01", "I06").score == D("3.75")
    tab.undo()  # the note
    tab.undo()  # removing a deduction
    assert stored(main_window, "T01", "I06").score == D("3.25")


@pytest.mark.parametrize("code", ["zjw"])
def test_department_switch_resets_and_year_switch_clears_history(main_window, code):
    tab = open_department(main_window, code)
    assert tab.set_cell_text("T01", "I06", "4")
    assert tab.undo_action.isEnabled()
    open_department(main_window, "xczxj")
    assert not tab.undo_action.isEnabled()  # each department keeps its own history
    open_department(main_window, code)
    assert tab.undo_action.isEnabled()
    assert main_window.create_year(2024, 2023)
    assert not tab.undo_action.isEnabled()
    assert tab.department() == code and tab.model.index_of("T01", "I06").data() == ""
