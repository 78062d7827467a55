"""The 部门打分 tab's side panel: the current cell's facts, itemised deductions and note.

Every edit is written at once through the tab (``EntryTab.write_cell``): a
complete set of deductions sets score = points − Σ deductions (computed by the
session), the note is written when the field is left or Enter is pressed.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from ...domain.model import Indicator, Part, Score, Town
from ...domain.numbers import points_text
from ...services.attachments import score_owner
from ..common.attachments import AttachmentList
from .models import DeductionModel


class EditorAwareTableView(QTableView):
    """A table view that says when an item editor closed (to show messages after it)."""

    editorClosed = Signal()

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt name
        super().closeEditor(editor, hint)
        self.editorClosed.emit()

    def is_editing(self) -> bool:
        return self.state() == QAbstractItemView.EditingState


class CellPanel(QGroupBox):
    """Town, part, points, stored score, the town's current result, deductions and note."""

    def __init__(self, tab, parent=None):
        super().__init__(parent)
        self.tab = tab
        self.setTitle(self.tr("当前单元格"))
        self.town: Optional[Town] = None
        self.indicator: Optional[Indicator] = None
        self.part: Optional[Part] = None
        self.score: Optional[Score] = None

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight)
        self.town_label = QLabel()
        self.part_label = QLabel()
        self.part_label.setWordWrap(True)
        self.points_label = QLabel()
        self.score_label = QLabel()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        for label in (self.town_label, self.part_label, self.points_label, self.score_label, self.result_label):
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        form.addRow(self.tr("镇街："), self.town_label)
        form.addRow(self.tr("打分部分："), self.part_label)
        form.addRow(self.tr("分值："), self.points_label)
        form.addRow(self.tr("得分："), self.score_label)
        form.addRow(self.tr("镇街结果："), self.result_label)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("逐项扣分（得分 = 分值 − 扣分合计，不低于 0）：")))
        self.deductions = DeductionModel(self)
        self.deduction_view = EditorAwareTableView()
        self.deduction_view.setModel(self.deductions)
        # Not CurrentChanged: an editor opened while rows are removed outlives its row.
        self.deduction_view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.SelectedClicked
                                            | QAbstractItemView.EditKeyPressed | QAbstractItemView.AnyKeyPressed)
        self.deduction_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.deduction_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.deduction_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.deduction_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.Fixed)
        self.deduction_view.horizontalHeader().resizeSection(1, 80)
        self.deduction_view.verticalHeader().setDefaultSectionSize(26)
        self.deduction_view.setMinimumHeight(120)
        layout.addWidget(self.deduction_view, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加扣分项"))
        self.remove_button = QPushButton(self.tr("删除扣分项"))
        self.add_button.clicked.connect(self.add_deduction)
        self.remove_button.clicked.connect(self.remove_deduction)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        note_row = QWidget()
        note_layout = QFormLayout(note_row)
        note_layout.setContentsMargins(0, 0, 0, 0)
        self.note_edit = QLineEdit()
        self.note_edit.editingFinished.connect(self.commit_note)
        note_layout.addRow(self.tr("备注："), self.note_edit)
        self.attachments = AttachmentList(self.tab.workspace)
        note_layout.addRow(self.tr("佐证材料："), self.attachments)
        layout.addWidget(note_row)

        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #555;")
        layout.addWidget(self.hint_label)

        self.deductions.edited.connect(self.commit_deductions)
        self.deductions.refused.connect(self.tab.refuse)
        self.show_cell(None, None, None, None, applies=False, locked=False, town_result=None)

    # --- display --------------------------------------------------------------------

    def show_cell(self, town: Optional[Town], indicator: Optional[Indicator], part: Optional[Part],
                  score: Optional[Score], *, applies: bool, locked: bool, town_result) -> None:
        same_cell = (self.town is not None and town is not None and part is not None and self.part is not None
                     and self.town.code == town.code and self.part.code == part.code)
        self.town, self.indicator, self.part, self.score = town, indicator, part, score
        if town is None or part is None:
            for label in (self.town_label, self.part_label, self.points_label, self.score_label, self.result_label):
                label.setText("—")
            self.deductions.load(())
            self.note_edit.clear()
            self.attachments.show_owner(None)
            self.hint_label.setText(self.tr("在左侧表格中选择一个单元格。"))
            self.setEnabled(False)
            return
        self.town_label.setText(f"{town.name}（{town.code}）")
        self.part_label.setText(f"{indicator.part_name(part)}\n{part.code}")
        self.points_label.setText(self.tr("{points} 分（允许范围 0～{range}）").format(
            points=f"{part.points:.2f}", range=points_text(part.points)))
        if not applies:
            self.score_label.setText(self.tr("不适用"))
        elif score is None:
            self.score_label.setText(self.tr("未填"))
        else:
            self.score_label.setText(f"{score.score:.2f}")
        if town_result is not None:
            text = self.tr("原始得分 {raw} · 最终得分 {final} · 第 {rank} 名 · {grade}").format(
                raw=f"{town_result.raw:.2f}", final=f"{town_result.final:.2f}", rank=town_result.rank,
                grade=town_result.grade)
            if not town_result.complete:
                text += self.tr("（尚缺 {count} 项，临时结果）").format(count=len(town_result.missing_parts))
            self.result_label.setText(text)
        else:
            self.result_label.setText("—")
        stored = score.deductions if score is not None else ()
        # Keep half-typed rows while the same cell is refreshed by another change.
        if not (same_cell and self.deductions.finished() == stored):
            self.deductions.load(stored)
        if not self.note_edit.hasFocus() or not same_cell:
            self.note_edit.setText((score.note or "") if score is not None else "")
        self.note_edit.setEnabled(score is not None)
        if not same_cell or self.attachments.owner is None:
            self.attachments.show_owner(score_owner(town.code, part.code) if score is not None else None)
        self.note_edit.setPlaceholderText(
            self.tr("离开输入框即保存") if score is not None else self.tr("先填写得分，再加备注"))
        if locked:
            self.hint_label.setText(self.tr("已提交，只读。"))
        elif not applies:
            self.hint_label.setText(self.tr("该指标不适用于此镇街，不打分。"))
        else:
            self.hint_label.setText(self.tr("扣分项填完原因和扣分后立即保存，得分随之更新；可撤销。"))
        self.setEnabled(applies and not locked)

    # --- edits ------------------------------------------------------------------------

    def add_deduction(self) -> None:
        self.finish_editing()
        row = self.deductions.add_row()
        index = self.deductions.index(row, 0)
        self.deduction_view.setCurrentIndex(index)
        self.deduction_view.setFocus()
        self.deduction_view.edit(index)
        self.hint_label.setText(self.tr("填写扣分原因和扣分，填完即保存。"))

    def finish_editing(self) -> None:
        """Commit and close an open deduction editor before rows move under it."""
        view = self.deduction_view
        editor = view.indexWidget(view.currentIndex()) if view.is_editing() else None
        if editor is not None:
            view.commitData(editor)
            view.closeEditor(editor, QAbstractItemDelegate.NoHint)

    def remove_deduction(self) -> None:
        self.finish_editing()
        index = self.deduction_view.currentIndex()
        row = index.row() if index.isValid() else self.deductions.rowCount() - 1
        if row >= 0:
            self.deductions.remove_row(row)

    def commit_deductions(self) -> None:
        if self.town is None or self.part is None:
            return
        if not self.deductions.complete():
            self.hint_label.setText(self.tr("请填写每一项的扣分原因和扣分；填完后自动保存。"))
            return
        deductions = self.deductions.deductions()
        stored = self.score.deductions if self.score is not None else ()
        if deductions == stored:
            return
        note = self.score.note if self.score is not None else None
        # No deductions left: nothing is deducted, the part's full points.
        score = None if deductions else self.part.points
        self.tab.write_cell(self.town.code, self.part.code, score, deductions, note,
                            self.tr("{town} / {part}：逐项扣分").format(town=self.town.name, part=self.part.code))

    def commit_note(self) -> None:
        if self.town is None or self.part is None or self.score is None:
            return
        note = self.note_edit.text().strip() or None
        if note == (self.score.note or None):
            return
        self.tab.write_cell(self.town.code, self.part.code, self.score.score, self.score.deductions, note,
                            self.tr("{town} / {part}：备注").format(town=self.town.name, part=self.part.code))
