"""The administrator's list of accounts: add one (administrator or a department's operator),
reset a forgotten password, disable or enable. Every change goes through ``Accounts`` and
is in the audit trail."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QTableView,
    QVBoxLayout,
)

from ...services import ROLE_ADMIN, ROLE_DEPARTMENT, ROLE_LABELS, Accounts, Operator
from ..common.errors import EXPECTED_ERRORS, describe_error, translate_core
from .signin import _AccountDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("AccountsDialog", text)


class AccountsModel(QAbstractTableModel):
    HEADERS = ("账户名", "姓名或称谓", "角色", "部门", "状态")

    def __init__(self, department_names: dict[str, str], parent=None):
        super().__init__(parent)
        self.department_names = department_names
        self.accounts: list[Operator] = []
        self.disabled: set[str] = set()

    def load(self, accounts: list[Operator], disabled: set[str]) -> None:
        self.beginResetModel()
        self.accounts, self.disabled = list(accounts), set(disabled)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.accounts)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt name
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role != Qt.DisplayRole:
            return None
        account = self.accounts[index.row()]
        column = index.column()
        if column == 0:
            return account.name
        if column == 1:
            return account.display_name
        if column == 2:
            return translate_core("Accounts", ROLE_LABELS[account.role])
        if column == 3:
            return self.department_names.get(account.department, account.department or "")
        if account.name in self.disabled:
            return tr("已停用")
        return tr("须修改初始密码") if account.must_change else tr("可用")


class NewAccountDialog(_AccountDialog):
    def __init__(self, accounts: Accounts, department_names: dict[str, str], parent=None):
        super().__init__(tr("新建账户"), tr(
            "部门操作员只能录入和提交本部门的打分、导入本部门交回的打分表，其他页面只读；管理员可修改全部数据。"
            "这里设定的是初始密码，账户持有人首次登录时须改为自己的密码。"), parent)
        self.accounts = accounts
        self.name = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        self.role.addItem(translate_core("Accounts", ROLE_LABELS[ROLE_DEPARTMENT]), ROLE_DEPARTMENT)
        self.role.addItem(translate_core("Accounts", ROLE_LABELS[ROLE_ADMIN]), ROLE_ADMIN)
        self.department = QComboBox()
        for code, name in department_names.items():
            self.department.addItem(name, code)
        self.role.currentIndexChanged.connect(
            lambda: self.department.setEnabled(self.role.currentData() == ROLE_DEPARTMENT))
        self.form.addRow(tr("账户名："), self.name)
        self.form.addRow(tr("姓名或称谓："), self.display_name)
        self.form.addRow(tr("角色："), self.role)
        self.form.addRow(tr("部门："), self.department)
        self.password = self.new_password_fields(tr("初始密码："), tr("再次输入："))

    def attempt(self) -> None:
        role = self.role.currentData()
        department = self.department.currentData() if role == ROLE_DEPARTMENT else None
        self.accounts.add(self.name.text(), self.display_name.text(), role, department, self.password.text())


class ResetPasswordDialog(_AccountDialog):
    def __init__(self, accounts: Accounts, name: str, parent=None):
        super().__init__(tr("重设密码"), tr("为账户 {name} 设定新的初始密码；该账户下次登录时须改为自己的密码。").format(name=name),
                         parent)
        self.accounts, self.account_name = accounts, name
        self.password = self.new_password_fields(tr("新的初始密码："), tr("再次输入："))

    def attempt(self) -> None:
        self.accounts.reset_password(self.account_name, self.password.text())


class AccountsDialog(QDialog):
    """``dialogs`` runs a sub-dialog and says whether it was accepted (tests answer it)."""

    def __init__(self, workspace, parent=None, dialogs=None):
        super().__init__(parent)
        self.setWindowTitle(tr("账户管理"))
        self.resize(720, 420)
        self.workspace = workspace
        self.run_dialog = dialogs or (lambda dialog: dialog.exec() == QDialog.Accepted)
        self.accounts = Accounts(workspace.store)
        year = workspace.session.year if workspace.session else None
        self.department_names = {d.code: d.name for d in year.departments} if year else {}
        self.model = AccountsModel(self.department_names, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setSelectionMode(QTableView.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.view.verticalHeader().setVisible(False)
        self.add_button = QPushButton(tr("新建账户…"))
        self.add_button.clicked.connect(self.add_account)
        self.reset_button = QPushButton(tr("重设密码…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.toggle_button = QPushButton(tr("停用 / 启用"))
        self.toggle_button.clicked.connect(self.toggle_disabled)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.model.load(self.accounts.list(), self.accounts.disabled_names())
        self.view.resizeRowsToContents()

    def selected(self) -> Optional[str]:
        """The chosen account's name; with none chosen, the user is told to choose one."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.workspace.messenger.info(self, tr("请先选择一个账户"))
            return None
        return self.model.accounts[rows[0].row()].name

    def add_account(self) -> None:
        if self.run_dialog(NewAccountDialog(self.accounts, self.department_names, self)):
            self.reload()

    def reset_password(self) -> None:
        name = self.selected()
        if name is not None and self.run_dialog(ResetPasswordDialog(self.accounts, name, self)):
            self.reload()

    def toggle_disabled(self) -> None:
        name = self.selected()
        if name is None:
            return
        try:
            self.accounts.set_disabled(name, not self.accounts.disabled(name))
        except EXPECTED_ERRORS as error:
            self.workspace.messenger.error(self, describe_error(error))
        self.reload()
