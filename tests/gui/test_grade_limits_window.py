"""Grade limits in the window: a limit set in 考核规则与类型, a town flagged on the 等次限制
page with its reason, its grade held down on the dashboard and the explain view saying why."""
from decimal import Decimal

from PySide6.QtWidgets import QApplication

D = Decimal


def stored_year(window):
    return window.workspace.store.load_year(2023, use_cache=False)


def test_a_flagged_town_is_held_to_the_limits_grade_and_undo_lifts_it(main_window, messenger):
    tab = main_window.scheme_tab
    main_window.tabs.setCurrentWidget(tab)
    tab.rules_button.click()
    form = tab.rules_form
    form.add_grade_limit()
    form.grade_limits.setData(form.grade_limits.index(0, 0), "存在突出问题")
    assert [(g.code, g.name, g.grade, g.adjustment_type) for g in stored_year(main_window).grade_limits] == [
        ("L01", "存在突出问题", "较好", None)]
    best = main_window.workspace.session.result.rows[0]
    assert best.grade == "好"

    registers = main_window.registers_tab
    main_window.tabs.setCurrentWidget(registers)
    page = registers.limit_page
    registers.pages.setCurrentWidget(page)
    QApplication.processEvents()
    page.town.setCurrentIndex(page.town.findData(best.code))
    page.limit.setCurrentIndex(page.limit.findData("L01"))
    page.add_button.click()  # no reason: refused with a message, nothing stored
    assert messenger.errors[-1] == "请写明认定理由" and stored_year(main_window).limit_flags == ()
    page.reason.setText("被市级通报批评")
    page.add_button.click()
    row = main_window.workspace.session.result.by_code()[best.code]
    assert (row.grade, row.rank, row.limits) == ("较好", 1, ("L01",))
    assert main_window.workspace.session.result.grade_counts()["好"] == 4  # the place is not refilled
    assert page.summary_model.rowCount() == 1
    results = main_window.results_tab
    main_window.tabs.setCurrentWidget(results)
    results.show_explanation(best.code)
    assert "等次限制：存在突出问题，最高评为“较好”（被市级通报批评）" in results._explain_html

    form.refill_limited_places.click()
    assert stored_year(main_window).rules.refill_limited_places
    assert main_window.workspace.session.result.grade_counts()["好"] == 5
    tab.undo.undo_action.trigger()
    assert main_window.workspace.session.result.grade_counts()["好"] == 4
    registers.undo.undo_action.trigger()
    assert main_window.workspace.session.result.by_code()[best.code].grade == "好"


def test_consequences_are_edited_in_the_rules_and_reach_the_results(main_window, messenger):
    tab = main_window.scheme_tab
    main_window.tabs.setCurrentWidget(tab)
    tab.rules_button.click()
    form = tab.rules_form
    form.add_consequence()
    form.add_consequence()
    form.consequences.setData(form.consequences.index(1, 0), "进行约谈提醒")
    form.consequences.setData(form.consequences.index(1, 1), "一般")
    year = stored_year(main_window)
    assert [(c.action, c.grade, c.limit) for c in year.consequences] == [("予以通报表扬", "好", None),
                                                                          ("进行约谈提醒", "一般", None)]
    rows = main_window.workspace.session.result.rows
    assert all(row.consequences == {"好": ("予以通报表扬",), "一般": ("进行约谈提醒",)}.get(row.grade, ()) for row in rows)
    form.add_grade_limit()
    form.consequences.setData(form.consequences.index(1, 2), "新等次限制")
    assert stored_year(main_window).consequences[1] == type(year.consequences[1])("进行约谈提醒", None, "L01")
    form.consequences_view.setCurrentIndex(form.consequences.index(0, 0))
    form.remove_consequence()
    assert [c.action for c in stored_year(main_window).consequences] == ["进行约谈提醒"]
    tab.undo.undo_action.trigger()
    assert len(stored_year(main_window).consequences) == 2 and messenger.errors == []
