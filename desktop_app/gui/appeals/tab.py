"""申诉复核: the towns' appeals against a score, recorded within the window the bureau set and
decided after a recheck (the score upheld, or changed with the decision). While one waits, the
year's results stay a draft."""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ...domain.appeals import CHANGED, DECISION_LABELS, UPHELD, Appeal
from ...domain.messages import QT_TRANSLATE_NOOP
from ...domain.numbers import points_text
from ...services.appeals import AppealRegister
from ..common.attachments import AttachmentList
from ..common.cells import ALIGN_CENTRE, ALIGN_LEFT, ITEM_SELECTABLE, NO_ITEM_FLAGS
from ..common.layout import split
from ..common.tab import Tab

PENDING_COLOUR = QColor("#fff0c2")


def appeal_owner(appeal_id: int) -> str:
    return f"appeal:{appeal_id}"


class AppealsModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("Appeals", "编号"), QT_TRANSLATE_NOOP("Appeals", "镇街"),
               QT_TRANSLATE_NOOP("Appeals", "申诉指标"), QT_TRANSLATE_NOOP("Appeals", "申诉理由"),
               QT_TRANSLATE_NOOP("Appeals", "申诉日期"), QT_TRANSLATE_NOOP("Appeals", "复核结论"),
               QT_TRANSLATE_NOOP("Appeals", "原得分"), QT_TRANSLATE_NOOP("Appeals", "复核后"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.appeals: list[Appeal] = []
        self.towns: dict[str, str] = {}
        self.indicators: dict[str, str] = {}

    def load(self, appeals, towns, indicators) -> None:
        self.beginResetModel()
        self.appeals, self.towns, self.indicators = list(appeals), dict(towns), dict(indicators)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.appeals)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt name
        if orientation == Qt.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(self.COLUMNS):
            return QCoreApplication.translate("Appeals", self.COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        appeal, column = self.appeals[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (str(appeal.id), self.towns.get(appeal.town, appeal.town),
                      self.indicators.get(appeal.part, appeal.part), appeal.reason.replace("\n", " "), appeal.filed_on,
                      QCoreApplication.translate("Appeals", DECISION_LABELS[appeal.decision]),
                      "" if appeal.score_before is None else f"{appeal.score_before:.2f}",
                      "" if appeal.score_after is None else f"{appeal.score_after:.2f}")
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_LEFT if column == 3 else ALIGN_CENTRE
        if role == Qt.ItemDataRole.BackgroundRole and appeal.pending:
            return QBrush(PENDING_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (appeal.reason, appeal.decision_note) if x)
        return None

    def flags(self, index):
        return ITEM_SELECTABLE if index.isValid() else NO_ITEM_FLAGS


class AppealsTab(Tab):
    administered = True

    def __init__(self, workspace, parent=None, today=_dt.date.today):
        super().__init__(workspace, parent)
        self.today = today
        self._shown: Optional[Appeal] = None
        tr = self.tr
        self.model = AppealsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.window_label = QLabel()
        self.window_label.setWordWrap(True)

        filing = QGroupBox(tr("登记申诉"))
        form = QFormLayout(filing)
        self.town = QComboBox()
        self.town.currentIndexChanged.connect(self._fill_parts)
        self.part = QComboBox()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 12)
        self.evidence = QLineEdit()
        self.filed_on = QLineEdit()
        self.filed_on.setPlaceholderText(tr("留空为今天"))
        self.files = AttachmentList(workspace)
        for label, widget in ((tr("镇街"), self.town), (tr("申诉指标"), self.part), (tr("申诉理由"), self.reason),
                              (tr("佐证材料"), self.evidence), (tr("申诉日期"), self.filed_on)):
            form.addRow(label, widget)
        self.file_button = QPushButton(tr("登记申诉"))
        self.withdraw_button = QPushButton(tr("撤回所选申诉"))
        self.file_button.clicked.connect(self.file_appeal)
        self.withdraw_button.clicked.connect(self.withdraw)
        row = QHBoxLayout()
        row.addWidget(self.file_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        form.addRow(row)

        deciding = QGroupBox(tr("所选申诉：佐证文件与复核决定"))
        decide_form = QFormLayout(deciding)
        decide_form.addRow(tr("佐证文件"), self.files)
        self.decision = QComboBox()
        for decision in (UPHELD, CHANGED):
            self.decision.addItem(QCoreApplication.translate("Appeals", DECISION_LABELS[decision]), decision)
        self.new_score = QLineEdit()
        self.new_score.setPlaceholderText(tr("改分时填写"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)
        self.decide_button = QPushButton(tr("作出复核决定"))
        self.decide_button.clicked.connect(self.decide)
        for label, widget in ((tr("复核结论"), self.decision), (tr("复核后得分"), self.new_score),
                              (tr("复核意见"), self.note)):
            decide_form.addRow(label, widget)
        decide_form.addRow(self.decide_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(filing)
        right_layout.addWidget(deciding)
        right_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.window_label)
        layout.addWidget(split(Qt.Horizontal, (self.view, 3, 760), (right, 2, 460)), 1)

    @property
    def register(self) -> Optional[AppealRegister]:
        if self.session is None:
            return None
        return AppealRegister(self.workspace.store, self.session.number, today=self.today)

    def refresh(self) -> None:
        register = self.register
        if register is None:
            self.model.load([], {}, {})
            return
        year = self.session.year
        towns = {t.code: t.name for t in year.towns}
        indicators = {part.code: indicator.part_name(part) for indicator, part in year.parts()}
        keep = self._shown.id if self._shown is not None else None
        appeals = register.appeals()
        self.model.load(appeals, towns, indicators)
        chosen = self.town.currentData()
        self.town.blockSignals(True)
        self.town.clear()
        for town in year.towns:
            self.town.addItem(town.name, town.code)
        self.town.setCurrentIndex(max(0, self.town.findData(chosen)))
        self.town.blockSignals(False)
        self._fill_parts()
        deadline = register.deadline()
        pending = sum(1 for a in appeals if a.pending)
        self.window_label.setText(
            (self.tr("申诉截止日期：{date}。").format(date=deadline.isoformat()) if deadline
             else self.tr("未设申诉截止日期（在“公文输出 → 反馈函”中设置）。"))
            + self.tr("共 {count} 件申诉，{pending} 件待复核（黄色）；有待复核的申诉时，考核结果为草稿。").format(
                count=len(appeals), pending=pending))
        row = next((n for n, a in enumerate(appeals) if a.id == keep), -1)
        if row >= 0:
            self.view.selectRow(row)
        else:
            self._shown = None
            self.files.show_owner(None)
        self._update_buttons()

    def _fill_parts(self, *_) -> None:
        if self.session is None:
            return
        town = self.town.currentData()
        chosen = self.part.currentData()
        self.part.clear()
        for indicator, part in self.session.year.parts():
            if not indicator.veto and town is not None and indicator.applies(town):
                score = self.session.score_of(town, part.code)
                shown = "" if score is None else f"：{score.score:.2f} / {points_text(part.points)}"
                self.part.addItem(f"{indicator.part_name(part)}（{part.code}）{shown}", part.code)
        self.part.setCurrentIndex(max(0, self.part.findData(chosen)))

    def _on_current_changed(self, current, _previous) -> None:
        self._shown = self.model.appeals[current.row()] if current.isValid() else None
        self.files.show_owner(appeal_owner(self._shown.id) if self._shown is not None else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        pending = self._shown is not None and self._shown.pending
        self.withdraw_button.setEnabled(pending)
        self.decide_button.setEnabled(pending)

    def select(self, appeal_id: int) -> bool:
        row = next((n for n, a in enumerate(self.model.appeals) if a.id == appeal_id), -1)
        if row < 0:
            return False
        self.view.selectRow(row)
        return True

    def file_appeal(self) -> Optional[Appeal]:
        register = self.register
        if register is None:
            return None
        appeal = self.apply_change(register.file, self.town.currentData(), self.part.currentData() or "",
                           self.reason.toPlainText(), self.evidence.text(), self.filed_on.text().strip() or None)
        if appeal is not None:
            self.reason.clear()
            self.evidence.clear()
            self.select(appeal.id)
        return appeal

    def withdraw(self) -> bool:
        register, shown = self.register, self._shown
        if register is None or shown is None:
            return False
        if not self.workspace.messenger.confirm(self, self.tr("撤回第 {id} 号申诉？").format(id=shown.id),
                                                self.tr("撤回申诉")):
            return False
        return bool(self.apply_change(register.withdraw, shown.id))

    def decide(self) -> Optional[Appeal]:
        register, shown = self.register, self._shown
        if register is None or shown is None:
            return None
        decision = self.decision.currentData()
        if decision == CHANGED and not self.workspace.messenger.confirm(self, self.tr(
                "将{town}“{indicator}”的得分改为 {score}，并记入申诉复核。确定吗？").format(
                town=self.model.towns.get(shown.town, shown.town),
                indicator=self.model.indicators.get(shown.part, shown.part), score=self.new_score.text().strip()),
                self.tr("申诉改分")):
            return None
        decided = self.apply_change(register.decide, shown.id, decision, self.note.toPlainText(),
                            new_score=self.new_score.text().strip() or None)
        if decided is not None:
            self.note.clear()
            self.new_score.clear()
            self.select(decided.id)
        return decided
