"""The rule that every loss needs a reason, in the window: switched in the scheme tab (undoable),
asked for when a lower score is typed into the grid, and nothing stored without it."""
from decimal import Decimal as D

from PySide6.QtWidgets import QApplication

from desktop_app.domain.model import Deduction


def stored_year(window):
    return window.workspace.store.load_year(2023, use_cache=False)


def stored(window, town, part):
    return next((s for s in stored_year(window).scores if (s.town, s.part) == (town, part)), None)


def switch_rule_on(window):
    tab = window.scheme_tab
    window.tabs.setCurrentWidget(tab)
    tab.rules_button.click()
    QApplication.processEvents()
    box = tab.rules_form.require_loss_reasons
    assert not box.isChecked()
    box.click()
    assert stored_year(window).rules.require_loss_reasons is True
    return tab


def test_the_rule_is_switched_in_the_scheme_tab_and_undone(main_window):
    tab = switch_rule_on(main_window)
    assert tab.rules_form.require_loss_reasons.isChecked()
    tab.undo.undo_action.trigger()
    QApplication.processEvents()
    assert stored_year(main_window).rules.require_loss_reasons is False
    assert not tab.rules_form.require_loss_reasons.isChecked()


def test_a_lower_score_typed_into_the_grid_asks_for_its_reason(main_window, messenger):
    switch_rule_on(main_window)
    entry = main_window.entry_tab
    main_window.tabs.setCurrentWidget(entry)
    assert entry.show_department("zjw")
    before = stored(main_window, "T01", "I06")

    messenger.texts = [None]  # the clerk cancels: nothing is stored
    assert not entry.set_cell_text("T01", "I06", "3.5")
    assert "凤城街道“住房保障成果巩固”得 3.50 分，失 1.50 分" in messenger.questions[-1]
    assert stored(main_window, "T01", "I06") == before
    assert "须说明失分原因" in entry.cell_label.text()

    messenger.texts = ["   "]  # a blank answer is no reason
    assert not entry.set_cell_text("T01", "I06", "3.5")
    assert stored(main_window, "T01", "I06") == before

    messenger.texts = [" 危房改造台账不全 "]
    assert entry.set_cell_text("T01", "I06", "3.5")
    after = stored(main_window, "T01", "I06")
    assert after.score == D("3.5") and after.deductions == (Deduction("危房改造台账不全", D("1.5")),)

    asked = len(messenger.questions)
    assert entry.set_cell_text("T01", "I06", "5")  # full points: nothing to explain
    assert len(messenger.questions) == asked + 1  # only whether to drop the deduction just made
    assert stored(main_window, "T01", "I06").deductions == ()
    assert messenger.errors == []
