"""结果看板: ranking table, charts, completeness panel and explain view on the demo year."""
import time
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.domain.model import Deduction, Veto
from desktop_app.gui.results.models import COMPLETE, FINAL, GRADE, RANK, TOWN, VETO


@pytest.fixture
def tab(main_window):
    main_window.tabs.setCurrentWidget(main_window.results_tab)
    return main_window.results_tab


def column(tab, kind):
    return tab.model.column_of(kind)


def shown(tab, row, kind, role=Qt.DisplayRole):
    return tab.model.index(row, column(tab, kind)).data(role)


def table_rows(tab):
    """(town, rank, final, grade, veto, complete) as the table displays them."""
    return [(shown(tab, r, TOWN), shown(tab, r, RANK), shown(tab, r, FINAL), shown(tab, r, GRADE),
             shown(tab, r, VETO), shown(tab, r, COMPLETE)) for r in range(tab.model.rowCount())]


def row_of(tab, name):
    return next(r for r in range(tab.model.rowCount()) if shown(tab, r, TOWN) == name)


def click_town(qtbot, tab, name):
    index = tab.model.index(row_of(tab, name), column(tab, TOWN))
    tab.table.scrollTo(index)
    qtbot.mouseClick(tab.table.viewport(), Qt.LeftButton, pos=tab.table.visualRect(index).center())


def test_table_shows_ranking_with_veto_last(tab, main_window):
    rows = table_rows(tab)
    assert len(rows) == 19
    assert rows[0] == ("八颗街道", "1", "97.91", "好", "", "完整")
    assert rows[-1][0] == "洪湖镇" and rows[-1][3] == "一般" and rows[-1][4] == "否决"
    result = main_window.workspace.session.result
    assert [r[0] for r in rows] == [row.name for row in result.rows]
    assert [r[2] for r in rows] == [f"{row.final:.2f}" for row in result.rows]
    last = tab.model.rowCount() - 1
    assert "发现“应纳未纳”情形" in shown(tab, last, VETO, Qt.ToolTipRole)
    assert shown(tab, last, TOWN, Qt.ForegroundRole).color().name() == "#c62828"
    assert shown(tab, 0, TOWN, Qt.ForegroundRole) is None
    assert shown(tab, 0, FINAL, Qt.TextAlignmentRole) & Qt.AlignRight
    headers = [tab.model.headerData(c, Qt.Horizontal) for c in range(tab.model.columnCount())]
    assert headers[:3] == ["排名", "镇街", "责任落实\n(10分)"] and "重点专项\n(7分)" in headers
    assert "适用满分" in headers and "数据完整" in headers
    assert tab.banner.isHidden()


def test_score_change_through_workspace_updates_table(tab, main_window):
    workspace = main_window.workspace
    before = row_of(tab, "云集镇")
    final_before = Decimal(shown(tab, before, FINAL))
    assert shown(tab, before, RANK) == "15"
    assert workspace.apply(workspace.session.set_score, "T15", "I01", "0")
    after = row_of(tab, "云集镇")
    # I01 held 2.70 (the demo data) and 云集镇's full score is 100, so the final drops by 2.70.
    assert final_before - Decimal(shown(tab, after, FINAL)) == Decimal("2.70")
    assert shown(tab, after, RANK) == "18" and after == 17
    assert shown(tab, after, GRADE) == "一般"
    stored = workspace.store.load_year(2023, use_cache=False)
    assert next(s.score for s in stored.scores if (s.town, s.part) == ("T15", "I01")) == 0


def test_new_veto_moves_town_down_with_last_grade(tab, main_window):
    session = main_window.workspace.session
    assert main_window.workspace.apply(session.set_vetoes, session.year.vetoes + (Veto("T06", "测试否决"),))
    rows = table_rows(tab)
    position = [r[0] for r in rows].index("八颗街道")
    assert all(r[4] == "" for r in rows[:position]) and position == 17
    assert rows[position][3] == "一般" and rows[position][4] == "否决" and rows[position][1] == "18"
    assert rows[0][0] == "云台镇"
    assert "测试否决" in shown(tab, position, VETO, Qt.ToolTipRole)
    assert [s.reason for s in main_window.workspace.store.load_year(2023, use_cache=False).vetoes
            if s.town == "T06"] == ["测试否决"]


def test_explain_shows_superseded_bonus_for_changshouhu(qtbot, tab):
    click_town(qtbot, tab, "长寿湖镇")
    assert tab.explained_town == "T08"
    text = tab.explanation_text()
    assert "长寿湖镇" in text and "第 8 名" in text
    assert "市委、市政府表彰 ×1" in text and "+0.50" in text
    assert "区委、区政府表彰 ×1" in text and "就高不就低，未计入" in text
    assert "加分合计 0.50" in text
    for label, value in (("适用满分", "100.00"), ("原始得分", "90.94"), ("折算得分（百分制）", "90.94"),
                         ("最终得分", "91.44"), ("等次", "较好")):
        assert f"{label}\n{value}" in text
    # every applicable part is listed with its department and points
    assert "I07-2 医疗保障成果巩固" in text and "区医保局" in text
    assert "扣 0.52：台账资料不完整" in text


def test_explain_by_keyboard_shows_inspection_deduction_for_longhe(qtbot, tab):
    tab.table.setFocus()
    click_town(qtbot, tab, "八颗街道")
    for _ in range(row_of(tab, "龙河镇")):
        qtbot.keyClick(tab.table, Qt.Key_Down)
    assert tab.explained_town == "T12"
    text = tab.explanation_text()
    assert "区县交叉核查 第 1 轮：−0.30 因该镇街导致区被扣分，取消加分并扣除" in text
    assert "督查评估合计 -0.30" in text and "无加分记录" in text


def test_explain_capped_bonus_and_veto_reasons(tab):
    tab.select_town("T09")
    assert "合计 2.10，已达上限 2 分，按 2 分计" in tab.explanation_text()
    assert "加分合计 2.00" in tab.explanation_text()
    tab.select_town("T18")
    text = tab.explanation_text()
    assert "发现“应纳未纳”情形" in text and "实地评估发现问题清单" in text and "一票否决\n是" in text


def test_explain_follows_changes_with_deductions_note_and_time(tab, main_window):
    workspace = main_window.workspace
    tab.select_town("T05")
    assert "录入时间" not in tab.explanation_text()  # the imported demo scores carry no entry time
    assert workspace.apply(workspace.session.set_score, "T05", "I04", None,
                           deductions=(Deduction("低保台账缺失", Decimal("1.5")),), note="复核后确认")
    text = tab.explanation_text()
    assert tab.explained_town == "T05"
    assert "扣 1.50：低保台账缺失" in text and "备注：复核后确认" in text and "录入时间：" in text
    assert "3.50" in text


def test_completeness_panel_and_banner_follow_entry(tab, main_window):
    workspace, session = main_window.workspace, main_window.workspace.session
    panel = tab.progress_panel
    assert panel.text_of("zjw") == ("19/19", "填报中")
    assert panel.text_of("xczxj")[0] == "182/182"
    assert workspace.apply(session.set_score, "T02", "I06", None, deductions=())
    assert panel.text_of("zjw") == ("18/19", "填报中")
    assert tab.banner.isVisible()
    assert tab.banner.text() == "尚有 1 项未打分，以下为临时结果（缺项按 0 分计）"
    t02 = row_of(tab, "晏家街道")
    assert shown(tab, t02, COMPLETE) == "缺 1 项" and "I06 住房保障成果巩固" in shown(tab, t02, COMPLETE, Qt.ToolTipRole)
    assert shown(tab, t02, TOWN, Qt.BackgroundRole) is not None
    tab.select_town("T02")
    assert "I06 住房保障成果巩固\n区住建委\n5\n未填" in tab.explanation_text()
    assert workspace.apply(session.submit_department, "wjw")
    assert panel.text_of("wjw") == ("19/19", "已提交")
    for department in session.year.departments:
        status, entered, total = session.department_progress(department.code)
        assert panel.progress[department.code] == (status, entered, total)
    assert workspace.apply(session.set_score, "T02", "I06", "5")
    assert panel.text_of("zjw") == ("19/19", "填报中") and tab.banner.isHidden()


def test_bar_chart_has_one_set_per_grade(tab, main_window):
    sets = tab.score_chart.bar_sets()
    assert [s.label() for s in sets] == ["好", "较好", "一般"]
    counts = {s.label(): sum(1 for i in range(s.count()) if s.at(i) != 0) for s in sets}
    assert counts == {"好": 5, "较好": 9, "一般": 5} == main_window.workspace.session.result.grade_counts()
    assert len({s.color().name() for s in sets}) == 3
    assert tab.score_chart.town_axis.categories()[:2] == ["八颗", "云台"]
    assert sets[0].at(0) == pytest.approx(97.91) and sets[2].at(18) == pytest.approx(90.52)
    assert not tab.score_chart.truncated
    breakdown = tab.breakdown_chart.bar_sets()
    assert [s.label() for s in breakdown][0] == "责任落实(10分)" and len(breakdown) == 5
    first = main_window.workspace.session.result.rows[0]
    assert sum(s.at(0) for s in breakdown) == pytest.approx(float(first.raw))


def test_header_click_sorts_and_ctrl_c_copies_the_table(qtbot, tab):
    header = tab.table.horizontalHeader()
    town_column = column(tab, TOWN)
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(
        header.sectionViewportPosition(town_column) + header.sectionSize(town_column) // 2, header.height() // 2))
    assert shown(tab, 0, TOWN) == "凤城街道"  # sorted by town order: T01 first
    tab.table.sortByColumn(column(tab, RANK), Qt.AscendingOrder)
    assert shown(tab, 0, TOWN) == "八颗街道"
    QGuiApplication.clipboard().clear()
    tab.table.activateWindow()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key_C, Qt.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 20 and lines[1].split("\t")[:2] == ["1", "八颗街道"] and "97.91" in lines[1]
    assert lines[0].split("\t")[2] == "责任落实(10分)"


def test_large_year_refreshes_quickly_and_charts_top_60(qtbot, tmp_path):
    from desktop_app.gui.common.messenger import RecordingMessenger
    from desktop_app.gui.results.tab import ResultsTab
    from desktop_app.gui.workspace import Workspace
    from desktop_app.storage import Store
    from desktop_app.tools.generate import generate_year

    year = generate_year(towns=500, parts=60, missing_share=0.01)
    store = Store(tmp_path / "big.db")
    store.save_year(year)
    workspace = Workspace(store, RecordingMessenger())
    tab = ResultsTab(workspace)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    workspace.open_year(year.year)
    tab.select_town(year.towns[0].code)
    session = workspace.session
    score = year.scores[0]
    timings = []
    for value in ("0", "0.5", "0.25"):
        session.set_score(score.town, score.part, value)
        session.result  # noqa: B018 - computed by the engine, not by the tab
        session.state()  # the year's state, also the core's
        start = time.perf_counter()
        tab.refresh()
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.1, timings  # typically about 10 ms
    assert tab.model.rowCount() == 500
    assert len(tab.score_chart.rows) == 60 and tab.score_chart.truncated
    assert "仅显示前 60 名（共 500 个镇街）" in tab.score_chart.note
    assert len(tab.score_chart.town_axis.categories()) == 60
    assert "尚有" in tab.banner.text()
    store.close()
