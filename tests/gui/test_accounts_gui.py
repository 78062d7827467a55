"""Signing in from the window, the administrator's account list, and a department operator's
read-only window."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton

from desktop_app.gui.accounts.manage import AccountsDialog, NewAccountDialog, ResetPasswordDialog
from desktop_app.gui.accounts.signin import ChangePasswordDialog, SignInDialog, sign_in
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import DEMO_ACCOUNT, DEMO_PASSWORD, Accounts, PermissionDeniedError, YearSession


def _ok(dialog):
    dialog.buttons.button(QDialogButtonBox.Ok).click()


@pytest.fixture
def office_store(demo_store):
    accounts = Accounts(demo_store)
    accounts.create_first_administrator("admin", "考核办", "bureau-2024")
    accounts.add("zjw1", "住建委 李四", "department", "zjw", "initial-pw")
    accounts.sign_out()
    return demo_store


def test_a_new_database_asks_for_its_administrator_first(qtbot, demo_store):
    seen = []

    def answer(dialog):
        seen.append(type(dialog).__name__)
        qtbot.addWidget(dialog)
        dialog.name.setText("admin")
        dialog.password.setText("bureau-2024")
        dialog.repeat.setText("bureau-2025")
        _ok(dialog)
        assert "不一致" in dialog.error_label.text() and Accounts(demo_store).needs_first_administrator()
        dialog.repeat.setText("bureau-2024")
        _ok(dialog)
        return dialog.result() == 1

    operator = sign_in(demo_store, dialogs=answer)
    assert seen == ["FirstAdministratorDialog"] and operator.is_admin and demo_store.signed_in == operator


def test_a_wrong_password_is_said_in_the_dialog_and_a_set_password_is_changed_at_once(qtbot, office_store):
    answers = []

    def answer(dialog):
        qtbot.addWidget(dialog)
        answers.append(type(dialog).__name__)
        if isinstance(dialog, SignInDialog):
            dialog.name.setText("zjw1")
            dialog.password.setText("wrong-password")
            _ok(dialog)
            assert dialog.error_label.text() == "账户名或密码不正确" and not dialog.result()
            dialog.password.setText("initial-pw")
        else:
            assert isinstance(dialog, ChangePasswordDialog) and "初始密码" in dialog.intro.text()
            dialog.old.setText("initial-pw")
            dialog.new.setText("my-own-password")
            dialog.repeat.setText("my-own-password")
        _ok(dialog)
        return dialog.result() == 1

    operator = sign_in(office_store, dialogs=answer)
    assert answers == ["SignInDialog", "ChangePasswordDialog"]
    assert operator.department == "zjw" and not operator.must_change


def test_giving_up_at_the_sign_in_opens_nothing(office_store):
    assert sign_in(office_store, dialogs=lambda dialog: False) is None and office_store.signed_in is None


def test_the_demonstration_database_fills_in_its_account(qtbot, tmp_path, monkeypatch):
    from desktop_app.services import open_store

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with open_store() as store:
        dialog = SignInDialog(Accounts(store))
        qtbot.addWidget(dialog)
        assert dialog.name.text() == DEMO_ACCOUNT and dialog.password.text() == DEMO_PASSWORD
        assert "演示数据库" in dialog.intro.text() and "新建数据库" in dialog.intro.text()
        _ok(dialog)
        assert dialog.result() == 1 and store.signed_in.name == DEMO_ACCOUNT


def _window(qtbot, store, messenger, tmp_path):
    window = MainWindow(store, messenger=messenger, settings=QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat),
                        sign_in=lambda other: None)
    qtbot.addWidget(window)
    window.start(2023)
    window.show()
    return window


def test_a_department_operator_sees_other_tabs_read_only_and_only_its_own_sheet_open(
        qtbot, office_store, messenger, tmp_path):
    accounts = Accounts(office_store)
    accounts.sign_in("zjw1", "initial-pw")
    accounts.change_password("initial-pw", "my-own-password")
    window = _window(qtbot, office_store, messenger, tmp_path)
    assert "住建委 李四" in window.operator_label.text() and "区住建委" in window.operator_label.text()
    assert not window.accounts_action.isEnabled() and window.password_action.isEnabled()
    entry = window.entry_tab
    window.tabs.setCurrentWidget(entry)
    assert entry.department() == "zjw" and not entry.locked()
    index = entry.department_combo.findData("jw")
    entry.department_combo.setCurrentIndex(index)
    assert entry.locked() and not entry.submit_button.isEnabled()
    assert "只能录入区住建委的打分" in entry._locked_message()
    for tab in (window.scheme_tab, window.towns_tab, window.registers_tab):
        window.tabs.setCurrentWidget(tab)
        edits = [w for w in tab.findChildren(QLineEdit) if w.isVisibleTo(tab)]
        buttons = [b for b in tab.findChildren(QPushButton) if b.isVisibleTo(tab)]
        assert edits or buttons, type(tab).__name__
        assert all(w.isReadOnly() for w in edits), type(tab).__name__
        assert not any(b.isEnabled() for b in buttons), type(tab).__name__
    documents = window.documents_tab
    window.tabs.setCurrentWidget(documents)
    assert documents.preview_button.isEnabled() and not documents.save_texts_button.isEnabled()
    assert not documents.seal_box.isEnabled()
    window.tabs.setCurrentWidget(window.results_tab)
    assert not window.results_tab.state_panel.finalise_button.isEnabled()


def test_an_administrator_adds_an_operator_and_resets_a_password(qtbot, office_store, messenger, tmp_path):
    Accounts(office_store).sign_in("admin", "bureau-2024")
    window = _window(qtbot, office_store, messenger, tmp_path)
    assert window.accounts_action.isEnabled()
    scheme = window.scheme_tab
    window.tabs.setCurrentWidget(scheme)
    assert any(b.isEnabled() for b in scheme.findChildren(QPushButton) if b.isVisibleTo(scheme))

    def answer(dialog):
        qtbot.addWidget(dialog)
        if isinstance(dialog, NewAccountDialog):
            dialog.name.setText("mzj1")
            dialog.display_name.setText("民政局 王五")
            dialog.department.setCurrentIndex(dialog.department.findData("mzj"))
            dialog.password.setText("initial-pw2")
            dialog.repeat.setText("initial-pw2")
        else:
            assert isinstance(dialog, ResetPasswordDialog) and dialog.account_name == "zjw1"
            dialog.password.setText("reset-pw-1")
            dialog.repeat.setText("reset-pw-1")
        _ok(dialog)
        return dialog.result() == 1

    manage = AccountsDialog(window.workspace, window, dialogs=answer)
    qtbot.addWidget(manage)
    manage.add_account()
    rows = [[manage.model.index(r, c).data() for c in range(5)] for r in range(manage.model.rowCount())]
    assert ["mzj1", "民政局 王五", "部门操作员", "区民政局", "须修改初始密码"] in rows
    manage.view.selectRow([r[0] for r in rows].index("zjw1"))
    manage.reset_password()
    assert Accounts(office_store).sign_in("zjw1", "reset-pw-1").must_change
    Accounts(office_store).sign_in("admin", "bureau-2024")
    manage.view.selectRow([r[0] for r in rows].index("zjw1"))
    manage.toggle_disabled()
    assert Accounts(office_store).disabled("zjw1")
    assert YearSession(office_store, 2023).year.departments  # the window's store still reads


def test_a_department_operator_may_not_restore_a_backup(demo_store, tmp_path):
    from desktop_app.services.backups import Backups

    accounts = Accounts(demo_store)
    accounts.create_first_administrator("admin", "考核办", "bureau-2024")
    backup = Backups(demo_store).take("manual")
    accounts.add("zjw1", "", "department", "zjw", "initial-pw")
    accounts.sign_in("zjw1", "initial-pw")
    accounts.change_password("initial-pw", "my-own-password")
    with pytest.raises(PermissionDeniedError):
        Backups(demo_store).restore(backup.path)
    assert Accounts(demo_store).sign_in_still_holds()  # nothing was replaced


def test_restoring_a_backup_with_other_accounts_asks_to_sign_in_again(qtbot, demo_store, messenger, tmp_path):
    from desktop_app.gui.backups import restore_from_backup
    from desktop_app.services.backups import Backups

    accounts = Accounts(demo_store)
    accounts.create_first_administrator("admin", "考核办", "bureau-2024")
    backup = Backups(demo_store).take("manual")  # holds the first administrator only
    accounts.add("second", "第二管理员", "admin", None, "initial-pw")
    accounts.sign_in("second", "initial-pw")
    accounts.change_password("initial-pw", "my-own-password")
    asked = []
    window = MainWindow(demo_store, messenger=messenger,
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat),
                        sign_in=lambda store: asked.append(store) or Accounts(store).sign_in("admin", "bureau-2024"))
    qtbot.addWidget(window)
    window.start(2023)
    messenger.files = [str(backup.path)]
    assert restore_from_backup(window)
    assert asked == [demo_store]  # the second administrator is not in the restored file
    assert demo_store.signed_in.name == "admin" and "考核办" in window.operator_label.text()
