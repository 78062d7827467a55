"""Classified assessment in the window: classes set in 镇街设置, towns put in them, ranking
by class switched on and off, the dashboard showing the class, each step undoable."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.gui.results.models import CLASS, RANK
from desktop_app.gui.towns.tab import CLASS as TOWN_CLASS


def towns_tab(window):
    window.tabs.setCurrentWidget(window.towns_tab)
    QApplication.processEvents()
    return window.towns_tab


def stored_year(window):
    return window.workspace.store.load_year(2023, use_cache=False)


def test_classes_named_as_kinds_take_their_towns_and_ranking_by_class_reaches_the_dashboard(main_window, messenger):
    tab = towns_tab(main_window)
    assert not tab.by_class_box.isEnabled()
    messenger.texts = ["镇、街道"]
    tab.classes_button.click()
    year = stored_year(main_window)
    assert [(c.code, c.name) for c in year.town_classes] == [("K01", "镇"), ("K02", "街道")]
    assert all(town.class_code == {"镇": "K01", "街道": "K02"}[town.kind] for town in year.towns)
    assert tab.model.data(tab.model.index(tab.model.row_of("T01"), TOWN_CLASS)) == "街道"
    assert "类别：镇 " in tab.summary_label.text()
    # Ranked together still: the dashboard shows the class beside each town, ranks run 1..19.
    results = main_window.results_tab.model
    main_window.results_tab.refresh()
    assert results.headerData(results.column_of(RANK), Qt.Horizontal) == "排名"
    assert sorted(row.rank for row in results.rows()) == sorted(r.rank for r in main_window.workspace.session.result.rows)
    assert tab.by_class_box.isEnabled() and not tab.by_class_box.isChecked()

    tab.by_class_box.click()
    assert stored_year(main_window).rules.rank_by_class
    result = main_window.workspace.session.result
    streets = [row for row in result.rows if row.town_class == "K02"]
    towns = [row for row in result.rows if row.town_class == "K01"]
    assert [row.rank for row in towns][0] == 1 and [row.rank for row in streets][0] == 1
    assert [row.code for row in result.rows] == [row.code for row in towns + streets]
    main_window.results_tab.refresh()
    assert results.headerData(results.column_of(RANK), Qt.Horizontal) == "类内排名"
    class_column = results.column_of(CLASS)
    assert results.data(results.index(0, class_column)) == "镇"
    assert results.data(results.index(len(towns), class_column)) == "街道"

    # Undo: ranked together again, then no classes at all.
    tab.undo.undo_action.trigger()
    assert not stored_year(main_window).rules.rank_by_class and not tab.by_class_box.isChecked()
    tab.undo.undo_action.trigger()
    year = stored_year(main_window)
    assert year.town_classes == () and {town.class_code for town in year.towns} == {None}
    main_window.results_tab.refresh()
    assert CLASS not in [results.column_kind(c) for c in range(results.columnCount())]


def test_a_town_moved_to_another_class_in_the_table_and_a_removed_class_leaves_its_towns_unclassed(
        main_window, messenger):
    tab = towns_tab(main_window)
    messenger.texts = ["镇、街道"]
    tab.classes_button.click()
    row = tab.model.row_of("T01")
    cell = tab.model.index(row, TOWN_CLASS)
    assert tab.model.flags(cell) & Qt.ItemIsEditable
    assert tab.model.setData(cell, "镇")
    assert stored_year(main_window).towns[0].class_code == "K01"
    assert not tab.model.setData(cell, "乡")  # not a class of the year: nothing changes
    messenger.texts = ["镇"]
    tab.classes_button.click()
    year = stored_year(main_window)
    assert [c.name for c in year.town_classes] == ["镇"]
    unclassed = [town.name for town in year.towns if town.class_code is None]
    assert unclassed and all(name.endswith("街道") for name in unclassed)
    assert "个未归类" in tab.summary_label.text()
    assert tab.model.data(cell, Qt.BackgroundRole) is None  # T01 is in 镇 now
    street = tab.model.index(tab.model.row_of(year.towns[1].code), TOWN_CLASS)
    assert tab.model.data(street, Qt.BackgroundRole) is not None
    problems = main_window.workspace.session.state().problems
    assert any("没有归入任何类别" in problem.message for problem in problems)


def test_a_county_level_year_names_its_units_on_the_dashboard_and_long_class_names_get_room(qtbot, tmp_path, messenger):
    """The Yunnan-style template assesses counties in two long-named classes."""
    import dataclasses
    from decimal import Decimal

    from PySide6.QtCore import QSettings

    from desktop_app.domain.model import Score
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.results.models import TOWN
    from desktop_app.services import YearService, scheme_template
    from desktop_app.storage import Store

    year = scheme_template("yunnan-style")
    year = dataclasses.replace(year, year=2024, scores=tuple(
        Score(town.code, part.code, part.points) for town in year.towns for indicator, part in year.parts()
        if not indicator.veto and indicator.applies(town.code)))
    store = Store(tmp_path / "county.db")
    YearService(store).import_year(year)
    window = MainWindow(store, messenger=messenger, settings=QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat),
                        sign_in=lambda opened: "single user")
    qtbot.addWidget(window)
    window.start(2024)
    window.show()
    window.tabs.setCurrentWidget(window.results_tab)
    QApplication.processEvents()
    model = window.results_tab.model
    assert model.headerData(model.column_of(TOWN), Qt.Horizontal) == "县（市、区）"
    assert window.tabs.tabText(window.tabs.indexOf(window.towns_tab)) == "县（市、区）设置"
    header = window.results_tab.table.horizontalHeader()
    metrics = window.results_tab.table.fontMetrics()
    assert header.sectionSize(model.column_of(CLASS)) >= metrics.horizontalAdvance("国" * 10)
    store.close()
