"""The year's state on the dashboard: draft (with every failing condition, each a link
to the place to fix it), official (with 审定), or finalised (with 重新打开). The state is
the core's (``domain/status.py``); this panel only shows it and asks."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from ...domain.status import DRAFT, FINALISED, OFFICIAL, Failing, YearState
from ..common.errors import translate_core

STYLES = {
    DRAFT: "background:#fff3cd; color:#7a5200; border:1px solid #f0d48a;",
    OFFICIAL: "background:#e8f5e9; color:#1b5e20; border:1px solid #a5d6a7;",
    FINALISED: "background:#e3eefc; color:#0d3c8a; border:1px solid #9cbcf0;",
}


class FailingModel(QAbstractListModel):
    """The conditions that keep the year a draft, in plain words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.failing: tuple[Failing, ...] = ()

    def load(self, failing) -> None:
        self.beginResetModel()
        self.failing = tuple(failing)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.failing)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        failing = self.failing[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return failing.problem.render(translate_core)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("双击转到需要修改的地方")
        return None


class StatePanel(QWidget):
    """The state banner; ``goTo`` asks the window to show where a condition can be fixed."""

    goTo = Signal(object)          # a Failing
    finaliseRequested = Signal()
    reopenRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state: Optional[YearState] = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.finalise_button = QPushButton(self.tr("审定…"))
        self.finalise_button.setToolTip(self.tr("正式结果审定后冻结，数据只读，公文和表格印上数据指纹"))
        self.finalise_button.clicked.connect(self.finaliseRequested)
        self.reopen_button = QPushButton(self.tr("重新打开…"))
        self.reopen_button.setToolTip(self.tr("重新打开已审定的年度以便修改，须说明理由"))
        self.reopen_button.clicked.connect(self.reopenRequested)
        self.model = FailingModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setMaximumHeight(96)
        self.list.setUniformItemSizes(True)
        self.list.activated.connect(lambda index: self.goTo.emit(self.model.failing[index.row()]))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.label, 1)
        top.addWidget(self.finalise_button)
        top.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list)

    def show_state(self, state: Optional[YearState]) -> None:
        self.state = state
        if state is None:
            self.hide()
            return
        self.show()
        self.label.setStyleSheet("QLabel {" + STYLES[state.state] + " padding:5px 8px; }")
        self.label.setText(self.text(state))
        self.model.load(state.failing)
        self.list.setVisible(bool(state.failing))
        self.finalise_button.setVisible(state.state == OFFICIAL)
        self.reopen_button.setVisible(state.state == FINALISED)

    def text(self, state: YearState) -> str:
        text = self._state_text(state)
        if state.waived and self.parent() is not None:
            names = {d.code: d.name for d in self._year().departments} if self._year() else {}
            text += self.tr("。计为已提交：{list}").format(list="；".join(
                self.tr("{department}（{reason}）").format(department=names.get(code, code), reason=reason)
                for code, reason in state.waived))
        return text

    def _year(self):
        tab = self.parent()
        while tab is not None and not hasattr(tab, "session"):
            tab = tab.parent()
        return tab.session.year if tab is not None and tab.session is not None else None

    def _state_text(self, state: YearState) -> str:
        if state.state == FINALISED:
            return self.tr("已审定（{when}），数据只读。数据指纹 {fingerprint}").format(
                when=(state.finalised_at or "").replace("T", " "), fingerprint=state.fingerprint)
        if state.state == OFFICIAL:
            return self.tr("正式结果：方案、得分和各部门提交均已齐备，可审定。数据指纹 {fingerprint}").format(
                fingerprint=state.fingerprint)
        return self.tr("草稿：尚有 {count} 项条件未满足，结果和公文只能作为草稿（双击下列条目转到该处）").format(
            count=len(state.failing))
