"""The year's state in the window: the dashboard's banner lists what keeps it a draft and
goes there; submitted sheets make it official; 审定 freezes it; 重新打开 takes a reason."""
import dataclasses
from decimal import Decimal

from PySide6.QtWidgets import QApplication


def dashboard(window):
    window.tabs.setCurrentWidget(window.results_tab)
    QApplication.processEvents()
    return window.results_tab.state_panel


def submit_every_sheet(window):
    session = window.workspace.session
    for department in session.year.departments:
        assert window.workspace.apply(session.submit_department, department.code)


def test_a_draft_lists_each_condition_and_a_double_click_goes_there(main_window):
    session = main_window.workspace.session
    assert main_window.workspace.apply(session.clear_scores, [("T03", "I06")])
    panel = dashboard(main_window)
    assert panel.label.text().startswith("草稿：尚有 12 项条件未满足")
    texts = [panel.model.data(panel.model.index(row)) for row in range(panel.model.rowCount())]
    assert "江南街道还有 1 项未打分（I06）" in texts and "区住建委尚未提交打分表" in texts
    assert not panel.finalise_button.isVisibleTo(panel)
    row = texts.index("江南街道还有 1 项未打分（I06）")
    panel.list.activated.emit(panel.model.index(row))
    entry = main_window.entry_tab
    assert main_window.tabs.currentWidget() is entry and entry.department() == "zjw"
    assert entry.model.cell(entry.view.currentIndex().row(), entry.view.currentIndex().column()) == ("T03", "I06")
    panel.list.activated.emit(panel.model.index(texts.index("区医保局尚未提交打分表")))
    assert entry.department() == "ybj"


def test_official_then_finalised_then_reopened_with_a_reason(main_window, messenger):
    submit_every_sheet(main_window)
    panel = dashboard(main_window)
    assert panel.label.text().startswith("正式结果") and panel.finalise_button.isVisibleTo(panel)
    assert main_window.completeness_label.text().startswith("正式结果")
    panel.finalise_button.click()
    assert "审定 2023 年度" in messenger.questions[-1]
    session = main_window.workspace.session
    state = session.state()
    assert state.state == "finalised"
    assert panel.label.text().startswith("已审定") and state.fingerprint in panel.label.text()
    assert panel.reopen_button.isVisibleTo(panel) and not panel.finalise_button.isVisibleTo(panel)
    assert main_window.completeness_label.text().startswith("已审定，数据只读")

    # every edit in the window is refused, with the reason, and nothing changes
    before = session.year
    registers = main_window.registers_tab
    main_window.tabs.setCurrentWidget(registers)
    page = registers.bonus_page
    registers.pages.setCurrentWidget(page)
    page.town.setCurrentIndex(page.town.findData("T01"))
    page.add_button.click()
    assert "已审定" in messenger.errors[-1]
    scheme = main_window.scheme_tab
    assert not scheme.edit("改名", lambda year: dataclasses.replace(year, title="新标题"))
    assert "已审定" in messenger.errors[-1]
    assert main_window.workspace.store.load_year(2023, use_cache=False) == before

    messenger.texts = [""]
    dashboard(main_window).reopen_button.click()
    assert "须说明理由" in messenger.errors[-1] and session.state().state == "finalised"
    messenger.texts = ["区委要求复核"]
    panel.reopen_button.click()
    assert session.state().state == "official"
    assert session.store.year_events(2023)[-1][1:] == ("reopened", "区委要求复核")
    assert main_window.workspace.apply(session.reopen_department, "zjw")
    assert main_window.workspace.apply(session.set_score, "T01", "I06", Decimal("4"))


def test_a_sheet_counted_without_submission_needs_a_reason_and_is_named_on_the_dashboard(main_window, messenger):
    session = main_window.workspace.session
    for department in session.year.departments:
        if department.code != "zjw":
            assert main_window.workspace.apply(session.submit_department, department.code)
    entry = main_window.entry_tab
    main_window.tabs.setCurrentWidget(entry)
    assert entry.show_department("zjw")
    messenger.texts = [""]
    assert not entry.waive()
    assert "须说明理由" in messenger.errors[-1]
    messenger.texts = ["住建委本年度机构调整，由考核办据台账核定"]
    assert entry.waive()
    assert entry.locked()
    panel = dashboard(main_window)
    assert panel.label.text().startswith("正式结果")
    assert "计为已提交：区住建委（住建委本年度机构调整，由考核办据台账核定）" in panel.label.text()


def test_a_score_sheet_is_a_draft_until_its_department_has_submitted(main_window):
    from desktop_app.gui.documents.tab import SCORE_SHEET

    tab = main_window.documents_tab
    main_window.tabs.setCurrentWidget(tab)
    built = tab.build(SCORE_SHEET, "mzj")
    assert built is not None and built.draft
    assert main_window.workspace.apply(main_window.workspace.session.submit_department, "mzj")
    built = tab.build(SCORE_SHEET, "mzj")
    assert built is not None and not built.draft


def test_a_finalised_years_grid_is_read_only_and_says_why(main_window, messenger):
    submit_every_sheet(main_window)
    session = main_window.workspace.session
    assert main_window.workspace.apply(session.finalise)
    entry = main_window.entry_tab
    main_window.tabs.setCurrentWidget(entry)
    assert entry.show_department("zjw")
    assert entry.locked()
    assert not entry.paste_text("1")
    assert "已审定" in messenger.errors[-1]
