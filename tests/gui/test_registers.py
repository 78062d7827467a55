"""加分与否决: the three registers driven through their forms, with what the core makes of them."""
import dataclasses
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

D = Decimal


def stored_year(window):
    return window.workspace.store.load_year(2023, use_cache=False)


def open_page(window, name):
    tab = window.registers_tab
    window.tabs.setCurrentWidget(tab)
    page = getattr(tab, f"{name}_page")
    tab.pages.setCurrentWidget(page)
    QApplication.processEvents()
    return page


def column(page, header):
    return next(c for c in range(page.model.columnCount()) if page.model.headerData(c, Qt.Horizontal) == header)


def cell(model, row, header):
    col = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Horizontal) == header)
    return model.data(model.index(row, col))


def summary_row(page, town_name):
    model = page.summary_model
    return next(r for r in range(model.rowCount()) if cell(model, r, "镇街") == town_name)


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)


def test_bonus_register_shows_highest_only_and_the_cap(main_window):
    page = open_page(main_window, "bonus")
    year = main_window.workspace.session.year
    assert page.model.rowCount() == len(year.bonuses)
    # 长寿湖镇 (T08): two levels of one achievement; only the 市级 0.5 counts.
    rows = [n for n, b in enumerate(year.bonuses) if b.town == "T08"]
    assert cell(page.model, rows[0], "计入情况") == "计入"
    assert cell(page.model, rows[1], "计入情况").startswith("不计（就高不就低")
    assert cell(page.summary_model, summary_row(page, "长寿湖镇"), "计入加分") == "0.50"
    assert "就高不就低：1 条不计" in cell(page.summary_model, summary_row(page, "长寿湖镇"), "说明")
    # 云台镇 (T09): 2.10 of achievements, capped at 2.
    capped = summary_row(page, "云台镇")
    assert cell(page.summary_model, capped, "成果合计") == "2.10"
    assert cell(page.summary_model, capped, "计入加分") == "2.00"
    assert "超过上限 2 分" in cell(page.summary_model, capped, "说明")
    first_t09 = next(n for n, b in enumerate(year.bonuses) if b.town == "T09")
    assert "超过上限按 2.00 计" in cell(page.model, first_t09, "计入情况")


def test_add_bonus_in_the_form_updates_results_and_undo(main_window):
    page = open_page(main_window, "bonus")
    before = main_window.workspace.session.result.by_code()["T01"]
    choose(page.town, "T01")
    choose(page.type, "B03")  # 市委、市政府表彰 0.5
    page.count.setValue(2)
    page.evidence.setText("渝委〔2023〕12号")
    page.date.setText("2023/9/1")
    page.add_button.click()
    added = stored_year(main_window).bonuses[-1]
    assert (added.town, added.type, added.count, added.evidence, added.date) == ("T01", "B03", 2, "渝委〔2023〕12号", "2023-09-01")
    after = main_window.workspace.session.result.by_code()["T01"]
    assert after.bonus == before.bonus + D("1.0")
    assert after.final == before.final + D("1.0")
    assert page.current_row() == page.model.rowCount() - 1
    main_window.tabs.setCurrentWidget(main_window.results_tab)  # the dashboard refreshes when shown
    assert [r.bonus for r in main_window.results_tab.model.rows() if r.code == "T01"] == [after.bonus]
    main_window.registers_tab.undo.undo_action.trigger()
    assert len(stored_year(main_window).bonuses) == len(main_window.workspace.session.year.bonuses) == 7
    assert main_window.workspace.session.result.by_code()["T01"].bonus == before.bonus


def test_grouped_records_count_once_at_the_highest_value(main_window):
    page = open_page(main_window, "bonus")
    for kind in ("B05", "B01"):  # 区委区政府 0.2, then 党中央国务院 1 for the same achievement
        choose(page.town, "T02")
        choose(page.type, kind)
        page.count.setValue(1)
        page.group.setEditText("人居环境整治")
        page.add_button.click()
    row = main_window.workspace.session.result.by_code()["T02"]
    assert row.bonus == D(1)
    statuses = [cell(page.model, r, "计入情况") for r in range(page.model.rowCount() - 2, page.model.rowCount())]
    assert statuses[0].startswith("不计") and statuses[1] == "计入"


def test_bad_date_is_refused_and_nothing_is_stored(main_window, messenger):
    page = open_page(main_window, "bonus")
    choose(page.town, "T01")
    page.date.setText("2023-13-45")
    assert not page.add_record()
    assert "2023-13-45" in messenger.errors[-1] and "2024-05-10" in messenger.errors[-1]
    assert len(stored_year(main_window).bonuses) == 7


def test_edit_and_remove_a_bonus_record(main_window, messenger):
    page = open_page(main_window, "bonus")
    page.select_record(0)
    assert page.town.currentData() == stored_year(main_window).bonuses[0].town
    page.count.setValue(3)
    page.save_button.click()
    assert stored_year(main_window).bonuses[0].count == 3
    page.select_record(0)
    page.remove_button.click()
    assert "删除这条登记吗" in messenger.questions[-1]
    assert len(stored_year(main_window).bonuses) == 6


def test_inspection_round_that_cost_the_district_deducts(main_window):
    page = open_page(main_window, "inspection")
    before = main_window.workspace.session.result.by_code()["T05"].inspection
    choose(page.town, "T05")
    choose(page.type, "R3")
    page.round.setValue(2)
    page.deducted_check.setChecked(True)
    page.deducted.setText("0.3")
    page.add_button.click()
    assert main_window.workspace.session.result.by_code()["T05"].inspection == before - D("0.3")
    last = page.model.rowCount() - 1
    assert cell(page.model, last, "增减分") == "\u22120.30"
    assert cell(page.model, last, "结果") == "造成区被扣 0.3 分"
    # An award round: +0.3 for 市级第三方评估.
    page.deducted_check.setChecked(False)
    page.round.setValue(3)
    page.add_button.click()
    assert main_window.workspace.session.result.by_code()["T05"].inspection == before
    assert cell(page.model, page.model.rowCount() - 1, "增减分") == "+0.30"


def test_veto_moves_town_to_the_bottom_with_the_last_grade(main_window):
    page = open_page(main_window, "veto")
    top = main_window.workspace.session.result.rows[0]
    assert not top.vetoed and top.grade == "好"
    choose(page.town, top.code)
    page.reason.setCurrentIndex(0)
    page.evidence.setText("市委通报〔2024〕3号")
    page.add_button.click()
    result = main_window.workspace.session.result
    moved = result.by_code()[top.code]
    assert moved.vetoed and moved.grade == "一般"
    non_vetoed = sum(1 for r in result.rows if not r.vetoed)
    assert moved.rank > non_vetoed
    assert [r.code for r in result.rows][-2:].count(top.code) == 1
    assert cell(page.summary_model, summary_row(page, top.name), "等次") == "一般"
    # The dashboard shows it among the last rows.
    main_window.tabs.setCurrentWidget(main_window.results_tab)
    rows = main_window.results_tab.model.rows()
    assert top.code in [r.code for r in rows[non_vetoed:]]
    main_window.registers_tab.undo.undo_action.trigger()
    assert main_window.workspace.session.result.rows[0].code == top.code


def test_veto_needs_a_reason(main_window, messenger):
    page = open_page(main_window, "veto")
    page.reason.setEditText("")
    assert not page.add_record()
    assert messenger.errors[-1] == "请填写否决原因"
    assert len(stored_year(main_window).vetoes) == 1


def test_an_entry_time_survives_a_bonus_edit_its_undo_and_a_scheme_edit(main_window):
    """Type a score, add a bonus, undo it, rename a category: the explain view still shows
    when the score was entered."""
    entry = main_window.entry_tab
    main_window.tabs.setCurrentWidget(entry)
    entry.department_combo.setCurrentIndex(entry.department_combo.findData("zjw"))
    assert entry.set_cell_text("T01", "I06", "4.5")
    when = main_window.workspace.store.score_times(2023)[("T01", "I06")]

    page = open_page(main_window, "bonus")
    choose(page.town, "T01")
    choose(page.type, "B03")
    page.add_button.click()
    main_window.registers_tab.undo.undo_action.trigger()
    scheme = main_window.scheme_tab
    assert scheme.edit("改名", lambda year: dataclasses.replace(year, categories=(
        dataclasses.replace(year.categories[0], name="责任落实（改）"), *year.categories[1:])))

    assert main_window.workspace.store.score_times(2023)[("T01", "I06")] == when
    results = main_window.results_tab
    main_window.tabs.setCurrentWidget(results)
    results.select_town("T01")
    assert "录入时间：" + when.replace("T", " ") in results.explanation_text()


def test_undoing_a_register_change_does_not_undo_a_record_added_meanwhile_elsewhere(main_window, messenger):
    from desktop_app.domain.model import Bonus
    from desktop_app.services import YearSession
    from desktop_app.storage import Store

    page = open_page(main_window, "bonus")
    choose(page.town, "T01")
    choose(page.type, "B03")
    page.add_button.click()
    assert len(stored_year(main_window).bonuses) == 8
    with Store(main_window.workspace.store.path) as other:  # the command line adds a record meanwhile
        session = YearSession(other, 2023)
        session.set_bonuses(session.year.bonuses + (Bonus("T05", "B05", 1, None, "另一处登记", None),))
    main_window.registers_tab.undo.undo_action.trigger()
    kept = stored_year(main_window).bonuses
    assert len(kept) == 9 and kept[-1].evidence == "另一处登记"  # nothing undone over the other's record
    assert "已被另一处" in messenger.errors[-1]
