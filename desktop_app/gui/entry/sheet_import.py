"""Importing a returned department template: the preview of what would change.

``SheetPreviewDialog`` lists every new and changed score (old → new) and, when
the sheet has problems, every problem with its cell; 应用 is offered only for a
sheet without problems. The reading and checking happen before, off the GUI
thread (``excel.returned``); applying is ``services.sheets.apply_sheet``.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout,
)

from ...excel.returned import CHANGED, NEW, UNCHANGED, SheetPreview, score_text
from ..common.errors import translate_core

KIND_COLOURS = {NEW: QColor("#1b5e20"), CHANGED: QColor("#9a4d00"), UNCHANGED: QColor("#777777")}
ERROR_COLOUR = QColor("#b3261e")


def summary_text(preview: SheetPreview) -> str:
    counts = preview.counts()
    return QCoreApplication.translate(
        "SheetImport", "新增 {new} 项，修改 {changed} 项，未变 {unchanged} 项，未填 {blank} 格").format(
            new=counts[NEW], changed=counts[CHANGED], unchanged=counts[UNCHANGED], blank=counts["blank"])


def problems_text(preview: SheetPreview, limit: int = 0) -> str:
    """The problems one per line (``打分表!D7: …``), for a message or the clipboard."""
    shown = preview.problems[:limit] if limit else preview.problems
    lines = [problem.describe(translate_core) for problem in shown]
    if len(shown) < len(preview.problems):
        lines.append(QCoreApplication.translate("SheetImport", "……另有 {count} 处").format(
            count=len(preview.problems) - len(shown)))
    return "\n".join(lines)


class SheetPreviewModel(QAbstractTableModel):
    """Rows: the problems (if any), else the changes; unchanged rows only when asked for."""

    def __init__(self, preview: SheetPreview, parent=None):
        super().__init__(parent)
        self.preview = preview
        self.show_unchanged = False
        self._bold = QFont()
        self._bold.setBold(True)
        self._rows: list = []
        self._headers: list[str] = []
        self._build()

    @property
    def error_mode(self) -> bool:
        return bool(self.preview.problems)

    def set_show_unchanged(self, shown: bool) -> None:
        self.beginResetModel()
        self.show_unchanged = shown
        self._build()
        self.endResetModel()

    def _build(self) -> None:
        if self.error_mode:
            self._headers = [self.tr("单元格"), self.tr("问题")]
            self._rows = [(problem.cell, problem.render(translate_core)) for problem in self.preview.problems]
            return
        self._headers = [self.tr("变化"), self.tr("单元格"), self.tr("镇街"), self.tr("指标（打分部分）"),
                         self.tr("原值"), self.tr("新值")]
        labels = {NEW: self.tr("新增"), CHANGED: self.tr("修改"), UNCHANGED: self.tr("未变")}
        order = {NEW: 1, CHANGED: 0, UNCHANGED: 2}
        changes = [c for c in self.preview.changes if self.show_unchanged or c.kind != UNCHANGED]
        # Changed values first: they overwrite something and deserve a look.
        changes.sort(key=lambda c: order[c.kind])
        self._rows = [(c.kind, labels[c.kind], c.cell.split("!")[-1], c.town_name, f"{c.part_name}（{c.part}）",
                       score_text(c.before, translate_core) if c.before is not None else "",
                       score_text(c.after, translate_core)) for c in changes]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt name
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if self.error_mode:
            if role in (Qt.DisplayRole, Qt.ToolTipRole):
                return row[index.column()]
            if role == Qt.ForegroundRole and index.column() == 1:
                return QBrush(ERROR_COLOUR)
            return None
        kind, values = row[0], row[1:]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return values[index.column()]
        if role == Qt.ForegroundRole and index.column() in (0, 5):
            return QBrush(KIND_COLOURS[kind])
        if role == Qt.FontRole and kind == CHANGED and index.column() in (0, 5):
            return self._bold
        return None

    def kinds(self) -> list[str]:
        """The change kind of each shown row (for tests and the summary)."""
        return [] if self.error_mode else [row[0] for row in self._rows]


class SheetPreviewDialog(QDialog):
    """应用 / 取消 over the changes; or, with problems, the list of problems and 关闭."""

    def __init__(self, preview: SheetPreview, file_name: str, parent=None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("导入预览：{department}打分表（{year} 年度）").format(
            department=preview.department_name, year=preview.year))
        self.resize(960, 560)
        self.model = SheetPreviewModel(preview, self)
        layout = QVBoxLayout(self)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.unchanged_box = QCheckBox(self.tr("也显示未变的项"))
        self.unchanged_box.toggled.connect(self.model.set_show_unchanged)
        layout.addWidget(self.unchanged_box)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.Interactive)
        layout.addWidget(self.view, 1)
        self.buttons = QDialogButtonBox()
        layout.addWidget(self.buttons)
        if preview.problems:
            self.summary_label.setText(self.tr(
                "{name}：发现 {count} 处问题，未导入任何数据。请把下列问题告诉{department}，改正后重新交回；"
                "“复制问题清单”可把它们复制出来。").format(name=file_name, count=len(preview.problems),
                                                  department=preview.department_name))
            self.summary_label.setStyleSheet("color: #b3261e;")
            self.unchanged_box.setVisible(False)
            self.copy_button = self.buttons.addButton(self.tr("复制问题清单"), QDialogButtonBox.ActionRole)
            self.copy_button.clicked.connect(self.copy_problems)
            self.apply_button: Optional[QPushButton] = None
            close = self.buttons.addButton(self.tr("关闭"), QDialogButtonBox.RejectRole)
            close.setDefault(True)
        else:
            self.summary_label.setText(self.tr("{name}：{summary}。点“应用”一次写入全部变化（可撤销），点“取消”不作任何更改。").format(
                name=file_name, summary=summary_text(preview)))
            self.copy_button = None
            self.apply_button = self.buttons.addButton(self.tr("应用"), QDialogButtonBox.AcceptRole)
            self.apply_button.setEnabled(bool(preview.scores_to_apply()))
            self.buttons.addButton(self.tr("取消"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.resizeColumnsToContents()

    def copy_problems(self) -> None:
        QGuiApplication.clipboard().setText(problems_text(self.preview))
