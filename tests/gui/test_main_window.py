"""The main window: years, files, status."""
import json

from conftest import EXAMPLE


def test_starts_on_demo_year_with_status(main_window):
    assert main_window.workspace.session.number == 2023
    assert "2023" in main_window.year_combo.currentText()
    assert "gui.db" in main_window.database_label.text()
    # complete, but no department has submitted: a draft, and the status bar says so
    assert main_window.completeness_label.text() == "草稿：尚有 11 项条件未满足，见“结果看板”"
    assert [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())] == [
        "考核方案", "镇街设置", "部门打分", "加分与否决", "结果看板", "公文输出", "申诉复核", "整改台账"]


def test_create_year_by_copy(main_window):
    assert main_window.create_year(2024, 2023)
    session = main_window.workspace.session
    assert session.number == 2024 and "2024" in session.year.title
    assert len(session.year.towns) == 19 and session.year.scores == ()
    assert [main_window.year_combo.itemData(i) for i in range(main_window.year_combo.count())] == [2023, 2024]
    assert main_window.completeness_label.text().startswith("草稿")


def test_create_year_from_template_and_refuse_duplicate(main_window, messenger):
    assert main_window.create_year(2025, "template")
    assert not main_window.create_year(2025, 2023)
    assert "已存在" in messenger.errors[-1]


def test_switch_year_with_selector(main_window):
    main_window.create_year(2024, 2023)
    main_window.year_combo.setCurrentIndex(0)
    main_window.year_combo.activated.emit(0)
    assert main_window.workspace.session.number == 2023


def test_new_year_dialog_is_patched_not_shown(main_window, monkeypatch):
    monkeypatch.setattr(main_window, "ask_new_year", lambda: {"year": 2026, "source": 2023, "title": "测试年度"})
    main_window.new_year_action.trigger()
    assert main_window.workspace.session.year.title == "测试年度"


def test_import_bad_file_shows_message_and_changes_nothing(main_window, messenger, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{\"format\": ", encoding="utf-8")
    assert not main_window.import_year_file(str(bad))
    assert "不是有效的 JSON" in messenger.errors[-1]
    assert [y for y, _ in main_window.workspace.years()] == [2023]


def test_import_new_year_file(main_window, messenger, tmp_path):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["year"] = 2022
    path = tmp_path / "2022.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main_window.import_year_file(str(path))
    assert main_window.workspace.session.number == 2022
    assert "19 个镇街" in messenger.infos[-1]


def test_export_and_backup(main_window, messenger, tmp_path):
    out, backup = tmp_path / "out.json", tmp_path / "backup.db"
    messenger.files = [str(out), str(backup)]
    main_window.on_export_year()
    main_window.on_backup()
    assert json.loads(out.read_text(encoding="utf-8"))["year"] == 2023
    from desktop_app.storage import Store

    with Store(backup) as copy:
        assert copy.list_years()[0][0] == 2023


def test_open_missing_database_is_reported(main_window, messenger, tmp_path):
    messenger.files = [str(tmp_path / "nowhere.db")]
    main_window.on_open_database()
    assert "找不到" in messenger.errors[-1]
    assert main_window.workspace.session.number == 2023


def test_new_database_is_empty_and_remembered(main_window, messenger, tmp_path):
    messenger.files = [str(tmp_path / "second.db")]
    main_window.on_new_database()
    assert main_window.workspace.session is None
    assert "second.db" in main_window.database_label.text()
    assert main_window.recent_menu.actions()[0].text().endswith("second.db")


def test_hidden_tabs_refresh_when_shown(main_window):
    """A change made in one tab reaches the others: at once if shown, else when next shown."""
    from PySide6.QtWidgets import QApplication

    main_window.tabs.setCurrentWidget(main_window.towns_tab)
    results = main_window.results_tab
    before = [r.name for r in results.model.rows()]
    session = main_window.workspace.session
    assert main_window.workspace.apply(session.set_vetoes, ())  # 洪湖镇 no longer vetoed
    assert results.model.rows() == () or [r.name for r in results.model.rows()] == before  # not rebuilt while hidden
    main_window.tabs.setCurrentWidget(results)
    QApplication.processEvents()
    rows = results.model.rows()
    assert not any(r.vetoed for r in rows)
    assert [r.code for r in rows] == [r.code for r in session.result.rows]


def test_unexpected_error_is_logged_and_shown_not_a_traceback(main_window, messenger, tmp_path, monkeypatch):
    import sys

    from desktop_app.gui.app import install_error_report

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log = tmp_path / "errors.log"
    hook = install_error_report(main_window, messenger, log)
    assert sys.excepthook is hook
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError:
        hook(*sys.exc_info())
    assert "程序遇到意外错误" in messenger.errors[-1] and "ZeroDivisionError" in messenger.errors[-1]
    assert str(log) in messenger.errors[-1]
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_create_year_from_a_blank_scheme(main_window):
    assert main_window.create_year(2026, "blank", "某县2026年度镇街考核")
    session = main_window.workspace.session
    year = session.year
    assert year.title == "某县2026年度镇街考核" and [t.name for t in year.towns] == ["某镇"]
    assert len(year.indicators) == 1 and year.bonus_types == () and year.veto_conditions == ()
    from desktop_app.domain.validation import validate
    assert validate(year) == []  # a valid start, ready to be built on


def test_the_new_year_dialog_offers_each_built_in_template_and_a_year_is_made_from_it(main_window):
    from desktop_app.gui.main_window import NewYearDialog

    dialog = NewYearDialog(main_window.workspace.years(), main_window)
    sources = [dialog.source.itemData(i) for i in range(dialog.source.count())]
    assert sources == [2023, "template", "template:yunnan-style", "template:hebei-style", "blank"]
    assert main_window.create_year(2025, "template:yunnan-style")
    year = main_window.workspace.session.year
    assert year.rules.rank_by_class and [c.name for c in year.town_classes][0] == "国家和省级乡村振兴重点帮扶县"
