"""Roll-up in the window: the city's lower results imported on the 下级结果 page (a file of
the wrong year refused with its reason), the part scored from them, the explain view showing
where the score came from, undo taking it back."""
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop_app.services import YearService
from desktop_app.storage import Store
from desktop_app.yearfile import read_year_file
from tests.conftest import ROOT

EXAMPLE = ROOT / "resources" / "examples" / "two-level"


@pytest.fixture
def city_window(qtbot, tmp_path, messenger):
    from desktop_app.gui.main_window import MainWindow

    store = Store(tmp_path / "city.db")
    YearService(store).import_year(read_year_file(EXAMPLE / "city.json"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    window = MainWindow(store, messenger=messenger, settings=settings, sign_in=lambda store: "single user")
    qtbot.addWidget(window)
    window.start(2023)
    window.show()
    yield window
    store.close()


def test_a_countys_file_is_rolled_up_shown_with_its_provenance_and_undone(city_window, messenger, tmp_path):
    tab = city_window.registers_tab
    city_window.tabs.setCurrentWidget(tab)
    page = tab.rollup_page
    tab.pages.setCurrentWidget(page)
    QApplication.processEvents()
    assert page.add_button.text() == "导入下级年度文件…" and page.part.currentData() == "I03"
    page.town.setCurrentIndex(page.town.findData("X02"))
    wrong = tmp_path / "old.json"
    wrong.write_text((EXAMPLE / "county-yi.json").read_text(encoding="utf-8").replace('"year": 2023', '"year": 2022', 1),
                     encoding="utf-8")
    messenger.files = [str(wrong)]
    assert not page.add_button.click() and "old.json 是 2022 年度的考核" in messenger.errors[-1]
    assert city_window.workspace.session.year.rollups == ()

    messenger.files = [str(EXAMPLE / "county-yi.json")]
    page.add_button.click()
    session = city_window.workspace.session
    assert [(r.town, r.source) for r in session.year.rollups] == [("X02", "county-yi.json")]
    row = session.result.by_code()["X02"]
    assert row.complete and "I03" not in row.missing_parts
    assert page.model.rowCount() == 1 and tab.pages.tabText(5) == "下级结果（1）"

    results = city_window.results_tab
    city_window.tabs.setCurrentWidget(results)
    results.show_explanation("X02")
    html = results._explain_html
    assert "来源：county-yi.json（乙县2023年度" in html and session.year.rollups[0].fingerprint in html
    assert "40 × 各单位（最终得分 ÷ 满分）的加权平均，6 个单位" in html

    tab.undo.undo_action.trigger()
    assert city_window.workspace.session.year.rollups == ()
    assert "I03" in city_window.workspace.session.result.by_code()["X02"].missing_parts
