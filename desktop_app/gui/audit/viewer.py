"""审计记录: the audit trail of the open database, filtered by town, department, operator,
action and date; a cell's history from the entry grid; export to Excel; the chain checked."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
    QVBoxLayout,
)

from ...excel.audit import HEADERS, write_audit_workbook
from ...services.audit import VERIFY_LABELS, AuditTrail, entry_cells
from ...services.base import AUDIT_ACTIONS
from ..common.errors import EXPECTED_ERRORS, describe_error


def tr(text: str) -> str:
    return QCoreApplication.translate("AuditViewer", text)


class AuditModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list = []
        self._rows: list[tuple] = []

    def load(self, entries) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._rows = [entry_cells(entry, QCoreApplication.translate) for entry in self.entries]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "" if value is None else str(value)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt name
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("AuditWorkbook", HEADERS[section])
        return None


class AuditDialog(QDialog):
    """Read only: nothing here can change the trail."""

    def __init__(self, workspace, parent=None, *, town: Optional[str] = None, part: Optional[str] = None):
        super().__init__(parent)
        self.workspace = workspace
        self.trail = AuditTrail(workspace.store)
        self.part = part
        self.setWindowTitle(tr("审计记录") if part is None else tr("修改记录：{town} / {part}").format(
            town=workspace.session.town_name(town) if workspace.session else town, part=part))
        self.resize(1100, 600)
        session = workspace.session
        self.year = session.number if session else None
        self.town = QComboBox()
        self.town.addItem(tr("全部镇街"), None)
        self.department = QComboBox()
        self.department.addItem(tr("全部部门"), None)
        if session is not None:
            for item in session.year.towns:
                self.town.addItem(f"{item.code} {item.name}", item.code)
            for item in session.year.departments:
                self.department.addItem(item.name, item.code)
        if town is not None:
            self.town.setCurrentIndex(max(0, self.town.findData(town)))
        # The open year's changes, and those of no year (accounts, settings, seals).
        everything = self.trail.entries(self.year, with_general=True)
        self.operator = QComboBox()
        self.operator.addItem(tr("全部操作人"), None)
        for name in sorted({entry.operator for entry in everything}):
            self.operator.addItem(name, name)
        self.action = QComboBox()
        self.action.addItem(tr("全部操作"), None)
        for key in sorted({entry.action for entry in everything if entry.action}):
            label = AUDIT_ACTIONS.get(key)
            self.action.addItem(QCoreApplication.translate("Audit", label) if label else key, key)
        self.since = QLineEdit()
        self.since.setPlaceholderText(tr("起始日期，如 2023-12-01"))
        self.until = QLineEdit()
        self.until.setPlaceholderText(tr("截止日期"))
        filters = QHBoxLayout()
        for widget in (self.town, self.department, self.operator, self.action, self.since, self.until):
            filters.addWidget(widget)
        self.model = AuditModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel()
        self.export_button = QPushButton(tr("导出 Excel…"))
        self.export_button.clicked.connect(self.export)
        self.verify_button = QPushButton(tr("校验记录"))
        self.verify_button.clicked.connect(self.verify)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        for combo in (self.town, self.department, self.operator, self.action):
            combo.currentIndexChanged.connect(self.refresh)
        for line in (self.since, self.until):
            line.editingFinished.connect(self.refresh)
        self.refresh()
        for column, width in enumerate((50, 140, 120, 150, 45, 90, 90, 45, 220, 220)):
            self.view.setColumnWidth(column, width)

    def entries(self) -> list:
        return self.trail.entries(self.year, town=self.town.currentData(), part=self.part,
                                  department=self.department.currentData(), operator=self.operator.currentData(),
                                  action=self.action.currentData(), since=self.since.text().strip() or None,
                                  until=self.until.text().strip() or None, with_general=True)

    def refresh(self) -> None:
        self.model.load(self.entries())
        self.count.setText(tr("共 {count} 条记录（最新的在最后）").format(count=self.model.rowCount()))
        self.view.scrollToBottom()

    def export(self) -> bool:
        messenger = self.workspace.messenger
        path = messenger.save_file(self, tr("导出审计记录"), "审计记录.xlsx", tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return False
        try:
            write_audit_workbook(self.model.entries, path,
                                 describe_cells=lambda entry: entry_cells(entry, QCoreApplication.translate),
                                 translate=QCoreApplication.translate)
        except EXPECTED_ERRORS as error:
            messenger.error(self, describe_error(error))
            return False
        messenger.info(self, tr("已导出 {count} 条记录到 {path}").format(count=len(self.model.entries), path=path))
        return True

    def verify(self) -> bool:
        problems = self.trail.verify()
        total = len(self.trail.entries())
        if not problems:
            self.workspace.messenger.info(self, tr("审计记录完整：{count} 条记录的校验链条无断点，也没有未记入的修改。").format(count=total))
            return True
        lines = "\n".join(QCoreApplication.translate("Audit", VERIFY_LABELS[kind]).format(id=entry_id)
                          for entry_id, kind in problems)
        self.workspace.messenger.error(self, tr("审计记录有 {count} 处问题：\n{lines}").format(count=len(problems), lines=lines))
        return False


def show_audit(window, *, town: Optional[str] = None, part: Optional[str] = None) -> AuditDialog:
    dialog = AuditDialog(window.workspace, window, town=town, part=part)
    dialog.show()
    return dialog
