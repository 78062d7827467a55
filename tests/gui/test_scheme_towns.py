"""考核方案 and 镇街设置: editing through the real widgets, the validation banner,
confirmations that name what goes, and undo across both tabs."""
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.gui.scheme.models import CATEGORY, INDICATOR, PART
from desktop_app.gui.towns.tab import FIXED_COLUMNS, FULL, NAME

D = Decimal


def stored_year(window):
    return window.workspace.store.load_year(2023, use_cache=False)


def scheme_tab(window):
    window.tabs.setCurrentWidget(window.scheme_tab)
    QApplication.processEvents()
    return window.scheme_tab


def towns_tab(window):
    window.tabs.setCurrentWidget(window.towns_tab)
    QApplication.processEvents()
    return window.towns_tab


def type_and_leave(qtbot, line_edit, text):
    """Enter text and press Return (QTest types ASCII only, so the text is set, not typed)."""
    line_edit.setFocus()
    line_edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(line_edit, text)
    else:
        line_edit.insert(text)
    qtbot.keyClick(line_edit, Qt.Key_Return)
    QApplication.processEvents()


def test_tree_shows_every_category_indicator_and_part(main_window):
    tab = scheme_tab(main_window)
    year = main_window.workspace.session.year
    assert tab.model.rowCount() == len(year.categories) == 5
    first = tab.model.index(0, 0)
    assert tab.model.data(first) == "一、责任落实"
    assert tab.model.rowCount(first) == 3
    shared = tab.model.index_of(INDICATOR, "I07")
    assert tab.model.rowCount(shared) == 2
    assert tab.model.data(shared.siblingAtColumn(2)) == "区卫健委、区医保局"
    assert tab.tree.isExpanded(shared) and not tab.tree.isExpanded(tab.model.index_of(INDICATOR, "I01"))
    assert tab.model.data(tab.model.index_of(INDICATOR, "I22").siblingAtColumn(4)) == "11/19 个镇街"
    assert "方案校验通过" in tab.banner_text()


def test_mismatched_category_is_flagged_then_undo_clears_it(qtbot, main_window):
    tab = scheme_tab(main_window)
    tab.select(INDICATOR, "I01")
    assert tab.forms.currentWidget() is tab.indicator_form
    type_and_leave(qtbot, tab.indicator_form.points, "2")
    assert next(p for _, p in stored_year(main_window).parts() if p.code == "I01").points == D(2)
    banner = tab.banner_text()
    assert "一级指标“责任落实”分值为 10，但其下各打分部分合计 9" in banner
    assert "全部打分部分合计 99 分，与满分 100 不符" in banner
    category = tab.model.index_of(CATEGORY, "C1")
    assert tab.model.data(category, Qt.ToolTipRole).startswith("一级指标“责任落实”分值为 10")
    assert tab.model.data(category, Qt.ForegroundRole).color().name() == "#b3261e"
    assert tab.model.data(category.siblingAtColumn(1)) == "10（各部分合计 9）"
    # A score above the new 2 points is kept but the year no longer validates it; undo restores 3.
    tab.undo.undo_action.trigger()
    QApplication.processEvents()
    assert next(p for _, p in stored_year(main_window).parts() if p.code == "I01").points == D(3)
    assert "方案校验通过" in tab.banner_text()


def test_add_indicator_and_name_it_in_the_form(qtbot, main_window):
    tab = scheme_tab(main_window)
    tab.select(CATEGORY, "C5")
    tab.add_indicator_button.click()
    QApplication.processEvents()
    kind, code = tab.selected()
    assert kind == INDICATOR and code == "I23"
    type_and_leave(qtbot, tab.indicator_form.name, "乡村治理示范创建")
    year = stored_year(main_window)
    added = next(i for i in year.indicators if i.code == "I23")
    assert added.name == "乡村治理示范创建" and added.category == "C5"
    assert [i.code for i in year.indicators if i.category == "C5"] == ["I21", "I22", "I23"]
    # The new indicator's part (0 points) appears in the department's entry grid.
    entry = main_window.entry_tab
    main_window.tabs.setCurrentWidget(entry)
    entry.department_combo.setCurrentIndex(entry.department_combo.findData(added.parts[0].department))
    assert any(part.code == "I23" for _, part in entry.model.columns)


def test_removing_a_part_with_scores_asks_with_the_count(main_window, messenger):
    tab = scheme_tab(main_window)
    tab.select(PART, "I07-2")
    messenger.confirm_answer = False
    tab.remove_button.click()
    assert "将删除 19 条打分" in messenger.questions[-1]
    assert any(p.code == "I07-2" for _, p in stored_year(main_window).parts())
    messenger.confirm_answer = True
    tab.remove_button.click()
    year = stored_year(main_window)
    assert not any(p.code == "I07-2" for _, p in year.parts())
    assert not any(s.part == "I07-2" for s in year.scores)
    tab.undo.undo_action.trigger()
    year = stored_year(main_window)
    assert sum(1 for s in year.scores if s.part == "I07-2") == 19


def test_department_of_a_part_can_be_a_new_department(qtbot, main_window):
    tab = scheme_tab(main_window)
    tab.select(PART, "I07-2")
    combo = tab.part_form.department
    type_and_leave(qtbot, combo.lineEdit(), "区财政局")
    year = stored_year(main_window)
    department = next(d for d in year.departments if d.name == "区财政局")
    assert next(p for _, p in year.parts() if p.code == "I07-2").department == department.code


def test_veto_indicator_toggle_zeroes_points(main_window, messenger):
    tab = scheme_tab(main_window)
    tab.select(INDICATOR, "I17")
    tab.indicator_form.veto.setChecked(True)  # drops 19 scores: confirmed by the messenger
    assert "将删除 19 条打分" in messenger.questions[-1]
    indicator = next(i for i in stored_year(main_window).indicators if i.code == "I17")
    assert indicator.veto and indicator.parts[0].points == 0
    assert "否决指标" in tab.model.data(tab.model.index_of(INDICATOR, "I17").siblingAtColumn(1))


def test_towns_table_shows_full_score_from_the_core(main_window):
    tab = towns_tab(main_window)
    result = main_window.workspace.session.result.by_code()
    assert tab.model.rowCount() == 19
    for row in range(19):
        town = tab.model.town(row)
        assert tab.model.data(tab.model.index(row, FULL)) in ("98", "100")
        assert D(tab.model.data(tab.model.index(row, FULL))) == result[town.code].full
    assert tab.model.columnCount() == FIXED_COLUMNS + 1
    assert "乡村振兴" in tab.model.headerData(FIXED_COLUMNS, Qt.Horizontal)


def test_rename_town_in_the_table_reaches_results(main_window):
    tab = towns_tab(main_window)
    row = tab.model.row_of("T01")
    assert tab.model.setData(tab.model.index(row, NAME), "凤城新街道")
    assert stored_year(main_window).towns[0].name == "凤城新街道"
    main_window.tabs.setCurrentWidget(main_window.results_tab)
    assert any(r.name == "凤城新街道" for r in main_window.results_tab.model.rows())
    towns_tab(main_window)
    # A name already used is refused with a message; nothing changes.
    assert not tab.model.setData(tab.model.index(1, NAME), "凤城新街道")
    assert "已有名为“凤城新街道”" in main_window.workspace.messenger.errors[-1]
    assert stored_year(main_window).towns[1].name == "晏家街道"


def test_untick_partial_indicator_drops_score_and_lowers_full(main_window, messenger):
    tab = towns_tab(main_window)
    row = tab.model.row_of("T03")
    cell = tab.model.index(row, FIXED_COLUMNS)
    assert tab.model.data(cell, Qt.CheckStateRole) == Qt.Checked
    assert tab.model.setData(cell, Qt.Unchecked.value, Qt.CheckStateRole)
    assert "将删除 1 条打分" in messenger.questions[-1]
    assert main_window.workspace.session.result.by_code()["T03"].full == D(98)
    assert tab.model.data(tab.model.index(row, FULL)) == "98"
    assert not any(s.town == "T03" and s.part == "I22" for s in stored_year(main_window).scores)
    tab.undo.undo_action.trigger()
    assert main_window.workspace.session.result.by_code()["T03"].full == D(100)
    assert any(s.town == "T03" and s.part == "I22" for s in stored_year(main_window).scores)


def test_remove_town_says_how_many_entries_go_and_undo_restores(main_window, messenger):
    tab = towns_tab(main_window)
    count = main_window.workspace.session.entries_of_town("T09")
    tab.select_town("T09")
    messenger.confirm_answer = False
    tab.remove_button.click()
    assert f"将删除 {count - 3} 条打分和 3 条" in messenger.questions[-1]
    assert len(stored_year(main_window).towns) == 19
    messenger.confirm_answer = True
    tab.remove_button.click()
    assert len(stored_year(main_window).towns) == 18
    assert [r.code for r in main_window.workspace.session.result.rows if r.code == "T09"] == []
    # The shared history: the scheme tab's undo button undoes the town removal.
    assert main_window.scheme_tab.undo.undo_action.isEnabled()
    main_window.scheme_tab.undo.undo_action.trigger()
    year = stored_year(main_window)
    assert len(year.towns) == 19 and sum(1 for s in year.scores if s.town == "T09") + 3 == count


def test_add_town_asks_for_a_name(main_window, messenger):
    tab = towns_tab(main_window)
    messenger.texts = ["新港镇"]
    tab.add_button.click()
    year = stored_year(main_window)
    assert year.towns[-1].name == "新港镇" and year.towns[-1].kind == "镇"
    assert tab.current_town() == year.towns[-1].code
    row = main_window.workspace.session.result.by_code()[year.towns[-1].code]
    assert row.full == D(98) and not row.complete


def test_delete_key_removes_and_alt_up_moves_in_the_towns_table(qtbot, main_window, messenger):
    tab = towns_tab(main_window)
    tab.select_town("T02")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key_Up, Qt.AltModifier)
    assert [t.code for t in stored_year(main_window).towns][:2] == ["T02", "T01"]
    tab.select_town("T02")
    qtbot.keyClick(tab.view, Qt.Key_Delete)
    assert "删除" in messenger.questions[-1]
    assert "T02" not in [t.code for t in stored_year(main_window).towns]


def test_delete_key_in_the_scheme_tree(qtbot, main_window, messenger):
    tab = scheme_tab(main_window)
    tab.select(INDICATOR, "I12")
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key_Delete)
    assert not any(i.code == "I12" for i in stored_year(main_window).indicators)


def test_closing_the_window_after_edits_destroys_undo_history_cleanly(qtbot, main_window):
    """The undo buttons ignore signals a stack sends while it is being destroyed."""
    import shiboken6

    tab = scheme_tab(main_window)
    tab.select(INDICATOR, "I01")
    tab.move_selected(1)
    stack = main_window.workspace.scheme_changes.stack
    assert stack.canUndo()
    buttons = tab.undo
    shiboken6.delete(stack)
    buttons.update()  # no "already deleted" error
    assert not shiboken6.isValid(stack)


def test_plan_wording_is_the_years_edited_in_the_scheme_tab_and_offered_in_the_registers(qtbot, main_window):
    """Another county's plan: its veto conditions and methods, not Changshou's, are offered."""
    tab = scheme_tab(main_window)
    tab.plan_button.click()
    QApplication.processEvents()
    assert tab.forms.currentWidget() is tab.plan_form
    form = tab.plan_form
    form.veto_conditions.setFocus()
    form.veto_conditions.setPlainText("  出现重大安全生产事故\n\n弄虚作假\n弄虚作假\n")
    form.methods.setFocus()  # leaving the field stores it
    QApplication.processEvents()
    form.methods.setPlainText("部门评分\n群众满意度测评")
    tab.tree.setFocus()
    QApplication.processEvents()
    year = stored_year(main_window)
    assert year.veto_conditions == ("出现重大安全生产事故", "弄虚作假")
    assert year.assessment_methods == ("部门评分", "群众满意度测评")

    tab.select(INDICATOR, "I01")
    method = tab.indicator_form.method
    assert [method.itemText(n) for n in range(method.count())] == ["部门评分", "群众满意度测评"]

    registers = main_window.registers_tab
    main_window.tabs.setCurrentWidget(registers)
    registers.pages.setCurrentWidget(registers.veto_page)
    QApplication.processEvents()
    reason = registers.veto_page.reason
    offered = [reason.itemText(n) for n in range(reason.count())]
    assert offered[:2] == ["出现重大安全生产事故", "弄虚作假"]
    assert not any("通报批评" in text or "应纳未纳" in text for text in offered)
    veto_indicators = [i.content or i.name for i in year.indicators if i.veto]
    assert offered[2:] == veto_indicators

    # Undo in the scheme tab puts the earlier wording back, in the registers too.
    main_window.tabs.setCurrentWidget(tab)
    tab.undo.undo_action.trigger()
    tab.undo.undo_action.trigger()
    assert stored_year(main_window).veto_conditions == ()
    main_window.tabs.setCurrentWidget(registers)
    QApplication.processEvents()
    assert reason.count() == len(veto_indicators)


def test_undo_after_adding_a_part_and_typing_its_points_then_redo(qtbot, main_window, messenger):
    """Undoing the add hides the part's form; its field losing focus must not edit a part that is gone."""
    tab = scheme_tab(main_window)
    tab.select(INDICATOR, "I07")
    tab.add_part_button.click()
    QApplication.processEvents()
    kind, code = tab.selected()
    assert (kind, code) == (PART, "I07-3")
    type_and_leave(qtbot, tab.part_form.points, "2")
    assert next(p for _, p in stored_year(main_window).parts() if p.code == "I07-3").points == D(2)
    tab.part_form.points.setFocus()
    tab.undo.undo_action.trigger()
    tab.undo.undo_action.trigger()
    QApplication.processEvents()
    tab.tree.setFocus()
    QApplication.processEvents()
    assert messenger.errors == []
    assert "I07-3" not in [p.code for _, p in stored_year(main_window).parts()]
    assert tab.undo.redo_action.isEnabled()
    tab.undo.redo_action.trigger()
    tab.undo.redo_action.trigger()
    assert messenger.errors == []
    assert next(p for _, p in stored_year(main_window).parts() if p.code == "I07-3").points == D(2)


def test_lowering_points_below_stored_scores_asks_marks_them_and_makes_a_draft(qtbot, main_window, messenger):
    from desktop_app.gui.entry.models import UNFIT_BACKGROUND

    over = [s for s in stored_year(main_window).scores if s.part == "I06" and s.score > 4]
    assert over
    tab = scheme_tab(main_window)
    tab.select(INDICATOR, "I06")
    messenger.confirm_answer = False
    type_and_leave(qtbot, tab.indicator_form.points, "4")
    assert f"已录入的 {len(over)} 条得分将不再符合分值" in messenger.questions[-1]
    assert next(p for _, p in stored_year(main_window).parts() if p.code == "I06").points == D(5)
    messenger.confirm_answer = True
    type_and_leave(qtbot, tab.indicator_form.points, "4")
    assert next(p for _, p in stored_year(main_window).parts() if p.code == "I06").points == D(4)
    assert main_window.completeness_label.text().startswith("草稿")

    entry = main_window.entry_tab
    main_window.tabs.setCurrentWidget(entry)
    assert entry.show_department("zjw")
    index = entry.model.index_of(over[0].town, "I06")
    assert index.data(Qt.BackgroundRole) == UNFIT_BACKGROUND
    assert "需修改" in index.data(Qt.ToolTipRole) and "超出范围 0～4" in index.data(Qt.ToolTipRole)
    fine = next(s for s in stored_year(main_window).scores if s.part == "I06" and s.score <= 4 and not s.deductions)
    assert entry.model.index_of(fine.town, "I06").data(Qt.BackgroundRole) != UNFIT_BACKGROUND
    # correcting the score clears its mark
    assert entry.set_cell_text(over[0].town, "I06", "3.5")
    assert entry.model.index_of(over[0].town, "I06").data(Qt.BackgroundRole) != UNFIT_BACKGROUND


def test_the_years_rules_grades_and_types_are_edited_in_the_scheme_tab_with_undo(qtbot, main_window, messenger):
    tab = scheme_tab(main_window)
    tab.rules_button.click()
    QApplication.processEvents()
    form = tab.rules_form
    assert tab.forms.currentWidget() is tab.rules_page
    type_and_leave(qtbot, form.bonus_cap, "3")
    assert stored_year(main_window).rules.bonus_cap == D(3)
    form.rank_style.setCurrentIndex(form.rank_style.findData("dense"))
    form.rank_style.activated.emit(form.rank_style.currentIndex())
    assert stored_year(main_window).rules.rank_style == "dense"
    form.grades.setData(form.grades.index(0, 0), "优秀")
    form.grades.setData(form.grades.index(0, 1), "25%")
    rules = stored_year(main_window).rules
    assert rules.grades[0].name == "优秀" and rules.grades[0].share == D("0.25")
    form.add_bonus_type()
    kinds = stored_year(main_window).bonus_types
    assert kinds[-1].name == "新加分类型"
    form.bonus_types.setData(form.bonus_types.index(len(kinds) - 1, 1), "0.8")
    assert stored_year(main_window).bonus_types[-1].points == D("0.8")

    # removing an inspection type that has records asks, says how many go, and undo brings them back
    year = stored_year(main_window)
    used = year.inspections[0].type
    count = sum(1 for r in year.inspections if r.type == used)
    form.inspection_view.setCurrentIndex(form.inspection_types.index(
        [k.code for k in year.inspection_types].index(used), 0))
    form._remove_type("inspection_types")
    assert f"{count} 条加分、督查评估或否决记录" in messenger.questions[-1]
    assert all(r.type != used for r in stored_year(main_window).inspections)
    tab.undo.undo_action.trigger()
    assert stored_year(main_window).inspections == year.inspections
    for _ in range(6):
        tab.undo.undo_action.trigger()
    assert stored_year(main_window).rules.bonus_cap == D(2) and stored_year(main_window).rules.grades[0].name == "好"
    assert messenger.errors == []
