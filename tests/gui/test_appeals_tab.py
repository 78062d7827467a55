"""申诉复核 tab: an appeal recorded, the year a draft while it waits, decided with a changed score."""
import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.domain.appeals import CHANGED, PENDING
from desktop_app.domain.status import APPEAL


@pytest.fixture
def tab(main_window):
    tab = main_window.appeals_tab
    tab.today = lambda: dt.date(2024, 3, 10)
    main_window.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    return tab


def test_an_appeal_is_recorded_shown_and_decided_with_a_new_score(tab, main_window, messenger):
    tab.town.setCurrentIndex(tab.town.findData("T02"))
    tab.part.setCurrentIndex(tab.part.findData("I06"))
    assert "：" in tab.part.currentText()  # the current score beside the part
    tab.reason.setPlainText("台账已补齐")
    appeal = tab.file_appeal()
    assert appeal is not None and (appeal.town, appeal.part, appeal.decision) == ("T02", "I06", PENDING)
    assert tab.model.rowCount() == 1 and "1 件待复核" in tab.window_label.text()
    state = main_window.workspace.session.state()
    failing = next(f for f in state.failing if f.about == APPEAL)
    main_window.tabs.setCurrentIndex(0)
    main_window.go_to(failing)
    assert main_window.tabs.currentWidget() is tab

    tab.select(appeal.id)
    assert tab.decide_button.isEnabled()
    tab.decision.setCurrentIndex(tab.decision.findData(CHANGED))
    tab.new_score.setText("4.9")
    tab.note.setPlainText("复核确认台账完整")
    decided = tab.decide()
    assert "改为 4.9" in messenger.questions[-1]
    assert decided.decision == CHANGED and decided.score_after == D("4.9")
    assert main_window.workspace.session.score_of("T02", "I06").score == D("4.9")
    assert not tab.decide_button.isEnabled() and "0 件待复核" in tab.window_label.text()


def test_an_appeal_without_its_reason_is_refused_with_a_message(tab, messenger):
    tab.reason.clear()
    assert tab.file_appeal() is None
    assert messenger.errors[-1] == "请填写申诉理由"
    assert tab.model.rowCount() == 0
