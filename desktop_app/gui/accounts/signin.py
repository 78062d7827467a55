"""Signing in when a database is opened: the first administrator on a new database, the
demonstration account offered on the demonstration database, and a password that an
administrator set changed at once."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ... import APP_NAME
from ...services import DEMO_PASSWORD, Accounts, Operator
from ...services.accounts import MIN_PASSWORD_LENGTH
from ..common.errors import EXPECTED_ERRORS, describe_error


def tr(text: str) -> str:
    return QCoreApplication.translate("SignIn", text)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    return field


class _AccountDialog(QDialog):
    """A form with an error line under it; ``attempt`` does the work and says why it failed."""

    def __init__(self, title: str, intro: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.repeat: Optional[QLineEdit] = None  # asks a new password twice (``new_password_fields``)

    def new_password_fields(self, label: str, repeat_label: str) -> QLineEdit:
        """A new password and the field that repeats it, checked against each other before ``attempt``."""
        field, self.repeat = _password_field(), _password_field()
        self.form.addRow(label, field)
        self.form.addRow(repeat_label, self.repeat)
        self._new_password = field
        return field

    def _on_ok(self) -> None:
        if self.repeat is not None and self.repeat.text() != self._new_password.text():
            self.error_label.setText(tr("两次输入的密码不一致"))
            return
        try:
            self.attempt()
        except EXPECTED_ERRORS as error:
            self.error_label.setText(describe_error(error))
            return
        self.accept()

    def attempt(self) -> None:  # pragma: no cover - every dialog overrides
        raise NotImplementedError


class SignInDialog(_AccountDialog):
    def __init__(self, accounts: Accounts, parent=None):
        super().__init__(tr("登录 — {app}").format(app=APP_NAME),
                         tr("请输入账户名和密码。数据库：{path}").format(path=accounts.store.path), parent)
        self.accounts = accounts
        self.name = QLineEdit()
        self.password = _password_field()
        self.form.addRow(tr("账户名："), self.name)
        self.form.addRow(tr("密码："), self.password)
        self.buttons.button(QDialogButtonBox.Ok).setText(tr("登录"))
        demo = accounts.demo_account()
        if demo is not None:
            self.name.setText(demo)
            self.password.setText(DEMO_PASSWORD)
            self.intro.setText(self.intro.text() + "\n" + tr(
                "这是演示数据库：已填入演示账户 {name}（密码 {password}），直接点“登录”即可。"
                "正式使用请“新建数据库”，首次打开时设置自己的管理员账户。").format(name=demo, password=DEMO_PASSWORD))
            self.buttons.button(QDialogButtonBox.Ok).setFocus()
        else:
            self.name.setFocus()

    def attempt(self) -> None:
        self.accounts.sign_in(self.name.text(), self.password.text())
        self.password.clear()


class FirstAdministratorDialog(_AccountDialog):
    def __init__(self, accounts: Accounts, parent=None):
        super().__init__(tr("设置管理员 — {app}").format(app=APP_NAME), tr(
            "这个数据库还没有账户。请设置管理员（考核办）的账户和密码：管理员可修改全部数据并为各部门建立账户。"
            "密码至少 {length} 个字符，请牢记；忘记后只能由其他管理员重设。").format(length=MIN_PASSWORD_LENGTH), parent)
        self.accounts = accounts
        self.name = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(tr("如：考核办 张三"))
        self.form.addRow(tr("账户名："), self.name)
        self.form.addRow(tr("姓名或称谓："), self.display_name)
        self.password = self.new_password_fields(tr("密码："), tr("再次输入密码："))

    def attempt(self) -> None:
        self.accounts.create_first_administrator(self.name.text(), self.display_name.text(),
                                                        self.password.text())


class ChangePasswordDialog(_AccountDialog):
    def __init__(self, accounts: Accounts, forced: bool = False, parent=None):
        intro = (tr("管理员为您设定了初始密码，请先改为只有您知道的密码。") if forced
                 else tr("修改账户 {name} 的密码。").format(name=accounts.signed_in.name if accounts.signed_in else ""))
        super().__init__(tr("修改密码"), intro, parent)
        self.accounts = accounts
        self.old = _password_field()
        self.form.addRow(tr("原密码："), self.old)
        self.new = self.new_password_fields(tr("新密码："), tr("再次输入新密码："))

    def attempt(self) -> None:
        self.accounts.change_password(self.old.text(), self.new.text())


def sign_in(store, parent=None, dialogs=None) -> Optional[Operator]:
    """Sign in to ``store`` before its window is shown; None if the user gave up.
    ``dialogs`` runs a dialog and says whether it was accepted (tests answer it)."""
    run = dialogs or (lambda dialog: dialog.exec() == QDialog.Accepted)
    accounts = Accounts(store)
    dialog = FirstAdministratorDialog(accounts, parent) if accounts.needs_first_administrator() \
        else SignInDialog(accounts, parent)
    if not run(dialog):
        return None
    operator = accounts.signed_in
    while operator is not None and operator.must_change:
        if not run(ChangePasswordDialog(accounts, forced=True, parent=parent)):
            accounts.sign_out()
            return None
        operator = accounts.signed_in
    return operator
