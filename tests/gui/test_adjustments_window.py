"""The adjustment register in the window: types and caps set in 考核方案 → 考核规则与类型,
occurrences registered on their own page, the dashboard and the explain view showing what
counted; each step undoable."""
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.gui.results.models import ADJUSTMENT

D = Decimal


def stored_year(window):
    return window.workspace.store.load_year(2023, use_cache=False)


def rules_form(window):
    tab = window.scheme_tab
    window.tabs.setCurrentWidget(tab)
    tab.rules_button.click()
    QApplication.processEvents()
    return tab.rules_form


def leave(qtbot, field, text):
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key_Return)
    QApplication.processEvents()


def cell(model, row, header):
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Horizontal) == header)
    return model.data(model.index(row, column))


def set_up_hebei(qtbot, window):
    """工作创新 +2 per occurrence; 负面清单 −1 per occurrence, at most 3; additions capped at 3."""
    form = rules_form(window)
    form.add_adjustment_type()
    form.adjustment_types.setData(form.adjustment_types.index(0, 0), "工作创新")
    form.adjustment_types.setData(form.adjustment_types.index(0, 1), "2")
    form.add_adjustment_type()
    form.adjustment_types.setData(form.adjustment_types.index(1, 0), "负面清单")
    form.adjustment_types.setData(form.adjustment_types.index(1, 1), "-1")
    form.adjustment_types.setData(form.adjustment_types.index(1, 2), "3")
    leave(qtbot, form.adjustment_add_cap, "3")
    return form


def test_types_caps_and_records_reach_the_results_and_undo_takes_them_back(qtbot, main_window, messenger):
    form = set_up_hebei(qtbot, main_window)
    year = stored_year(main_window)
    assert [(k.name, k.points, k.cap) for k in year.adjustment_types] == [("工作创新", D(2), None), ("负面清单", D(-1), D(3))]
    assert (year.rules.adjustment_add_cap, year.rules.adjustment_deduct_cap) == (D(3), None)
    assert form.adjustment_types.data(form.adjustment_types.index(1, 1)) == "-1"

    tab = main_window.registers_tab
    main_window.tabs.setCurrentWidget(tab)
    page = tab.adjustment_page
    tab.pages.setCurrentWidget(page)
    QApplication.processEvents()
    before = main_window.workspace.session.result.by_code()["T01"]
    for kind, count in (("A01", 2), ("A02", 5)):
        page.town.setCurrentIndex(page.town.findData("T01"))
        page.type.setCurrentIndex(page.type.findData(kind))
        page.count.setValue(count)
        page.evidence.setText("区委办〔2023〕8号")
        page.add_button.click()
    assert [(a.town, a.type, a.count) for a in stored_year(main_window).adjustments] == [("T01", "A01", 2), ("T01", "A02", 5)]
    after = main_window.workspace.session.result.by_code()["T01"]
    # +4 held to the additions' cap 3; −5 held to the list's own cap 3.
    assert after.adjustment == D(0) and after.final == before.final
    assert cell(page.model, 1, "记录分值") == "-5"
    assert (cell(page.summary_model, 0, "加分项"), cell(page.summary_model, 0, "扣分项"),
            cell(page.summary_model, 0, "计入调整")) == ("3.00", "-3.00", "0.00")
    assert "负面清单累计超过上限，按 -3 计" in cell(page.summary_model, 0, "说明")
    assert "加分项超过上限，按 3 分计" in cell(page.summary_model, 0, "说明")
    assert tab.pages.tabText(3) == "调整指标（2）"

    results = main_window.results_tab
    main_window.tabs.setCurrentWidget(results)
    results.refresh()
    column = results.model.column_of(ADJUSTMENT)
    assert results.model.headerData(column, Qt.Horizontal) == "调整指标"
    row = results.model.row_of("T01")
    assert results.model.data(results.model.index(row, column)) == "0.00"
    results.show_explanation("T01")
    html = results._explain_html
    assert "工作创新：2 次 × 2 = <b>+4.00</b>" in html and "负面清单：5 次 × -1 = <b>−5.00</b>" in html
    assert "该项累计不超过 3 分，按 −3.00 计" in html
    assert "加分项合计 4，超过上限 3 分，按 3 分计" in html

    tab.undo.undo_action.trigger()
    assert len(stored_year(main_window).adjustments) == 1
    assert main_window.workspace.session.result.by_code()["T01"].adjustment == D(3)
    assert messenger.errors == []


def test_a_negative_cap_or_a_bad_number_is_refused_and_the_field_shows_the_stored_value(qtbot, main_window, messenger):
    form = rules_form(main_window)
    leave(qtbot, form.adjustment_deduct_cap, "-2")
    assert messenger.errors and stored_year(main_window).rules.adjustment_deduct_cap is None
    assert form.adjustment_deduct_cap.text() == ""
    leave(qtbot, form.adjustment_deduct_cap, "5")
    assert stored_year(main_window).rules.adjustment_deduct_cap == D(5)
    form.adjustment_deduct_cap.clear()
    form.adjustment_deduct_cap.editingFinished.emit()
    assert stored_year(main_window).rules.adjustment_deduct_cap is None
