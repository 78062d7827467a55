"""Periodic rounds in the window: the year's rounds named in 考核规则与类型, an indicator turned to rounds
in its form, each round a column of the department's grid, the explain view working out the year
score from the rounds (or saying how many are missing), each step undoable."""
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_scheme_towns import scheme_tab, stored_year, type_and_leave
from desktop_app.gui.scheme.models import INDICATOR


def test_rounds_named_an_indicator_scored_in_them_entered_and_explained_then_undone(qtbot, main_window, messenger):
    tab = scheme_tab(main_window)
    tab.rules_button.click()
    QApplication.processEvents()
    type_and_leave(qtbot, tab.rules_form.rounds, "上半年、下半年")
    assert stored_year(main_window).rounds == ("上半年", "下半年")

    tab.select(INDICATOR, "I01")
    form = tab.indicator_form
    assert not form.form.isRowVisible(form.round_points)
    form.rounds.setCurrentIndex(form.rounds.findData("mean"))
    form.rounds.activated.emit(form.rounds.currentIndex())
    QApplication.processEvents()
    indicator = next(i for i in stored_year(main_window).indicators if i.code == "I01")
    assert (indicator.rounds, indicator.round_points) == ("mean", Decimal(3))
    assert [(p.code, p.points, p.round) for p in indicator.parts] == [
        ("I01", Decimal(3), "上半年"), ("I01-2", Decimal(3), "下半年")]
    assert form.form.isRowVisible(form.round_points) and form.round_points.text() == "3"
    assert "上半年：I01 区乡村振兴局 3 分" in form.parts_label.text()
    assert "方案校验通过" in tab.banner_text()
    assert tab.model.data(tab.model.index_of(INDICATOR, "I01").siblingAtColumn(1)) == "3（分 2 轮，取平均）"
    # Every town now misses the second half year: the results are provisional.
    result = main_window.workspace.session.result
    assert all("I01-2" in row.missing_parts for row in result.rows)

    entry = main_window.entry_tab
    main_window.tabs.setCurrentWidget(entry)
    entry.department_combo.setCurrentIndex(entry.department_combo.findData("xczxj"))
    index = entry.model.index_of("T01", "I01-2")
    assert entry.model.headerData(index.column(), Qt.Horizontal) == "主体责任落实·下半年\nI01-2（3分）"
    first = next(s for s in main_window.workspace.session.year.scores if (s.town, s.part) == ("T01", "I01"))
    assert entry.model.setData(index, "2", Qt.EditRole)
    row = main_window.workspace.session.result.by_code()["T01"]
    assert "I01-2" not in row.missing_parts
    expected = ((first.score + 2) / 2).quantize(Decimal("0.01"))
    results = main_window.results_tab
    main_window.tabs.setCurrentWidget(results)
    results.show_explanation("T01")
    assert "全年得分 = 各轮得分平均（保留两位小数），不超过 3 分" in results._explain_html
    assert f"<b>{expected}</b>" in results._explain_html
    results.show_explanation("T02")
    assert "缺 1 轮，按 0 计" in results._explain_html

    # Dropping the second half year would drop the score just entered: asked first, refused, nothing changes.
    tab = scheme_tab(main_window)
    tab.rules_button.click()
    messenger.confirm_answer = False
    type_and_leave(qtbot, tab.rules_form.rounds, "上半年")
    assert "将删除 1 条打分" in messenger.questions[-1]
    assert stored_year(main_window).rounds == ("上半年", "下半年")
    assert tab.rules_form.rounds.text() == "上半年、下半年"
    messenger.confirm_answer = True

    # Undo the score, then the rounds of I01, then the rounds of the year.
    main_window.tabs.setCurrentWidget(main_window.entry_tab)
    main_window.entry_tab.undo_button.click()
    assert not any(s.part == "I01-2" for s in stored_year(main_window).scores)
    tab = scheme_tab(main_window)
    tab.undo.undo_action.trigger()
    indicator = next(i for i in stored_year(main_window).indicators if i.code == "I01")
    assert indicator.rounds is None and [p.code for p in indicator.parts] == ["I01"]
    tab.undo.undo_action.trigger()
    assert stored_year(main_window).rounds == ()
    assert main_window.workspace.session.result.by_code()["T01"].complete
